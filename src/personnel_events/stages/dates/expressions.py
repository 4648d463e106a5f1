"""The date grammar: the time expressions of a text (:data:`EXPRESSION_RE`,
scanned only at the words that can begin one) and their kinds."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ... import lexicon

if TYPE_CHECKING:  # pragma: no cover
    pass

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?!\w)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PERIOD = r"(?:year|month|week|quarter)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
#: A fiscal year before its number: "fiscal 2025", "fiscal year 2019", "FY2025", "FY 24".
_FISCAL = r"(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?'?)"
#: The number of a quarter or half: "the end of the first quarter".
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
#: A year told by a word after a year-less day or month: "March 31 next year", "in
#: June of last year".
_YEAR_WORD = r"(?:,?\s+(?:of\s+)?(?:next|last|this)\s+year\b)"

#: Time expressions, most specific first. Group names tell the normaliser the kind.
EXPRESSION_RE = re.compile(
    rf"""
    (?P<immediate>\beffective\s+immediately\b|\bwith\s+immediate\s+effect\b|\bimmediately\s+effective\b)
  | (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
  | (?P<figures>\b\d{{1,2}}(?:/\d{{1,2}}/|\.\d{{1,2}}\.|-\d{{1,2}}-)(?:19|20)\d{{2}}\b(?![./-]\d))
  | (?P<end_month>\b(?:the\s+)?end\s+of\s+{_MONTH}(?:,?\s+\d{{4}}|{_YEAR_WORD})?)
  | (?P<end_season>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:(?P<season_years>\d{{4}}(?:[-/]\d{{2,4}})?)\s+)?(?:academic\s+|fiscal\s+|current\s+)?season\b)
  | (?P<end_school>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:(?P<school_years>\d{{4}}[-/]\d{{2,4}})\s+)?(?:academic|school)\s+year\b)
  | (?P<end_period>\b(?:the\s+)?end\s+of\s+(?:(?:the|this|next|last|its)\s+)?(?:(?P<end_year>\d{{4}})\s+)?(?:fiscal\s+|calendar\s+|{_ORDINAL}\s+)?(?:{_PERIOD}|half)\b(?:\s+of\s+\d{{4}}\b)?|\b(?:the\s+)?end\s+of\s+(?:the\s+)?{_FISCAL}?\d{{4}}\b(?![-/]\d)|\b(?:by|at|before|around|toward|towards)\s+(?:the\s+)?year(?:-|\s)?end\b(?!-|\s+(?:results?|reports?|figures|accounts|bonus(?:es)?|reviews?|audits?|parties|party|holidays?|earnings|numbers|data|sales|statements?|closing|close)\b))
  | (?P<month_day>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b|{_YEAR_WORD})?)
  | (?P<day_month>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}}\b|{_YEAR_WORD})?)
  | (?P<day_of_month>\b\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+(?:next|this|last)\s+month\b)
  | (?P<part_month>\b(?:early|mid|late|mid-|(?:the\s+)?middle\s+of)\s*-?\s*{_MONTH}(?:,?\s+\d{{4}}\b|{_YEAR_WORD})?)
  | (?P<month>\b(?:in|by|since|until|from|during|last|next|this|past|of|through|before|after|early|late|effective|starting|beginning|(?:the\s+)?(?:start|beginning)\s+of)\s+{_MONTH}(?!\.?\s+\d{{1,2}}\b)(?:(?:,?|\s+of)\s+\d{{4}}\b|{_YEAR_WORD})?)
  | (?P<month_year>\b{_MONTH},?(?:\s+of)?\s+\d{{4}}\b)
  | (?P<weekday>\b(?:(?:late|early)\s+(?:on\s+)?)?{_WEEKDAY}\b)
  | (?P<deictic>\b(?:today|yesterday|tomorrow|tonight)\b|\bthis\s+(?:morning|afternoon|evening)\b|\blast\s+night\b)
  | (?P<new_year>\b(?:in|by|early\s+in|from)\s+the\s+new\s+year\b)
  | (?P<relative>\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:{_PERIOD}|{_SEASON})\b|\b(?:earlier|later)\s+in\s+the\s+(?:year|month)\b)
  | (?P<start_period>\b(?:the\s+)?(?:start|beginning)\s+of\s+the\s+(?:year|month)\b)
  | (?P<ahead>\bin\s+{_NUM}\s+(?:day|week|month|year)s?(?:'|\u2019)?(?:\s+time)?\b)
  | (?P<offset>\b{_NUM}\s+(?:day|week|month|year)s?\s+(?:after|before)\b)
  | (?P<ago>\b{_NUM}\s+(?:day|week|month|year)s?\s+ago\b)
  | (?P<later>\b{_NUM}\s+(?:day|week)s?\s+later\b|\b(?:the\s+)?(?:next|following)\s+day\b)
  | (?P<that_day>\b(?:on\s+)?that\s+(?:date|day)\b)
  | (?P<season>\b(?:in|by|during)\s+the\s+{_SEASON}(?:\s+of\s+\d{{4}})?\b|\b{_SEASON}\s+\d{{4}}\b)
  | (?P<quarter>\b(?:(?:in|by|during)\s+the\s+)?{_ORDINAL}\s+(?:quarter|half)\s+(?:of\s+(?:\d{{4}}\b|(?:the|this|next|last)\s+year\b)|\d{{4}}\b)|\b(?:in|by|during)\s+the\s+{_ORDINAL}\s+(?:quarter|half)\b|\b(?:(?:in|by|during)\s+)?[qh][1-4]\s+(?:of\s+)?\d{{4}}\b|\b(?:in|by|during)\s+[qh][1-4]\b)
  | (?P<season_year>\bthe\s+\d{{4}}(?:[-/]\d{{2,4}})?\s+season\b)
  | (?P<fiscal>\b{_FISCAL}(?:\d{{4}}|(?<=fy)\s?'?\d{{2}})\b(?![-/]\d))
  | (?P<year>\b(?:(?:in|by|until|from|during|early|late|since)\s+|mid-?\s*)\d{{4}}\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A capitalised word (not a time word) right after a month: the month is a given name.
_NAMED_AFTER_RE = re.compile(
    r"[ ]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\b)[A-Z][a-z]+\b(?![.,;:]?\s+\d)"
)
#: Words that open a time the change takes effect at: "effective April", "starting June".
_EFFECTIVE_LEADS = frozenset({"effective", "starting", "beginning"})
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_SEASON_MONTH = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
#: Characters a case-blind pattern takes for an ASCII letter other than their lower
#: case ("\u017f" for "s", "\u0131" for "i", the Kelvin sign "\u212a" for "k"), or
#: whose lower case is two characters ("\u0130"): a text with one is read as written.
_UNFOLDABLE_RE = re.compile("[\u0130\u0131\u017f\u212a]")


def _lower_case(pattern: str, flags: int) -> re.Pattern[str]:
    """A case-blind ``pattern`` (its ``flags`` hold IGNORECASE) of ASCII words for a
    text in lower case, matched case by case: its letters in lower case, without
    IGNORECASE (40 to 60% less time).
    Over a text without :data:`_UNFOLDABLE_RE` characters it matches, at the same
    places, what ``pattern`` matches in the text as written: a character matches a
    letter of the pattern case-blind exactly when its lower case is that letter,
    and lower case keeps every character a word character, digit or space as it
    was, and one character long (checked over every code point)."""
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError(f"{pattern!r}: an escape in upper case changes meaning")
    return re.compile(pattern.lower().replace("(?p<", "(?P<"), flags & ~re.IGNORECASE)


#: What :func:`_ascii_twin` cannot write out: a ``\\s`` in a set, an escaped backslash.
_NO_TWIN_RE = re.compile(r"\[[^\]]*\\s|\\\\")


def _ascii_twin(folded: re.Pattern[str]) -> re.Pattern[str]:
    r"""``folded`` (a pattern of :func:`_lower_case`) for a text that is all ASCII,
    with ASCII classes: the engine then tells a word character (``\w``, ``\b``) by
    a table of its own rather than by the Unicode database at each character it
    tries, about a tenth fewer instructions. Over ASCII characters the classes
    match the same but ``\s``, which in Unicode also takes the separators "\x1c"
    to "\x1f": each ``\s`` is written out with them."""
    if _NO_TWIN_RE.search(folded.pattern):
        raise ValueError(f"{folded.pattern!r}: a \\s in a set or a \\\\ is not written out")
    return re.compile(
        folded.pattern.replace(r"\s", r"[\s\x1c-\x1f]"), (folded.flags & ~re.UNICODE) | re.ASCII
    )


class _CaseBlind:
    """A case-blind pattern, searched in the lower case of a text where that finds
    the same (:func:`_lower_case`); the matches are then of the text in lower case."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self.lower = _lower_case(pattern, re.IGNORECASE)
        #: :attr:`lower` for a text that is all ASCII (:func:`_ascii_twin`).
        self.ascii = _ascii_twin(self.lower)

    def _folded(self, lower: str) -> re.Pattern[str]:
        # (``isascii`` reads a flag of the string)
        return self.ascii if lower.isascii() else self.lower

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        """The matches in ``text``; ``lower`` is its lower case where the caller has
        it, cut from the document's (:func:`folded`, hence without an
        :data:`_UNFOLDABLE_RE` character)."""
        if lower is not None:
            return self._folded(lower).finditer(lower)
        if _UNFOLDABLE_RE.search(text) is None:
            lower = text.lower()
            return self._folded(lower).finditer(lower)
        return self.pattern.finditer(text)

    def search_in(self, text: str, lower: str | None, start: int, end: int) -> re.Match[str] | None:
        """The first match in ``text[start:end]``, searched in place (anchors and
        word boundaries read the characters around the span), in ``lower`` (the whole
        text's, :func:`folded`) where the caller has it."""
        if lower is not None:
            return self._folded(lower).search(lower, start, end)
        return self.pattern.search(text, start, end)

    def search(self, text: str, lower: str | None = None) -> re.Match[str] | None:
        """The first match in ``text`` (``lower`` as for :meth:`finditer`)."""
        if lower is not None:
            return self._folded(lower).search(lower)
        if _UNFOLDABLE_RE.search(text) is None:
            lower = text.lower()
            return self._folded(lower).search(lower)
        return self.pattern.search(text)


#: Expressions after these words describe something else (tenure, a range's start).
#: (In lower case where it can: case-blind, the engine enters each word at every
#: character of the window rather than passing over those whose letter differs.)
_EXCLUDING_PREFIX = _CaseBlind(r"\b(?:since|from|through|until|for|as\s+of|before)\s*$")
#: The words every match of :data:`_EXCLUDING_PREFIX` ends with, but for its blanks.
_EXCLUDING_ENDS = ("since", "from", "through", "until", "for", "of", "before")


def _excluded_before(prefix: str, lower: str | None) -> bool:
    """:data:`_EXCLUDING_PREFIX` matches ``prefix``, of which ``lower`` is the lower
    case where the caller has it (:func:`folded`). Every match ends with one of
    :data:`_EXCLUDING_ENDS` and white space (what ``str.rstrip`` strips), which is
    asked first: most times follow none of them, and the search tries the
    pattern at each character of the prefix."""
    if lower is not None and not lower.rstrip().endswith(_EXCLUDING_ENDS):
        return False
    return _EXCLUDING_PREFIX.search(prefix, lower) is not None


#: The opening of a sentence that tells where and when its news was told: "In a
#: statement issued on", "In a press release dated". A time in it dates the
#: sentence, however long the phrase runs before the verb.
_STATEMENT_OPENING_RE = re.compile(
    r"\s*(?:in|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|release|announcement|letter|notice|memo|circular|communiqu\w*|post)"
    r"(?:\s+(?:issued|released|published|sent|signed|posted|dated|made))?(?:\s+(?:on|late|early))?\s*",
    re.I,
)
#: A when-clause right after a time: "until March 31, when he retires".
_WHEN_AFTER_RE = re.compile(r",?\s+when\b", re.I)


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` with shared beginnings factored out, so that the
    regular expression engine tries each letter once rather than each word."""
    heads: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not heads:
        return ""
    parts = [re.escape(head) + _trie(rest) for head, rest in sorted(heads.items())]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if ends else body


_MONTH_HEAD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#: Common starters that begin an expression of :data:`EXPRESSION_RE` only before
#: a few words, and the beginnings of those words: "the" only in "the end of", "the
#: start of", "the next day", "the 2024-25 season". A scan tries the grammar at such
#: a starter only before one of them (they are most of the starters of a text, and
#: few of them begin an expression). Each entry admits every word the grammar lets
#: follow its starter (``test_the_fast_scan_finds_what_the_grammar_finds`` and
#: ``test_the_scan_gate_admits_every_expression``).
#: A count in words before a unit: "in two weeks".
_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: What "the" names after "in", "by" or "during" in an expression: "in the new
#: year", "by the spring", "during the third quarter", "by the year end" ("in the
#: job" begins none).
_THE_PART = rf"the\s+(?:new|year|{_SEASON}|{_ORDINAL})"
#: What follows a count in words or an ordinal that begins an expression: "six
#: weeks ago", "two days after", "first quarter" ("six years in" begins none).
_COUNTED = r"(?:(?:day|week|month|year)s?\s+(?:after|before|ago|later)|quarter|half)"
_COUNTED_WORDS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "first", "second", "third", "fourth"),
)
_FOLLOWERS = {
    "the": r"(?:end|start|beginning|next|following|middle|\d)",
    "of": _MONTH_HEAD,
    "on": r"that",
    "in": rf"(?:{_MONTH_HEAD}|{_THE_PART}|\d|[qh][1-4]|{_COUNT}\s+(?:day|week|month|year))",
    "by": rf"(?:{_MONTH_HEAD}|{_THE_PART}|\d|[qh][1-4]|year)",
    "during": rf"(?:{_MONTH_HEAD}|{_THE_PART}|\d|[qh][1-4])",
    "since": rf"(?:{_MONTH_HEAD}|\d)",
    "until": rf"(?:{_MONTH_HEAD}|\d)",
    "from": rf"(?:{_MONTH_HEAD}|\d|the\s+new)",
    "after": _MONTH_HEAD,
    "before": rf"(?:{_MONTH_HEAD}|(?:the\s+)?year)",
    "at": r"(?:the\s+)?year",
    "around": r"(?:the\s+)?year",
    "toward": r"(?:the\s+)?year",
    "towards": r"(?:the\s+)?year",
    "through": _MONTH_HEAD,
    "that": r"(?:date|day)",
    "a": r"(?:day|week|month|year)",
    "an": r"(?:day|week|month|year)",
    "with": r"immediate",
    "end": r"of",
    "effective": rf"(?:immediately|{_MONTH_HEAD})",
    "fiscal": r"(?:year\s+)?\d",
    "financial": r"(?:year\s+)?\d",
    **dict.fromkeys(_COUNTED_WORDS, _COUNTED),
}
#: A number begins an expression only as a date ("2024-03-05", "5/11/2024") or as a
#: day or a count of one or two digits before a word ("5 March", "3rd quarter", "two
#: weeks ago" in figures): not an age ("Roe, 44, joined") nor a year's day ("5, 2024").
#: (It opens with a digit, not a repeat: the engine passes over it in a few
#: instructions at a word that begins with a letter, rather than entering it.)
_NUMBER_GATE = r"\d(?:\d{3}-|\d?(?:[/.-]|(?:st|nd|rd|th)?\s))"
#: A quarter or half of a year in figures begins an expression ("Q3 2024", "H2
#: 2025"), and so does a fiscal year's "FY" before its number ("FY2025", "FY 24"):
#: the first letter and what follows it.
_PART_GATES = (("q", r"[1-4](?!\w)"), ("h", r"[1-4](?!\w)"), ("f", r"y\s?'?\d"))


@functools.cache
def _scan_pattern() -> str:
    """:data:`EXPRESSION_RE` tried only where a word begins that is a number (its
    first character a decimal digit, :data:`_NUMBER_GATE`) or one of
    ``data/date_starters.txt`` (in any case, ASCII letters only: a word whose lower
    case is in the list), one of :data:`_FOLLOWERS` only before a word it admits."""
    starters = sorted(lexicon.words("date_starters.txt"))
    if not all(w.isascii() and w.isalpha() for w in starters):
        raise ValueError("date_starters.txt: a starter is a word of ASCII letters")
    # The gate's alternatives grouped by their first letter: the engine passes over
    # an alternative whose first character differs in a few instructions, so at a
    # word it tries about one per letter rather than one per gated starter (a sixth
    # less time to scan a text). In a look-ahead the order of alternatives changes
    # nothing.
    plain: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for w in starters:
        if w in _FOLLOWERS:
            # (the words after a gated starter are read as the grammar reads them)
            by_first.setdefault(w[0], []).append(rf"(?a:{w[1:]})\s+{_FOLLOWERS[w]}")
        else:
            plain.setdefault(w[0], []).append(w[1:])
    for first, rests in plain.items():
        by_first.setdefault(first, []).append(rf"(?a:{_trie(rests)})(?!\w)")
    for first, rest in _PART_GATES:
        by_first.setdefault(first, []).append(rest)
    letters = "|".join(rf"(?a:{c})(?:{'|'.join(alts)})" for c, alts in sorted(by_first.items()))
    gate = rf"{letters}|{_NUMBER_GATE}"
    return rf"(?<!\w)(?={gate})(?:{EXPRESSION_RE.pattern})"


@functools.cache
def _scan_re() -> re.Pattern[str]:
    """:func:`_scan_pattern` compiled as written (for a span :func:`_scan` cannot
    read in lower case)."""
    return re.compile(_scan_pattern(), EXPRESSION_RE.flags)


#: Groups of :data:`EXPRESSION_RE` inside the group that names the kind.
_INNER_GROUPS = frozenset({"season_years", "end_year", "school_years"})


def _led(pattern: str) -> str:
    r"""A pattern of :func:`_scan_pattern` that takes the character before the word
    it is tried at (``[^\w]``) rather than looking back at it (``(?<!\w)``): a
    pattern that opens with a set lets the engine pass over the characters outside
    it (a word's own letters) in a tight loop, where a look-behind enters the
    matcher at every character (about a fifth of the scan's instructions)."""
    look_back = r"(?<!\w)"
    if not pattern.startswith(look_back):
        raise ValueError(f"{pattern[:20]!r}: the scan pattern opens with {look_back}")
    return r"[^\w]" + pattern[len(look_back) :]


@functools.cache
def _folded_scan_re() -> re.Pattern[str]:
    """:func:`_scan_re` for a text in lower case (see :func:`_lower_case`), led by the
    character before the expression (:func:`_led`, read by :func:`_led_matches`)."""
    return _lower_case(_led(_scan_pattern()), EXPRESSION_RE.flags)


@functools.cache
def _ascii_scan_re() -> re.Pattern[str]:
    """:func:`_folded_scan_re` for a text in lower case that is all ASCII
    (:func:`_ascii_twin`)."""
    return _ascii_twin(_folded_scan_re())


def folded(text: str) -> str | None:
    """``text`` in lower case, each character at its own offset, where the folded
    patterns (:func:`_lower_case`) find in it what their case-blind originals find
    in ``text``: None when ``text`` holds an :data:`_UNFOLDABLE_RE` character (the
    only character whose lower case is two characters, "\u0130", is one of them).
    Lower-casing a whole text once costs what lower-casing its spans one by one
    would, and a long text is read in many spans. (A Greek capital sigma takes its
    final or its medial form by the letters around it, so a span of this text may
    differ from the span lower-cased alone there: both are word characters of no
    pattern, which match neither.)"""
    # (an ASCII text holds none of them: ``isascii`` reads a flag, the search reads the text)
    return text.lower() if text.isascii() or _UNFOLDABLE_RE.search(text) is None else None


def _scan(
    text: str, start: int, end: int, lower: str | None = None
) -> Iterator[tuple[str, int, int]]:
    """The kind, start and end of EXPRESSION_RE's matches in ``text[start:end]``, as
    ``finditer`` would give them, tried only at words that can begin one
    (``data/date_starters.txt``, numbers): many times faster on plain prose than
    trying at every character. The span (and the character before it, which decides
    whether a word begins) is matched in lower case (:func:`_folded_scan_re`): in
    ``lower``, the whole text's (:func:`folded`), where the caller has it."""
    base = max(0, start - 1)
    if lower is not None:
        # The pattern takes one character before the expression, at most: the one
        # before ``start`` is read as it is in the text.
        scan = _ascii_scan_re() if lower.isascii() else _folded_scan_re()
        yield from _led_matches(scan, lower, start, end, 0)
    elif _UNFOLDABLE_RE.search(text, base, end) is None:
        yield from _led_matches(_folded_scan_re(), text[base:end].lower(), start, end, base)
    else:
        for m in _scan_re().finditer(text, start, end):
            yield _kind(m), m.start(), m.end()


def _led_matches(
    scan: re.Pattern[str], subject: str, start: int, end: int, base: int
) -> Iterator[tuple[str, int, int]]:
    """The expressions a pattern led by the character before them (:func:`_led`)
    finds in ``text[start:end]``, of which ``subject`` is the slice from ``base``
    (the same as :func:`_scan_pattern`'s matches: a word begins where a character
    other than a word character stands before it, or none)."""
    at = start - base
    if at == 0:
        # nothing before the text: a blank stands for it
        subject, base, at = " " + subject[: end - base], base - 1, 1
    at -= 1
    while (m := scan.search(subject, at, end - base)) is not None:
        yield _kind(m), m.start() + 1 + base, m.end() + base
        # (the next may be led by this one's last character: "in two weeks' ...")
        at = m.end() - 1


def _kind(m: re.Match[str]) -> str:
    """The kind of expression ``m`` matched: the name of its outer group."""
    kind = m.lastgroup
    if kind is None or kind in _INNER_GROUPS:
        kind = next(k for k, v in m.groupdict().items() if v is not None)
    return kind


@attrs.frozen(weakref_slot=False)
class _Expression:
    kind: str
    text: str
    start: int
    end: int
    effective: bool
    leading: bool = False  # opens the sentence and is set off by a comma
    #: "next year's election", "Monday's meeting": it dates the noun after it
    possessive: bool = False


class _ExpressionSlots:
    """The slots of :class:`_Expression` with no frozen ``__setattr__``, as
    ``candidates._CandidateSlots`` for a candidate (hence no weakref slot)."""

    __slots__ = tuple(a.name for a in attrs.fields(_Expression))

    def __init__(
        self,
        kind: str,
        text: str,
        start: int,
        end: int,
        effective: bool,
        leading: bool = False,
        possessive: bool = False,
    ) -> None:
        bare: Any = self
        bare.kind = kind
        bare.text = text
        bare.start = start
        bare.end = end
        bare.effective = effective
        bare.leading = leading
        bare.possessive = possessive
        bare.__class__ = _Expression


if TYPE_CHECKING:
    _new_expression = _Expression
else:
    #: ``_Expression(...)`` for :func:`find_expressions`, made as its bare slots
    #: (as ``candidates.new_candidate`` makes a candidate).
    _new_expression = _ExpressionSlots


#: What a time that opens its sentence and is set off by a comma may follow.
_LEADING_WORDS = ("", "on", "late on", "early on")


#: Expressions after these words tell when a change takes effect: "effective March 31",
#: "with effect from 1 April" (and its common misspelling "with affect from"), "as of
#: Monday", "as from 1 May", "w.e.f. 1st April". (In lower case where it can: case-blind,
#: the engine compares each letter of the window's every start in both cases.)
_EFFECTIVE_PREFIX = _CaseBlind(
    r"(?:\b(?:effective\s*(?:as\s+of\s+|on\s+|from\s+|at\s+)?|with\s+[ae]ffect\s+from\s+"
    r"|as\s+(?:of|from)\s+)|(?<!\w)w\.?\s?e\.?\s?f\b\.?\s*)"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$"
)
#: What every match of :data:`_EFFECTIVE_PREFIX` holds in lower case.
_EFFECT_HINTS = ("ffect", "as", "ef", "e.f", "e f")
#: What every match of :data:`_EFFECTIVE_PREFIX` ends with in lower case, but for
#: its white space: "effective", "on", "from", "at", "of" and "w.e.f" (an "f", with
#: a full stop or not), a weekday ("day", with a comma or not).
_EFFECT_ENDS = ("effective", "on", "from", "at", "f", "f.", "day", "day,")


#: The ends of :data:`_EFFECT_ENDS` that only "effective" comes before in a match
#: ("effective on", "effective at"): most times follow "on" or "at".
_EFFECTIVE_ONLY_ENDS = ("on", "at")


def _effective_before(text: str, start: int, end: int, lower: str | None) -> bool:
    """:data:`_EFFECTIVE_PREFIX` ends at ``end`` in ``text[start:end]``. Each of its
    matches ends with one of :data:`_EFFECT_ENDS` and holds "ffect", "as " or "e"
    then "f" in lower case (no other character matches "f", "e", "c", "t" or "a"
    case-blind), and "effective" where it ends with one of
    :data:`_EFFECTIVE_ONLY_ENDS`, which ``lower`` (:func:`folded`) is first looked
    in: most times have neither before them (the end is asked first). (Every hint
    ends in a letter or a full stop: the window without its end blanks holds it.)"""
    if lower is not None:
        window = lower[start:end].rstrip()
        if window.endswith(_EFFECTIVE_ONLY_ENDS):
            if "effective" not in window:
                return False
        elif not window.endswith(_EFFECT_ENDS) or not any(w in window for w in _EFFECT_HINTS):
            return False
    return _EFFECTIVE_PREFIX.search_in(text, lower, start, end) is not None


#: The words that join the end of a span to its start ("from 1 July to 3 August").
_RANGE_END_PREFIX = re.compile(r"(?:\bto|\buntil|\btill|\bthrough|-|\u2013)\s*$", re.IGNORECASE)
#: "from" as a word, looked for in the :data:`_RANGE_REACH` characters before a span's end.
_FROM_BEFORE_RE = re.compile(r"\bfrom\b", re.IGNORECASE)
_RANGE_REACH = 40
#: "from" right before an expression.
_FROM_PREFIX = re.compile(r"\bfrom\s*$", re.IGNORECASE)
#: Kinds of expression that name one day.
_DAYS = frozenset({"month_day", "day_month", "day_of_month", "iso", "figures", "weekday"})
#: What after "from <day>" makes it the start of a span, not a change's day.
_RANGE_AFTER_RE = re.compile(r"\s*(?:to|until|till|through|-|\u2013|and)\b", re.IGNORECASE)


#: Kinds of expression that "from" opens a change's time with: a day, a month, a
#: relative time ("from next month"), the new year, but not a year ("from 2015" tells
#: a tenure).
_FROM_KINDS = _DAYS | {"month", "month_year", "part_month", "relative", "deictic", "new_year"}


#: Kinds of expression that name the end of a period: "before" one is a deadline
#: for the change ("will take over before the end of the year"), not a tenure.
_ENDS = frozenset({"end_month", "end_period", "end_school", "end_season"})
_BEFORE_PREFIX = re.compile(r"\bbefore\s*$", re.IGNORECASE)


def _from_a_day(text: str, kind: str, words: str, m_end: int, end: int) -> bool:
    """'will take over from 1 July', 'from April', 'from next month': "from" a day,
    a month or a time to come that opens no span ("from 1 July to 3 August", "from
    2012 to 2016" tell a tenure) is when the change takes effect."""
    if kind == "relative" and words.split()[0].lower() not in {"next", "this"}:
        return False
    return kind in _FROM_KINDS and _RANGE_AFTER_RE.match(text, m_end, end) is None


def find_expressions(
    text: str, start: int, end: int, lower: str | None = None
) -> list[_Expression]:
    """Time expressions in ``text[start:end]`` (character offsets in the document);
    ``lower`` is the text in lower case (:func:`folded`) where the caller has it."""
    out = []
    for kind, m_start, m_end in _scan(text, start, end, lower):
        words = text[m_start:m_end]
        lead = words.split()[0].lower()
        # "as of April", "effective from May": the words before a month's lead word
        # tell whether it is when a change takes effect
        before = m_start + len(lead) + 1 if kind == "month" and lead in {"of", "from"} else m_start
        effective = (
            kind == "immediate"
            or lead in _EFFECTIVE_LEADS
            or _effective_before(text, max(start, before - 40), before, lower)
        )
        # "serve through the end of the year, when she will retire": the time a
        # when-clause after it tells of is no tenure's end but the change's
        when_after = _WHEN_AFTER_RE.match(text, m_end, end) is not None
        p_start = max(start, m_start - 12)
        prefix = text[p_start:m_start]
        reach = text[max(start, m_start - _RANGE_REACH) : m_start]
        if (
            ("from" in reach or "From" in reach)  # (a substring test first: most have none)
            and _RANGE_END_PREFIX.search(prefix)
            and _FROM_BEFORE_RE.search(reach)
        ):
            continue  # "CFO from 1 July to 3 August": the end of a tenure's span
        if (
            kind not in {"month", "year", "season_year"}
            and not effective
            and not when_after
            and _excluded_before(prefix, None if lower is None else lower[p_start:m_start])
            and not (_FROM_PREFIX.search(prefix) and _from_a_day(text, kind, words, m_end, end))
            and not (kind in _ENDS and _BEFORE_PREFIX.search(prefix))
        ):
            continue
        if (
            lead in {"since", "from", "through", "until", "of", "before", "after"}
            and not (when_after and lead in {"through", "until"})
            and not (lead in {"of", "from"} and effective)
            and not (lead == "from" and _from_a_day(text, kind, words, m_end, end))
        ):
            continue
        if kind == "month" and _NAMED_AFTER_RE.match(text, m_end, end):
            continue  # "replaced by June Park": a given name, not a month
        # (the pattern has no \b: matching the span of the text is matching its slice)
        leading = (
            text[m_end : m_end + 1] == "," and text[start:m_start].strip().lower() in _LEADING_WORDS
        ) or _STATEMENT_OPENING_RE.fullmatch(text, start, m_start) is not None
        possessive = text[m_end : m_end + 2] in {"'s", "\u2019s"}
        out.append(_new_expression(kind, words, m_start, m_end, effective, leading, possessive))
    # "Monday, April 6": the weekday names the day of the date after it
    return [
        e
        for i, e in enumerate(out)
        if not (
            e.kind == "weekday"
            and i + 1 < len(out)
            and out[i + 1].kind == "month_day"
            and text[e.end : out[i + 1].start].strip() in {"", ","}
        )
    ]

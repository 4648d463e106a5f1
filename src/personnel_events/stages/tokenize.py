"""Tokenizing: sentences and tokens with exact character offsets, no models.

Tokens are words (letters and digits, with inner hyphens and apostrophes),
numbers, abbreviations that keep their full stop ("Gov.", "U.S.", "B."), the
possessive "'s", and single punctuation marks. Sentences end at ``.``, ``!`` or
``?`` (with any closing quotes or brackets), at a blank line, and at a line break
after a line that does not run on (a headline, a list item).
"""

from __future__ import annotations

import re

from .. import lexicon
from ..document import Document
from ..model import Sentence, Token

_APOSTROPHES = "'\u2019"
_TOKEN_RE = re.compile(
    r"""
    [A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+                      # Ph.D.  M.Sc.  U.S.
  | (?:[^\W\d_]\.){2,}                                  # e.g.  a.m.
  | \d+(?:st|nd|rd|th)\b                                # ordinals: 26th, 1st
  | \d+(?:[.,:/]\d+)*%?                                 # 1,400  6.5%  2024-01-01 is split below
  | [^\W_]+(?:[-'\u2019][^\W_]+)*                       # words: Adeyemi-Clarke, O'Brien, won't
  | \.{2,}|-{2,}                                        # ellipsis, double dash
  | [^\w\s]                                             # any other single mark
    """,
    re.VERBOSE,
)
_POSSESSIVE_RE = re.compile(r"^(.+?)([" + _APOSTROPHES + r"]s)$", re.IGNORECASE)
_CLOSERS = frozenset("\"')]}\u201d\u2019\u00bb")
_ENDERS = frozenset(".!?")
#: Longest sentence the embedded tokenizer keeps whole, in tokens. Longer runs
#: (tables, text with no punctuation) are cut so that later stages stay linear.
MAX_SENTENCE_TOKENS = 120


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets."""
    abbreviations = lexicon.words("abbreviations.txt")
    tokens: list[Token] = []
    append = tokens.append
    spans = [m.span() for m in _TOKEN_RE.finditer(text)]
    n = len(spans)
    n_text = len(text)
    i = 0
    while i < n:
        start, end = spans[i]
        word = text[start:end]
        low = word.lower()
        # Abbreviation or initial followed directly by its full stop: keep them together.
        if end < n_text and text[end] == "." and i + 1 < n and spans[i + 1][0] == end:
            is_initial = len(word) == 1 and word.isalpha() and word.isupper()
            # in lower-case text too: "james b. comey" (no sentence ends before a
            # lower-case word)
            lower_initial = (
                len(word) == 1
                and word.isalpha()
                and word.islower()
                and word not in ("a", "i")
                and text[end + 1 : end + 3][:1] == " "
                and text[end + 2 : end + 3].islower()
            )
            if is_initial or lower_initial or low + "." in abbreviations:
                append(Token(text[start : end + 1], start, end + 1, lower=low + "."))
                i += 2
                continue
        pm = (
            _POSSESSIVE_RE.match(word)
            if len(word) > 2 and ("'" in word or "\u2019" in word)
            else None
        )
        if pm and pm.group(1).lower() not in {"it", "that", "he", "she", "what", "there"}:
            cut = start + len(pm.group(1))
            append(Token(pm.group(1), start, cut))
            append(Token(pm.group(2), cut, end))
        else:
            append(Token(word, start, end, lower=low))
        i += 1
    return tokens


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group tokens into sentences."""
    final_abbrev = lexicon.words("sentence_final_abbreviations.txt")
    openers = lexicon.words("common_words.txt")
    given = lexicon.words("given_names.txt")
    sentences: list[Sentence] = []
    n = len(tokens)
    first = 0
    i = 0
    while i < n:
        tok = tokens[i]
        end_here = False
        last = i + 1  # exclusive end of the sentence if it ends here
        if tok.text in _ENDERS or tok.text == "...":
            while (
                last < n
                and tokens[last].text in _CLOSERS
                and tokens[last].start == tokens[last - 1].end
            ):
                last += 1
            end_here = True
        elif tok.lower in final_abbrev and i + 1 < n:
            nxt = tokens[i + 1]
            # "... of Acme Corp. The bank ..." and "... of Acme Corp. Tom Ash joins":
            # a capitalised common word, or a given name starting a full name
            end_here = nxt.text[:1].isupper() and (
                nxt.lower in openers
                or (
                    nxt.lower in given
                    and i + 2 < n
                    and tokens[i + 2].text[:1].isupper()
                    and tokens[i + 2].lower not in final_abbrev
                )
            )
        if not end_here and i + 1 < n and tokens[i + 1].start - tok.end > 0:
            end_here = _line_break_ends(text, tok, tokens[i + 1])
        if not end_here and last - first >= MAX_SENTENCE_TOKENS:
            end_here = True
        if end_here or last >= n:
            sentences.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last))
            first = last
            i = last
            continue
        i += 1
    return sentences


def _line_break_ends(text: str, tok: Token, nxt: Token) -> bool:
    if nxt.start - tok.end < 1:
        return False
    gap = text[tok.end : nxt.start]
    breaks = gap.count("\n")
    if breaks == 0:
        return False
    if breaks >= 2:
        return True
    # One line break: a wrapped line runs on when it ends in a comma or a
    # lower-case word and the next line starts in lower case.
    runs_on = (tok.text == "," or tok.text[:1].islower()) and nxt.text[:1].islower()
    return not runs_on


class TokenizeStage:
    """Embedded tokenizer: fills ``tokens`` and ``sentences``."""

    name = "tokenize"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("tokens", "sentences")

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text)
        doc.sentences = split_sentences(doc.text, doc.tokens)
        return doc

"""Tokenizing: sentences and tokens with exact character offsets, no models.

Tokens are words (letters and digits, with inner hyphens and apostrophes),
numbers, abbreviations that keep their full stop ("Gov.", "U.S.", "B."), the
possessive "'s", and single punctuation marks. Sentences end at ``.``, ``!`` or
``?`` (with any closing quotes or brackets), at a blank line, and at a line break
after a line that does not run on (a headline, a list item).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re

from .. import lexicon
from ..document import Document
from ..model import Sentence, Token, _TokenSlots, make_sentence

_APOSTROPHES = "'\u2019"
_TOKEN_RE = re.compile(
    r"""
    # Most tokens: a word that begins with an ASCII letter not followed by what
    # the first two branches below take ("U.S.", "Ph.D.", "a.m."): the words
    # branch takes it as it would after all of them fail, in one step (its ASCII
    # letters and digits by a plain set first, which the engine tests by a table;
    # the run of letters and digits is the same, and nothing after it can fail:
    # its repeats are possessive, "*+", so that the engine keeps no way back into
    # them, about an eighth of the instructions of matching a text)
    (?:[a-z](?!\.)|[A-Z](?![a-z]?\.))[a-zA-Z0-9]*+[^\W_]*+(?:[-'\u2019][^\W_]+)*+
    # and a mark that is no ellipsis or double dash: the last branch's, in one step
  | [^\w\s.\-]|\.(?!\.)|-(?!-)
  | [A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+                      # Ph.D.  M.Sc.  U.S.
  | (?:[^\W\d_]\.){2,}                                  # e.g.  a.m.
  | \d+(?:st|nd|rd|th)\b                                # ordinals: 26th, 1st
  | \d+(?:[.,:/]\d+)*%?                                 # 1,400  6.5%  2024-01-01 is split below
  | [^\W_]+(?:[-'\u2019][^\W_]+)*                       # words: Adeyemi-Clarke, O'Brien, won't
  | \.{2,}|-{2,}                                        # ellipsis, double dash
  | [^\w\s]                                             # any other single mark
    """,
    re.VERBOSE,
)
#: A token and the white space (or "_", which no token takes) before it (all of
#: it: no token begins with either, so the run is possessive, as above).
_GAP_TOKEN_RE = re.compile(r"([\s_]*+)(" + _TOKEN_RE.pattern + ")", re.VERBOSE)
_STRETCH_END_RE = re.compile(r"[^\s_](?=[\s_])")
_STRETCH = 1 << 16
_CLOSERS = frozenset("\"')]}\u201d\u2019\u00bb")
_ENDERS = frozenset((".", "!", "?", "..."))
#: Words that keep their "'s" ("it's", "that's"): never a possessive.
_NOT_POSSESSORS = frozenset({"it", "that", "he", "she", "what", "there"})
#: Longest sentence the embedded tokenizer keeps whole, in tokens. Longer runs
#: (tables, text with no punctuation) are cut so that later stages stay linear.
MAX_SENTENCE_TOKENS = 120

# What a word is, worked out once per distinct word of a text: the word (one
# string shared by all its tokens), its lower case, whether it can take the full
# stop that follows it ("Gov." always, "b." by the context, "pay." never), where a possessive
# "'s" splits it off (0: it does not), and whether a sentence may end after it
# (its lower case is a sentence mark or an abbreviation that may close one).
_ALWAYS, _CONTEXT, _NEVER = 1, 2, 0
_Info = tuple[str, str, int, int, bool]
#: A token of a chunk (what lies between two spaces, :func:`_tokenize`): its offsets
#: in the chunk, its text and lower case, whether a sentence may end after it, and
#: whether its first character is a capital.
_Piece = tuple[int, int, str, str, bool, bool]
#: What a chunk is: ``(word, lower, None, capital, size)`` for one plain word that
#: is all of it (``capital``: its first character is upper case), else
#: ``("", "", pieces, False, size)`` (no pieces: a chunk of blanks); ``size``: the
#: chunk's length (kept, so that :func:`_tokenize` need not take it of each chunk).
_Chunk = tuple[str, str, tuple[_Piece, ...] | None, bool, int]


def _sentence_marks() -> frozenset[str]:
    """The tokens (in lower case) a sentence may end after: sentence marks and the
    abbreviations that may close one (``data/sentence_final_abbreviations.txt``)."""
    return _marks_of(lexicon.words("sentence_final_abbreviations.txt"))


@functools.cache
def _marks_of(final_abbreviations: frozenset[str]) -> frozenset[str]:
    return frozenset({".", "!", "?", "...", *final_abbreviations})


def _word_info(word: str, abbreviations: frozenset[str], marks: frozenset[str]) -> _Info:
    low = word.lower()
    if low == word:
        low = word  # one string, not two equal ones
    if low + "." in abbreviations or (len(word) == 1 and word.isalpha() and word.isupper()):
        dot = _ALWAYS  # "Gov.", an initial "B."
    elif len(word) == 1 and word.isalpha() and word.islower() and word not in ("a", "i"):
        dot = _CONTEXT  # "b." is an initial only before a lower-case word
    else:
        dot = _NEVER
    cut = 0
    if (
        len(word) > 2
        and word[-1] in "sS"
        and word[-2] in _APOSTROPHES
        and word[:-2].lower() not in _NOT_POSSESSORS
    ):
        cut = len(word) - 2
    place = low in marks
    return word, low, dot, cut, place


#: What each word seen is (:func:`_word_info`), kept across texts: most words of a
#: text were seen in the texts before it. Emptied when it reaches
#: :data:`_KNOWN_LIMIT` words, or when the abbreviations or the sentence marks it
#: was made with change.
_known: dict[str, _Info] = {}
#: What each chunk seen is (:data:`_Chunk`), kept as :data:`_known` is and emptied
#: with it.
_chunks: dict[str, _Chunk] = {}
#: Longer chunks are not kept: seldom seen again, they may be a whole text with no
#: space in it ("line\nline\n...", text in a script written without spaces).
_CHUNK_KEPT_CHARS = 64
_known_for: list[frozenset[str]] = []
_KNOWN_LIMIT = 50_000
#: A text this long or longer starts from a copy of what is kept and adds its own
#: words to the copy only (freed when it is tokenized): its tens of thousands of
#: words would be kept across the stages that follow, and would empty what
#: shorter texts share.
_OWN_WORDS_CHARS = 100_000


def _known_words(
    abbreviations: frozenset[str], marks: frozenset[str], size: int
) -> tuple[dict[str, _Info], dict[str, _Chunk]]:
    global _known, _chunks
    if (
        len(_known) > _KNOWN_LIMIT
        or len(_chunks) > _KNOWN_LIMIT
        or not _known_for
        or _known_for[0] is not abbreviations
        or _known_for[1] is not marks
    ):
        # new dicts: a thread still tokenizing keeps the ones it has
        _known, _chunks = {}, {}
        _known_for[:] = [abbreviations, marks]
    if size >= _OWN_WORDS_CHARS:
        return dict(_known), dict(_chunks)
    return _known, _chunks


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets.

    The text is read a stretch of about 64 KB at a time (each stretch ends at a
    white space, which no token spans), so that no list of words for the whole of
    a long text is held; each distinct word is looked at once (the answers are
    kept for the next texts) and its string shared by all its tokens.
    """
    return _tokenize(text)[0]


def _tokenize(text: str) -> tuple[list[Token], list[int], list[int], list[str]]:
    """:func:`tokenize`, the indexes of the tokens a sentence may end after
    (:func:`_sentence_marks`), in order: :func:`split_sentences` looks only there,
    the indexes of the tokens whose first character is upper case, in order
    (:meth:`Document.capitalised`: where a name may open; known per chunk, so
    that no stage tests every token for it), and each token's lower case, in
    order (:meth:`Document.lowers`, filled as the tokens are made).

    The text is split at its spaces, and each piece ("chunk": "Roe's", "(CEO),",
    "", "end.\n\nThe") is looked up whole in :data:`_chunks`; a chunk is most often
    one plain word. The token pattern matches a chunk only the first time it is
    seen: a match costs more than the rest of a token (the regex engine allocates
    and frees its stack for each). A chunk's tokens are its own: no token spans a
    blank, and what the token pattern looks at after a token (a full stop, a
    hyphen, a word character) is never a blank; what they are is kept unless it
    depends on what follows the chunk (:func:`_chunk_tokens`).
    """
    abbreviations = lexicon.words("abbreviations.txt")
    marks = _sentence_marks()
    tokens: list[Token] = []
    places: list[int] = []
    capitals: list[int] = []
    lowers: list[str] = []
    known, chunks = _known_words(abbreviations, marks, len(text))
    chunks_get = chunks.get
    # Matching stops at the last character a token can take: findall would try a
    # run of blanks with nothing after it once from each of its characters.
    last = len(text.rstrip())
    while last and text[last - 1] == "_":
        last -= 1
        while last and (text[last - 1] == "_" or text[last - 1].isspace()):
            last -= 1
    # Where the next chunk starts. (The lists are filled by ``tokens.append(...)``,
    # not a bound ``append``: Python then appends in the loop itself, with no call.)
    pos = 0
    while pos < last:
        # A stretch ends after a character a token can take, before a blank.
        stop = _STRETCH_END_RE.search(text, pos + _STRETCH, last) if last - pos > _STRETCH else None
        endpos = stop.end() if stop else last
        for chunk in text[pos:endpos].split(" "):
            found = chunks_get(chunk)
            if found is None:
                found, same_everywhere = _chunk_tokens(
                    text, pos, pos + len(chunk), known, abbreviations, marks
                )
                if same_everywhere and len(chunk) <= _CHUNK_KEPT_CHARS:
                    chunks[chunk] = found
            word, low, pieces, capital, size = found
            if pieces is not None:
                for first, after, word, low, place, capital in pieces:
                    if place:
                        places.append(len(tokens))
                    if capital:
                        capitals.append(len(tokens))
                    tok = _TokenSlots()  # (as below, inline: a call costs as much again)
                    tok.text = word
                    tok.start = pos + first
                    tok.end = pos + after
                    tok.annotation = None
                    tok.lower = low
                    tok.__class__ = Token
                    tokens.append(tok)  # type: ignore[arg-type]
                    lowers.append(low)
                pos += size + 1  # the chunk and the space after it
                continue
            # One plain word (most chunks): the token made inline, as its bare slots
            # given Token's class (Token(...) stores each field through
            # object.__setattr__, which takes about 40% more), every slot set as that
            # call would: annotation None (nothing told).
            if capital:
                capitals.append(len(tokens))
            tok = _TokenSlots()
            tok.text = word
            tok.start = pos
            tok.end = pos = pos + size
            tok.annotation = None
            tok.lower = low
            tok.__class__ = Token
            tokens.append(tok)  # type: ignore[arg-type]
            lowers.append(low)
            pos += 1  # the space after it
        pos = endpos
    return tokens, places, capitals, lowers


def _chunk_tokens(
    text: str,
    start: int,
    stop: int,
    known: dict[str, _Info],
    abbreviations: frozenset[str],
    marks: frozenset[str],
) -> tuple[_Chunk, bool]:
    """What the chunk ``text[start:stop]`` is (its tokens by the token pattern, words
    looked up in ``known``), and whether that is so wherever the chunk stands: not
    where a lower-case initial ends it ("b." takes its full stop only before a
    lower-case word)."""
    chunk = text[start:stop]
    if chunk.isalpha():
        # One word, all letters (most new chunks: a name): what the token pattern
        # makes of it, without matching it (letters are word characters; no branch
        # takes fewer of them, or more than the chunk)
        info = known.get(chunk)
        if info is None:
            info = known[chunk] = _word_info(chunk, abbreviations, marks)
        capital = chunk[0].isupper()
        size = len(chunk)
        if info[4]:
            return ("", "", ((0, size, info[0], info[1], True, capital),), False, size), True
        # no full stop to take, no "'s" to cut
        return (info[0], info[1], None, capital, size), True
    mark = chunk[-1:]  # ("": a chunk between two spaces)
    if chunk[:-1].isalpha() and not (mark.isalnum() or mark.isspace() or mark in "._"):
        # One word, all letters, and a mark ("Roe,", "Sanders'", "Lee)": a new name
        # before a comma, most other new chunks): the word as above, and the mark
        # alone, as the token pattern makes them without matching (a word takes a
        # mark after it only where a full stop ("Gov.") or a word character
        # follows; a "_" is no token, a blank no part of one).
        word = chunk[:-1]
        info = known.get(word)
        if info is None:
            info = known[word] = _word_info(word, abbreviations, marks)
        after = known.get(mark)
        if after is None:
            after = known[mark] = _word_info(mark, abbreviations, marks)
        size = len(chunk)
        pieces = (
            (0, size - 1, info[0], info[1], info[4], chunk[0].isupper()),
            (size - 1, size, after[0], after[1], after[4], mark.isupper()),
        )
        return ("", "", pieces, False, size), True
    return _matched_chunk(text, start, stop, known, abbreviations, marks)


def _matched_chunk(
    text: str,
    start: int,
    stop: int,
    known: dict[str, _Info],
    abbreviations: frozenset[str],
    marks: frozenset[str],
) -> tuple[_Chunk, bool]:
    """:func:`_chunk_tokens` of any chunk, by the token pattern."""
    pieces: list[_Piece] = []
    same_everywhere = True
    n_text = len(text)
    pos = start
    matches = iter(_GAP_TOKEN_RE.findall(text, start, stop))
    for gap, word in matches:
        first = pos + len(gap)
        pos = first + len(word)
        info = known.get(word)
        if info is None:
            info = known[word] = _word_info(word, abbreviations, marks)
        word, low, dot, cut, place = info
        end = pos
        if dot == _CONTEXT and end + 1 >= stop and end < n_text and text[end] == ".":
            same_everywhere = False  # what follows the chunk tells
        # Abbreviation or initial followed directly by its full stop: keep them
        # together (the full stop is always the next match).
        if (
            dot
            and end < n_text
            and text[end] == "."
            and (
                dot == _ALWAYS
                # a lower-case initial in lower-case text: "james b. comey" (no
                # sentence ends before a lower-case word)
                or (text[end + 1 : end + 2] == " " and text[end + 2 : end + 3].islower())
            )
        ):
            # the full stop taken into the abbreviation: the next match (as
            # matched, "." or an ellipsis that starts with it) is passed over
            gap, mark = next(matches, ("", ""))
            pos += len(gap) + len(mark)
            dotted = known.get(word + ".")
            if dotted is None:
                dotted = known[word + "."] = _dotted_info(word, low, marks)
            pieces.append(
                (first - start, end + 1 - start, *dotted[:2], dotted[4], word[:1].isupper())
            )
        elif cut:
            head = known.get(word[:cut])
            if head is None:
                head = known[word[:cut]] = _word_info(word[:cut], abbreviations, marks)
            mark = word[cut:]
            pieces.append(
                (first - start, first + cut - start, *head[:2], head[4], word[:1].isupper())
            )
            pieces.append(
                (first + cut - start, end - start, mark, mark.lower(), mark.lower() in marks, False)
            )
        else:
            pieces.append((first - start, end - start, word, low, place, word[:1].isupper()))
    size = stop - start
    if len(pieces) == 1:
        first, end, word, low, place, capital = pieces[0]
        if first == 0 and end == size and not place:
            return (word, low, None, capital, size), same_everywhere
    return ("", "", tuple(pieces), False, size), same_everywhere


def _dotted_info(word: str, low: str, marks: frozenset[str]) -> _Info:
    """What an abbreviation with its full stop is ("Gov.", "Inc.")."""
    place = low + "." in marks
    return word + ".", low + ".", _NEVER, 0, place


def split_sentences(
    text: str, tokens: list[Token], marked: list[int] | None = None
) -> list[Sentence]:
    """Group tokens into sentences.

    A sentence can end only after a sentence mark, after an abbreviation that
    may close one ("Inc."), where a line break falls between two tokens, or at
    :data:`MAX_SENTENCE_TOKENS`; those places are found first, and only they are
    looked at. ``marked``: the indexes of the tokens that are sentence marks or
    such abbreviations, where the tokenizer found them (:func:`_tokenize`).
    """
    final_abbrev = lexicon.words("sentence_final_abbreviations.txt")
    openers = lexicon.words("common_words.txt")
    given = lexicon.words("given_names.txt")
    n = len(tokens)
    if n == 0:
        return []
    if marked is None:
        marks = _sentence_marks()
        marked = [i for i, tok in enumerate(tokens) if tok.lower in marks]
    places = set(marked)
    if "\n" in text:
        # The token before each line break, by bisection on the tokens' starts (a
        # list of every token's start cost about half of this function).
        stop = tokens[-1].start
        at = 0
        line_break = text.find("\n", tokens[0].end, stop)
        while line_break >= 0:
            at = bisect.bisect_right(tokens, line_break, at, n, key=_START_OF) - 1
            places.add(at)
            # the breaks before the next token fall after this one too
            line_break = text.find("\n", tokens[at + 1].start, stop)
    places.add(n - 1)
    sentences: list[Sentence] = []
    first = 0
    for i in sorted(places):
        if i < first:
            continue  # a closing mark already taken into the sentence before
        # Runs of MAX_SENTENCE_TOKENS tokens before this place are cut.
        while i - first >= MAX_SENTENCE_TOKENS:
            last = first + MAX_SENTENCE_TOKENS
            sentences.append(make_sentence(tokens[first].start, tokens[last - 1].end, first, last))
            first = last
        tok = tokens[i]
        last = i + 1
        end_here = False
        if tok.text in _ENDERS:
            while (
                last < n
                and tokens[last].text in _CLOSERS
                and tokens[last].start == tokens[last - 1].end
            ):
                last += 1
            end_here = True
        elif tok.lower in final_abbrev and last < n:
            nxt = tokens[last]
            # "... of Acme Corp. The bank ..." and "... of Acme Corp. Tom Ash joins":
            # a capitalised common word, or a given name starting a full name
            end_here = nxt.text[:1].isupper() and (
                nxt.lower in openers
                or (
                    nxt.lower in given
                    and last + 1 < n
                    and tokens[last + 1].text[:1].isupper()
                    and tokens[last + 1].lower not in final_abbrev
                )
            )
        if not end_here and last < n and tokens[last].start > tok.end:
            end_here = _line_break_ends(text, tok, tokens[last])
        if end_here or last >= n or last - first >= MAX_SENTENCE_TOKENS:
            sentences.append(make_sentence(tokens[first].start, tokens[last - 1].end, first, last))
            first = last
    return sentences


#: A token's start, the key of the bisection in :func:`split_sentences` (read in C:
#: a function written in Python costs a call of its own for each step).
_START_OF = operator.attrgetter("start")


def _line_break_ends(text: str, tok: Token, nxt: Token) -> bool:
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
        doc.tokens, marked, capitals, lowers = _tokenize(doc.text)
        doc.sentences = split_sentences(doc.text, doc.tokens, marked)
        doc.known_capitalised(capitals)
        doc.known_lowers(lowers)
        return doc

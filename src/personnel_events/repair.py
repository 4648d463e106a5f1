"""Repairing damaged text before it is read, keeping every offset into the original.

Scraped and converted text arrives damaged: mojibake ("Kimâ€™s", "JosÃ©"), HTML
entities ("&amp;", "&#8217;"), non-breaking and zero-width spaces, soft hyphens
and control characters ("Jane\\x00 Roe"). :func:`repair` fixes these and returns a
:class:`Repaired`, which maps any span of the repaired text back to the span of
the original text it came from, so that events found in the repaired text still
point into the text the caller passed.

What changes:

- mojibake, and stray C1 control characters that stand for Windows-1252
  punctuation (``"Kim\\x92s"``): the word (up to whitespace) that holds them is
  handed to ftfy (encoding fixes only: quotes, widths, ligatures and line breaks
  are left as they are);
- HTML character references (``&amp;``, ``&nbsp;``, ``&#8217;``): decoded;
- control characters (``\\x00``-``\\x08``, ``\\x0b``, ``\\x0e``-``\\x1f``,
  ``\\x7f``): a run of them becomes one space, so that names stay whole
  (``"Jane\\x1eRoe"``), or nothing where it touches whitespace already
  (``"Jane\\x00 Roe"``);
- no-break and other Unicode spaces: one space each (tabs are kept);
- form feeds and the Unicode line and paragraph separators: a line break;
- zero-width spaces, word joiners, byte-order marks and soft hyphens: removed.

Clean text, the common case, is checked with one compiled regular expression and
returned as it is; ftfy is imported only when a word needs it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

__all__ = ["Repaired", "fix_mojibake", "repair"]

# A lead character of a UTF-8 sequence read as Windows-1252 or Latin-1, followed by
# a continuation byte read the same way: the mark of mojibake. Also any C1 control
# character, which ftfy reads as the Windows-1252 punctuation it usually stands for.
_CONTINUATION = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026"
    "\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = rf"[\xc2-\xf4][{_CONTINUATION}]|[\x80-\x9f]"
_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"

#: Control characters: a run of them becomes one space, or nothing where it
#: touches whitespace already ("Jane\x00 Roe" -> "Jane Roe").
_CONTROLS = (
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f"
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"
)
#: Other spaces become a space each, line and page separators a line break;
#: invisible characters are removed.
_SPACES = (
    "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_BREAKS = "\x0c\u2028\u2029"
_REMOVED = "\xad\u180e\u200b\u2060\ufeff"
_C1 = "".join(chr(c) for c in range(0x80, 0xA0))
#: Applied outside mojibake words, and to what ftfy and the entity decoder return
#: (where C1 codes that ftfy left alone are unused ones: a space each).
_TABLE: dict[int, str | None] = {
    **{ord(c): " " for c in _CONTROLS + _C1 + _SPACES},
    **{ord(c): "\n" for c in _BREAKS},
    **{ord(c): None for c in _REMOVED},
}

_DIRTY = re.compile(
    rf"(?P<moji>{_MOJIBAKE})|(?P<entity>{_ENTITY})"
    rf"|(?P<controls>[{re.escape(_CONTROLS)}]+)"
    rf"|(?P<char>[{re.escape(_SPACES + _BREAKS + _REMOVED)}])"
)
#: One character class holding the first character of every match of _DIRTY: a
#: fast scan that clean text passes through without a hit (or with a few, for
#: accented letters and ampersands).
_SUSPECT = re.compile(
    "[&\x80-\x9f\xc2-\xf4" + re.escape(_CONTROLS + _SPACES + _BREAKS + _REMOVED) + "]"
)
_WORD_END = re.compile(r"\s")

_ftfy_config: TextFixerConfig | None = None


def _fix_encoding(word: str) -> str:
    """ftfy's encoding fixes alone (no quote, width, ligature or line-break changes)."""
    global _ftfy_config
    import ftfy

    if _ftfy_config is None:
        _ftfy_config = ftfy.TextFixerConfig(
            unescape_html=False,
            remove_terminal_escapes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            uncurl_quotes=False,
            fix_line_breaks=False,
            remove_control_chars=False,
            normalization=None,
            explain=False,
        )
    return ftfy.fix_text(word, _ftfy_config)


@attrs.frozen(slots=True)
class Repaired:
    """The repaired ``text`` and where each of its characters came from in the
    ``original``.

    ``starts`` and ``ends`` are empty when nothing was changed (``text is
    original``); otherwise character ``i`` of ``text`` was made from
    ``original[starts[i]:ends[i]]``.
    """

    text: str
    original: str
    starts: Sequence[int] = attrs.field(default=(), repr=False, eq=False)
    ends: Sequence[int] = attrs.field(default=(), repr=False, eq=False)

    @property
    def changed(self) -> bool:
        return self.text is not self.original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that ``text[start:end]`` was made from."""
        if not self.changed:
            return start, end
        n = len(self.starts)
        start = max(0, min(start, n))
        if end <= start:
            at = self.starts[start] if start < n else len(self.original)
            return at, at
        return self.starts[start], self.ends[min(end, n) - 1]


def repair(text: str) -> Repaired:
    """``text`` with mojibake, HTML character references, odd spaces and control
    characters fixed, and the map back into ``text`` (see the module docstring).

    >>> r = repair("Kimâ€™s\\xa0CEO &amp; chair")
    >>> r.text
    'Kim’s CEO & chair'
    >>> r.original_span(0, 5), r.original[0:7]
    ((0, 7), 'Kimâ€™s')
    """
    pieces: list[tuple[int, int, str]] = []
    pos = 0
    for hit in _SUSPECT.finditer(text):
        if hit.start() < pos:  # inside a word or run already repaired
            continue
        m = _DIRTY.match(text, hit.start())
        if m is None:
            continue
        kind = m.lastgroup
        if kind == "moji":
            start, end = _word_around(text, m, pos)
            new = _fix_encoding(text[start:end]).translate(_TABLE)
        elif kind == "controls":
            start, end = m.span()
            touches_space = (start > 0 and text[start - 1].isspace()) or (
                end < len(text) and text[end].isspace()
            )
            new = "" if touches_space else " "
        else:
            start, end = m.span()
            old = m.group()
            new = html.unescape(old) if kind == "entity" else old
            new = new.translate(_TABLE)
        if new != text[start:end]:
            pieces.append((start, end, new))
        pos = end
    if not pieces:
        return Repaired(text, text)
    return _assemble(text, pieces)


_MOJIBAKE_RE = re.compile(_MOJIBAKE)


def fix_mojibake(text: str) -> str:
    """``text`` with its mojibake words fixed by ftfy and nothing else changed (no
    map back): for markup such as HTML, where entities and spaces must stay as they
    are until the markup is read."""
    out: list[str] = []
    pos = 0
    for m in _MOJIBAKE_RE.finditer(text):
        if m.start() < pos:
            continue
        start, end = _word_around(text, m, pos)
        out.append(text[pos:start])
        out.append(_fix_encoding(text[start:end]))
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _word_around(text: str, m: re.Match[str], pos: int) -> tuple[int, int]:
    """The span of the word (up to whitespace, not before ``pos``) holding ``m``."""
    start = pos
    for k in range(m.start() - 1, pos - 1, -1):
        if text[k].isspace():
            start = k + 1
            break
    after = _WORD_END.search(text, m.end())
    return start, after.start() if after is not None else len(text)


def _assemble(text: str, pieces: list[tuple[int, int, str]]) -> Repaired:
    """Build the repaired text piece by piece, noting each character's source."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev = 0
    for start, end, new in pieces:
        out.append(text[prev:start])
        starts.extend(range(prev, start))
        ends.extend(range(prev + 1, start + 1))
        old = text[start:end]
        # Characters the repair kept at either end map one to one; the changed
        # middle maps, every character of it, to the whole stretch it replaced.
        shortest = min(len(old), len(new))
        head = 0
        while head < shortest and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < shortest - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        middle = len(new) - head - tail
        starts.extend(range(start, start + head))
        ends.extend(range(start + 1, start + head + 1))
        starts.extend([start + head] * middle)
        ends.extend([end - tail] * middle)
        starts.extend(range(end - tail, end))
        ends.extend(range(end - tail + 1, end + 1))
        out.append(new)
        prev = end
    out.append(text[prev:])
    starts.extend(range(prev, len(text)))
    ends.extend(range(prev + 1, len(text) + 1))
    return Repaired("".join(out), text, starts, ends)

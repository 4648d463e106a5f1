"""The Document that flows through the stages: the text and the layers stages add."""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any

import attrs

from .candidates import Candidate
from .dateline import Dateline
from .model import Entity, Event, Mention, Sentence, Token


@attrs.define(slots=True)
class Document:
    """A text and its layers.

    Each stage reads the layers it ``requires`` and fills the ones it ``provides``;
    ``layers`` records which have been filled, so a pipeline can check its order.
    ``extras`` is for layers a user's own stage adds (keyed by that stage's name);
    the default stages pass facts to each other only through the typed fields.
    """

    text: str
    published: dt.date | None = None
    source: str | None = None
    #: The publication-date line and dateline at the head of the text, if any.
    dateline: Dateline | None = None
    sentences: list[Sentence] = attrs.Factory(list)
    tokens: list[Token] = attrs.Factory(list)
    mentions: list[Mention] = attrs.Factory(list)
    entities: list[Entity] = attrs.Factory(list)
    #: The changes matching found, before they are events (see ``candidates.py``).
    candidates: list[Candidate] = attrs.Factory(list)
    events: list[Event] = attrs.Factory(list)
    layers: set[str] = attrs.Factory(set)
    extras: dict[str, Any] = attrs.Factory(dict)
    # What lowers() and capitalised() read off ``tokens``: the list they were
    # read from, its length then, and the answer (read again when either differs)
    _lowers: tuple[list[Token], int, list[str]] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )
    _capitals: tuple[list[Token], int, list[int]] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )

    def lowers(self) -> list[str]:
        """Each token's lower case (``Token.lower``), in order, read once for the
        token list the document holds: the stages that test every word of a text
        against a word list (where a mention or a trigger may start) test these
        in C (``map``, ``set.isdisjoint``). Do not change the list returned; a
        stage that changes ``tokens`` assigns a new list (or one of another
        length), which is then read anew."""
        tokens = self.tokens
        held = self._lowers
        if held is not None and held[0] is tokens and held[1] == len(tokens):
            return held[2]
        lowers = [tok.lower for tok in tokens]
        self._lowers = (tokens, len(tokens), lowers)
        return lowers

    def capitalised(self) -> list[int]:
        """The indexes of the tokens whose first character is upper case, in
        order (where a name may open). The embedded tokenizer tells them as it
        reads the text (:meth:`known_capitalised`); for tokens made otherwise
        they are read off ``tokens`` once, as :meth:`lowers` is."""
        tokens = self.tokens
        held = self._capitals
        if held is not None and held[0] is tokens and held[1] == len(tokens):
            return held[2]
        capitals = [k for k, tok in enumerate(tokens) if tok.text[:1].isupper()]
        self._capitals = (tokens, len(tokens), capitals)
        return capitals

    def known_lowers(self, lowers: list[str]) -> None:
        """Tell :meth:`lowers` of the current ``tokens`` (a tokenizer that has
        them at hand as it makes the tokens)."""
        self._lowers = (self.tokens, len(self.tokens), lowers)

    def known_capitalised(self, capitals: list[int]) -> None:
        """Tell :meth:`capitalised` of the current ``tokens`` (a tokenizer that
        knows them without testing every token)."""
        self._capitals = (self.tokens, len(self.tokens), capitals)

    def token_text(self, first: int, last: int) -> str:
        """The text from the start of token ``first`` to the end of token ``last - 1``."""
        if last <= first:
            return ""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def sentence_of(self, token_index: int) -> int:
        """Index of the sentence that holds a token (binary search)."""
        found = bisect.bisect_right(self.sentences, token_index, key=lambda s: s.first_token)
        return max(0, found - 1)

    def sentence_at(self, char: int) -> int:
        """Index of the sentence that holds a character offset (binary search)."""
        return max(0, bisect.bisect_right(self.sentences, char, key=lambda s: s.start) - 1)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

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

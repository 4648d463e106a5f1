"""Shortcuts of coreference's clustering, each pinned against the general path it
stands for: the same labels, entities and events whichever way they are reached."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from personnel_events.document import Document
from personnel_events.stages.coref import orgs, tickers
from personnel_events.stages.coref.mentions import find_mentions
from personnel_events.stages.coref.people import people_by_use
from personnel_events.stages.tokenize import TokenizeStage


def _by_use(text: str, lowers_of: Callable[[Document], list[str]]) -> list[tuple[str, str]]:
    """(text, label) of each mention after :func:`orgs.organisations_by_use`, given
    the token lower cases ``lowers_of`` the document."""
    doc = TokenizeStage()(Document(text=text))
    mentions = find_mentions(doc)
    tickers.exchanges_in_notes(doc.tokens, mentions)
    people_by_use(doc, mentions)
    orgs.organisations_by_use(doc.tokens, mentions, lowers_of(doc))
    return [(m.text, m.label.value) for m in mentions]


def _real(doc: Document) -> list[str]:
    return doc.lowers()


def _all_owner_words(doc: Document) -> list[str]:
    """An owner word for every token: the gate before ``_owner_of_post`` open for
    every name, i.e. the general path (the list is read by that gate alone)."""
    return ["its"] * len(doc.tokens)


#: An owner of a post ("its", "their") at every distance after a name, around the
#: reach of ``_owner_of_post``'s walk (``OWNER_REACH``), with and without a clause
#: boundary or another name between.
_OWNER_TEXTS = [
    f"Kessa {' '.join(['quietly'] * d)} named Ana Ruiz as {owner} {post}."
    for d in range(orgs.OWNER_REACH + 2)
    for owner in ("its", "their")
    for post in ("chief executive", "new head coach", "friend")
] + [
    "Kessa named Ana Ruiz as its chief executive.",
    "Kessa its chief executive.",
    "Brisk Sundowns sacked Tomas Lind as their head coach on Monday.",
    "Brisk Sundowns, which sacked Tomas Lind, said its coach left.",
    "Vell Oster and Kessa Mori met. Its board named Ana Ruiz as its chief executive.",
    "Dana Wills sacked Tomas Lind as her head coach.",
    "Harbor Mills named Ana Ruiz and Tom Lee as its joint chief executives.",
    "Kessa Orbis hired Ana Ruiz; its board agreed.",
]


@pytest.mark.parametrize("text", _OWNER_TEXTS)
def test_the_owner_word_gate_answers_as_the_walk(text: str) -> None:
    assert _by_use(text, _real) == _by_use(text, _all_owner_words)


def test_the_owner_word_table_reaches_the_walks_last_word() -> None:
    # the table holds names the walk makes organisations with the owner word at the
    # far end of its reach (a gate one word too short fails the test above)
    fill = " ".join(["quietly"] * (orgs.OWNER_REACH - 6))
    far = f"Kessa {fill} named Ana Ruiz as its chief executive."
    assert ("Kessa", "ORG") in _by_use(far, _all_owner_words)

"""Shortcuts of coreference's clustering, each pinned against the general path it
stands for: the same labels, entities and events whichever way they are reached."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from personnel_events.document import Document
from personnel_events.stages.coref import orgs, tickers
from personnel_events.stages.coref.clusters import cluster
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


def _entities(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, label, mention texts) of each entity coreference finds in ``text``."""
    doc = TokenizeStage()(Document(text=text))
    mentions, entities = cluster(doc, find_mentions(doc))
    return [
        (e.name, e.label.value, tuple(mentions[mi].text for mi in e.mentions)) for e in entities
    ]


#: Names written with other capitals, accents or a full stop, that fold alike (the
#: ASCII ones by the fold written out in the clustering loops, the others by
#: ``fold``), each pair in every order.
_FOLDED_PAIRS = [
    ("Orbis Bank", "ORBIS BANK"),
    ("Orbis Bank", "Orbís Bank"),
    ("Helen Marsh", "HELEN MARSH"),
    ("Helen Marsh", "Hélène Marsh"),
    ("Helen Marsh", "Helen Marsh."),
    ("Marsh", "MARSH"),
    ("Marsh", "Marsh."),
    ("Marsh", "Mársh"),
    ("Kelvane Ltd", "KELVANE LTD"),
    ("Zoë Brandt", "Zoe Brandt"),
]


_FOLDED_TEXTS = [
    f"{a} {verb} on Monday. Later {b} {verb} again."
    for x, y in _FOLDED_PAIRS
    for a, b in ((x, y), (y, x))
    for verb in ("said", "quit")
] + [
    "Kelvane said its chief executive quit. KELVANE said so.",
    "Kelváne said its chief executive quit. Kelvane said so.",
    "Brackwater said its chief executive quit. Brackwater Ferries said so.",
    "Brackwater said its chief executive quit. Ana Brackwater said so.",
    "Harbor Mills said its board met. HARBOR MILLS said so. Harbor Mills. said so.",
    "Velt Orbis said its chief quit. Ana Velt and Velt Orbis met. Velt said so.",
    # names whose last word ends in a full stop, which the fold drops
    "Lumen Corp. said on Monday. Later Lumen Corp said again.",
    "Kessa Orbis Co. said its chief quit. Kessa Orbis Co said so.",
    "Velt Co. said its chief executive quit. Velt Co said so.",
    "Velt St. said its chief executive quit. Velt St said so.",
    "Marsh J. said on Monday. Later Marsh J said again. Marsh J. quit.",
    # a lone word for an organisation's first word, and a surname among the words kept
    "Brackwater Ferries said on Monday. Later BRACKWATER said again.",
    "Brackwater Ferries said on Monday. Later Bráckwater said again.",
    "Harbor Mills said its board met. Ana Mills and HARBOR MILLS said so.",
]


#: Each text's entities as main's clustering (``fold`` called everywhere) reads them:
#: (label, mention texts) of each, in order.
_FOLDED_ENTITIES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "Orbis Bank said on Monday. Later ORBIS BANK said again.": [
        ("ORG", ("Orbis Bank", "ORBIS BANK"))
    ],
    "Orbis Bank quit on Monday. Later ORBIS BANK quit again.": [
        ("ORG", ("Orbis Bank", "ORBIS BANK"))
    ],
    "ORBIS BANK said on Monday. Later Orbis Bank said again.": [
        ("ORG", ("ORBIS BANK", "Orbis Bank"))
    ],
    "ORBIS BANK quit on Monday. Later Orbis Bank quit again.": [
        ("ORG", ("ORBIS BANK", "Orbis Bank"))
    ],
    "Orbis Bank said on Monday. Later Orbís Bank said again.": [
        ("ORG", ("Orbis Bank", "Orbís Bank"))
    ],
    "Orbis Bank quit on Monday. Later Orbís Bank quit again.": [
        ("ORG", ("Orbis Bank", "Orbís Bank"))
    ],
    "Orbís Bank said on Monday. Later Orbis Bank said again.": [
        ("ORG", ("Orbís Bank", "Orbis Bank"))
    ],
    "Orbís Bank quit on Monday. Later Orbis Bank quit again.": [
        ("ORG", ("Orbís Bank", "Orbis Bank"))
    ],
    "Helen Marsh said on Monday. Later HELEN MARSH said again.": [
        ("PERSON", ("Helen Marsh", "HELEN MARSH"))
    ],
    "Helen Marsh quit on Monday. Later HELEN MARSH quit again.": [
        ("PERSON", ("Helen Marsh", "HELEN MARSH"))
    ],
    "HELEN MARSH said on Monday. Later Helen Marsh said again.": [
        ("PERSON", ("HELEN MARSH", "Helen Marsh"))
    ],
    "HELEN MARSH quit on Monday. Later Helen Marsh quit again.": [
        ("PERSON", ("HELEN MARSH", "Helen Marsh"))
    ],
    "Helen Marsh said on Monday. Later Hélène Marsh said again.": [
        ("PERSON", ("Helen Marsh", "Hélène Marsh"))
    ],
    "Helen Marsh quit on Monday. Later Hélène Marsh quit again.": [
        ("PERSON", ("Helen Marsh", "Hélène Marsh"))
    ],
    "Hélène Marsh said on Monday. Later Helen Marsh said again.": [
        ("PERSON", ("Hélène Marsh", "Helen Marsh"))
    ],
    "Hélène Marsh quit on Monday. Later Helen Marsh quit again.": [
        ("PERSON", ("Hélène Marsh", "Helen Marsh"))
    ],
    "Helen Marsh said on Monday. Later Helen Marsh. said again.": [
        ("PERSON", ("Helen Marsh", "Helen Marsh"))
    ],
    "Helen Marsh quit on Monday. Later Helen Marsh. quit again.": [
        ("PERSON", ("Helen Marsh", "Helen Marsh"))
    ],
    "Helen Marsh. said on Monday. Later Helen Marsh said again.": [
        ("PERSON", ("Helen Marsh", "Helen Marsh"))
    ],
    "Helen Marsh. quit on Monday. Later Helen Marsh quit again.": [
        ("PERSON", ("Helen Marsh", "Helen Marsh"))
    ],
    "Marsh said on Monday. Later MARSH said again.": [("ORG", ("MARSH",))],
    "Marsh quit on Monday. Later MARSH quit again.": [("ORG", ("MARSH",))],
    "MARSH said on Monday. Later Marsh said again.": [("ORG", ("MARSH",))],
    "MARSH quit on Monday. Later Marsh quit again.": [("ORG", ("MARSH",))],
    "Marsh said on Monday. Later Marsh. said again.": [],
    "Marsh quit on Monday. Later Marsh. quit again.": [],
    "Marsh. said on Monday. Later Marsh said again.": [],
    "Marsh. quit on Monday. Later Marsh quit again.": [],
    "Marsh said on Monday. Later Mársh said again.": [],
    "Marsh quit on Monday. Later Mársh quit again.": [],
    "Mársh said on Monday. Later Marsh said again.": [],
    "Mársh quit on Monday. Later Marsh quit again.": [],
    "Kelvane Ltd said on Monday. Later KELVANE LTD said again.": [
        ("ORG", ("Kelvane Ltd", "KELVANE LTD"))
    ],
    "Kelvane Ltd quit on Monday. Later KELVANE LTD quit again.": [
        ("ORG", ("Kelvane Ltd", "KELVANE LTD"))
    ],
    "KELVANE LTD said on Monday. Later Kelvane Ltd said again.": [
        ("ORG", ("KELVANE LTD", "Kelvane Ltd"))
    ],
    "KELVANE LTD quit on Monday. Later Kelvane Ltd quit again.": [
        ("ORG", ("KELVANE LTD", "Kelvane Ltd"))
    ],
    "Zoë Brandt said on Monday. Later Zoe Brandt said again.": [
        ("PERSON", ("Zoë Brandt", "Zoe Brandt"))
    ],
    "Zoë Brandt quit on Monday. Later Zoe Brandt quit again.": [
        ("PERSON", ("Zoë Brandt", "Zoe Brandt"))
    ],
    "Zoe Brandt said on Monday. Later Zoë Brandt said again.": [
        ("PERSON", ("Zoe Brandt", "Zoë Brandt"))
    ],
    "Zoe Brandt quit on Monday. Later Zoë Brandt quit again.": [
        ("PERSON", ("Zoe Brandt", "Zoë Brandt"))
    ],
    "Kelvane said its chief executive quit. KELVANE said so.": [("ORG", ("Kelvane", "KELVANE"))],
    "Kelváne said its chief executive quit. Kelvane said so.": [("ORG", ("Kelváne", "Kelvane"))],
    "Brackwater said its chief executive quit. Brackwater Ferries said so.": [
        ("ORG", ("Brackwater", "Brackwater Ferries"))
    ],
    "Brackwater said its chief executive quit. Ana Brackwater said so.": [
        ("PERSON", ("Brackwater", "Ana Brackwater"))
    ],
    "Harbor Mills said its board met. HARBOR MILLS said so. Harbor Mills. said so.": [
        ("ORG", ("Harbor Mills", "HARBOR MILLS", "Harbor Mills"))
    ],
    "Velt Orbis said its chief quit. Ana Velt and Velt Orbis met. Velt said so.": [
        ("ORG", ("Velt Orbis", "Velt Orbis")),
        ("PERSON", ("Ana Velt", "Velt")),
    ],
    "Lumen Corp. said on Monday. Later Lumen Corp said again.": [
        ("ORG", ("Lumen Corp.", "Lumen Corp"))
    ],
    "Kessa Orbis Co. said its chief quit. Kessa Orbis Co said so.": [
        ("ORG", ("Kessa Orbis Co.", "Kessa Orbis Co"))
    ],
    "Velt Co. said its chief executive quit. Velt Co said so.": [("ORG", ("Velt Co.", "Velt Co"))],
    "Velt St. said its chief executive quit. Velt St said so.": [("ORG", ("Velt St.", "Velt St"))],
    "Marsh J. said on Monday. Later Marsh J said again. Marsh J. quit.": [
        ("PERSON", ("Marsh J.", "Marsh J", "Marsh J."))
    ],
    "Brackwater Ferries said on Monday. Later BRACKWATER said again.": [
        ("ORG", ("Brackwater Ferries", "BRACKWATER"))
    ],
    "Brackwater Ferries said on Monday. Later Bráckwater said again.": [
        ("ORG", ("Brackwater Ferries", "Bráckwater"))
    ],
    "Harbor Mills said its board met. Ana Mills and HARBOR MILLS said so.": [
        ("ORG", ("Harbor Mills", "HARBOR MILLS")),
        ("PERSON", ("Ana Mills",)),
    ],
}


@pytest.mark.parametrize("text", _FOLDED_TEXTS)
def test_names_folded_in_the_loops_cluster_as_before(text: str) -> None:
    found = [(label, texts) for _name, label, texts in _entities(text)]
    assert found == _FOLDED_ENTITIES[text]


def _labels(text: str) -> list[tuple[str, str]]:
    """(text, label) of each mention after clustering."""
    doc = TokenizeStage()(Document(text=text))
    mentions, _entities = cluster(doc, find_mentions(doc))
    return [(m.text, m.label.value) for m in mentions]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a lone word for an organisation's first word is that organisation's, however
        # it is written (pass 2's fold, written out for ASCII text)
        ("Orbis Capital hired Ana Ruiz. Orbis said so.",
         [("Orbis Capital", "ORG"), ("Ana Ruiz", "PERSON"), ("Orbis", "ORG")]),
        ("Orbis Capital hired Ana Ruiz. ORBIS said so.",
         [("Orbis Capital", "ORG"), ("Ana Ruiz", "PERSON"), ("ORBIS", "ORG")]),
        ("Orbis Capital hired Ana Ruiz. Órbis said so.",
         [("Orbis Capital", "ORG"), ("Ana Ruiz", "PERSON"), ("Órbis", "ORG")]),
    ],
)  # fmt: skip
def test_a_lone_first_word_of_an_organisation_is_read_as_before(
    text: str, labels: list[tuple[str, str]]
) -> None:
    assert _labels(text) == labels

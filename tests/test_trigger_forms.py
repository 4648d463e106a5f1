"""Every trigger of ``data/triggers.tsv`` and ``data/nominal_triggers.tsv`` in every
frame and form it supports (issue 17).

The sentences are generated (``strategies.py``) from the rows the library reads, so
a trigger added to a data file is tested here in all its forms at once. Each case
is told three times, with a post in capitals, a phrase and a single word, and names
and organisations drawn by ``random.Random(case id)``; the failing sentence is in
the assertion message.

Forms: subject frame past, perfect, headline (present), will, "is expected to",
"is to", progressive ("is resigning": under way, past; "Next month X is resigning":
future), and without a post for "post"
triggers (no event); "future" triggers give an event only after will/to. Object
frame active (with "as", and bare for naming verbs), perfect, passive, perfect
passive, headline, reduced passive ("X, named CFO of Acme, said"), will, will be,
"is expected to be", "is to be", and "confirm" triggers with "subject to Senate
confirmation" (a NOMINATE), "pending" triggers in a text whose nominees will be
vetted (a NOMINATE), and "pending-only" triggers only there. Succession: both
people in the same forms. Mutual ("parted ways with"): the person on either side
of "with". Headline phrases ("X out as CFO"): right after the person, and no
change elsewhere. Nouns: with a possessor, with an of-phrase, announced, and
before a clause's verb; a noun of selection ("pick", "nominee") in apposition and
after "be".
"""

from __future__ import annotations

import pytest

from personnel_events import Event, parse
from personnel_events.stages.patterns.triggers import packaged_rows
from strategies import DRAWS, Expected, FormCase, Verb, trigger_cases

PUBLISHED = "2024-03-06"

CASES = trigger_cases()

#: What fails today, by cause, most cases first: case ids (lemma-frame-form). A fix
#: turns a case into an unexpected pass, which fails the run until its id leaves
#: this list.
KNOWN_MISSES: tuple[tuple[str, frozenset[str]], ...] = ()
MISSES = {case_id: reason for reason, ids in KNOWN_MISSES for case_id in ids}

#: (type, person, role, org, status) of an event, "-" for no role or organisation.
Key = tuple[str, str, str, str, str]


def _key(e: Event | Expected) -> Key:
    return (e.type.value, e.person, e.role or "-", e.org or "-", e.status.value)


def _param(case: FormCase) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=MISSES[case.id])] if case.id in MISSES else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_trigger_forms_give_their_events(case: FormCase) -> None:
    wrong = []
    for example in case.examples:
        got = sorted(_key(e) for e in parse(example.text, published=PUBLISHED))
        want = sorted(_key(e) for e in example.events)
        if got != want:
            wrong.append(f"{example.text!r}\n    want {want}\n    got  {got}")
    assert not wrong, "\n".join(wrong)


def test_trigger_forms_known_misses_are_generated_cases() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    assert sorted(set(MISSES) - set(ids)) == []
    listed = [i for _, group in KNOWN_MISSES for i in group]
    assert len(listed) == len(set(listed)), "an id under two causes"


def test_trigger_forms_cover_every_trigger_row() -> None:
    lemmas = {(c.lemma, c.frame.value) for c in CASES}
    verbs, _ = packaged_rows("triggers.tsv")
    nouns, _ = packaged_rows("nominal_triggers.tsv")
    rows = {(r[0].lower(), r[2]) for r in verbs} | {(r[0].lower(), "noun") for r in nouns}
    assert rows == lemmas
    assert all(len(c.examples) == DRAWS for c in CASES)


# (lemma, irregular forms column, (base, s, past, participle, ing))
VERB_FORMS = [
    ("resign", [], ("resign", "resigns", "resigned", "resigned", "resigning")),
    ("tap", ["tapped", "tapping"], ("tap", "taps", "tapped", "tapped", "tapping")),
    (
        "choose",
        ["chose", "chosen", "choosing"],
        ("choose", "chooses", "chose", "chosen", "choosing"),
    ),
    (
        "take over",
        ["took over", "taken over", "taking over", "takes over"],
        ("take over", "takes over", "took over", "taken over", "taking over"),
    ),
    (
        "become",
        ["became", "becoming", "becomes"],
        ("become", "becomes", "became", "become", "becoming"),
    ),
    ("quit", ["quit", "quitting", "quits"], ("quit", "quits", "quit", "quit", "quitting")),
]


@pytest.mark.parametrize(("lemma", "extra", "forms"), VERB_FORMS, ids=[v[0] for v in VERB_FORMS])
def test_trigger_forms_verb_inflections(
    lemma: str, extra: list[str], forms: tuple[str, str, str, str, str]
) -> None:
    verb = Verb.of(lemma, extra)
    assert (verb.base, verb.s, verb.past, verb.participle, verb.ing) == forms

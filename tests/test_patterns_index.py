"""The indexes the patterns stage reads to turn words away early keep every
surface form and sense they stand for, in the lexicon's order."""

from __future__ import annotations

from personnel_events.stages.patterns import _by_next_word
from personnel_events.stages.patterns.gates import _sense_openers
from personnel_events.stages.patterns.triggers import (
    SENSE_PLACEHOLDERS,
    default_forms,
    false_senses,
)


def test_forms_by_next_word_are_those_the_next_word_lets_match_in_order() -> None:
    forms = default_forms()
    index = _by_next_word(forms)
    assert index.keys() == forms.keys()
    for first, surfaces in forms.items():
        by_next, alone = index[first]
        assert alone == tuple(s for s in surfaces if len(s.words) == 1)
        for second in {s.words[1] for s in surfaces if len(s.words) > 1}:
            assert by_next[second] == tuple(
                s for s in surfaces if len(s.words) == 1 or s.words[1] == second
            )


def test_sense_openers_hold_every_first_word_of_a_lemmas_senses() -> None:
    openers = _sense_openers()
    assert openers.keys() == false_senses().keys()
    for lemma, senses in false_senses().items():
        firsts = {word for sense in senses for word in sense.words[0]}
        if firsts & SENSE_PLACEHOLDERS:
            assert openers[lemma] is None
        else:
            assert openers[lemma] == frozenset(firsts)

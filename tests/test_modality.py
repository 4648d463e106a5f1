"""Modality cues in a window of tokens (``modality.window_effects``)."""

from __future__ import annotations

import pytest

from personnel_events.modality import (
    Effect,
    _cues,
    _month_may,
    _without_asides,
    window_effects,
)
from personnel_events.stages.tokenize import tokenize

WINDOWS = [
    ("Ruth Gale will", {Effect.FUTURE}),
    ("Omar Vey, who will not stay, has", set()),
    ("Lena Ortiz (who may leave) has", set()),
    ("In May, Tom Reyes", set()),
    ("Tom Reyes may", {Effect.HEDGE}),
    ("Kim Ash did not", {Effect.NEGATION}),
    ("The board, which met on Monday, said Ian Roe will", {Effect.FUTURE}),
    ("Since May 4 the group said Eva Lund is expected to", {Effect.FUTURE}),
    ("Ada Moss, who", set()),
]


@pytest.mark.parametrize(("text", "expected"), WINDOWS)
def test_modality_window_effects_read_from_lowers_as_from_tokens(
    text: str, expected: set[Effect]
) -> None:
    tokens = tokenize(text)
    lowers = [tok.lower for tok in tokens]
    for first in range(len(tokens)):
        assert window_effects(tokens, first, len(tokens), lowers) == window_effects(
            tokens, first, len(tokens)
        )
    assert window_effects(tokens, 0, len(tokens), lowers) == expected


def _effects_word_by_word(words: list[str]) -> set[Effect]:
    """The cues of ``words`` read position by position, as ``window_effects`` read
    them before it looked for the cue words present at once."""
    cues = _cues()
    found: set[Effect] = set()
    for i, low in enumerate(words):
        if i + 1 < len(words) and (low, words[i + 1]) in cues:
            found.add(cues[low, words[i + 1]])
        if (low,) in cues:
            found.add(cues[(low,)])
    return found


CUE_WINDOWS = [
    "Nora Bell would have",
    "Nora Bell would",
    "Paul Kent will now",
    "Paul Kent will not now",
    "Ines Roy, who will now leave, would have",
    "Ines Roy could not and would not",
    "The club said Dan Oke was expected to and will",
    "Sam Lee refused to say whether Jo Tam may",
    "Jo Tam has not decided whether she will now",
    "Mia Fox resigned to",
    "In May Mia Fox will",
    "Ben Ali",
]


@pytest.mark.parametrize("text", CUE_WINDOWS)
def test_modality_window_effects_found_at_once_as_word_by_word(text: str) -> None:
    tokens = tokenize(text)
    lowers = [tok.lower for tok in tokens]
    for first in range(len(tokens)):
        for last in range(first, len(tokens) + 1):
            words = [
                "," if low == "may" and _month_may(tokens, k) else low
                for k, low in enumerate(lowers[first:last], first)
            ]
            expected = _effects_word_by_word(_without_asides(words))
            assert window_effects(tokens, first, last, lowers) == expected

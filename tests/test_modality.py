"""Modality cues in a window of tokens (``modality.window_effects``)."""

from __future__ import annotations

import pytest

from personnel_events.modality import Effect, window_effects
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

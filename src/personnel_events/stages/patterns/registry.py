"""The frame functions by frame: the pattern stage looks a trigger's frame up here."""

from __future__ import annotations

from collections.abc import Callable

from ...candidates import Candidate, Frame, TriggerMatch
from ...members import (
    FRAME_HANDOVER,
    FRAME_MUTUAL,
    FRAME_NOUN,
    FRAME_OBJ,
    FRAME_SUBJ,
    FRAME_SUCC,
    FRAME_TITLE,
)
from .context import MatchContext
from .facts import DocumentFacts
from .frames import object_frame, subject_frame
from .handover import handover_frame
from .nominal import noun_frame, title_frame
from .succession import mutual_frame, succession_frame

Frame_ = Callable[[MatchContext, DocumentFacts, int, TriggerMatch], list[Candidate]]
#: The frame functions by frame.
FRAMES: dict[Frame, Frame_] = {
    FRAME_SUBJ: subject_frame,
    FRAME_OBJ: object_frame,
    FRAME_SUCC: succession_frame,
    FRAME_NOUN: noun_frame,
    FRAME_MUTUAL: mutual_frame,
    FRAME_TITLE: title_frame,
    FRAME_HANDOVER: handover_frame,
}

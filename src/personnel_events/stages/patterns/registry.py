"""The frame functions by frame: the pattern stage looks a trigger's frame up here."""

from __future__ import annotations

from collections.abc import Callable

from ...candidates import Candidate, Frame, TriggerMatch
from .context import MatchContext
from .facts import DocumentFacts
from .frames import object_frame, subject_frame
from .handover import handover_frame
from .nominal import noun_frame, title_frame
from .succession import mutual_frame, succession_frame

Frame_ = Callable[[MatchContext, DocumentFacts, int, TriggerMatch], list[Candidate]]
#: The frame functions by frame.
FRAMES: dict[Frame, Frame_] = {
    Frame.SUBJ: subject_frame,
    Frame.OBJ: object_frame,
    Frame.SUCC: succession_frame,
    Frame.NOUN: noun_frame,
    Frame.MUTUAL: mutual_frame,
    Frame.TITLE: title_frame,
    Frame.HANDOVER: handover_frame,
}

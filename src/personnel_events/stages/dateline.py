"""The dateline stage: where and when the document was filed.

Reads the head of the text (:func:`personnel_events.dateline.find_dateline`),
stores it as ``Document.dateline`` and, when the caller gave no publication
date, uses the one the text states. An explicit ``published`` always wins.
"""

from __future__ import annotations

from ..dateline import find_dateline
from ..document import Document


class DatelineStage:
    """Fills ``dateline`` and, if it was not given, ``published``."""

    name = "dateline"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("dateline",)

    def __call__(self, doc: Document) -> Document:
        doc.dateline = find_dateline(doc.text)
        if doc.published is None and doc.dateline is not None:
            doc.published = doc.dateline.date
        return doc

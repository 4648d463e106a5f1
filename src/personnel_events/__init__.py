"""personnel_events: find personnel changes in news text.

>>> import personnel_events
>>> [e.person for e in personnel_events.parse("Acme Corp. said CFO Jane Roe resigned on Monday.")]
['Jane Roe']
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

from .batch import Record, Result, parse_many
from .document import Document
from .errors import (
    BackendNotInstalled,
    DataFileError,
    InvalidDateError,
    InvalidInputError,
    ModelsNotFound,
    PersonnelEventsError,
    PipelineError,
    WorkerSetupError,
)
from .htmlinput import Article, HTMLExtraMissing, NotHTMLError, parse_html, read_html
from .merge import MergedEvent, Report, merge_events, timeline
from .model import (
    Entity,
    EntityLabel,
    Event,
    EventDate,
    EventType,
    Mention,
    MentionKind,
    Precision,
    Sentence,
    Status,
    Token,
)
from .pipeline import Pipeline, QuietCheck, Stage, default_pipeline, default_stages

__version__ = "0.1.0"


def stanza_pipeline(*args: Any, **kwargs: Any) -> Pipeline:
    """The default pipeline with stanza doing the tokenizing, tagging, NER and
    parsing (the ``[stanza]`` extra); see
    :func:`personnel_events.backends.stanza_backend.stanza_pipeline`."""
    from .backends.stanza_backend import stanza_pipeline as build

    return build(*args, **kwargs)


logging.getLogger(__name__).addHandler(logging.NullHandler())

_default: Pipeline | None = None
_lock = threading.Lock()


def _default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = default_pipeline()
    return _default


def parse(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    source: str | None = None,
) -> list[Event]:
    """The personnel events in ``text``, in the order the text tells them.

    ``published`` is the article's publication date (a date, a datetime or an ISO
    string); relative dates ("on Tuesday", "next month") are read against it, or
    without it against a date line or dateline at the head of the text, and are
    left out when there is neither. ``source`` (an id or URL) is copied onto each
    event.
    Returns ``[]`` when the text tells no change.
    """
    return _default_pipeline().parse(text, published=published, source=source)


__all__ = [
    "Article",
    "BackendNotInstalled",
    "DataFileError",
    "Document",
    "Entity",
    "EntityLabel",
    "Event",
    "EventDate",
    "EventType",
    "HTMLExtraMissing",
    "InvalidDateError",
    "InvalidInputError",
    "Mention",
    "MentionKind",
    "MergedEvent",
    "ModelsNotFound",
    "NotHTMLError",
    "PersonnelEventsError",
    "Pipeline",
    "PipelineError",
    "Precision",
    "QuietCheck",
    "Record",
    "Report",
    "Result",
    "Sentence",
    "Stage",
    "Status",
    "Token",
    "WorkerSetupError",
    "__version__",
    "default_pipeline",
    "default_stages",
    "merge_events",
    "parse",
    "parse_html",
    "parse_many",
    "read_html",
    "stanza_pipeline",
    "timeline",
]

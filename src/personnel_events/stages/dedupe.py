"""One event per change: merge the events that tell the same change twice.

Two events are the same change when they have the same type and person, and
either compatible roles (one has none, or they share a word once abbreviations
are spelled out) or the same status and compatible dates (one has none, or one
contains the other): "senior assistant" and "senior adviser" told of one
departure are one change, "manager" in 2021 and "manager" in 2023 are two. The
first telling is kept; its missing role, organisation and date are filled from
the later ones, and the most precise date wins.
"""

from __future__ import annotations

import attrs

from ..document import UNDETERMINED_STATUS, Document
from ..model import Event
from .coref import fold

_EXPAND = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "cio": "chief information officer",
    "vp": "vice president",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "adviser": "advisor",
}
_WEAK = frozenset(
    {
        "the",
        "of",
        "and",
        "a",
        "an",
        "for",
        "to",
        "at",
        "senior",
        "deputy",
        "chief",
        "executive",
        "vice",
        "interim",
        "acting",
        "officer",
        "head",
    }
)


def _stem(word: str) -> str:
    """Singular of a plain plural ("communications" -> "communication")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def role_words(role: str) -> set[str]:
    out: set[str] = set()
    for word in fold(role).replace("-", " ").split():
        out.update(_stem(w) for w in _EXPAND.get(word, word).split())
    return out


def roles_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    wa, wb = role_words(a), role_words(b)
    if wa <= wb or wb <= wa:
        return True
    return bool((wa & wb) - _WEAK)


def dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    x, y = a.date.iso, b.date.iso
    return x.startswith(y) or y.startswith(x)


def same_change(a: Event, b: Event) -> bool:
    if a.type is not b.type or fold(a.person) != fold(b.person):
        return False
    if not dates_compatible(a, b):
        return False
    return roles_compatible(a.role, b.role) or a.status is b.status


def _precision_rank(ev: Event) -> int:
    return 0 if ev.date is None else ("year", "month", "day").index(ev.date.precision.value) + 1


def merge(kept: Event, other: Event) -> Event:
    """``kept`` with what ``other`` adds."""
    changes: dict[str, object] = {}
    if kept.role is None and other.role is not None:
        changes["role"] = other.role
    if kept.org is None and other.org is not None:
        changes["org"] = other.org
    if _precision_rank(other) > _precision_rank(kept):
        # The telling that dates the change also knows best whether it is past.
        changes["date"] = other.date
        changes["status"] = other.status
    if other.confidence > kept.confidence:
        changes["confidence"] = other.confidence
    return attrs.evolve(kept, **changes) if changes else kept  # type: ignore[arg-type]


class DedupeStage:
    """Collapses repeated tellings of one change."""

    name = "dedupe"
    requires: tuple[str, ...] = ("events", "dates")
    provides: tuple[str, ...] = ("unique_events",)

    def __call__(self, doc: Document) -> Document:
        out: list[Event] = []
        by_person: dict[tuple[str, str], list[int]] = {}
        for ev in doc.events:
            slots = by_person.setdefault((ev.type.value, fold(ev.person)), [])
            for i in slots:
                if same_change(out[i], ev):
                    out[i] = merge(out[i], ev)
                    break
            else:
                slots.append(len(out))
                out.append(ev)
        doc.events = out
        doc.extras.pop(UNDETERMINED_STATUS, None)
        return doc

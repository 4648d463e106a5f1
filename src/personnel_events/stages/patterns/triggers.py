"""The trigger lexicon: rows of ``data/triggers.tsv`` (verbs) and
``data/nominal_triggers.tsv`` (nouns), validated, inflected and indexed by their
first word.

A bad row (an unknown type, frame or flag, a missing column) raises
:class:`~personnel_events.errors.DataFileError` naming the file and the line.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from ... import lexicon
from ...candidates import Form, Frame, Trigger
from ...errors import DataFileError
from ...members import (
    FORM_BASE,
    FORM_ING,
    FORM_NOUN,
    FORM_PAST,
    FORM_S,
    FRAME_HANDOVER,
    FRAME_MUTUAL,
    FRAME_NOUN,
    FRAME_OBJ,
    FRAME_SUBJ,
    FRAME_SUCC,
    FRAME_TITLE,
    NOMINATE,
)
from ...model import EventType, Status

#: Flags of ``triggers.tsv``'s fifth column.
VERB_FLAGS = frozenset(
    {
        "post",
        "future",
        "confirm",
        "pending",
        "pending-only",
        "role",
        "headline",
        "now",
        "continue",
        "-",
        "",
    }
)
#: Flags of ``nominal_triggers.tsv``'s fourth column.
NOUN_FLAGS = frozenset({"post", "confirm", "-", ""})
#: Frames a verb row may name (nouns have their own file).
VERB_FRAMES = frozenset({FRAME_SUBJ, FRAME_OBJ, FRAME_SUCC, FRAME_MUTUAL, FRAME_HANDOVER})
#: Adverbs a verb phrase may open with, kept in front of every inflected form
#: ("no longer serve": "no longer serves", "no longer served"; "not renew the
#: contract of": "did not renew the contract of", "not renewing ...").
ADVERB_PREFIXES = ("no longer", "not to", "not")
#: The forms of "be", which no rule gives.
_BE_FORMS = {
    FORM_BASE: ["be"],
    FORM_S: ["is", "are"],
    FORM_PAST: ["was", "were"],
    FORM_ING: ["being"],
}


@attrs.frozen
class SurfaceForm:
    """One way a trigger is written: its words and the form they are in."""

    words: tuple[str, ...]
    trigger: Trigger
    form: Form


#: Trigger surface forms by their first word, longest phrases first.
FormIndex = dict[str, tuple[SurfaceForm, ...]]


def inflect(lemma: str, extra: Sequence[str]) -> list[tuple[str, Form]]:
    """Surface forms of a verb (first word inflected), with their form. ``extra``
    gives irregular forms, which replace the generated ones of their kind."""
    for prefix in ADVERB_PREFIXES:
        if lemma.startswith(prefix + " "):
            rest_extra = [e[len(prefix) + 1 :] if e.startswith(prefix + " ") else e for e in extra]
            inner = inflect(lemma[len(prefix) + 1 :], rest_extra)
            return [(f"{prefix} {surface}", kind) for surface, kind in inner]
    first, *rest = lemma.split()
    tail = (" " + " ".join(rest)) if rest else ""
    if first == "be":
        return [(f + tail, kind) for kind, forms in _BE_FORMS.items() for f in forms]
    kinds: dict[Form, list[str]] = {FORM_BASE: [first], FORM_S: [], FORM_PAST: [], FORM_ING: []}
    given: dict[Form, list[str]] = {FORM_S: [], FORM_PAST: [], FORM_ING: []}
    for surface in extra:
        head = surface.split()[0]
        if head.endswith("ing"):
            given[FORM_ING].append(head)
        elif head.endswith("s") and not head.endswith("ss") and head != first:
            given[FORM_S].append(head)
        else:
            given[FORM_PAST].append(head)
    if first.endswith(("s", "x", "z", "ch", "sh")):
        kinds[FORM_S].append(first + "es")
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        kinds[FORM_S].append(first[:-1] + "ies")
    else:
        kinds[FORM_S].append(first + "s")
    if first.endswith("e"):
        kinds[FORM_PAST].append(first + "d")
        kinds[FORM_ING].append(first[:-1] + "ing" if not first.endswith("ee") else first + "ing")
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        kinds[FORM_PAST].append(first[:-1] + "ied")
        kinds[FORM_ING].append(first + "ing")
    else:
        kinds[FORM_PAST].append(first + "ed")
        kinds[FORM_ING].append(first + "ing")
    for kind, forms in given.items():
        if forms:
            kinds[kind] = forms
    return [(f + tail, kind) for kind, forms in kinds.items() for f in forms]


def _type(value: str, where: str) -> EventType:
    try:
        return EventType(value)
    except ValueError:
        raise DataFileError(
            f"{where}: unknown event type {value!r} (expected START, END or NOMINATE)"
        ) from None


def _flags(value: str, allowed: frozenset[str], where: str) -> set[str]:
    flags = {f.strip() for f in value.split(",")}
    unknown = sorted(flags - allowed)
    if unknown:
        raise DataFileError(
            f"{where}: unknown flag(s) {unknown} (expected {sorted(allowed - {'', '-'})} or -)"
        )
    return flags


def verb_trigger(cells: Sequence[str], where: str) -> tuple[Trigger, list[str]]:
    """A verb row (``triggers.tsv`` columns) as a Trigger and its irregular forms."""
    if len(cells) < 4:
        raise DataFileError(
            f"{where}: expected at least 4 tab-separated columns "
            f"(lemma, type, frame, reason), got {len(cells)}"
        )
    lemma, type_, frame, reason = cells[0].lower(), cells[1], cells[2], cells[3]
    try:
        frame_value = Frame(frame)
    except ValueError:
        frame_value = FRAME_NOUN
    if frame_value not in VERB_FRAMES:
        raise DataFileError(
            f"{where}: unknown frame {frame!r} (expected subj, obj, succ, mutual or handover)"
        )
    flags = _flags(cells[4], VERB_FLAGS, where) if len(cells) > 4 else set()
    extra = [f.strip().lower() for f in cells[5].split(",")] if len(cells) > 5 and cells[5] else []
    trigger = Trigger(
        lemma=lemma,
        type=_type(type_, where),
        frame=frame_value,
        reason=reason,
        needs_post="post" in flags,
        future_only="future" in flags,
        nominates_if_confirmed="confirm" in flags,
        needs_role="role" in flags,
        headline="headline" in flags,
        in_effect="now" in flags,
        nominates_if_pending=bool(flags & {"pending", "pending-only"}),
        pending_only="pending-only" in flags,
        continues="continue" in flags,
    )
    return trigger, extra


def noun_trigger(cells: Sequence[str], where: str) -> Trigger:
    """A noun row (``nominal_triggers.tsv`` columns) as a Trigger."""
    if len(cells) < 3:
        raise DataFileError(
            f"{where}: expected at least 3 tab-separated columns (noun, type, reason), "
            f"got {len(cells)}"
        )
    flags = _flags(cells[3], NOUN_FLAGS, where) if len(cells) > 3 else set()
    return Trigger(
        lemma=cells[0].lower(),
        type=_type(cells[1], where),
        frame=FRAME_NOUN,
        reason=cells[2],
        needs_post="post" in flags,
        nominates_if_confirmed="confirm" in flags,
    )


def title_trigger(cells: Sequence[str], where: str) -> Trigger:
    """A title-trigger row (``title_triggers.tsv`` columns) as a Trigger."""
    if len(cells) < 4:
        raise DataFileError(
            f"{where}: expected 4 tab-separated columns (words, type, status, reason), "
            f"got {len(cells)}"
        )
    kind = _type(cells[1], where)
    if kind is NOMINATE:
        raise DataFileError(f"{where}: a title trigger is START or END, not NOMINATE")
    try:
        status = Status(cells[2])
    except ValueError:
        raise DataFileError(
            f"{where}: unknown status {cells[2]!r} (expected past or future)"
        ) from None
    return Trigger(
        lemma=cells[0].lower(), type=kind, frame=FRAME_TITLE, reason=cells[3], status=status
    )


def build_forms(
    verbs: Sequence[Sequence[str]],
    nouns: Sequence[Sequence[str]],
    *,
    verb_source: str = "verb rows",
    noun_source: str = "noun rows",
    verb_lines: Sequence[int] | None = None,
    noun_lines: Sequence[int] | None = None,
    titles: Sequence[Sequence[str]] = (),
    title_source: str = "title rows",
    title_lines: Sequence[int] | None = None,
) -> FormIndex:
    """Index trigger surface forms by their first word (longest phrases first).
    Rows are validated; an error names ``*_source`` and the row's line."""
    index: dict[str, list[SurfaceForm]] = {}
    for i, row in enumerate(verbs):
        line = verb_lines[i] if verb_lines is not None else i + 1
        trigger, extra = verb_trigger(row, f"{verb_source}, line {line}")
        surfaces = [(trigger.lemma, FORM_S)] if trigger.headline else inflect(trigger.lemma, extra)
        for surface, kind in surfaces:
            words = tuple(surface.split())
            index.setdefault(words[0], []).append(SurfaceForm(words, trigger, kind))
    for i, row in enumerate(nouns):
        line = noun_lines[i] if noun_lines is not None else i + 1
        trigger = noun_trigger(row, f"{noun_source}, line {line}")
        words = tuple(trigger.lemma.split())
        index.setdefault(words[0], []).append(SurfaceForm(words, trigger, FORM_NOUN))
    for i, row in enumerate(titles):
        line = title_lines[i] if title_lines is not None else i + 1
        trigger = title_trigger(row, f"{title_source}, line {line}")
        words = tuple(trigger.lemma.split())
        index.setdefault(words[0], []).append(SurfaceForm(words, trigger, FORM_NOUN))
    return {k: tuple(sorted(v, key=lambda f: -len(f.words))) for k, v in index.items()}


def packaged_rows(name: str) -> tuple[list[tuple[str, ...]], list[int]]:
    """The rows of a packaged table and their line numbers."""
    table = lexicon.rows(name)
    return [r.cells for r in table], [r.line for r in table]


def forms_from_data(
    verbs: Sequence[Sequence[str]] | None = None, nouns: Sequence[Sequence[str]] | None = None
) -> FormIndex:
    """The index for the packaged tables, or for rows given in their columns (the
    title triggers are always the packaged ones)."""
    if verbs is None and nouns is None:
        return default_forms()
    return _index(verbs, nouns)


@functools.cache
def default_forms() -> FormIndex:
    """The index of the packaged trigger tables, built once."""
    return _index(None, None)


def _index(
    verbs: Sequence[Sequence[str]] | None, nouns: Sequence[Sequence[str]] | None
) -> FormIndex:
    verb_rows, verb_lines = packaged_rows("triggers.tsv") if verbs is None else (verbs, None)
    noun_rows, noun_lines = (
        packaged_rows("nominal_triggers.tsv") if nouns is None else (nouns, None)
    )
    title_rows, title_lines = packaged_rows("title_triggers.tsv")
    return build_forms(
        verb_rows,
        noun_rows,
        verb_source="data/triggers.tsv" if verbs is None else "verbs",
        noun_source="data/nominal_triggers.tsv" if nouns is None else "nouns",
        verb_lines=verb_lines,
        noun_lines=noun_lines,
        titles=title_rows,
        title_source="data/title_triggers.tsv",
        title_lines=title_lines,
    )


@functools.cache
def sentence_senses() -> dict[str, frozenset[str]]:
    """``data/sentence_senses.tsv``: words that, anywhere in a trigger's sentence,
    give it another sense, by lemma ("return" in a sentence of an illness)."""
    out: dict[str, set[str]] = {}
    for row in lexicon.rows("sentence_senses.tsv"):
        if len(row.cells) < 2 or not row.cells[1]:
            raise row.error("expected 2 tab-separated columns (lemma, words)")
        out.setdefault(row.cells[0].lower(), set()).update(row.cells[1].lower().split("|"))
    return {lemma: frozenset(words) for lemma, words in out.items()}


#: Placeholders of ``false_senses.tsv`` that stand for a phrase, not a word.
SENSE_PLACEHOLDERS = frozenset({"<place>", "<name>", "<time>", "<thing>"})


@attrs.frozen
class FalseSense:
    """A row of ``false_senses.tsv``: the words after a trigger that give it
    another sense, each a set of alternatives or a placeholder, and the words
    after those that give the post's sense back ("fired on" a target, not "fired
    on Sunday")."""

    words: tuple[frozenset[str], ...]
    unless: tuple[frozenset[str], ...] = ()


def _sense_words(cell: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(alt.split("|")) for alt in cell.lower().split())


@functools.cache
def false_senses() -> dict[str, tuple[FalseSense, ...]]:
    """``data/false_senses.tsv``: words after a trigger that give it another sense,
    by lemma; each a sequence of alternatives ("down from the podium")."""
    out: dict[str, list[FalseSense]] = {}
    for row in lexicon.rows("false_senses.tsv"):
        if len(row.cells) < 2 or not row.cells[1]:
            raise row.error("expected 2 tab-separated columns (lemma, following words)")
        words = _sense_words(row.cells[1])
        unless = _sense_words(row.cells[2]) if len(row.cells) > 2 else ()
        for alts in words + unless:
            marks = {a for a in alts if a.startswith("<")}
            if marks - SENSE_PLACEHOLDERS or (marks and len(alts) > 1):
                known = sorted(SENSE_PLACEHOLDERS)
                raise row.error(f"unknown placeholder in {sorted(alts)}: expected one of {known}")
        out.setdefault(row.cells[0].lower(), []).append(FalseSense(words, unless))
    return {k: tuple(v) for k, v in out.items()}

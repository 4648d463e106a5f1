"""Coreference-lite: find mentions of people and organisations and cluster them.

Mentions are names (from :mod:`personnel_events.names`), third-person pronouns
and role descriptions ("the spokeswoman") (:mod:`.mentions`). Names of one
person are clustered by surname with a compatible given name (initials, prefixes
and near spellings such as "Symphone"/"Symone" agree; :mod:`.matching`,
:mod:`.clusters`); a lone surname or given name joins the person it names; how
the text uses a name can make it an organisation (:mod:`.orgs`); pronouns go to
the most salient person before them that their gender allows, descriptions to
the last person who held that title (:mod:`.anaphora`).
"""

from __future__ import annotations

from ...document import Document
from .anaphora import PRONOUN_WINDOW
from .clusters import cluster
from .matching import (
    MAX_NAME_FORMS,
    NEAR_SPELLING_REACH,
    SAME_GIVEN_NAME_REACH,
    fold,
    given_names_compatible,
    surnames_compatible,
)
from .mentions import find_mentions

__all__ = [
    "MAX_NAME_FORMS",
    "NEAR_SPELLING_REACH",
    "PRONOUN_WINDOW",
    "SAME_GIVEN_NAME_REACH",
    "CorefStage",
    "fold",
    "given_names_compatible",
    "surnames_compatible",
]


class CorefStage:
    """Fills ``mentions`` and ``entities``."""

    name = "coref"
    requires: tuple[str, ...] = ("tokens", "sentences")
    provides: tuple[str, ...] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        mentions, entities = cluster(doc, find_mentions(doc))
        doc.mentions = mentions
        doc.entities = entities
        return doc

"""The enum members coreference tests mentions against, under the short names
coreference uses: the constants of :mod:`personnel_events.members`.

On Python 3.11 ``EntityLabel.PERSON`` is looked up through the enum's metaclass
(``EnumType.__getattr__``: about 70 ns, ten times a global name), and coreference
reads such members dozens of times a mention. ``from .enums import PERSON`` binds
the member itself: ``m.label is PERSON`` is the same test as
``m.label is EntityLabel.PERSON``.
"""

from __future__ import annotations

from ...members import MENTION_DESCRIPTION as DESCRIPTION
from ...members import MENTION_NAME as NAME
from ...members import MENTION_PRONOUN as PRONOUN
from ...members import ORG, OTHER, PERSON
from ...members import ORG_KIND_NEWS as NEWS
from ...members import ORG_KIND_PLACE as PLACE

__all__ = ["DESCRIPTION", "NAME", "NEWS", "ORG", "OTHER", "PERSON", "PLACE", "PRONOUN"]

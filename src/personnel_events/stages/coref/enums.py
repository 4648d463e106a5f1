"""The enum members coreference tests mentions against, as module constants.

On Python 3.11 ``EntityLabel.PERSON`` is looked up through the enum's metaclass
(``EnumType.__getattr__``: about 70 ns, ten times a global name), and coreference
reads such members dozens of times a mention. ``from .enums import PERSON`` binds
the member itself: ``m.label is PERSON`` is the same test as
``m.label is EntityLabel.PERSON``.
"""

from __future__ import annotations

from ...model import EntityLabel, MentionKind, OrgKind

NAME = MentionKind.NAME
PRONOUN = MentionKind.PRONOUN
DESCRIPTION = MentionKind.DESCRIPTION

PERSON = EntityLabel.PERSON
ORG = EntityLabel.ORG
OTHER = EntityLabel.OTHER

NEWS = OrgKind.NEWS
PLACE = OrgKind.PLACE

"""The enum members the pattern, date and dedupe stages test, as module constants.

On Python 3.11 reading ``EventType.START`` goes through the enum's metaclass
(``EnumType.__getattr__``: about 70 ns, ten times a global name), and the stages read
such members in their inner loops. ``from ..members import START`` binds the member
itself: ``kind is START`` is the same test as ``kind is EventType.START``.

The members of the model's enums that no other enum shares a name with keep their own
name (``PERSON``, ``START``, ``PAST``, ``DAY``); the others carry their enum's name
(``FORM_PAST``, ``FRAME_SUBJ``, ``RULE_NOUN``, ``ORG_FROM_ROLE``, ``ROLE_FROM_CLAUSE``,
``MENTION_NAME``, ``ORG_KIND_NEWS``, ``EFFECT_FUTURE``).
"""

from __future__ import annotations

from .candidates import Form, Frame, OrgSource, RoleSource, Rule
from .modality import Effect
from .model import EntityLabel, EventType, MentionKind, OrgKind, Precision, Status

MENTION_NAME = MentionKind.NAME
MENTION_PRONOUN = MentionKind.PRONOUN
MENTION_DESCRIPTION = MentionKind.DESCRIPTION

ORG_KIND_COMPANY = OrgKind.COMPANY
ORG_KIND_CLUB = OrgKind.CLUB
ORG_KIND_PUBLIC_BODY = OrgKind.PUBLIC_BODY
ORG_KIND_UNIVERSITY = OrgKind.UNIVERSITY
ORG_KIND_PARTY = OrgKind.PARTY
ORG_KIND_LEGISLATURE = OrgKind.LEGISLATURE
ORG_KIND_NEWS = OrgKind.NEWS
ORG_KIND_LEAGUE = OrgKind.LEAGUE
ORG_KIND_PLACE = OrgKind.PLACE

FORM_BASE = Form.BASE
FORM_S = Form.S
FORM_PAST = Form.PAST
FORM_ING = Form.ING
FORM_NOUN = Form.NOUN

FRAME_SUBJ = Frame.SUBJ
FRAME_OBJ = Frame.OBJ
FRAME_SUCC = Frame.SUCC
FRAME_NOUN = Frame.NOUN
FRAME_MUTUAL = Frame.MUTUAL
FRAME_TITLE = Frame.TITLE
FRAME_HANDOVER = Frame.HANDOVER

RULE_SUBJECT = Rule.SUBJECT
RULE_OBJECT = Rule.OBJECT
RULE_OBJECT_LIST = Rule.OBJECT_LIST
RULE_PASSIVE = Rule.PASSIVE
RULE_SUCCESSION = Rule.SUCCESSION
RULE_SUCCESSION_FROM = Rule.SUCCESSION_FROM
RULE_NOUN = Rule.NOUN
RULE_NOUN_TOLD = Rule.NOUN_TOLD
RULE_MUTUAL = Rule.MUTUAL
RULE_TITLE = Rule.TITLE

ORG_FROM_ROLE = OrgSource.ROLE
ORG_FROM_OBJECT = OrgSource.OBJECT
ORG_FROM_AGENT = OrgSource.AGENT
ORG_FROM_ACTING_NAME = OrgSource.ACTING_NAME
ORG_FROM_PASSIVE_AGENT = OrgSource.PASSIVE_AGENT
ORG_FROM_PERSON = OrgSource.PERSON
ORG_FROM_SUCCESSION = OrgSource.SUCCESSION
ORG_FROM_DESCRIBED = OrgSource.DESCRIBED
ORG_FROM_SENTENCE = OrgSource.SENTENCE
ORG_FROM_MAIN = OrgSource.MAIN
ORG_FROM_GENERIC = OrgSource.GENERIC

ROLE_FROM_CLAUSE = RoleSource.CLAUSE
ROLE_FROM_PERSON = RoleSource.PERSON
ROLE_FROM_SUCCESSION = RoleSource.SUCCESSION
ROLE_FROM_DESCRIBED = RoleSource.DESCRIBED
ROLE_FROM_TRIGGER = RoleSource.TRIGGER

EFFECT_NEGATION = Effect.NEGATION
EFFECT_HEDGE = Effect.HEDGE
EFFECT_FUTURE = Effect.FUTURE
EFFECT_DONE = Effect.DONE
EFFECT_NOW = Effect.NOW
EFFECT_ANNOUNCE = Effect.ANNOUNCE

PERSON = EntityLabel.PERSON
ORG = EntityLabel.ORG
OTHER = EntityLabel.OTHER

START = EventType.START
END = EventType.END
NOMINATE = EventType.NOMINATE

PAST = Status.PAST
FUTURE = Status.FUTURE

YEAR = Precision.YEAR
MONTH = Precision.MONTH
DAY = Precision.DAY

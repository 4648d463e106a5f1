"""``members.py``: each enum member the stages test, bound to a module constant."""

from __future__ import annotations

import enum

import pytest

from personnel_events import members
from personnel_events.candidates import Form, Frame, OrgSource, RoleSource, Rule
from personnel_events.modality import Effect
from personnel_events.model import EntityLabel, EventType, MentionKind, OrgKind, Precision, Status

#: Each enum and the prefix of its constants' names.
ENUMS: list[tuple[type[enum.Enum], str]] = [
    (EntityLabel, ""),
    (EventType, ""),
    (Status, ""),
    (Precision, ""),
    (MentionKind, "MENTION_"),
    (OrgKind, "ORG_KIND_"),
    (Form, "FORM_"),
    (Frame, "FRAME_"),
    (Rule, "RULE_"),
    (OrgSource, "ORG_FROM_"),
    (RoleSource, "ROLE_FROM_"),
    (Effect, "EFFECT_"),
]


@pytest.mark.parametrize(("kind", "prefix"), ENUMS)
def test_members_bind_every_member_of_each_enum_to_its_constant(
    kind: type[enum.Enum], prefix: str
) -> None:
    for member in kind:
        assert getattr(members, prefix + member.name) is member

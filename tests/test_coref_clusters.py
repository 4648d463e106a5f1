"""The clustering module of coreference alone, on hand-built documents: tokens
are the words of the text, mentions are given in brackets."""

from __future__ import annotations

import re

import pytest

from personnel_events.document import Document
from personnel_events.model import EntityLabel, Mention, MentionKind, Sentence, Token
from personnel_events.stages.coref.clusters import cluster
from personnel_events.stages.coref.matching import SAME_SURNAME_REACH, name_parts

_MARK_RE = re.compile(r"\[([^\]]+)\](?:\{(ORG|OTHER)\})?|(\S+)")


def hand_built(*sentences: str) -> tuple[Document, list[Mention]]:
    """A document whose tokens are the words of ``sentences`` and whose name
    mentions are the bracketed runs: "[Dana Wills] quit ." ("[Acme]{ORG}")."""
    text = ""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    mentions: list[Mention] = []
    for si, sentence in enumerate(sentences):
        first = len(tokens)
        start = len(text)
        for m in _MARK_RE.finditer(sentence):
            run = (m.group(1) or m.group(3)).split()
            m_first = len(tokens)
            for word in run:
                if text and not text.endswith(" "):
                    text += " "
                tokens.append(Token(word, len(text), len(text) + len(word)))
                text += word
            if m.group(1):
                label = EntityLabel(m.group(2)) if m.group(2) else EntityLabel.PERSON
                s, e = tokens[m_first].start, tokens[-1].end
                mentions.append(
                    Mention(MentionKind.NAME, text[s:e], s, e, m_first, len(tokens), si, label)
                )
        sents.append(Sentence(start, len(text), first, len(tokens)))
        text += " "
    doc = Document(text, sentences=sents, tokens=tokens)
    return doc, mentions


def entity_of(*sentences: str) -> dict[str, str]:
    """Mention text -> the name of its entity, after clustering."""
    doc, mentions = hand_built(*sentences)
    mentions, entities = cluster(doc, mentions)
    return {m.text: entities[m.entity].name for m in mentions if m.entity is not None}


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("[James B. Comey] left .", ("James", "Comey")),
        ("[Comey] left .", ("", "Comey")),
        ("[Mary Ann Fox] left .", ("Mary", "Fox")),
    ],
)
def test_matching_name_parts_skip_initials(sentence: str, parts: tuple[str, str]) -> None:
    doc, mentions = hand_built(sentence)
    assert name_parts(doc.tokens, mentions[0]) == parts


@pytest.mark.parametrize(
    ("sentences", "mention", "person"),
    [
        (("[Dana Wills] quit .", "[Wills] said so ."), "Wills", "Dana Wills"),
        (("[Dana Wills] quit .", "[Dana] said so ."), "Dana", "Dana Wills"),
        (("[Symone Banks] leads .", "[Symphone Banks] left ."), "Symphone Banks", "Symone Banks"),
        (("[J. Banks] leads .", "[James Banks] left ."), "James Banks", "J. Banks"),
        # the name of an entity is its longest, most frequent form
        (("[Banks] leads .", "[Ada Banks] left .", "[Banks] wept ."), "Banks", "Ada Banks"),
        # a lone surname goes to the person named last before it
        (
            ("[Ada Ode] leads .", "[Paul Ode] left .", "[Ode] wept ."),
            "Ode",
            "Paul Ode",
        ),
    ],
)
def test_clusters_join_the_forms_of_one_name(
    sentences: tuple[str, ...], mention: str, person: str
) -> None:
    assert entity_of(*sentences)[mention] == person


@pytest.mark.parametrize(
    "sentences",
    [
        ("[Dana Wills] quit .", "[Dana Mills] stayed ."),
        ("[Dana Wills] quit .", "[Omar Wills] stayed ."),
    ],
)
def test_clusters_keep_different_names_apart(sentences: tuple[str, ...]) -> None:
    names = entity_of(*sentences)
    assert len(set(names.values())) == 2


def test_clusters_join_an_organisation_by_its_text_and_short_form() -> None:
    names = entity_of(
        "[Acme Holdings]{ORG} ( [AH]{ORG} ) hired [Lu Chen] .",
        "[AH]{ORG} said so .",
        "[Acme Holdings]{ORG} rose .",
    )
    assert names["AH"] == names["Acme Holdings"] == "Acme Holdings"
    assert names["Lu Chen"] == "Lu Chen"


def test_clusters_join_mentions_in_place() -> None:
    doc, mentions = hand_built("[Dana Wills] quit .", "[Wills] said so .")
    joined, entities = cluster(doc, mentions)
    assert joined is mentions  # no second list of every mention
    assert [m.entity for m in joined] == [0, 0] and entities[0].mentions == (0, 1)


def test_clusters_find_a_full_name_again_after_many_people_of_its_surname() -> None:
    many = [f"[Given{i} Lee] left ." for i in range(SAME_SURNAME_REACH + 10)]
    joined = entity_of("[John Lee] leads .", *many, "[John Lee] stays .", "[Ann Lee] came .")
    assert joined["John Lee"] == "John Lee" and joined["Ann Lee"] == "Ann Lee"
    doc, mentions = hand_built("[John Lee] leads .", *many, "[John Lee] stays .")
    mentions, _ = cluster(doc, mentions)
    assert mentions[0].entity == mentions[-1].entity

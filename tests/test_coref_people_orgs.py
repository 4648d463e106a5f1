"""Who is a person and what is an organisation: names cut at titles and headline
verbs, organisations kept whole or told by their use, and the sex a given name
tells. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of
from personnel_events import EntityLabel, Pipeline
from personnel_events.stages.coref import CorefStage
from personnel_events.stages.tokenize import TokenizeStage

_PIPE = Pipeline([TokenizeStage(), CorefStage()])


def names_of(text: str, label: EntityLabel) -> set[str]:
    """The names of the entities of one label."""
    return {e.name for e in _PIPE.run(text).entities if e.label is label}


def people(text: str) -> set[str]:
    return names_of(text, EntityLabel.PERSON)


def organisations(text: str) -> set[str]:
    return names_of(text, EntityLabel.ORG)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The governor appoints Dede Okon COS, Ibsen Tarr DCOS.", "Dede Okon"),
        ("The governor appoints Dede Okon COS, Ibsen Tarr DCOS.", "Ibsen Tarr"),
        ("Keld Moravec DCOS will start on Monday.", "Keld Moravec"),
        ("The president named Amara Kwesi SGF on Friday.", "Amara Kwesi"),
        ("Tarrow Kesh COS will start on Monday.", "Tarrow Kesh"),
    ],
)
def test_coref_a_title_abbreviation_after_a_name_is_no_part_of_it(text: str, person: str) -> None:
    found = people(text)
    assert person in found, found
    assert not any(n.endswith(("COS", "SGF")) for n in found), found


def test_coref_a_body_before_a_title_abbreviation_is_no_person() -> None:
    # two words with no given name before "CEO": a company's name, as before
    assert people("Mora Lin, Vell Oster CEO, resigned on Monday.") == {"Mora Lin"}


def test_coref_a_lone_surname_before_a_title_abbreviation_joins_its_full_name() -> None:
    text = "Femka Rudo was named chief of staff. The memo reads: Mayor appoints Rudo COS."
    assert people(text) == {"Femka Rudo"}


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Kessler Swears In Four New Ministers", "Kessler Swears"),
        ("Marlow Elevates Two Deputies After Vote", "Marlow Elevates"),
        ("Halvard Installs New Cabinet Team", "Halvard Installs"),
    ],
)
def test_coref_a_headline_verb_ends_the_name_before_it(text: str, not_a_person: str) -> None:
    assert not_a_person not in people(text)


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        # a verb of headlines that tells no change (headline_verbs.txt) ends it too
        ("Velt Chancellor Reshuffles Cabinet\n\nThe changes come after a vote.",
         "Velt Chancellor Reshuffles Cabinet"),
        ("Orbis Bank Unveils New Board\n\nThe bank gave no names.", "Orbis Bank Unveils New Board"),
    ],
)  # fmt: skip
def test_coref_a_headline_verb_of_no_change_ends_the_name_before_it(
    text: str, not_a_body: str
) -> None:
    assert not_a_body not in organisations(text)


def test_coref_a_trigger_word_inside_a_sentence_stays_in_a_name() -> None:
    # followed by a lower-case word: no title-case headline, a surname
    assert "Oliver Sacks" in people("Oliver Sacks said he would leave in May.")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("First Bank named Ana Ruiz as chief executive.", "First Bank"),
        ("Ana Ruiz left First Bank of Norland in May.", "First Bank of Norland"),
        (
            "The U.S. Department of Justice hired Tom Ash as a prosecutor.",
            "U.S. Department of Justice",
        ),
        ("Tom Ash joined the Ministry of Justice in 2019.", "Ministry of Justice"),
        ("Harlan Tools named Ana Ruiz as chief financial officer.", "Harlan Tools"),
        ("Brisk Ventures hired Tom Ash as a partner.", "Brisk Ventures"),
    ],
)
def test_coref_an_organisation_name_stays_whole(text: str, org: str) -> None:
    assert org in organisations(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a ticker note joins the two names, and so does every later "X and Y"
        (
            "Penrose and Vale (NYSE: PNV) named Ana Ruiz as chair. Later, Penrose and "
            "Vale said the search took a year.",
            "Penrose and Vale",
        ),
        ("Penrose and Vale Ltd. named Ana Ruiz as chair.", "Penrose and Vale Ltd."),
        (
            "Colby and Marsh plc hired Tom Ash. Colby and Marsh said he starts soon.",
            "Colby and Marsh plc",
        ),
    ],
)
def test_coref_two_names_joined_by_and_are_one_company(text: str, org: str) -> None:
    doc = _PIPE.run(text)
    (entity,) = (e for e in doc.entities if e.label is EntityLabel.ORG and e.name == org)
    names = [doc.mentions[mi].text for mi in entity.mentions]
    first = org.split()[0]
    # every time the text writes the name, whole
    assert sum(n.startswith(first + " and") for n in names) == text.count(first), names


def test_coref_two_companies_joined_by_and_stay_two() -> None:
    found = organisations("Acme Corp. and Lumen Bank named Ana Ruiz as chair.")
    assert found == {"Acme Corp.", "Lumen Bank"}


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Tomas Brandt called on the premier to resign.",
        "Opposition Leader Rana Odel resigned on Monday.",
        "The premier named Ivo Sand as finance minister. Opposition leader Ann Lee "
        "criticised the choice.",
    ],
)
def test_coref_the_opposition_is_no_organisation(text: str) -> None:
    assert "Opposition" not in organisations(text)
    assert all(e["org"] != "Opposition" for e in events_of(text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Last month, Harbor Town FC and KT Meteor parted ways with their coaches.", "KT Meteor"),
        (
            "Brisk Rovers and Dunmore Athletic confirmed the deal; Zorvane and Lumen Bank did too.",
            "Zorvane",
        ),
        ("KT Meteor and Harbor Town FC both sacked their managers.", "KT Meteor"),
    ],
)
def test_coref_a_name_coordinated_with_an_organisation_is_one(text: str, org: str) -> None:
    assert org in organisations(text)
    assert org not in people(text)


def test_coref_a_person_coordinated_with_an_organisation_stays_a_person() -> None:
    text = "Lumen Bank and Tom Ash reached a settlement."
    assert "Tom Ash" in people(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Kelvane said on Monday that its chief executive Ana Ruiz will retire.", "Kelvane"),
        ("Harbor Mills said its chairman Paul Dane died.", "Harbor Mills"),
        ("Kelvane announced that its finance chief would leave.", "Kelvane"),
    ],
)
def test_coref_a_name_that_speaks_of_its_own_is_an_organisation(text: str, org: str) -> None:
    assert org in organisations(text)


def test_coref_a_person_who_speaks_of_its_stays_a_person() -> None:
    assert "Tom Ash" in people("Tom Ash said its board met on Monday.")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Tarun Varma was named chief executive of Lumen Bank. Virginia Tarrant, the "
            "bank's chairman, will continue as chair through the end of the year, when "
            "she will retire.",
            "Virginia Tarrant",
        ),
        (
            "Tarun Varma will join Acme as chief executive. Georgia Mendes, Acme's "
            "chairman, said she will retire in June.",
            "Georgia Mendes",
        ),
        (
            "Tarun Varma was named chief executive of Orbis Bank. Carolina Ruiz, its "
            "chairman, said she will retire in May.",
            "Carolina Ruiz",
        ),
    ],
)
def test_coref_a_given_name_tells_the_sex_over_chairman(text: str, who: str) -> None:
    ends = [e["person"] for e in events_of(text) if e["type"] == "END"]
    assert ends == [who], events_of(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Paul Dane retired as chairman of Harbor Mills. His daughter Ellen will take over.",
            "Ellen",
        ),
        (
            "Paul Dane stepped down as chief executive of Harbor Mills, and his son Mark "
            "will succeed him.",
            "Mark",
        ),
        (
            "Harbor Mills said its chairman Paul Dane died. The board named his wife Ruth "
            "as chair.",
            "Ruth",
        ),
    ],
)
def test_coref_a_kin_named_by_a_given_name_is_the_one_who_starts(text: str, who: str) -> None:
    starts = [e["person"] for e in events_of(text) if e["type"] == "START"]
    assert starts == [who], events_of(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Tom Ash will run the group's refining arm Corvane, it said.", "Corvane"),
        ("Tom Ash was named chief of Lumen's insurance unit Halbrook Life.", "Halbrook Life"),
        ("Acme's subsidiary Verrin Marsh named Tom Ash as chief executive.", "Verrin Marsh"),
    ],
)
def test_coref_a_name_after_a_part_of_a_group_is_an_organisation(text: str, org: str) -> None:
    assert org in organisations(text)
    assert org not in people(text)


def resolved_pronouns(text: str) -> list[tuple[str, str]]:
    doc = _PIPE.run(text)
    return [
        (m.text, doc.entities[m.entity].name)
        for m in doc.mentions
        if m.kind.value == "pronoun" and m.entity is not None
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tarun Varma will be chief executive. Virginia Tarrant praised the choice. "Tarun '
            'is the right leader for us," she said.',
            "Virginia Tarrant",
        ),
        (
            "Kiran Dube will lead the bank. Noor Baig welcomed the news. \u201cKiran Dube has "
            "done great work,\u201d she added.",
            "Noor Baig",
        ),
    ],
)
def test_coref_the_speaker_of_a_quotation_is_no_one_named_inside_it(
    text: str, speaker: str
) -> None:
    assert resolved_pronouns(text)[-1] == ("she", speaker)


@pytest.mark.parametrize(
    ("text", "org", "not_an_org"),
    [
        (
            "Carl Webb was moved to the Tourism and Wildlife Ministry.",
            "Wildlife Ministry",
            "Tourism",
        ),
        ("Ada Lin now heads the Youth and Sports Department.", "Sports Department", "Youth"),
        ("Tom Ash joins the Trade and Industry Commission.", "Industry Commission", "Trade"),
    ],
)
def test_coref_fields_joined_by_and_share_the_head_of_one_body(
    text: str, org: str, not_an_org: str
) -> None:
    found = organisations(text)
    assert not_an_org not in found
    assert any(name.endswith(org) for name in found)

"""Organisation mentions as whole spans with the kind their words tell, news
organisations and places apart, and company names the text uses as companies."""

from __future__ import annotations

import pytest

from personnel_events import EntityLabel, Pipeline
from personnel_events.model import OrgKind
from personnel_events.stages.coref import CorefStage
from personnel_events.stages.coref.kinds import name_kind_of, org_kind, word_kind, words_kind
from personnel_events.stages.coref.orgs import short_forms
from personnel_events.stages.dateline import DatelineStage
from personnel_events.stages.tokenize import TokenizeStage

_PIPE = Pipeline([DatelineStage(), TokenizeStage(), CorefStage()])


def names(text: str) -> dict[str, tuple[EntityLabel, OrgKind | None]]:
    """Name mention text -> (label, kind)."""
    doc = _PIPE.run(text)
    return {m.text: (m.label, m.org_kind) for m in doc.mentions if m.kind.value == "name"}


ORG, OTHER, PERSON = EntityLabel.ORG, EntityLabel.OTHER, EntityLabel.PERSON


@pytest.mark.parametrize(
    ("text", "mention", "label", "kind"),
    [
        # datelines and places
        (
            "NEW YORK (Reuters) - Larkspur Media named Dana Pell as CEO.",
            "NEW YORK",
            OTHER,
            OrgKind.PLACE,
        ),
        (
            "RALEIGH, N.C. — Corvale Bank said its CFO, Omar Haddad, will retire.",
            "RALEIGH",
            OTHER,
            OrgKind.PLACE,
        ),
        (
            "RALEIGH, N.C. — Corvale Bank said its CFO, Omar Haddad, will retire.",
            "N.C.",
            ORG,
            OrgKind.PLACE,
        ),
        ("Dana Pell moved to New York last year.", "New York", OTHER, OrgKind.PLACE),
        (
            "Grant Ivey met officials in South Africa on Friday.",
            "South Africa",
            OTHER,
            OrgKind.PLACE,
        ),
        # news organisations: an organisation, never a person, marked as news
        (
            "NEW YORK (Reuters) - Larkspur Media named Dana Pell as CEO.",
            "Reuters",
            ORG,
            OrgKind.NEWS,
        ),
        ("Tom Bell will step down, a spokesman told CNN.", "CNN", ORG, OrgKind.NEWS),
        (
            "Tom Bell will step down, the Associated Press reported.",
            "Associated Press",
            ORG,
            OrgKind.NEWS,
        ),
        ("Tom Bell will leave, Alliance News reported.", "Alliance News", ORG, OrgKind.NEWS),
        ("Tom Bell was named editor of the Daily Courier.", "Daily Courier", ORG, OrgKind.NEWS),
        # names kept whole, with the kind their words tell
        (
            "Harrow & Finch Ltd. appointed Lena Moss as finance director.",
            "Harrow & Finch Ltd.",
            ORG,
            OrgKind.COMPANY,
        ),
        (
            "Lumen Ridge Holdings, Inc. named Ari Cole as CFO.",
            "Lumen Ridge Holdings, Inc.",
            ORG,
            OrgKind.COMPANY,
        ),
        ("Orvane N.V. appointed Ida Berg as chair.", "Orvane N.V.", ORG, OrgKind.COMPANY),
        (
            "4D Imaging hired Paul Grant as chief technology officer.",
            "4D Imaging",
            ORG,
            OrgKind.COMPANY,
        ),
        ("3D Lumen hired Paul Grant as chief technology officer.", "3D Lumen", ORG, None),
        ("Brisk Rovers sacked their manager, Ray Dunn.", "Brisk Rovers", ORG, OrgKind.CLUB),
        (
            "Dean Ross became athletic director at Halvern State University.",
            "Halvern State University",
            ORG,
            OrgKind.UNIVERSITY,
        ),
        (
            "Ana Ruiz joined the University of Marlow as provost.",
            "University of Marlow",
            ORG,
            OrgKind.UNIVERSITY,
        ),
        (
            "Ana Ruiz was named head of the Department of Coastal Affairs.",
            "Department of Coastal Affairs",
            ORG,
            OrgKind.PUBLIC_BODY,
        ),
        (
            "Ana Ruiz left the Ministry of Ports in May.",
            "Ministry of Ports",
            ORG,
            OrgKind.PUBLIC_BODY,
        ),
        (
            "Ana Ruiz quit the Progressive Reform Party on Monday.",
            "Progressive Reform Party",
            ORG,
            OrgKind.PARTY,
        ),
        ("Ana Ruiz was elected to the Senate in 2010.", "Senate", ORG, OrgKind.LEGISLATURE),
        (
            "Ana Ruiz was elected Speaker of the House of Commons.",
            "House of Commons",
            ORG,
            OrgKind.LEGISLATURE,
        ),
        ("Marrow Capital Bank appointed Ana Ruiz.", "Marrow Capital Bank", ORG, OrgKind.COMPANY),
    ],
)
def test_coref_kinds_mention_label_and_kind(
    text: str, mention: str, label: EntityLabel, kind: OrgKind | None
) -> None:
    got = names(text)
    assert got.get(mention) == (label, kind), got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("On Tuesday, Acme Corp. named Ana Ruiz as CFO.", "Tuesday"),
        ("Acme Corp. said in Sept. that Ana Ruiz would leave.", "Sept."),
        ("From January, Ana Ruiz will lead Acme Corp.", "January"),
    ],
)
def test_coref_kinds_time_words_are_no_mentions(text: str, word: str) -> None:
    assert not any(word in m for m in names(text))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # an industry word
        ("Royal Mail said Keith Willis will succeed Peter Lane as chairman.", "Royal Mail"),
        ("British Airways named Ida Holm as its chief executive.", "British Airways"),
        # a possessive of a company's officer or property
        ("Vell Oster's chairman Keith Willis will retire.", "Vell Oster"),
        ("Keith Willis said Brenna Holt's board met on Monday.", "Brenna Holt"),
        # shares, a stake, a board of
        ("Shares of Brightwell fell after its chief executive Ann Cole resigned.", "Brightwell"),
        ("Ann Cole will join the board of Quenby Sorrel as chairman.", "Quenby Sorrel"),
        ("Fund managers took a stake in Kestrel Wimpey last year.", "Kestrel Wimpey"),
        # where a company stands, with no given name and no surname use
        ("Vell Oster said in a statement that Mary Tan will join as CFO.", "Vell Oster"),
        ("Mary Tan worked at Quenby Sorrel for ten years.", "Quenby Sorrel"),
        # what "its" or "their" before a title refers to
        ("Kessa Vell named Ana Ruiz as its chief executive.", "Kessa Vell"),
        (
            "On Tuesday, Brisk Sundowns confirmed the sacking of Mo Odu as their head coach.",
            "Brisk Sundowns",
        ),
        # the name again without its legal form
        (
            "Taylor Wimpey PLC said Irene Dale will leave. Taylor Wimpey thanked her.",
            "Taylor Wimpey",
        ),
    ],
)
def test_coref_kinds_company_used_as_one_is_no_person(text: str, company: str) -> None:
    assert names(text)[company][0] is ORG


def test_coref_kinds_name_without_legal_form_is_the_same_entity() -> None:
    doc = _PIPE.run("Taylor Wimpey PLC said Irene Dale will leave. Taylor Wimpey thanked her.")
    entities = {
        doc.entities[m.entity].name
        for m in doc.mentions
        if "Wimpey" in m.text and m.entity is not None
    }
    assert len(entities) == 1, entities
    assert doc.entities[doc.mentions[0].entity or 0].org_kind is OrgKind.COMPANY


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # people stay people: a title or a given name with no company use
        ("Vice chairman Nia Park will chair the board of Orbis Bank.", "Nia Park"),
        ("Keith Willis's son joined the firm.", "Keith Willis"),
        ("Warren Buff's shares rose after Ana Ruiz was named CEO.", "Warren Buff"),
        # a surname that is a title word
        ("Mary Judge was named chief executive of Acme Corp.", "Mary Judge"),
        ("John Bishop resigned as chairman on Monday.", "John Bishop"),
        ("Taylor Brandt said in a statement that she would leave.", "Taylor Brandt"),
        # the one who takes the post, and a name far from "their"
        ("Kessa Vell named Ana Ruiz as its chief executive.", "Ana Ruiz"),
        ("Brisk Sundowns let Mo Odu go, and the league and their coach met.", "Mo Odu"),
        # "their" after a second other name: the walk stops at the name after the next
        ("Kessa Vell thanked Mo Odu and Ida Holm, their head coach and chief.", "Kessa Vell"),
        ("Orlan Brisk praised Tom Ash and Nia Park in their new chief roles.", "Orlan Brisk"),
        # a rank or an age tells a person no list knows, called by the first word
        ("Gen Muhoozi Kain was promoted. Gen Muhoozi, 50, said thanks.", "Muhoozi Kain"),
        ("Brig Gen David Mugo retired on Monday.", "David Mugo"),
        # a hyphenated given name, or "he"/"she" next, tells a person no list knows
        ("Huh Jin-soo said in a statement that he would retire.", "Huh Jin-soo"),
        ("Chua Sock Koong announced that she will retire. Chua joined in 1989.", "Chua Sock Koong"),
    ],
)
def test_coref_kinds_people_stay_people(text: str, person: str) -> None:
    assert names(text)[person][0] is PERSON


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (["the", "associated", "press"], OrgKind.NEWS),
        (["uk"], OrgKind.PLACE),
        (["university", "of", "leeds", "business", "school"], OrgKind.UNIVERSITY),
        (["central", "bank", "of", "the", "republic"], OrgKind.COMPANY),
        (["acme"], None),
        ([], None),
    ],
)
def test_coref_kinds_org_kind_of_words(words: list[str], kind: OrgKind | None) -> None:
    assert org_kind(words) is kind


@pytest.mark.parametrize(
    "words",
    [
        ["reuters"],
        ["the", "associated", "press"],
        ["the", "senate"],
        ["senate"],
        ["state", "duma"],
        ["house", "of", "commons"],
        ["acme", "'s"],
        ["new", "zealand"],
        ["lumen", "ridge", "holdings", ",", "inc."],
        ["orbis", "bank"],
        ["dana", "wills"],
        ["the"],
        ["bank"],
        ["'s"],
        [],
    ],
)
def test_coref_kinds_name_kind_of_agrees_with_words_kind(words: list[str]) -> None:
    assert name_kind_of(words) is words_kind(tuple(words))
    if len(words) == 1:
        assert word_kind(words[0]) is words_kind(tuple(words))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ana Ruiz, PhD, was named president of Tallis Medical Center.", "PhD"),
        ("The league blamed COVID for the delay as Ana Ruiz resigned.", "COVID"),
    ],
)
def test_coref_kinds_degrees_and_illnesses_are_no_names(text: str, word: str) -> None:
    assert not any(word in m for m in names(text))


@pytest.mark.parametrize(
    ("text", "mention", "label", "kind"),
    [
        # a title word inside an organisation's name keeps it whole
        (
            "Ana Ruiz left the Northern Premier League on Monday.",
            "Northern Premier League",
            ORG,
            OrgKind.LEAGUE,
        ),
        ("Ana Ruiz was fined by UEFA on Monday.", "UEFA", ORG, OrgKind.LEAGUE),
        ("Ana Ruiz wrote to the SEC on Monday.", "SEC", ORG, OrgKind.PUBLIC_BODY),
        # "and" joins a word no body is named by alone
        (
            "Acme Corp. told the Securities and Exchange Commission that Ana Ruiz resigned.",
            "Securities and Exchange Commission",
            ORG,
            OrgKind.PUBLIC_BODY,
        ),
        (
            "Ana Ruiz will lead the Energy and Mining Ministry.",
            "Energy and Mining Ministry",
            ORG,
            OrgKind.PUBLIC_BODY,
        ),
        # a body before a title and a name is a mention of its own, whole
        (
            "The University of Marlow President Ana Ruiz will retire.",
            "University of Marlow",
            ORG,
            OrgKind.UNIVERSITY,
        ),
        ("FBI Director Jim Comey was fired on Tuesday.", "FBI", ORG, OrgKind.PUBLIC_BODY),
        ("Vell Oster chief executive Ana Ruiz will retire.", "Vell Oster", ORG, None),
        # the station in brackets in a dateline files the story
        ("NORMAN (KFSM) — Ana Ruiz will retire as provost.", "KFSM", ORG, OrgKind.NEWS),
        # a collective noun's possessive inside a name
        (
            "Muhoozi Kain was Commander of the Uganda People's Defence Forces.",
            "Uganda People's Defence Forces",
            ORG,
            OrgKind.PUBLIC_BODY,
        ),
        (
            "Ana Ruiz joined Boston Children's Hospital as CEO.",
            "Boston Children's Hospital",
            ORG,
            None,
        ),
        ("Ana Ruiz led the Indian Army until May.", "Indian Army", ORG, OrgKind.PUBLIC_BODY),
        # the body before a title no name follows
        (
            "Ana Ruiz was vetted for the post of Harbour Authority Chairman.",
            "Harbour Authority",
            ORG,
            OrgKind.PUBLIC_BODY,
        ),
        # a town before a state
        (
            "Ana Ruiz ran Quill Health, based in Brentwood, Tenn., until May.",
            "Brentwood",
            OTHER,
            OrgKind.PLACE,
        ),
        ("Ana Ruiz ran Quill Health in Tulsa, OK, until May.", "Tulsa", OTHER, OrgKind.PLACE),
        # a lone word before a company's officer and a name
        ("Ana Ruiz will advise Kessa chairman Lee Tan.", "Kessa", ORG, None),
        # a title after a comma that belongs to the next name, not an apposition
        (
            "In charge of Kessa, group chief executive officer (CEO) Lin Mei Hua will retire.",
            "Kessa",
            OTHER,
            None,
        ),
    ],
)
def test_coref_kinds_whole_names_and_their_kind(
    text: str, mention: str, label: EntityLabel, kind: OrgKind | None
) -> None:
    got = names(text)
    assert got.get(mention) == (label, kind), got


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        # all-caps headlines: a given name starts a person, a title after it is no name
        ("LARKSPUR MEDIA NAMES DANA PELL CHIEF EXECUTIVE", "DANA PELL", PERSON),
        ("LARKSPUR MEDIA NAMES DANA PELL CHIEF EXECUTIVE", "LARKSPUR MEDIA", ORG),
        ("HARROW & FINCH LTD. APPOINTS OMAR HADDAD AS CFO", "OMAR HADDAD", PERSON),
        ("HARROW & FINCH LTD. APPOINTS OMAR HADDAD AS CFO", "HARROW & FINCH LTD.", ORG),
        ("RIO DE JANEIRO (Reuters) - Petra Lins resigned on Monday.", "RIO DE JANEIRO", OTHER),
        # a legal form in lower case stays in the name
        (
            "Fenwick Holdings plc said its chairman Tom Bell will retire.",
            "Fenwick Holdings plc",
            ORG,
        ),
        # the exchange of a ticker note is no organisation of the text
        ("Larkspur Media (NASDAQ: LRKS) named Dana Pell as president.", "NASDAQ", OTHER),
    ],
)
def test_coref_kinds_headlines_legal_forms_and_ticker_notes(
    text: str, mention: str, label: EntityLabel
) -> None:
    got = names(text)
    assert got[mention][0] is label, got


def test_coref_kinds_ticker_is_the_company() -> None:
    doc = _PIPE.run("Larkspur Media (NASDAQ: LRKS) named Dana Pell as president. LRKS shares rose.")
    tickers = [m for m in doc.mentions if m.text == "LRKS"]
    assert tickers and all(
        m.entity is not None and doc.entities[m.entity].name == "Larkspur Media" for m in tickers
    )


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Silas Rond was named Minister of Mines and Energy.", "Energy"),
        ("Silas Rond was named Minister of Mines and Energy.", "Mines"),
        ("Rita Fenn was named Secretary of State for Foreign Affairs.", "Foreign Affairs"),
    ],
)
def test_coref_kinds_field_of_a_post_is_no_organisation(text: str, field: str) -> None:
    assert names(text)[field][0] is OTHER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The three new Ministers were named on Monday.", set()),
        ("The Board of Directors named Ana Ruiz as CEO.", {"Board of Directors", "Ana Ruiz"}),
    ],
)
def test_coref_kinds_plural_titles_are_no_names(text: str, expected: set[str]) -> None:
    assert set(names(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Current cabinet spokesman Nori Shika will leave the post on July 1.",
        "Outgoing CEO Nori Shika thanked staff.",
    ],
)
def test_coref_kinds_words_of_tenure_opening_a_sentence_are_no_names(text: str) -> None:
    assert set(names(text)) == {"Nori Shika"}


def test_coref_kinds_a_whole_title_is_no_organisation() -> None:
    assert set(names("Hassan Joho will be vetted for the new Mining Cabinet Secretary.")) == {
        "Hassan Joho"
    }


def test_coref_kinds_company_after_a_post_stays_one() -> None:
    assert names("Silas Rond was named president of Acme Energy.")["Acme Energy"][0] is ORG


@pytest.mark.parametrize(
    "text",
    [
        "On Thurs., Acme Corp. named Ana Ruiz as CFO.",
        "Acme Corp. named Ana Ruiz as CFO in Sept 2023.",
        "Acme Corp. named Ana Ruiz as CFO on Tues. morning.",
    ],
)
def test_coref_kinds_abbreviated_times_are_no_names(text: str) -> None:
    assert set(names(text)) == {"Acme Corp.", "Ana Ruiz"}


@pytest.mark.parametrize(
    "words",
    [("tenn.",), ("calif.",), ("south", "african"), ("mexican",), ("u.k.",), ("zambia",)],
)
def test_kinds_state_abbreviations_and_demonyms_are_places(words: tuple[str, ...]) -> None:
    from personnel_events.stages.coref.kinds import is_place_name

    assert is_place_name(words) and org_kind(words) is OrgKind.PLACE


@pytest.mark.parametrize("words", [("in",), ("or",), ("me",)])
def test_kinds_postal_codes_that_are_words_are_no_places(words: tuple[str, ...]) -> None:
    from personnel_events.stages.coref.kinds import is_place_name

    assert not is_place_name(words)


@pytest.mark.parametrize(
    "text",
    [
        "JANE ROE RESIGNS & WASHINGTON, Dec. 3 - She will step down.",
        "TOM ASH QUITS &BOSTON - He left on Friday.",
        "Acme Corp. Names & Ana Ruiz joined the board.",
    ],
)
def test_coref_kinds_a_name_does_not_open_with_an_ampersand(text: str) -> None:
    # the "&" that joined a dropped common word ("RESIGNS") to a name opens no name
    assert not any(m.startswith("&") for m in names(text))


def test_coref_kinds_word_kind_remembers_a_bounded_number_of_words() -> None:
    """word_kind answers from its cache what name_kind_of answers, asked twice, and
    keeps no more words than KIND_CACHE_SIZE."""
    from personnel_events.stages.coref.kinds import KIND_CACHE_SIZE

    word_kind.cache_clear()
    for word in ["reuters", "senate", "bank", "zorvath", "zorvath", "reuters"]:
        assert word_kind(word) is name_kind_of([word])
    info = word_kind.cache_info()
    assert (info.hits, info.misses, info.maxsize) == (2, 4, KIND_CACHE_SIZE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brisk Harbor PLC hired Ana Ruiz.", {"brisk harbor": "brisk harbor plc"}),
        (
            "Lumen Ridge Holdings, Inc. named Tom Ash.",
            {"lumen ridge holdings": "lumen ridge holdings, inc"},
        ),
        ("Kelvane PLC hired Ana Ruiz.", {}),  # one word left: no short form
        ("Brisk Harbor Group hired Ana Ruiz.", {}),  # no legal form
    ],
)
def test_coref_kinds_short_forms_drop_a_legal_form(text: str, expected: dict[str, str]) -> None:
    doc = _PIPE.run(text)
    mentions = [m for m in doc.mentions if m.label is EntityLabel.ORG]
    assert short_forms(doc.tokens, mentions) == expected

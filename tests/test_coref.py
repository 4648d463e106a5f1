"""Coreference-lite: names, surnames, pronouns, descriptions and misspellings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import events_of
from personnel_events import EntityLabel, Pipeline, default_pipeline
from personnel_events.model import Token
from personnel_events.names import (
    LOWERCASE_SAMPLE,
    LOWERCASE_TEXT_SHARE,
    given_name_gender,
    is_acronym,
    is_given_name,
    mostly_lowercase,
)
from personnel_events.stages.coref import CorefStage, given_names_compatible
from personnel_events.stages.tokenize import TokenizeStage

_PIPE = Pipeline([TokenizeStage(), CorefStage()])


def clustered(text: str, label: EntityLabel = EntityLabel.PERSON) -> dict[str, str]:
    """Mention text -> the name of the entity it was clustered into, for one label."""
    doc = _PIPE.run(text)
    return {
        m.text: doc.entities[m.entity].name
        for m in doc.mentions
        if m.entity is not None and doc.entities[m.entity].label is label
    }


def resolved(text: str) -> dict[str, str]:
    """Mention text -> the person it was clustered into."""
    return clustered(text)


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        ("Dana Wills joined Acme Corp. in May. Wills said it was time.", "Wills", "Dana Wills"),
        ("Dana Wills quit. She said it was time.", "She", "Dana Wills"),
        ("Omar Reyes resigned. His departure surprised staff.", "His", "Omar Reyes"),
        (
            "Dana Wills, the spokeswoman, left. The spokeswoman thanked staff.",
            "The spokeswoman",
            "Dana Wills",
        ),
        (
            "Symone Banks leads the team. Symphone Banks is expected to leave.",
            "Symphone Banks",
            "Symone Banks",
        ),
        ("Mr. Paul Ode quit. Ode said he was proud.", "Ode", "Paul Ode"),
        # "her" as an object is not the subject of its own clause, apposition or not
        (
            "Chua Lin will retire. Yuen Mo, 53, chief of Kessa, will succeed her as CEO.",
            "her",
            "Chua Lin",
        ),
        ("James B. Comey was fired. James Comey left.", "James Comey", "James B. Comey"),
        # the sex a given name tells picks between two people of one surname
        ("Anna Ode will retire. Paul Ode was promoted. Ms. Ode joined in 2001.", "Ode", "Anna Ode"),
        ("Paul Ode was promoted. Anna Ode will retire. He starts at once.", "He", "Paul Ode"),
        # but never splits a translation's misspelt name from the right one
        (
            "Symone Banks will leave. Symphone Banks, the senior spokesman, confirmed it.",
            "Symphone Banks",
            "Symone Banks",
        ),
        # an object pronoun is not its own clause's subject
        ("Carl Webb quit, and the board named Tom Ash to replace him.", "him", "Carl Webb"),
        # "and said he": the one who said it
        ("Governor Ada Lin fired Tom Ash and said she would name a successor.", "she", "Ada Lin"),
        ("Carl Webb fired Tom Ash and said he would name a successor.", "he", "Carl Webb"),
        # a verb phrase joined by "and" has the sentence's subject, and so has its pronoun
        (
            "Ken Moe took over from Tom Ash in 2008 and said on Monday he would retire.",
            "he",
            "Ken Moe",
        ),
        (
            "Ken Moe succeeded Tom Ash as chairman and revealed the details of his departure.",
            "his",
            "Ken Moe",
        ),
        ("Ada Lin replaced Ines Vale in May and announced her own exit.", "her", "Ada Lin"),
        # ... but not past a person of that verb phrase, an object pronoun or a clause
        ("Ken Moe replaced Tom Ash and thanked Ivo Ruiz for his service.", "his", "Ivo Ruiz"),
        ("Ken Moe replaced Tom Ash and praised him for his work.", "his", "Tom Ash"),
        # nor when the sentence opens with an organisation: its subject is no person
        ("Acme Corp. fired Tom Ash and published the terms of his exit.", "his", "Tom Ash"),
        # a comma that closes an apposition is no clause boundary
        ("Tom Ash will go, and his deputy, Carl Webb, will succeed him.", "him", "Tom Ash"),
        # a name that only modifies a government is not the pronoun's person
        ("Ada Lin quit a Webb cabinet before: she resigned in 2020.", "she", "Ada Lin"),
    ],
)
def test_coref_links_mentions_to_the_person(text: str, mention: str, person: str) -> None:
    assert resolved(text)[mention] == person


def test_coref_keeps_two_people_with_one_surname_apart() -> None:
    # Gender comes from the honorifics; a lone "Mr. Lee" is not the latest Lee, Margaret.
    text = (
        "Acme named Mr. Daniel Lee head of retail. Its counsel, Margaret Lee, will "
        "retire. Mr. Lee starts Monday. Ms. Lee thanked the board."
    )
    doc = _PIPE.run(text)
    names = {m.text: doc.entities[m.entity].name for m in doc.mentions if m.entity is not None}
    assert names["Daniel Lee"] != names["Margaret Lee"]
    by_start = sorted(
        (m.start, doc.entities[m.entity].name)
        for m in doc.mentions
        if m.entity is not None and m.text == "Lee"
    )
    assert [n for _, n in by_start] == ["Daniel Lee", "Margaret Lee"]


def test_coref_prefers_the_subject_over_a_possessor_in_an_apposition() -> None:
    text = "Ana Ruiz, Harris' press secretary, announced her departure."
    assert resolved(text)["her"] == "Ana Ruiz"


def test_coref_reads_titles_and_appositions() -> None:
    doc = _PIPE.run(
        "FBI Director Jane Roe met Tom Ash, the Deputy Director of the Office "
        "of Public Affairs, on Monday."
    )
    by_text = {m.text: m for m in doc.mentions}
    assert (by_text["Jane Roe"].title, by_text["Jane Roe"].title_org) == ("Director", "FBI")
    assert by_text["Tom Ash"].appos == "Deputy Director"
    assert by_text["Tom Ash"].appos_org == "Office of Public Affairs"


def test_coref_tells_an_organisation_by_how_it_is_called() -> None:
    doc = _PIPE.run("Brackwater Ferries hired Lu Chen. Brackwater's shares rose.")
    labels = {
        doc.entities[m.entity].name: doc.entities[m.entity].label
        for m in doc.mentions
        if m.entity is not None
    }
    assert labels["Brackwater Ferries"] is EntityLabel.ORG
    assert labels["Lu Chen"] is EntityLabel.PERSON


def organisations(text: str) -> dict[str, str]:
    """Organisation mention text -> the name of its entity."""
    return clustered(text, EntityLabel.ORG)


def test_an_abbreviation_in_brackets_names_the_same_organisation() -> None:
    orgs = organisations("Lu Chen leads the Green Alliance (GA). The GA won seats.")
    assert orgs["GA"] == orgs["Green Alliance"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("She resigned from the Dutch government.", "Dutch government"),
        ("He left the Biden administration in May.", "Biden administration"),
        ("The Japanese cabinet met on Monday.", "Japanese cabinet"),
    ],
)
def test_a_name_before_government_names_an_organisation(text: str, org: str) -> None:
    orgs = organisations(text)
    assert org in orgs
    assert org.split()[0] not in orgs  # "Dutch" alone is no organisation


@pytest.mark.parametrize(
    "text",
    [
        "The lender Zentra hired Lu Chen. Zentra said she starts in May.",
        "Lu Chen left Zentra in May. Zentra shares fell.",
        "Lu Chen left Zentra in May. Zentra's board met.",
    ],
)
def test_a_one_word_name_used_as_a_company_is_an_organisation(text: str) -> None:
    doc = _PIPE.run(text)
    labels = {m.label for m in doc.mentions if m.text == "Zentra"}
    assert labels == {EntityLabel.ORG}


def test_a_person_called_by_a_given_name_stays_a_person() -> None:
    doc = _PIPE.run("Felix Amundsen joins Acme as CFO. Felix brings the experience we need.")
    labels = {m.text: m.label for m in doc.mentions}
    assert labels["Felix Amundsen"] is EntityLabel.PERSON
    assert labels["Felix"] is EntityLabel.PERSON


def test_one_word_taking_a_plural_verb_is_a_team() -> None:
    doc = _PIPE.run("Chelsea have appointed Lu Chen. She joins Chelsea in May.")
    assert {m.label for m in doc.mentions if m.text == "Chelsea"} == {EntityLabel.ORG}


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Lu Chen returns to Stamford Bridge after he left.", "Stamford Bridge", "Lu Chen"),
        ("Damon Hill met Lu Chen in Harvard Square.", "Harvard Square", "Damon Hill"),
    ],
)
def test_a_place_name_is_no_person(text: str, place: str, person: str) -> None:
    labels = {m.text: m.label for m in _PIPE.run(text).mentions}
    assert labels[place] is EntityLabel.OTHER
    assert labels[person] is EntityLabel.PERSON


def test_party_names_are_organisations() -> None:
    assert "Free Democrats" in organisations("Lu Chen quit the Free Democrats on Friday.")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Symone", "Symphone", True),
        ("J.", "James", True),
        ("Jim", "James", False),
        ("Daniel", "Margaret", False),
        ("Jürgen", "Jurgen", True),
    ],
)
def test_given_names_compatible(a: str, b: str, same: bool) -> None:
    assert given_names_compatible(a, b) is same


def _labels(text: str) -> dict[str, str]:
    doc = _PIPE.run(text)
    return {m.text: m.label.value for m in doc.mentions if m.kind.value == "name"}


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        # A word that is no given name, written before a full name, is split off.
        ("Nordvik Jean Paul Prates resigned.", "Jean Paul Prates", "PERSON"),
        ("Nordvik Jean Paul Prates resigned.", "Nordvik", "OTHER"),
        # A run of capitals in mixed-case text is a heading or a place, not a person.
        ("He met them in SAN LORENZO on Monday.", "SAN LORENZO", "OTHER"),
        # A known given name keeps a three-word run whole.
        ("Mary Ann Fox resigned.", "Mary Ann Fox", "PERSON"),
    ],
)
def test_name_runs_split_and_label_by_given_names_and_case(
    text: str, mention: str, label: str
) -> None:
    assert _labels(text)[mention] == label


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        # a name before a post written in lower case is the post's body, and so is
        # every other mention of it
        ("Ama Boateng resigned as Velt chief executive. Velt said so.", "Velt", "ORG"),
        ("Tom Bale quit as Zentrix finance director on Friday.", "Zentrix", "ORG"),
        ("Tom Bale was named Korvel head coach.", "Korvel", "ORG"),
        # not a place (the role reader takes it), a given name, or a name before no post
        ("Ama Boateng was sworn in as Ohio governor.", "Ohio", "OTHER"),
        ("She told Tom chief executives earn more.", "Tom", "OTHER"),
        ("Velt told Ama Boateng chief executives were paid well.", "Velt", "OTHER"),
    ],
)
def test_a_name_before_a_lower_case_post_is_its_body(text: str, mention: str, label: str) -> None:
    assert _labels(text)[mention] == label


LOWER = (
    "the board met on monday and said the company would name a new chief executive "
    "within weeks, after a review of its accounts by outside auditors."
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (LOWER + " police chief victor ramos was fired.", ["victor ramos"]),
        (LOWER + " dr. sandra villanueva was elected.", ["sandra villanueva"]),
        # initials, accents, names after a title that no list holds
        (LOWER + " the board named james b. comey.", ["james b. comey"]),
        (LOWER + " jürgen klopp will step down.", ["jürgen klopp"]),
        (LOWER + " revenue secretary sanjay malhotra was named.", ["sanjay malhotra"]),
        # a shouted headline does not make the prose capitalised
        ("ACME FOODS NAMES NEW CHIEF\n\n" + LOWER + " victor ramos was named.", ["victor ramos"]),
        # everyday words that are also given names start no name
        (LOWER + " the mayor will grant may leave to mark the day.", []),
        # a title or a time word is no surname
        (LOWER + " anita chief was there and victor monday too.", []),
    ],
)
def test_lower_case_text_still_names_people(text: str, names: list[str]) -> None:
    doc = default_pipeline().run(text)
    people = [e.name for e in doc.entities if e.label is EntityLabel.PERSON]
    assert people == names


def test_lower_case_text_finds_a_surname_told_alone_later() -> None:
    doc = default_pipeline().run(LOWER + " victor ramos was fired. ramos said he was proud.")
    people = {m.text: doc.entities[m.entity].name for m in doc.mentions if m.entity is not None}
    assert people["ramos"] == "victor ramos"


def test_capitalised_text_is_not_read_as_lower_case() -> None:
    text = "Acme Corp. said on Monday that police chief victor ramos was fired in Ohio. " * 3
    doc = default_pipeline().run(text)
    assert [e.name for e in doc.entities if e.label is EntityLabel.PERSON] == []


def test_mention_with_entity_is_evolve_for_every_field() -> None:
    import attrs

    from personnel_events import Mention, MentionKind
    from personnel_events.model import OrgKind

    m = Mention(
        MentionKind.NAME,
        "Jane Roe",
        1,
        9,
        2,
        4,
        3,
        EntityLabel.ORG,
        "f",
        "CFO",
        "Acme",
        "the chief",
        "Orbis",
        1,
        6,
        True,
        None,
        OrgKind.COMPANY,
    )
    assert all(
        getattr(m, f.name) != f.default for f in attrs.fields(Mention) if f.name != "entity"
    ), "give every field a value other than its default"
    assert m.with_entity(5) == attrs.evolve(m, entity=5)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Deputy Minister of Trade Mr. Tim Vale was dismissed.", "Tim Vale"),
        ("The Orbis University Professor Nia Park resigned as dean.", "Nia Park"),
    ],
)
def test_an_honorific_inside_a_capitalised_run_starts_the_name(text: str, person: str) -> None:
    doc = default_pipeline().run(text)
    assert [e.name for e in doc.entities if e.label is EntityLabel.PERSON] == [person]


@pytest.mark.parametrize(
    ("name", "sex"),
    [("Margaret", "f"), ("Daniel", "m"), ("Jürgen", "m"), ("Zentra", None)],
)
def test_given_name_gender(name: str, sex: str | None) -> None:
    assert given_name_gender(name) == sex


def _lowercase_by_share(text: str) -> bool:
    """What ``mostly_lowercase`` tells, counted over every inner word of the sample."""
    starts = re.findall(r"(?<![.!?:\n])[ \t]+([^\W\d_]\w*)", text[:LOWERCASE_SAMPLE])
    caps = sum(1 for w in starts if w[0].isupper() and not w.isupper())
    return len(starts) >= 20 and caps < LOWERCASE_TEXT_SHARE * len(starts)


_LOWER_WORDS = st.sampled_from(["mayor", "fires", "chief", "ramos", "élan", "3rd", "ACME"])
_CAPITALISED = st.sampled_from(["Ramos", "Émile", "Ltd.", "Ohio"])
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\t", ". ", "\n", ": ", ", "])


@st.composite
def _mostly_lower_texts(draw: st.DrawFn) -> str:
    """Lower-case words with a few capitalised ones among them, near the share that
    decides."""
    words = draw(st.lists(_LOWER_WORDS, min_size=40, max_size=300))
    for _ in range(draw(st.integers(0, 8))):
        words.insert(draw(st.integers(0, len(words))), draw(_CAPITALISED))
    return "".join(w + draw(_GAPS) for w in words)


@given(_mostly_lower_texts())
def test_names_mostly_lowercase_stops_early_with_the_same_answer(text: str) -> None:
    assert mostly_lowercase(text) is _lowercase_by_share(text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [("FBI", True), ("S&P", True), ("AT&T", True), ("Fbi", False), ("A", False),
     ("NASDAQ", True), ("NASDAQS", False), ("U.S.", True), ("ÉDF", True), ("3M", False)],
)  # fmt: skip
def test_names_is_acronym(text: str, acronym: bool) -> None:
    assert is_acronym(text) is acronym


@pytest.mark.parametrize(
    ("word", "known"),
    [("Jane", True), ("JANE", True), ("José", True), ("Jósé", True), ("Qzx", False)],
)
def test_names_given_names_are_looked_up_folded(word: str, known: bool) -> None:
    assert is_given_name(word) is known


@pytest.mark.parametrize("before", ["said", "of"])
def test_names_a_one_word_run_is_classified_as_the_general_steps_do(before: str) -> None:
    """The shortcut for one-word runs gives what the steps for any run give, for
    titles, plural titles, organisation words, honorifics, acronyms, given names
    and other words, written in capitals, capitalised or as listed."""
    from personnel_events import names
    from personnel_events.model import Token

    listed = (
        names.title_words()
        | names.org_words()
        | frozenset(names.honorifics())
        | frozenset(sorted(names.given_names())[:200])
    )
    words = {"Ministers", "Secretaries", "Directors", "FBI", "NASA", "Ltd", "Zorvath", "May"}
    for w in listed:
        words.update({w, w.capitalize(), w.upper()})
    orgs, hon = names.org_words(), names.honorifics()

    def spans(found: list[names.NameSpan]) -> list[tuple[int, int, EntityLabel, str | None]]:
        return [(s.first, s.last, s.label, s.gender) for s in found]

    for word in sorted(words):
        tokens = [Token(before, 0, len(before)), Token(word, len(before) + 1, len(before) + 1)]
        fast = names._classify_word(tokens, 1, orgs, hon, names.title_words())
        assert spans(fast) == spans(names._classify_run(tokens, 1, 2, orgs, hon)), word


def test_names_find_names_reads_a_sentence_with_an_empty_token() -> None:
    """A backend's empty token opens no name and leaves the names around it whole."""
    from personnel_events import names
    from personnel_events.model import Token

    words = ["Ines", "Falk", "", "joined", "Brightwater", "Holdings", "Inc."]
    tokens = [Token(w, 10 * k, 10 * k + len(w)) for k, w in enumerate(words)]
    for capitalised in (None, [0, 1, 4, 5, 6]):  # read here, or told by the caller
        found = [
            (s.first, s.last, s.label)
            for s in names.find_names(tokens, 0, len(tokens), capitalised)
        ]
        assert found == [(0, 2, EntityLabel.PERSON), (4, 7, EntityLabel.ORG)]


@pytest.mark.parametrize(
    ("ners", "label"),
    [
        ((None, None, None), EntityLabel.PERSON),  # no NER: the rules' guess stays
        ((None, None, "ORG"), EntityLabel.ORG),  # NER on the name's last word only
        ((None, "ORG", "ORG"), EntityLabel.ORG),
        ((None, "PERSON", None), EntityLabel.PERSON),
        (("ORG", "DATE", "DATE"), EntityLabel.OTHER),
        # a longer name: its middle words are read too
        ((None, None, None, None), EntityLabel.PERSON),
        ((None, None, "ORG", None), EntityLabel.ORG),  # a middle word only
    ],
)
def test_coref_settle_label_reads_the_ner_of_every_word_of_a_name(
    ners: tuple[str | None, ...], label: EntityLabel
) -> None:
    from personnel_events.document import Document
    from personnel_events.model import Sentence, Token
    from personnel_events.names import NameSpan
    from personnel_events.stages.coref.labels import settle_label

    words = ["joined", "Tarn", "Vessel", "Works"][: len(ners)]
    tokens = [
        Token(w, 10 * k, 10 * k + len(w), ner=n)
        for k, (w, n) in enumerate(zip(words, ners, strict=True))
    ]
    doc = Document(text="".join(w.ljust(10) for w in words).rstrip(), tokens=tokens)
    doc.sentences = [Sentence(0, len(doc.text), 0, len(words))]
    span = NameSpan(1, len(words), EntityLabel.PERSON)
    settle_label(doc, span, 0, [])
    assert (span.first, span.last, span.label) == (1, len(words), label)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's first word the common-word split cut off is taken back
        ("Chief Executive Officer Tom Ash left New Zealand.", ["Tom Ash", "New Zealand"]),
        ("NEW YORK CITY - Ana Ruiz resigned.", ["NEW YORK CITY", "Ana Ruiz"]),
        ("Mayor Lia Brandt flew to New Jersey.", ["Lia Brandt", "New Jersey"]),
        # words before a name that open no place's name stay out
        ("The Outgoing President Tom Ash spoke.", ["Tom Ash"]),
    ],
)
def test_names_widen_takes_back_the_first_words_of_a_place(text: str, expected: list[str]) -> None:
    from personnel_events import names
    from personnel_events.document import Document

    doc = TokenizeStage()(Document(text=text))
    for capitalised in (None, doc.capitalised()):  # read here, or told by the caller
        found = [
            doc.token_text(s.first, s.last)
            for sent in doc.sentences
            for s in names.find_names(doc.tokens, sent.first_token, sent.last_token, capitalised)
        ]
        assert found == expected


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    events = default_pipeline().parse(text, published="2024-03-08")
    return [(e.type.value, e.person, e.role) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age, a post once held, a trade: the subject of the sentence before
        ("Tom Ash took over as CFO of Orbis on Wednesday. The 57-year-old replaced Jane Roe.",
         [("START", "Tom Ash", "CFO"), ("END", "Jane Roe", "CFO")]),
        ("Tom Ash took over as CFO of Orbis on Wednesday. The former Cincinnati interim "
         "president has replaced Jane Roe.",
         [("START", "Tom Ash", "CFO"), ("END", "Jane Roe", "CFO")]),
        ("Tom Ash joined Orbis in 2019. The former banker was named CFO on Monday.",
         [("START", "Tom Ash", None), ("START", "Tom Ash", "CFO")]),
        ("Tom Ash took over as CFO of Orbis on Wednesday. The 61-year-old former Goldman "
         "Sachs banker replaced Jane Roe.",
         [("START", "Tom Ash", "CFO"), ("END", "Jane Roe", "CFO")]),
        # two sentences back, past one that names nobody
        ("Tom Ash took over as CFO of Orbis on Wednesday. Shares rose. The veteran replaced "
         "Jane Roe.", [("START", "Tom Ash", "CFO"), ("END", "Jane Roe", "CFO")]),
        # a gendered trade skips a person of the other sex
        ("Jane Roe joined Orbis in 2019. Tom Ash left Acme. The businesswoman was named CFO "
         "of Orbis on Monday.",
         [("START", "Jane Roe", None), ("END", "Tom Ash", None), ("START", "Jane Roe", "CFO")]),
    ],
)  # fmt: skip
def test_coref_an_epithet_opening_a_sentence_is_the_person_before(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # a title with the name after it, a body, a demonym before a noun, too far back
        ("Jane Roe joined Orbis in 2019. The former chief executive, Tom Ash, was named CFO.",
         "Jane Roe"),
        ("Jane Roe joined Orbis in 2019. The former head of Acme was named CFO on Monday.",
         "Jane Roe"),
        ("Jane Roe spoke on Monday. The Japanese cabinet named a new CFO.", "Jane Roe"),
        ("Tom Ash spoke in 2019. Shares rose. Sales fell. The 57-year-old was named CFO.",
         "Tom Ash"),
    ],
)  # fmt: skip
def test_coref_an_epithet_is_not_read_back_to_the_person_before(text: str, before: str) -> None:
    assert [c for c in _changes(text) if c[1] == before and c[2] == "CFO"] == []


def _pronoun_names(text: str) -> list[str]:
    """The entity name each pronoun of ``text`` is resolved to, in order."""
    doc = _PIPE.run(text)
    return [
        doc.entities[m.entity].name if m.entity is not None else "?"
        for m in doc.mentions
        if m.kind.value == "pronoun"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun that takes a post is the one appointed before, not who appointed
        (
            "President Ama Owusu has appointed Dr. Efua Mensah as deputy governor. "
            "She replaces Kofi Boateng.",
            ["Efua Mensah"],
        ),
        (
            "Governor Ann Lee named Jane Roe chief of staff on Monday. She will take over "
            "next month.",
            ["Jane Roe"],
        ),
        # any other verb: the subject of the sentence before, as ever
        (
            "President Ama Owusu has appointed Dr. Efua Mensah as deputy governor. "
            "She said the choice was easy.",
            ["Ama Owusu"],
        ),
    ],
)
def test_a_pronoun_that_takes_a_post_is_the_one_appointed_before(
    text: str, expected: list[str]
) -> None:
    assert _pronoun_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Arizona, Secretary of State Daniel Reyes announced he will step down.",
        "In Orbis, chief executive Ann Lee said she would stay.",
    ],
)
def test_a_name_after_an_opening_preposition_takes_no_apposition(text: str) -> None:
    doc = _PIPE.run(text)
    first = next(m for m in doc.mentions if m.kind.value == "name")
    assert first.appos is None and first.label.value != "PERSON"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description spells out the short form of the title it refers to
        ("Orbis Bank CEO Ana Ruiz to step down\n\nOrbis Bank said on Monday that the "
         "chief executive would retire in June.",
         [("END", "Ana Ruiz", "2024-06")]),
        ("Orbis CFO Ana Ruiz was praised. The chief financial officer will leave in May.",
         [("END", "Ana Ruiz", "2024-05")]),
        # a body's possessive opens a description as "the" does
        ("Orbis Bank CEO Ana Ruiz to step down\n\nOrbis Bank said on Monday its chief "
         "executive would retire in June.",
         [("END", "Ana Ruiz", "2024-06")]),
        ("Velt FC coach Ana Ruiz was praised. The club said their coach will leave in May.",
         [("END", "Ana Ruiz", "2024-05")]),
    ],
)  # fmt: skip
def test_coref_a_description_by_a_short_form_or_a_possessive_finds_its_holder(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(e["type"], e["person"], e["date"]) for e in events_of(text, published="2024-03-06")]
    assert found == expected


def _run_tokens(words: tuple[str, ...]) -> list[Token]:
    """``said`` and the words after it, as the tokenizer would give them."""
    out, at = [], 0
    for w in ("said", *words, "today"):
        out.append(Token(w, at, at + len(w)))
        at += len(w) + 1
    return out


# Words of every kind a capitalised run is made of: given names, made-up surnames,
# words in capitals, the words that end a place's name, months, titles, modifiers,
# organisation words, honorifics and words that split a run.
_RUN_WORDS = (
    "Jane", "Roe", "Velkon", "OMAR", "HADDAD", "NEW", "YORK", "Bridge", "Park",
    "May", "June", "Director", "Chief", "Financial", "Officer", "Bank", "Holdings",
    "Legal", "Dr.", "Mr", "The", "Appoints", "And", "Petrobras",
)  # fmt: skip


@pytest.mark.parametrize("size", [2, 3])
def test_names_a_run_with_no_word_the_steps_read_is_read_as_they_read_it(size: int) -> None:
    """The shortcut for runs that hold no word of _run_step_words gives what
    _classify_run's steps give them (a person, a place, a heading in capitals)."""
    from itertools import product

    from personnel_events import names

    steps = names._run_step_words()
    orgs, hon, places = names.org_words(), names.honorifics(), names._classify_run_words()[4]
    tried = 0
    for words in product(_RUN_WORDS, repeat=size):
        tokens = _run_tokens(words)
        if not steps.isdisjoint(t.lower for t in tokens[1 : 1 + size]):
            continue
        tried += 1
        fast = names._untitled_run(tokens, 1, 1 + size, places)
        slow = names._classify_run(tokens, 1, 1 + size, orgs, hon)
        assert [(s.first, s.last, s.label) for s in fast] == [
            (s.first, s.last, s.label) for s in slow
        ], words
    assert tried >= 50


@pytest.mark.parametrize("size", [2, 3])
def test_names_a_run_with_no_word_that_splits_it_is_classified_whole(size: int) -> None:
    """A run that holds no split word, honorific or headline verb is one piece of
    _split_run: _classify_run of the whole run (with the words' lower case handed
    on or read) gives the same spans."""
    from itertools import product

    from personnel_events import names

    splits = names._run_split_words()
    common, orgs, hon = names._split_words(), names.org_words(), names.honorifics()
    verbs = names.headline_verbs()
    tried = 0
    for words in product(_RUN_WORDS, repeat=size):
        tokens = _run_tokens(words)
        lowers = [t.lower for t in tokens[1 : 1 + size]]
        if not splits.isdisjoint(lowers):
            continue
        tried += 1
        whole = names._classify_run(tokens, 1, 1 + size, orgs, hon, lowers)
        split = names._split_run(tokens, 1, 1 + size, len(tokens), common, orgs, hon, verbs)
        assert [(s.first, s.last, s.label, s.gender) for s in whole] == [
            (s.first, s.last, s.label, s.gender) for s in split
        ], words
    assert tried > 100


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe of Velkon Park met Tom Ash and Lia Brandt.",
        "OMAR HADDAD for NEW YORK and Jane Roe of the Roe Foundation.",
        "Velkon & Roe of Stamford Bridge and Tom Ash.",
    ],
)
def test_names_spans_with_no_body_are_joined_to_nothing(text: str) -> None:
    """find_names joins spans over "of", "for", "&" only after an organisation's
    span, and skips the join where no span can be one: the join leaves such spans
    as they are."""
    from personnel_events import names
    from personnel_events.document import Document

    doc = TokenizeStage()(Document(text=text))
    spans = [
        names.NameSpan(
            s.first, s.last, s.label if s.label is not EntityLabel.ORG else EntityLabel.OTHER
        )
        for s in names.find_names(doc.tokens, 0, len(doc.tokens))
    ]
    before = [(s.first, s.last, s.label) for s in spans]
    joined = names._join_org_names(doc.tokens, spans, len(doc.tokens), names.org_words())
    assert [(s.first, s.last, s.label) for s in joined] == before


@pytest.mark.parametrize(
    "before",
    [
        # plain words, marks and numbers
        *["said", "by", "and", "(", ")", '"', "2024", "former", "new", "acting", "senior"],
        # title words, honorifics and ranks
        *["chief", "minister", "ceo", "chairman", "dr.", "mr", "sri", "gen.", "Acting", "Deputy"],
    ],
)
def test_mentions_a_name_asks_its_title_readers_only_where_one_may_end(before: str) -> None:
    """name_mention reads the honorifics and title before a name only where the word
    before it is one of _title_or_honorific_ends, capitalised or an abbreviation:
    elsewhere both readers give nothing, so the mention is the same as when both
    are asked."""
    from personnel_events.document import Document
    from personnel_events.names import honorific_start
    from personnel_events.stages.coref import mentions

    doc = TokenizeStage()(Document(text=f"It was the {before} Jane Roe who spoke."))
    first = next(k for k, t in enumerate(doc.tokens) if t.text == "Jane")
    lead = honorific_start(doc.tokens, first, 0)
    title = mentions._title_before_honorifics(doc.text, doc.tokens, first, lead, 0)
    word = doc.tokens[first - 1]
    if not (
        word.lower in mentions._title_or_honorific_ends()
        or word.text[:1].isupper()
        or word.lower.endswith(".")
    ):
        assert (lead, title) == (first, None)
    named = mentions.name_mention(doc, 0, first, first + 2, EntityLabel.PERSON, None)
    assert named.title == (title.text if title is not None else None)
    assert named.np_first == (title.first if title is not None else lead)


#: Sentences with runs of every kind find_names reads: people, bodies, titles,
#: honorifics, capitals, places, particles, "&", possessives, months and
#: headline verbs.
_NAME_RUNS = [
    "Jane Roe met Tom Ash in Stamford Bridge on Monday.",
    "Chief Financial Officer Jane Roe of Velkon Holdings Inc. resigned.",
    "OMAR HADDAD for NEW YORK and Jane Roe of the Roe Foundation spoke.",
    "Velkon & Roe of Stamford Bridge named Dr. Lia Brandt as Chief Executive.",
    "Uganda People's Defence Forces chief Gen. Ibrahim Musa and Ludwig van Beethoven met.",
    "In May Jane Roe joined Orbis Bank; Theresa May resigned in June.",
    "Petrobras Jean Paul Prates Named CEO As Tom Smith May Quit.",
    "The Department of Health and Social Care and the Securities and Exchange Commission.",
    "Minister of Mines and Energy Kenji Sato met Vice President Kamala Harris.",
    "Fenwick Holdings plc hired 3M Co. veteran Ada Lin from NEW DELHI Ltd.",
    "Ministers and Secretaries of the Cabinet met Ms. Roe, PhD, of Ashby Legal.",
    "Tan Sri Lim Kok Wai, Rt. Rev. Dr. James Oloo and Will Norton will retire.",
]


@pytest.mark.parametrize("text", _NAME_RUNS)
def test_names_read_the_same_with_the_callers_lowers(text: str) -> None:
    """find_names slices a run's lower-case words from the caller's ``lowers``
    (and bisects its ``capitalised``) where it has them: the spans are those it
    finds reading both off the tokens."""
    from personnel_events import names
    from personnel_events.document import Document

    doc = TokenizeStage()(Document(text=text))
    for sent in doc.sentences:
        f, la = sent.first_token, sent.last_token
        read = names.find_names(doc.tokens, f, la)
        told = names.find_names(doc.tokens, f, la, doc.capitalised(), doc.lowers())
        assert [(s.first, s.last, s.label, s.gender) for s in told] == [
            (s.first, s.last, s.label, s.gender) for s in read
        ], text


def _caps_by_letters(text: str) -> tuple[bool, bool]:
    """(_all_caps, is_acronym) read letter by letter, as they read every word
    before their ASCII shortcut."""
    letters = [c for c in text if c.isalpha()]
    upper = all(c.isupper() for c in letters)
    return bool(letters) and upper, len(text) <= 6 and upper and len(letters) >= 2


def test_names_capitals_tests_shortcut_ascii_words_exactly() -> None:
    """_all_caps and is_acronym answer an ASCII word by str.isupper() (its cased
    characters are its letters): the same answers as reading it letter by letter,
    over every word of up to four characters of letters, digits and marks, and
    over words with letters of other scripts."""
    import itertools

    from personnel_events import names

    words = [
        "".join(w)
        for n in range(5)
        for w in itertools.product(["a", "B", "1", ".", "&", "-"], repeat=n)
    ]
    words += [
        "FBI",
        "AT&T",
        "S&P",
        "NEW",
        "YORK",
        "Jane",
        "JOHNSONS",
        "ÉTAT",
        "Été",
        "ÖBB",
        "Ⅻ",
        "Aⅰ",
        "中A",
        "Ab中",
    ]
    for word in words:
        assert (names._all_caps(word), names.is_acronym(word)) == _caps_by_letters(word), word

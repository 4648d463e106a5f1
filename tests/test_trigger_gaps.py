"""Wordings of real news that a trigger missed or read in a wrong sense (the
probe tables of the second wave), each beside the reading that must stay.
Sentences written for the project; published on a Wednesday (2024-03-06)."""

from __future__ import annotations

import pytest

from conftest import events_of

#: (type, person, status) of an event; the table's role and organisation, where
#: given, are checked too.
Told = tuple[str, str, str]
#: (type, person, role, organisation): a field of None is not checked.
Post = tuple[str, str, str | None, str | None]


def _told(text: str) -> list[Told]:
    return sorted((str(e["type"]), str(e["person"]), str(e["status"])) for e in events_of(text))


def _posts(text: str) -> list[Post]:
    return sorted(
        (str(e["type"]), str(e["person"]), e["role"], e["org"])  # type: ignore[misc]
        for e in events_of(text)
    )


# "fire on" a target is a shooting; "fired on" a day is a dismissal
FIRED_ON_A_DAY: list[tuple[str, list[Told]]] = [
    ("Coach Emil Varga was fired on Sunday after a fifth straight defeat.", [
        ("END", "Emil Varga", "past")]),
    ("Interior Secretary Grace Otieno was fired on 4 March.", [
        ("END", "Grace Otieno", "past")]),
    ("Kestrel Bank fired chief risk officer Dana Holt at the weekend.", [
        ("END", "Dana Holt", "past")]),
    ("Police fired on protesters outside the office of Governor Ian Pryce.", []),
    ("Soldiers fired at the convoy of Senator Mia Dorn on Monday.", []),
]  # fmt: skip

# travel between places is no departure from a post
LEFT_FOR_A_PLACE: list[tuple[str, list[Told]]] = [
    ("Ambassador Petra Lind left Nairobi for Geneva on Monday for the talks.", []),
    ("Foreign Minister Karl Ode left Lagos for Accra on Tuesday.", []),
    ("Trade envoy Omar Sule departed Nairobi for Vienna yesterday.", []),
    ("Sales chief Ada Nwosu left Orbis for Velt in 2021.", [("END", "Ada Nwosu", "past")]),
    ("Conductor Ana Ruiz will leave Lagos Symphony for Accra next year.", [
        ("END", "Ana Ruiz", "future")]),
]  # fmt: skip


def _ids(table: list[tuple[str, list[Told]]]) -> list[str]:
    return [text[:48] for text, _ in table]


@pytest.mark.parametrize(
    ("text", "want"), FIRED_ON_A_DAY + LEFT_FOR_A_PLACE, ids=_ids(FIRED_ON_A_DAY + LEFT_FOR_A_PLACE)
)
def test_trigger_gaps_other_sense_of_the_words_after(text: str, want: list[Told]) -> None:
    assert _told(text) == sorted(want)


# "take charge" of a post or a body needs no title; of a task it is no change
TAKE_CHARGE: list[tuple[str, list[Told]]] = [
    ("Former winger Dario Sousa takes charge of Bay City on an interim basis.", [
        ("START", "Dario Sousa", "past")]),
    ("Youth coach Lena Ambe will take charge for Saturday's derby.", [
        ("START", "Lena Ambe", "future")]),
    ("Ruth Mwangi took charge in January.", [("START", "Ruth Mwangi", "past")]),
    ("Inspector Colin Ferry took charge of the investigation after the arrest.", []),
    ("Nurse Ida Berg took charge of the patients overnight.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), TAKE_CHARGE, ids=_ids(TAKE_CHARGE))
def test_trigger_gaps_take_charge_of_a_post_not_a_task(text: str, want: list[Told]) -> None:
    assert _told(text) == sorted(want)


# verbs and idioms of real news, in Indian, African and press-release English
VERBS_OF_REAL_NEWS: list[tuple[str, list[Told]]] = [
    ("Interior Minister Hana Sato took the oath of office on Monday.", [
        ("START", "Hana Sato", "past")]),
    ("Paul Otieno was re-elected chairman of the Kisumu County Assembly.", [
        ("START", "Paul Otieno", "past")]),
    ("Bishop Simon Kariuki was enthroned as Archbishop of the Diocese of Nyeri.", [
        ("START", "Simon Kariuki", "past")]),
    ("The ministry has recalled its ambassador to Chile, Rosa Vidal, with immediate effect.", [
        ("END", "Rosa Vidal", "past")]),
    ("Coach Ben Mora recalled striker Ali Kone to the squad for the cup final.", []),
    ("Veltrix has poached Nadia Fox from a rival as its chief technology officer.", [
        ("START", "Nadia Fox", "past")]),
    ("Orion Paints ropes in Arjun Mehta as chief financial officer", [
        ("START", "Arjun Mehta", "past")]),
    ("Ms. Kavita Rao has been re-designated as Managing Director of Lotus Mills Limited.", [
        ("START", "Kavita Rao", "past")]),
    ("Finance director Tom Bale will act as interim chief executive of Kestrel Foods.", [
        ("START", "Tom Bale", "future")]),
    ("The chief engineer of Mara Water Board, Eng. John Wafula assume office on Monday.", [
        ("START", "John Wafula", "past")]),
    ("Som Chea has officially take the office as Minister of Mines on Monday.", [
        ("START", "Som Chea", "past")]),
    ("Ana Bolt quit as chief financial officer of Tern Foods last Friday.", [
        ("END", "Ana Bolt", "past")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), VERBS_OF_REAL_NEWS, ids=_ids(VERBS_OF_REAL_NEWS))
def test_trigger_gaps_verbs_of_real_news(text: str, want: list[Told]) -> None:
    assert _told(text) == sorted(want)


# press releases announce; a departure made for a post to come is arranged
PRESS_RELEASES: list[tuple[str, list[Told]]] = [
    ("The Board of Nile Cement wishes to announce the appointment of Mr. Peter Odhiambo as "
     "Finance Director.", [("START", "Peter Odhiambo", "past")]),
    ("The Council wishes to inform the public of the retirement of Dr. Alice Wanjiru.", [
        ("END", "Alice Wanjiru", "past")]),
    ("Lotus Mills would like to announce the appointment of Ravi Shah as CFO.", [
        ("START", "Ravi Shah", "past")]),
    ("Ada Lind is leaving Corvel Bank to join rival Tern Capital as COO.", [
        ("END", "Ada Lind", "future"), ("START", "Ada Lind", "future")]),
    ("Ada Lind was leaving Corvel Bank to join Tern Capital when the merger came.", [
        ("END", "Ada Lind", "past"), ("START", "Ada Lind", "future")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PRESS_RELEASES, ids=_ids(PRESS_RELEASES))
def test_trigger_gaps_press_releases_announce(text: str, want: list[Told]) -> None:
    assert _told(text) == sorted(want)


# reports called false, inverted conditionals, the favourite, an appointment ended
NO_CHANGE_TOLD: list[tuple[str, list[Told]]] = [
    ("Brokers said Lina Holt was the frontrunner to become chief executive of Orbis.", []),
    ("Reports that coach Marco Pirlo had been sacked were untrue, the club said.", []),
    ("Rumours that Ada Kiel will resign as CFO are baseless, Velt said.", []),
    ("Reports that Ada Kiel resigned on Monday came from Velt, which confirmed it.", [
        ("END", "Ada Kiel", "past")]),
    ("Should Dev Rana be forced out, deputy Mira Sen would step in as chief executive.", []),
    ("Were she to resign, Omar Lutz would take over as chairman of Kestrel.", []),
    ("Mr. Felix Ade has been relieved of his appointment as Managing Director of Ikeja Mills.", [
        ("END", "Felix Ade", "past")]),
    ("The council revoked the appointment of Dr. Ruth Bello as town clerk.", [
        ("END", "Ruth Bello", "past")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), NO_CHANGE_TOLD, ids=_ids(NO_CHANGE_TOLD))
def test_trigger_gaps_no_change_told(text: str, want: list[Told]) -> None:
    assert _told(text) == sorted(want)


# an appointment "subject to <whose> approval" still waits for a vote
SUBJECT_TO_APPROVAL: list[tuple[str, list[Told]]] = [
    ("Corvel Bank named Lisa Moyo as chief executive, subject to regulatory approval.", [
        ("NOMINATE", "Lisa Moyo", "past")]),
    ("Tern Foods appointed Raj Pillai as chairman, subject to shareholder approval at the AGM.", [
        ("NOMINATE", "Raj Pillai", "past")]),
    ("Tern Foods appointed Raj Pillai as chairman, subject to shareholders' approval.", [
        ("NOMINATE", "Raj Pillai", "past")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SUBJECT_TO_APPROVAL, ids=_ids(SUBJECT_TO_APPROVAL))
def test_trigger_gaps_subject_to_approval_is_a_nomination(text: str, want: list[Told]) -> None:
    assert _told(text) == sorted(want)


# a title-case headline's verb is no part of the title or the body after it
TITLE_CASE_HEADLINES: list[tuple[str, list[Post]]] = [
    ("Zambia: President Sacks Energy Minister Joseph Banda", [
        ("END", "Joseph Banda", "Energy Minister", None)]),
    ("Governor Fires Energy Commissioner Grace Wambui", [
        ("END", "Grace Wambui", "Energy Commissioner", None)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), TITLE_CASE_HEADLINES, ids=[t for t, _ in TITLE_CASE_HEADLINES]
)
def test_trigger_gaps_title_case_headline_verbs(text: str, want: list[Post]) -> None:
    assert _posts(text) == sorted(want)


def test_trigger_gaps_title_case_verb_before_a_title_of_no_known_modifier() -> None:
    assert _told("Premier Axes Water Minister Lucy Otto") == [("END", "Lucy Otto", "past")]


# "bows out" leaves a post; out of a contest it is none
BOWS_OUT: list[tuple[str, list[Told]]] = [
    ("Head of Civil Service Mary Atieno bows out on Friday after 30 years.", [
        ("END", "Mary Atieno", "future")]),
    ("Mary Atieno, the clerk of the national assembly, bowed out on Monday.", [
        ("END", "Mary Atieno", "past")]),
    ("Senator Mary Atieno bowed out of the race for governor.", []),
    ("Top seed Mary Atieno bowed out in the second round on Tuesday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), BOWS_OUT, ids=_ids(BOWS_OUT))
def test_trigger_gaps_bows_out_of_a_post_not_a_contest(text: str, want: list[Told]) -> None:
    assert _told(text) == sorted(want)


# an army's or a ship's command: taken, and handed to the one who takes it
COMMAND: list[tuple[str, list[Post]]] = [
    ("Gen. Ada Kimani took command of the Northern Army on Monday.", [
        ("START", "Ada Kimani", None, "Northern Army")]),
    ("Gen. Ada Kimani will take command of the Eastern Fleet next month.", [
        ("START", "Ada Kimani", None, "Eastern Fleet")]),
    ("Gen. Ivo Petrov handed command of the Northern Army to Gen. Ada Kimani.", [
        ("END", "Ivo Petrov", None, "Northern Army"),
        ("START", "Ada Kimani", None, "Northern Army")]),
    ("Gen. Ivo Petrov will hand command to Gen. Ada Kimani in June.", [
        ("END", "Ivo Petrov", None, None),
        ("START", "Ada Kimani", None, None)]),
    # no post or body: a task, a thing handed over
    ("Ada Kimani took command of the situation.", []),
    ("Ada Kimani took command of the rescue effort on Monday.", []),
    ("Ivo Petrov handed the documents to police.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMMAND)
def test_trigger_gaps_command_taken_and_handed_over(text: str, want: list[Post]) -> None:
    assert _posts(text) == want


# an election won, with the post after it; no post, or a hope, is no change
WON: list[tuple[str, list[Post]]] = [
    ("Ada Kimani won the election for mayor of Velt on Sunday.", [
        ("START", "Ada Kimani", "mayor", "Velt")]),
    ("Ada Kimani won the race for governor of Velt in November.", [
        ("START", "Ada Kimani", "governor", "Velt")]),
    ("Ada Kimani won election as mayor of Velt in 2019.", [
        ("START", "Ada Kimani", "mayor", "Velt")]),
    ("Ada Kimani won the election for the Velt Party.", []),
    ("Ada Kimani won the race for the title on Sunday.", []),
    ("Ada Kimani hopes to win the race for governor.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), WON)
def test_trigger_gaps_an_election_won_for_a_post(text: str, want: list[Post]) -> None:
    assert _posts(text) == want


# stripped of a post named after it; of a thing, no change
STRIPPED: list[tuple[str, list[Post]]] = [
    ("Ivo Petrov was stripped of his role as chief executive.", [
        ("END", "Ivo Petrov", "chief executive", None)]),
    ("The board stripped Ivo Petrov of his title as chairman of Velt Bank on Monday.", [
        ("END", "Ivo Petrov", "chairman", "Velt Bank")]),
    ("Ivo Petrov was stripped of the captaincy of Korra United.", [
        ("END", "Ivo Petrov", "captain", "Korra United")]),
    ("Ivo Petrov was stripped of his medals.", []),
    ("Ivo Petrov was stripped of his title after a failed drug test.", []),
    ("Police stripped Ivo Petrov of his passport.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), STRIPPED)
def test_trigger_gaps_stripped_of_a_post(text: str, want: list[Post]) -> None:
    assert _posts(text) == want


# moved by an authority to a post named after the verb: transferred, posted,
# deployed, voted; a patient, a sum, a message or a vote cast names no post
POSTED: list[tuple[str, list[Post]]] = [
    ("Ada Kimani was transferred to the Ministry of Trade as permanent secretary.", [
        ("START", "Ada Kimani", "permanent secretary", "Ministry of Trade")]),
    ("The commission transferred Ada Kimani to Korra county as county commissioner.", [
        ("START", "Ada Kimani", "county commissioner", None)]),
    ("Ada Kimani was posted to Velt as ambassador.", [
        ("START", "Ada Kimani", "ambassador", None)]),
    ("Ada Kimani has been deployed as the new commissioner of police in Korra county.", [
        ("START", "Ada Kimani", "commissioner of police", None)]),
    ("Ivo Petrov was unanimously voted as the new chairman of the Korra Football Association.", [
        ("START", "Ivo Petrov", "chairman", "Korra Football Association")]),
    ("Members voted Ivo Petrov chairman of the Korra Football Association on Sunday.", [
        ("START", "Ivo Petrov", "chairman", "Korra Football Association")]),
    ("Velt Bank transferred $5m to Ada Kimani.", []),
    ("Ada Kimani posted a video on Monday.", []),
    ("Ivo Petrov voted against the bill as a senator.", []),
    ("Ivo Petrov voted for Ada Kimani as chairman.", []),
    ("Ivo Petrov was voted the league's best player.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), POSTED)
def test_trigger_gaps_transferred_posted_deployed_or_voted_to_a_post(
    text: str, want: list[Post]
) -> None:
    assert _posts(text) == want


# re-appointed as re-elected: a START of the post named
REAPPOINTED: list[tuple[str, list[Post]]] = [
    ("Ada Kimani was re-appointed as chairman of Velt Bank for a further three years.", [
        ("START", "Ada Kimani", "chairman", "Velt Bank")]),
    ("The board reappointed Ada Kimani as chief executive on Monday.", [
        ("START", "Ada Kimani", "chief executive", None)]),
    ("The board re-appointed the auditors.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), REAPPOINTED)
def test_trigger_gaps_reappointed_as_re_elected(text: str, want: list[Post]) -> None:
    assert _posts(text) == want


# a post word after the object of a verb that needs one ("relieved X of his duties")
POST_AFTER_OBJECT: list[tuple[str, list[Post]]] = [
    ("The president relieved Ivo Petrov of his duties.", [
        ("END", "Ivo Petrov", None, None)]),
    ("The board removed Ivo Petrov from office on Monday.", [
        ("END", "Ivo Petrov", None, None)]),
    ("The company left Ivo Petrov in his post.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), POST_AFTER_OBJECT)
def test_trigger_gaps_a_post_word_after_the_object(text: str, want: list[Post]) -> None:
    assert _posts(text) == want

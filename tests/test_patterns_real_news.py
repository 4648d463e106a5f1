"""Constructions of real news (issue 17): idioms, headlines, copulas, title words,
successions told with other verbs, and false alarms. Every sentence is written
for the project; each group shows the construction in several forms."""

from __future__ import annotations

import pytest

from conftest import events_of

Row = tuple[str, list[tuple[str, str, str | None, str | None, str]]]

# (sentence, expected (type, person, role, org, status))
EVENTS: list[Row] = [
    # "part ways", "part company", "cut ties": whichever side of "with" is a person
    (
        "Eastfield United parted ways with coach Dale Briggs on Sunday.",
        [("END", "Dale Briggs", "coach", "Eastfield United", "past")],
    ),
    (
        "Dale Briggs parted ways with Eastfield United after two seasons.",
        [("END", "Dale Briggs", None, "Eastfield United", "past")],
    ),
    (
        "Orbis Bank will part company with chief economist Tom Ash.",
        [("END", "Tom Ash", "chief economist", "Orbis Bank", "future")],
    ),
    (
        "Kestrel Labs has cut ties with its founder Nadia Kerr.",
        [("END", "Nadia Kerr", "founder", "Kestrel Labs", "past")],
    ),
    # "let go", "let go of", "axed"
    (
        "Tom Ash was let go by Orbis Bank last week.",
        [("END", "Tom Ash", None, "Orbis Bank", "past")],
    ),
    (
        "Orbis Bank let go of chief economist Tom Ash.",
        [("END", "Tom Ash", "chief economist", "Orbis Bank", "past")],
    ),
    (
        "Orbis Bank axed chief executive Tom Ash.",
        [("END", "Tom Ash", "chief executive", "Orbis Bank", "past")],
    ),
    (
        "Tom Ash was axed as manager of Eastfield.",
        [("END", "Tom Ash", "manager", "Eastfield", "past")],
    ),
    # "will no longer serve as": a removal made as told (its time, if any, decides)
    (
        "Ana Ruiz will no longer serve as finance minister.",
        [("END", "Ana Ruiz", "finance minister", None, "past")],
    ),
    (
        "Carl Webb no longer serves as chair of Orbis Bank.",
        [("END", "Carl Webb", "chair", "Orbis Bank", "past")],
    ),
    # moving, starting, taking the helm, the reins, the post
    (
        "Mia Tan moves to Orbis Bank as chief risk officer.",
        [("START", "Mia Tan", "chief risk officer", "Orbis Bank", "past")],
    ),
    (
        "Mia Tan starts as chief operating officer at Kestrel Labs next month.",
        [("START", "Mia Tan", "chief operating officer", "Kestrel Labs", "future")],
    ),
    ("Lee Park takes the helm at Orbis Bank.", [("START", "Lee Park", None, "Orbis Bank", "past")]),
    (
        "Lee Park will take the reins at Kestrel Labs in June.",
        [("START", "Lee Park", None, "Kestrel Labs", "future")],
    ),
    (
        "Ana Ruiz took the post of head of the commission.",
        [("START", "Ana Ruiz", "head of the commission", None, "past")],
    ),
    (
        "Nadia Kerr was elevated to chief executive.",
        [("START", "Nadia Kerr", "chief executive", None, "past")],
    ),
    (
        "Orbis Bank handed the reins to Nadia Kerr.",
        [("START", "Nadia Kerr", None, "Orbis Bank", "past")],
    ),
    (
        "Carl Webb was announced as the company's new CEO.",
        [("START", "Carl Webb", "CEO", None, "past")],
    ),
    (
        "Kestrel Labs announced Carl Webb as its chief scientist.",
        [("START", "Carl Webb", "chief scientist", "Kestrel Labs", "past")],
    ),
    # headlines
    (
        "Coach Dale Briggs out at Eastfield",
        [("END", "Dale Briggs", "Coach", "Eastfield", "past")],
    ),
    ("Tom Ash out as CEO of Orbis Bank", [("END", "Tom Ash", "CEO", "Orbis Bank", "past")]),
    # a team named by a plural takes the plural verb in a headline
    (
        "Eastfield Rovers appoint Ana Ruiz as manager",
        [("START", "Ana Ruiz", "manager", "Eastfield Rovers", "past")],
    ),
    (
        "Corvina Bank names Lisa Moreau CFO",
        [("START", "Lisa Moreau", "CFO", "Corvina Bank", "past")],
    ),
    (
        "The board named Lisa Moreau CEO, effective immediately.",
        [("START", "Lisa Moreau", "CEO", None, "past")],
    ),
    # copulas with "the new", "the next"
    (
        "Nadia Kerr is the new CEO of Orbis Bank.",
        [("START", "Nadia Kerr", "CEO", "Orbis Bank", "past")],
    ),
    (
        "Nadia Kerr will be the next chair of Orbis Bank.",
        [("START", "Nadia Kerr", "chair", "Orbis Bank", "future")],
    ),
    # words before a title before a name
    (
        "Incoming chief executive Nadia Kerr will start in May.",
        [("START", "Nadia Kerr", "chief executive", None, "future")],
    ),
    ("Outgoing chair Tom Ash thanked the staff.", [("END", "Tom Ash", "chair", None, "future")]),
    (
        # the post named by the title, its time by the start: effective later
        "Orbis Bank said its new chief financial officer Ana Ruiz starts on Monday.",
        [("START", "Ana Ruiz", "chief financial officer", "Orbis Bank", "future")],
    ),
    (
        "Newly appointed CEO Nadia Kerr spoke to staff.",
        [("START", "Nadia Kerr", "CEO", None, "past")],
    ),
    # successions told with other verbs
    (
        # a progressive with no time is under way: past
        "Carl Webb is substituting for Ana Ruiz as health minister.",
        [
            ("START", "Carl Webb", "health minister", None, "past"),
            ("END", "Ana Ruiz", "health minister", None, "past"),
        ],
    ),
    (
        "Carl Webb will take the place of Ana Ruiz as health minister.",
        [
            ("START", "Carl Webb", "health minister", None, "future"),
            ("END", "Ana Ruiz", "health minister", None, "future"),
        ],
    ),
    # posts named by nouns
    (
        "Ana Ruiz was relieved of her command on Tuesday.",
        [("END", "Ana Ruiz", None, None, "past")],
    ),
    (
        "Carl Webb resigned to join a rival as chief executive.",
        [
            ("END", "Carl Webb", None, None, "past"),
            # the infinitive after a departure made is past (docs/dates.md)
            ("START", "Carl Webb", "chief executive", None, "past"),
        ],
    ),
]

# nominations: a selection in a text that says the post waits for a vote
NOMINATIONS: list[Row] = [
    (
        "The president appointed Carl Webb as finance minister. The nominees will be "
        "vetted by parliament next week.",
        [("NOMINATE", "Carl Webb", "finance minister", None, "past")],
    ),
    (
        "The president named Ana Ruiz as attorney general, subject to parliamentary approval.",
        [("NOMINATE", "Ana Ruiz", "attorney general", None, "past")],
    ),
    (
        "The nominees include Lee Park as the new energy minister. They face a "
        "confirmation hearing in May.",
        [("NOMINATE", "Lee Park", "energy minister", None, "past")],
    ),
    (
        "The governor has picked the present managing director of Orbis Bank Carl Webb to "
        "replace Ana Ruiz as governor of Kestrel Reserve Bank. His name was sent to the Senate "
        "for confirmation.",
        [
            ("NOMINATE", "Carl Webb", "governor", "Kestrel Reserve Bank", "past"),
            ("END", "Ana Ruiz", "governor", "Kestrel Reserve Bank", "future"),
        ],
    ),
    # a change still to come among nominees to be vetted is the nomination, made
    (
        "The nominees will be vetted next week. Carl Webb is set to head the Finance Ministry.",
        [("NOMINATE", "Carl Webb", "head", "Finance Ministry", "past")],
    ),
    (
        "Those who will be vetted include Lee Park as energy minister.",
        [("NOMINATE", "Lee Park", "energy minister", None, "past")],
    ),
    # the same selections where nothing waits for a vote stay appointments
    (
        "Orbis Bank appointed Carl Webb as finance director.",
        [("START", "Carl Webb", "finance director", "Orbis Bank", "past")],
    ),
    ("The new board includes Lee Park as treasurer.", []),
    (
        "Carl Webb is set to head the Finance Ministry.",
        [("START", "Carl Webb", "head", "Finance Ministry", "future")],
    ),
]

# participles, infinitives and names after organisation words
MORE: list[Row] = [
    (
        "Carl Webb, named chief executive of Orbis Bank in 2019, declined to comment.",
        [("START", "Carl Webb", "chief executive", "Orbis Bank", "past")],
    ),
    (
        "Ana Ruiz, recently appointed treasurer, spoke first.",
        [("START", "Ana Ruiz", "treasurer", None, "past")],
    ),
    (
        "Tom Ash is to be named CFO of Kestrel Labs.",
        [("START", "Tom Ash", "CFO", "Kestrel Labs", "future")],
    ),
    (
        "Lee Park is expected to succeed Ana Ruiz as chair of Orbis Bank.",
        [
            ("START", "Lee Park", "chair", "Orbis Bank", "future"),
            ("END", "Ana Ruiz", "chair", "Orbis Bank", "future"),
        ],
    ),
    (
        "Orbis Bank announced the dismissal of Tom Ash as chief risk officer.",
        [("END", "Tom Ash", "chief risk officer", "Orbis Bank", "past")],
    ),
    (
        "Orbis Bank announced the resignation of Tom Ash as chief risk officer.",
        [("END", "Tom Ash", "chief risk officer", "Orbis Bank", "future")],
    ),
]

# a START's organisation from the person's description elsewhere, before the
# document's main organisation
DESCRIBED: list[Row] = [
    (
        "Kestrel Labs shares fell. Kestrel Labs blamed costs. Jane Roe, the finance "
        "director of Orbis Bank, spoke at a conference. On Monday she was promoted to "
        "chief executive.",
        [("START", "Jane Roe", "chief executive", "Orbis Bank", "past")],
    ),
    (
        "The Harbor Gulls lost again. The Harbor Gulls have not won since May. Carl Webb, "
        "treasurer of the Eastfield Rovers, thanked the fans. Webb was named general "
        "manager on Friday.",
        [("START", "Carl Webb", "general manager", "Eastfield Rovers", "past")],
    ),
]

# charge taken for a while; a title word, a title and a name after a copula
INTERIM: list[Row] = [
    (
        "Ana Ruiz will take interim charge of the first team.",
        [("START", "Ana Ruiz", None, None, "future")],
    ),
    (
        "Assistant coach Carl Webb is taking temporary charge of the Harbor Gulls.",
        [("START", "Carl Webb", None, "Harbor Gulls", "past")],
    ),
    (
        "Lee Park took control of Orbis Bank in 2019.",
        [("START", "Lee Park", None, "Orbis Bank", "past")],
    ),
    (
        "The incoming chief executive will be Nadia Kerr, the board said.",
        [("START", "Nadia Kerr", "chief executive", None, "future")],
    ),
    (
        "The new treasurer is Carl Webb.",
        [("START", "Carl Webb", "treasurer", None, "past")],
    ),
]

# describing words before an object's title
DESCRIBED_OBJECTS: list[Row] = [
    (
        "Lee Park moved up with the resignation of former state governor Carl Webb.",
        [("END", "Carl Webb", "state governor", None, "past")],
    ),
    (
        "Ana Ruiz will leave her post early, to be replaced by theatre producer Lee Park.",
        [("END", "Ana Ruiz", None, None, "future"), ("START", "Lee Park", None, None, "future")],
    ),
    (
        "The Harbor Gulls announced ex-rugby manager Carl Webb as their new chief executive.",
        [("START", "Carl Webb", "chief executive", "Harbor Gulls", "past")],
    ),
    (
        "Orbis Bank fired veteran treasurer Tom Ash on Friday.",
        [("END", "Tom Ash", "treasurer", "Orbis Bank", "past")],
    ),
]

EVENTS.append(
    # a rank written before a name is no title and no part of the name
    (
        "Colonel Ana Ruiz was relieved of her command on Tuesday.",
        [("END", "Ana Ruiz", None, None, "past")],
    )
)
# a source named before the person ("As reported by X,") hedges nothing; a
# description by age or origin is the holder of its title; "the club" a person
# leaves is the club of the person's own title, whatever club the text names most
ATTRIBUTED: list[Row] = [
    (
        "As reported by Goal, Harbor FC co-head coach Tom Ash has decided to leave the club.",
        [("END", "Tom Ash", "co-head coach", "Harbor FC", "future")],
    ),
    (
        "As reported by Kicker, Ana Ruiz has decided to step down as chair of Orbis.",
        [("END", "Ana Ruiz", "chair", "Orbis", "future")],
    ),
    (
        "Harbor FC coach Tom Ash won the cup in May. The South African coach resigned on Monday.",
        [("END", "Tom Ash", "coach", "Harbor FC", "past")],
    ),
    (
        "Harbor FC coach Tom Ash won the cup in May. The 42-year-old coach resigned on Monday.",
        [("END", "Tom Ash", "coach", "Harbor FC", "past")],
    ),
    (
        "Orbis chief executive Ana Ruiz spoke in May. The American executive resigned on Monday.",
        [("END", "Ana Ruiz", "chief executive", "Orbis", "past")],
    ),
    (
        "Harbor FC coach Tom Ash resigned from the club on Monday. Rovers FC won the league. "
        "Rovers FC are top of the table, and Rovers FC fans are happy.",
        [("END", "Tom Ash", "coach", "Harbor FC", "past")],
    ),
    (
        "Orbis chief executive Ana Ruiz will leave the company in May. Acme Corp. grew. "
        "Acme Corp. hired staff. Acme Corp. is big.",
        [("END", "Ana Ruiz", "chief executive", "Orbis", "future")],
    ),
]

# "from" the one a post is taken over from may stand after the body and a time
TAKEN_OVER_FROM: list[Row] = [
    (
        "Ana Ruiz took over as chief executive of Orbis in January 2019 from Tom Ash.",
        [("START", "Ana Ruiz", "chief executive", "Orbis", "past"),
         ("END", "Tom Ash", "chief executive", "Orbis", "past")],
    ),
    (
        "Ana Ruiz will take over as coach of Harbor FC next season from Tom Ash.",
        [("START", "Ana Ruiz", "coach", "Harbor FC", "future"),
         ("END", "Tom Ash", "coach", "Harbor FC", "future")],
    ),
    # not across a clause
    (
        "Ana Ruiz took over as chief executive of Orbis in 2019, moving it away from Tom Ash.",
        [("START", "Ana Ruiz", "chief executive", "Orbis", "past")],
    ),
]  # fmt: skip

EVENTS += NOMINATIONS + MORE + DESCRIBED + INTERIM + DESCRIBED_OBJECTS + ATTRIBUTED
EVENTS += TAKEN_OVER_FROM

# a post given by a copula ("X is the CFO of Y") is the post a later END leaves,
# and the one the successor in its sentence takes
COPULA_POSTS: list[Row] = [
    (
        "Ana Ruiz was chief executive of Orbis until 2019, when she was replaced by Tom Ash.",
        [("END", "Ana Ruiz", "chief executive", "Orbis", "past"),
         ("START", "Tom Ash", "chief executive", "Orbis", "past")],
    ),
    (
        "Ana Ruiz is the chief executive of Orbis. She will step down in May.",
        [("END", "Ana Ruiz", "chief executive", "Orbis", "future")],
    ),
    # not a denial
    (
        "Ana Ruiz was not the chief executive of Orbis. She resigned from Orbis in May.",
        [("END", "Ana Ruiz", None, "Orbis", "past")],
    ),
]  # fmt: skip
EVENTS += COPULA_POSTS

# a club or a company takes the plural verb in British usage
PLURAL_BODIES: list[Row] = [
    ("Harbor FC confirm Ana Ruiz as new manager",
     [("START", "Ana Ruiz", "manager", "Harbor FC", "past")]),
    ("Harbor FC part ways with manager Ana Ruiz",
     [("END", "Ana Ruiz", "manager", "Harbor FC", "past")]),
    ("Orbis Bank appoint Ana Ruiz as chief executive.",
     [("START", "Ana Ruiz", "chief executive", "Orbis Bank", "past")]),
]  # fmt: skip
EVENTS += PLURAL_BODIES

# a headline's "X to succeed Y": X is the subject of the infinitive
HEADLINE_INFINITIVES: list[Row] = [
    ("Ana Ruiz to succeed Tom Ash as chief executive of Orbis",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "future"),
      ("END", "Tom Ash", "chief executive", "Orbis", "future")]),
    # the naming's person, not the namer, after "named X to succeed Y"
    ("Orbis named Ana Ruiz to succeed Tom Ash as chief executive.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past"),
      ("END", "Tom Ash", "chief executive", "Orbis", "future")]),
]  # fmt: skip
EVENTS += HEADLINE_INFINITIVES

# a new body is a body the text need not name
NEW_BODIES: list[Row] = [
    ("Ana Ruiz will head the new agency.", [("START", "Ana Ruiz", "head", None, "future")]),
    ("Ana Ruiz will join the newly-formed agency in May.",
     [("START", "Ana Ruiz", None, None, "future")]),
]  # fmt: skip
EVENTS += NEW_BODIES

# a time between the organisation and its verb ("Orbis on Wednesday named X")
TIMED_AGENTS: list[Row] = [
    ("Orbis on Wednesday named Ana Ruiz as its new chief executive.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Orbis late last week appointed Ana Ruiz as chief executive.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("On Wednesday Orbis named Ana Ruiz as chief executive.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("New Harbor named Ana Ruiz as chief executive.",
     [("START", "Ana Ruiz", "chief executive", "New Harbor", "past")]),
    # a time after the body of a post is no word of it
    ("Ana Ruiz was appointed chief executive of Orbis two years ago.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Ana Ruiz had resigned as chief executive of Orbis a week earlier.",
     [("END", "Ana Ruiz", "chief executive", "Orbis", "past")]),
]  # fmt: skip
EVENTS += TIMED_AGENTS

# a word before a title tells a change: after a copula or in an apposition too;
# the sentence's time is its verb's; "New" of a place's name is no such word
TITLE_WORDS: list[Row] = [
    ("Ana Ruiz is the incoming chief executive of Orbis.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "future")]),
    ("Ana Ruiz, the incoming chief executive of Orbis, spoke on Monday.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "future")]),
    ("Incoming chief executive Ana Ruiz spoke on Monday.",
     [("START", "Ana Ruiz", "chief executive", None, "future")]),
    ("New Tennessee chancellor Ana Ruiz spoke on Monday.",
     [("START", "Ana Ruiz", "chancellor", "Tennessee", "past")]),
    ("New York City Mayor Tom Ash named Ana Ruiz as commissioner.",
     [("START", "Ana Ruiz", "commissioner", "New York", "past")]),
    ("Tom Ash, New Zealand's finance minister, said Ana Ruiz would be appointed governor.",
     [("START", "Ana Ruiz", "governor", "New Zealand", "future")]),
    # a change made under pressure is made
    ("Ana Ruiz was forced to resign as chief executive of Orbis last year.",
     [("END", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Ana Ruiz has been compelled to quit as chair of Orbis.",
     [("END", "Ana Ruiz", "chair", "Orbis", "past")]),
]  # fmt: skip
EVENTS += TITLE_WORDS

# a departure to run or lead a body starts the person there; a named body may
# be described after "the"
LEFT_TO_RUN: list[Row] = [
    ("Ana Ruiz left Acme last year to run Orbis.",
     [("END", "Ana Ruiz", None, "Acme", "past"), ("START", "Ana Ruiz", None, "Orbis", "past")]),
    ("Ana Ruiz left Acme to lead the storied Orbis Bank.",
     [("END", "Ana Ruiz", None, "Acme", "past"),
      ("START", "Ana Ruiz", None, "Orbis Bank", "past")]),
    # no body run: a candidacy, a thing
    ("Ana Ruiz left Acme to run for office.", [("END", "Ana Ruiz", None, "Acme", "past")]),
    ("Ana Ruiz left Acme to lead a review of the rules.",
     [("END", "Ana Ruiz", None, "Acme", "past")]),
    ("Ana Ruiz joined the storied Orbis Bank in May.",
     [("START", "Ana Ruiz", None, "Orbis Bank", "past")]),
]  # fmt: skip
EVENTS += LEFT_TO_RUN

# several people named to a post in the plural take it each
PLURAL_POSTS: list[Row] = [
    ("Ana Ruiz and Tom Ash have joined the board of Orbis as independent directors.",
     [("START", "Ana Ruiz", "independent director", "Orbis", "past"),
      ("START", "Tom Ash", "independent director", "Orbis", "past")]),
    ("Orbis named Ana Ruiz and Tom Ash deputy secretaries on Monday.",
     [("START", "Ana Ruiz", "deputy secretary", "Orbis", "past"),
      ("START", "Tom Ash", "deputy secretary", "Orbis", "past")]),
]  # fmt: skip
EVENTS += PLURAL_POSTS

# a plural noun tells the change of each person of its list
PLURAL_NOUNS: list[Row] = [
    ("Orbis announced the departures of Ana Ruiz, its finance chief, and Tom Ash, its "
     "head of sales.",
     [("END", "Ana Ruiz", "finance chief", "Orbis", "future"),
      ("END", "Tom Ash", "head of sales", "Orbis", "future")]),
    ("The resignations of Ana Ruiz and Tom Ash from the board of Orbis took effect on "
     "Monday.",
     [("END", "Ana Ruiz", None, "Orbis", "past"), ("END", "Tom Ash", None, "Orbis", "past")]),
    # no one named
    ("There have been many departures from Orbis this year.", []),
]  # fmt: skip
EVENTS += PLURAL_NOUNS

# the object of "saw" takes a bare infinitive; a naming's post is not the post of
# a verb after its object
BARE_INFINITIVES: list[Row] = [
    ("The reshuffle saw Ana Ruiz become foreign minister.",
     [("START", "Ana Ruiz", "foreign minister", None, "past")]),
    ("The changes see Ana Ruiz take over as chief executive of Orbis.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Orbis named Ana Ruiz chair of the board.",
     [("START", "Ana Ruiz", "chair of the board", "Orbis", "past")]),
]  # fmt: skip
EVENTS += BARE_INFINITIVES

# giving up, relinquishing a post; being reinstated in one
GIVEN_UP: list[Row] = [
    ("Ana Ruiz has relinquished her post as governor.",
     [("END", "Ana Ruiz", "governor", None, "past")]),
    ("Ana Ruiz gave up her job as chief executive of Orbis to spend time with her family.",
     [("END", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Ana Ruiz has been reinstated as chief executive of Orbis.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Ana Ruiz gave up smoking in May.", []),
    ("Ana Ruiz relinquished control of the family trust.", []),
    ("Ana Ruiz was consecrated as bishop of Dunmore.",
     [("START", "Ana Ruiz", "bishop", "Dunmore", "past")]),
    ("The church was consecrated in 1850.", []),
]  # fmt: skip
EVENTS += GIVEN_UP

# "who has led X": the body the person heads now, the one a successor takes
WHO_LEADS: list[Row] = [
    ("Ana Ruiz, 52, will take over from Tom Ash, who has led Orbis since 2012.",
     [("START", "Ana Ruiz", None, "Orbis", "future"), ("END", "Tom Ash", None, "Orbis", "future")]),
    ("Tom Ash, who has led Orbis since 2012, will hand over to Ana Ruiz in May.",
     [("END", "Tom Ash", None, "Orbis", "future"), ("START", "Ana Ruiz", None, "Orbis", "future")]),
    ("Ana Ruiz, who heads Orbis, will step down in June.",
     [("END", "Ana Ruiz", None, "Orbis", "future")]),
    # a body once headed is none a death leaves
    ("Tom Ash, who ran Orbis Bank for a decade, died on Monday.", []),
    # how long the holder has held a post is no word of it
    ("Ana Ruiz, Orbis's longtime chief executive, will retire in June.",
     [("END", "Ana Ruiz", "chief executive", "Orbis", "future")]),
]  # fmt: skip
EVENTS += WHO_LEADS

# a body named after "by" in a passive, or after a noun's "from", is the post's
BODIES_AFTER: list[Row] = [
    ("Ana Ruiz has been let go by Orbis.", [("END", "Ana Ruiz", None, "Orbis", "past")]),
    ("Ana Ruiz was dismissed by the Prime Minister on Monday.",
     [("END", "Ana Ruiz", None, None, "past")]),
    ("Ana Ruiz's departure from Orbis was announced on Monday.",
     [("END", "Ana Ruiz", None, "Orbis", "past")]),
    ("Her exit from the tournament ended her season.", []),
]  # fmt: skip
EVENTS += BODIES_AFTER

# a tenure ended by the verb before its holder, or that "has come to an end"
TENURES: list[Row] = [
    ("Ana Ruiz ends her 10-year tenure as chief executive of Orbis on Friday.",
     [("END", "Ana Ruiz", "chief executive", "Orbis", "future")]),
    ("Ana Ruiz's 20-year reign at Orbis has come to an end.",
     [("END", "Ana Ruiz", None, "Orbis", "past")]),
    ("Ana Ruiz will end her tenure as chair of Orbis in May.",
     [("END", "Ana Ruiz", "chair", "Orbis", "future")]),
    ("During her tenure as chief executive of Orbis, sales doubled.", []),
]  # fmt: skip
EVENTS += TENURES

# a post taken, handed or given by its noun ("the position of", "the role of")
POST_NOUN_TRIGGERS: list[Row] = [
    ("Ana Ruiz will take the position of chief executive of Orbis next month.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "future")]),
    ("Ana Ruiz has been handed the role of chief executive at Orbis.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Ana Ruiz was given the job of head coach at Harbor FC.",
     [("START", "Ana Ruiz", "head coach", "Harbor FC", "past")]),
    ("Ana Ruiz was given the job of fixing the roof.", []),
]  # fmt: skip
EVENTS += POST_NOUN_TRIGGERS

# the body after "to" is the post's ("returns to Orbis as CEO"); a return from
# an absence is no change
RETURNS: list[Row] = [
    ("Ana Ruiz returns to Orbis as chief executive.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")]),
    ("Ana Ruiz was appointed to the Supreme Court in May.",
     [("START", "Ana Ruiz", None, "Supreme Court", "past")]),
    ("Coach Ana Ruiz will return to the bench after a heart procedure.", []),
    ("Ana Ruiz returned to Orbis yesterday after a long lay-off through illness.", []),
]  # fmt: skip
EVENTS += RETURNS

# a translation's base form for a participle after "has been", "is", "was"
TRANSLATED: list[Row] = [
    ("Mr. Tom Ash has been resign from the post of CEO of Orbis.",
     [("END", "Tom Ash", "CEO", "Orbis", "past")]),
    ("According with the statement, Mr. Tom Ash is replace by Ana Ruiz in the position of "
     "director.",
     [("END", "Tom Ash", "director", None, "past"),
      ("START", "Ana Ruiz", "director", None, "past")]),
    ("Ana Ruiz will to assume the function of chief executive of Orbis from 1 July.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "future")]),
    # a title after a copula is none
    ("Ana Ruiz is head of the agency.", []),
]  # fmt: skip
EVENTS += TRANSLATED

# a parting "with" a person after "after" tells that person's change; the
# subject's own parting there is background
PARTINGS: list[Row] = [
    ("Harbor FC have appointed Ana Ruiz as caretaker manager after parting company with "
     "Tom Ash.",
     [("START", "Ana Ruiz", "caretaker manager", "Harbor FC", "past"),
      ("END", "Tom Ash", None, "Harbor FC", "past")]),
    ("Ana Ruiz, after parting company with Orbis, joined Acme in May.",
     [("START", "Ana Ruiz", None, "Acme", "past")]),
]  # fmt: skip
EVENTS += PARTINGS

# a lone name that names a minister is a head of government, not the post's body
EVENTS.append(
    (
        "Ruto named Ana Ruiz as attorney general, subject to parliamentary approval.",
        [("NOMINATE", "Ana Ruiz", "attorney general", None, "past")],
    )
)
EVENTS.append(
    ("Orbis named Ana Ruiz as chief executive.",
     [("START", "Ana Ruiz", "chief executive", "Orbis", "past")])
)  # fmt: skip

NOT_EVENTS = [
    "Orbis Bank named a committee led by chairman Tom Ash.",
    "Ana Ruiz denied reports that she would quit.",
    "The minister dismissed speculation that he was leaving the cabinet.",
    "Orbis Bank rejected claims that Tom Ash had been fired.",
    "The club resigned itself to relegation.",
    "Eastfield are resigned to relegation after the defeat.",
    "Ana Ruiz stepped down from the landing.",
    "Tom Ash stepped down from the bus and waved.",
    "Orbis Bank announced Tom Ash would present the results.",
    "Aurelion Announces Executive Leadership Changes",
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_patterns_real_news_constructions(
    text: str, expected: list[tuple[str, str, str | None, str | None, str]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["org"], e["status"]) for e in events_of(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_patterns_real_news_false_alarms_stay_out(text: str) -> None:
    assert events_of(text) == []


KNOWN_MISSES: list[Row] = [
    (
        # "made" takes a bare infinitive, but is a naming verb too ("made X CEO"):
        # the resignation is read as neither
        "The scandal made Ana Ruiz resign as chief executive of Orbis.",
        [("END", "Ana Ruiz", "chief executive", "Orbis", "past")],
    ),
    (
        # a team name with no organisation word is not known for one before its verb
        "Harbor Gulls sack coach Tom Ash",
        [("END", "Tom Ash", "coach", "Harbor Gulls", "past")],
    ),
    (
        "Effective today, Nadia Kerr is president of Kestrel Labs.",
        [("START", "Nadia Kerr", "president", "Kestrel Labs", "past")],
    ),
    (
        "The nominees, including Carl Webb as finance minister, will be vetted by parliament.",
        [("NOMINATE", "Carl Webb", "finance minister", None, "future")],
    ),
]


@pytest.mark.xfail(strict=True, reason="constructions not read yet (issue 17)")
@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_patterns_real_news_known_misses(
    text: str, expected: list[tuple[str, str, str | None, str | None, str]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["org"], e["status"]) for e in events_of(text)]
    assert got == expected

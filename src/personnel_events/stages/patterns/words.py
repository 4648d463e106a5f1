"""Closed-class words the pattern rules test for: grammar, not vocabulary.

Vocabulary (triggers, titles, organisation words) lives in ``data/``; these sets
name the function words a rule is written around, in one place.
"""

from __future__ import annotations

from ...modality import RELATIVES

#: Prepositions before an -ing verb that make it background ("before joining").
BACKGROUND_PREPS = frozenset({"before", "after", "since", "upon", "without", "of", "for"})
#: Words one of which must stand before a base-form trigger ("will resign").
AUX_FOR_BASE = frozenset(
    {"to", "will", "would", "shall", "may", "might", "could", "can", "must", "should",
     "did", "does", "do", "not", "n't", "'ll", "cannot"}
)  # fmt: skip
#: Words that open a subordinate clause: a passive verb after one has its own subject.
SUBORDINATORS = frozenset({"until", "before", "after", "when", "once", "unless", "while"})
#: Auxiliaries and adverbs between a subject's aside and its verb.
SUBJECT_AUX = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "been", "be", "will", "would", "also"}
)
#: Finite auxiliaries that start a verb phrase: "X was named ... and was sworn in".
FINITE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
#: Words between a subject and its verb: "X, the spokesman, is expected to leave".
RAISING = frozenset(
    {"expected", "set", "due", "likely", "to", "poised", "slated", "scheduled", "going", "about"}
)
#: Words after "her" that show it is the object ("fired her on Monday").
NOT_NOUNS = frozenset(
    {"as", "on", "in", "at", "for", "to", "after", "before", "and", "with", "from", "by",
     "over", "last", "this", "yesterday", "today", "because", "when", "but", "or"}
)  # fmt: skip
#: Carrying on is no change: "will continue to serve as CAO".
CONTINUE = frozenset({"continue", "continues", "continued", "continuing"})
#: Relative pronouns ("who has been", "which"), with "that".
RELATIVES_THAT = RELATIVES | {"that"}
#: Nouns that name a post without a title ("leave her post", "the helm").
#: Nouns that stand for any post ("the post", "her role as CFO", "take on the job").
POST_WORDS = frozenset({"post", "position", "job", "role", "seat"})
POST_NOUNS = POST_WORDS | frozenset(
    {"office", "duties", "tasks", "function", "functions", "presidency",
     "chairmanship", "premiership", "chancellorship", "directorship", "helm", "reins",
     "command", "captaincy", "portfolio", "mandate", "docket", "stewardship"}
)  # fmt: skip
BE_FORMS = frozenset({"was", "were", "is", "are", "been", "be"})
#: Verbs that announce a noun trigger as still to come ("announced her resignation").
#: "confirmed the departure of X" reports a change made, so "confirmed" is not one.
ANNOUNCE = frozenset(
    {"announced", "announces", "announce", "announcing", "submitted", "tendered",
     "presented", "handed", "offered"}
)  # fmt: skip
#: Reasons of END nouns that are announced before they take effect ("announced
#: her resignation"); a dismissal is announced as it happens.
ANNOUNCED_AHEAD = frozenset({"resignation", "departure", "retirement"})
#: Reasons of END nouns that may leave a place or a contest as well as a post
#: ("her departure from the company"; "his exit from the tournament").
LEAVING_REASONS = frozenset({"departure"})
#: Infinitives after a departure that tell the post taken next ("leaving to
#: become CEO of Y", "left to join Y"): the departure leaves a post.
MOVE_ON = frozenset({"become", "join", "head", "lead", "run", "take", "serve", "succeed"})
#: Words that tell one person takes another's post ("as her successor").
SUCCESSION_WORDS = frozenset(
    {"successor", "succeed", "succeeds", "succeeded", "succeeding", "replace", "replaces",
     "replaced", "replacing", "replacement", "predecessor"}
)  # fmt: skip
#: "the Board of Directors": members that make a generic board.
BOARD_MEMBERS = frozenset({"directors", "trustees", "governors", "regents", "management"})
#: Nouns that stand for the document's organisation after "the" ("the company").
GENERIC_ORGS = frozenset(
    {"company", "bank", "firm", "club", "group", "board", "university", "team", "agency",
     "side", "squad",
     "department", "ministry", "network", "paper", "organization", "organisation", "museum",
     "school", "college"}
)  # fmt: skip
#: Verbs of saying and reporting: a finite clause between a subject and a trigger.
CLAUSE_VERBS = frozenset({"said", "says", "told", "announced", "that", "reported"})
#: Words between a trigger and its object ("fired the longtime X").
OBJECT_LEAD = frozenset(
    {"the", "its", "their", "his", "her", "as", "former", "longtime", "present", "current",
     "incumbent", "then", "sitting"}
)  # fmt: skip
#: The forms of the verbs of a ceremony that puts a person in a post ("sworn in",
#: "inaugurated"): the place after "at" is where it was held ("sworn in as ministers
#: at State House"; not "installed as rector at St Mark's", where a church names its
#: own post).
CEREMONY_FORMS = frozenset(
    {"sworn", "swore", "swearing", "sworn-in", "inaugurated", "inaugurating"}
)
#: Words that count the people a list names ("dropped three ministers, X, Y and Z").
COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "several", "some", "more", "other", "both", "all"}
)  # fmt: skip
#: Words that end a description before an object ("a committee led by X").
OBJECT_STOPS = frozenset(
    {"by", "of", "to", "for", "with", "and", "or", "who", "that", "which", "from", "in", "at"}
)
#: Words a role may stop at when read after a trigger.
ROLE_STOPS = frozenset({",", ";", ".", "and", "but", "who", "which", "after", "because"})
#: Words before an acting name that are not part of it ("Chelsea have appointed").
AGENT_SKIP = frozenset({"has", "have", "had", "on", "also", "said", "today"})
#: Possessive determiners.
POSSESSIVES = frozenset({"her", "his", "their", "its", "the"})
#: How many words a title may take between a participle and the name it describes.
TITLE_REACH = 4
#: How far past a person an aside may run before the post: "X, <aside>, as CEO".
ASIDE_REACH = 30
#: Longest aside between a subject and its verb.
ASIDE_MAX = 30
#: Adjectives between a possessor and a noun trigger ("her abrupt departure").
NOUN_ADJECTIVES_MAX = 2
#: How many describing words may stand before an object's title ("theatre
#: producer X", "ex-rugby manager X").
DESCRIBING_WORDS = 2
#: A side picked for a match: "dropped X from the squad" is no change of post.
SELECTION_UNITS = frozenset({"squad", "team", "side", "lineup", "line-up", "roster", "xi"})

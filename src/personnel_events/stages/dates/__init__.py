"""Date normalization: the time of each event, read against the publication date.

The stage finds time expressions in the event's sentence with its own grammar
(:data:`EXPRESSION_RE`), ties the one nearest the trigger to the event (after
it first, then before it), and normalises it to an :class:`EventDate` with
dateparser against ``Document.published``. The direction of year-less
expressions comes from the status the verb group settled (``modality.status_of``):
"will leave in December" read in December 2021 is 2021-12, "In September, Harris
brought in" is the September before. The clause the time stands in can point it
back whatever the change's form: a past verb of telling beside it ("said on
Monday"), a past verb governing it ("voted on Monday to replace X"), a past
sentence it opens ("On Friday, Acme appointed X to succeed Y"). Nouns and the
present are read to the nearer side. Relative expressions without a publication
date give no date.

Across sentences, a change with no time of its own takes the time of the
occasion told before it (:meth:`DateStage._timeline`), never a background's.

Status is settled here where the words left it open: an event dated after the
publication date is FUTURE, else PAST; "effective <later date>" is FUTURE.
"""

from __future__ import annotations

from .binding import ANAPHORIC, MAX_DISTANCE, NARRATIVE_SENTENCES, OCCASION_DAYS
from .clauses import background_clauses
from .expressions import EXPRESSION_RE, find_expressions
from .normalizer import Normalizer, normalize
from .stage import DateStage

__all__ = [
    "ANAPHORIC",
    "EXPRESSION_RE",
    "MAX_DISTANCE",
    "NARRATIVE_SENTENCES",
    "OCCASION_DAYS",
    "DateStage",
    "Normalizer",
    "background_clauses",
    "find_expressions",
    "normalize",
]

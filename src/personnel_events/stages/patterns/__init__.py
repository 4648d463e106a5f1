"""Role-pattern matching: trigger words -> frames -> candidates.

Triggers come from ``data/triggers.tsv`` (verbs) and ``data/nominal_triggers.tsv``
(nouns); each has a frame that says where the person stands (:mod:`.frames`).
A match is first passed through the gates (:mod:`.gates`: denials, hedges,
conditionals, other senses, adjectival participles), then its frame finds the
people, the post and the evidence of the organisation (:mod:`.arguments`,
:mod:`.orgs`), and settling (:mod:`.settle`) reads the candidates together with
the document. The stage writes ``Document.candidates``; the date stage dates
them and the dedupe stage turns them into events.

Modules: ``triggers`` (the lexicon), ``context`` (the document's indexes),
``gates``, ``arguments``, ``build`` (a candidate from what a frame found),
``frames`` (verb frames), ``nominal`` (noun and title frames), ``registry``
(frames by kind), ``orgs`` (organisation evidence), ``facts`` (what the document
says of its organisations), ``policy`` (the resolver policy), ``settle``,
``words`` (closed-class words).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...candidates import Candidate, TriggerMatch
from ...document import Document
from .build import fill_told_posts
from .context import MatchContext
from .facts import DocumentFacts
from .gates import admit
from .nominal import list_lines, may_hold_list_lines
from .policy import DEFAULT_POLICY, OrgPolicy
from .registry import FRAMES
from .settle import settle
from .triggers import FormIndex, build_forms, forms_from_data

__all__ = ["DEFAULT_POLICY", "OrgPolicy", "PatternStage", "build_forms"]


class PatternStage:
    """Fills ``candidates``: the changes the triggers tell, with people, posts and
    organisations settled (the date stage adds their dates)."""

    name = "patterns"
    requires: tuple[str, ...] = ("tokens", "sentences", "mentions", "entities")
    provides: tuple[str, ...] = ("candidates",)

    def __init__(
        self,
        verbs: Sequence[Sequence[str]] | None = None,
        nouns: Sequence[Sequence[str]] | None = None,
        *,
        org_policy: OrgPolicy = DEFAULT_POLICY,
    ) -> None:
        """Use the packaged trigger lexicons, or rows in the same columns as
        ``data/triggers.tsv`` and ``data/nominal_triggers.tsv`` (validated: a bad
        row raises :class:`~personnel_events.errors.DataFileError`).
        ``org_policy`` decides a post's organisation (:class:`OrgPolicy`)."""
        self._forms: FormIndex = forms_from_data(verbs, nouns)
        self.org_policy = org_policy

    def __call__(self, doc: Document) -> Document:
        forms = self._forms
        if not any(tok.lower in forms for tok in doc.tokens) and not may_hold_list_lines(doc):
            doc.candidates = []  # no trigger word at all: most of a news feed
            return doc
        ctx = MatchContext.build(doc)
        facts = DocumentFacts.gather(ctx)
        found: list[Candidate] = []
        for si, sent in enumerate(doc.sentences):
            if doc.tokens[sent.last_token - 1].text == "?":
                continue  # questions ask, they do not tell
            i = sent.first_token
            while i < sent.last_token:
                step = 1
                for surface in self._forms.get(doc.tokens[i].lower, ()):
                    n = len(surface.words)
                    if i + n > sent.last_token or any(
                        doc.tokens[i + k].lower != surface.words[k] for k in range(1, n)
                    ):
                        continue
                    form = admit(ctx, si, i, i + n, surface)
                    if form is None:
                        continue
                    match = TriggerMatch(
                        trigger=surface.trigger,
                        form=form,
                        first=i,
                        last=i + n,
                        start=doc.tokens[i].start,
                        end=doc.tokens[i + n - 1].end,
                    )
                    new = FRAMES[surface.trigger.frame](ctx, facts, si, match)
                    if new:
                        found.extend(new)
                        step = n
                        break
                i += step
        found.extend(list_lines(ctx))  # "X to acting CEO of Y": no trigger word
        found = fill_told_posts(ctx, found)  # "take on the job": the post told before
        doc.candidates = settle(ctx, facts, found, self.org_policy)
        return doc

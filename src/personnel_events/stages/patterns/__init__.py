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
``frames`` (verb frames), ``senses`` (what a change is over: a post or a body,
not a thing or a task), ``nominal`` (noun and title frames), ``registry``
(frames by kind), ``orgs`` (organisation evidence), ``facts`` (what the document
says of its organisations), ``policy`` (the resolver policy), ``settle``,
``words`` (closed-class words).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from ...candidates import Candidate, new_trigger_match
from ...document import Document
from .build import fill_told_posts
from .context import MatchContext
from .facts import DocumentFacts
from .gates import admit
from .list_lines import list_lines, may_hold_list_lines
from .policy import DEFAULT_POLICY, OrgPolicy
from .registry import FRAMES
from .settle import settle
from .triggers import FormIndex, SurfaceForm, build_forms, forms_from_data

__all__ = ["DEFAULT_POLICY", "OrgPolicy", "PatternStage", "build_forms"]

#: A first word's surface forms that can match where its next word is a given one
#: (by that word), and where it is any other or none (the one-word forms).
_NextWordIndex = dict[str, tuple[dict[str, tuple[SurfaceForm, ...]], tuple[SurfaceForm, ...]]]


def _by_next_word(forms: FormIndex) -> _NextWordIndex:
    """``forms`` indexed by their second word too, each list in ``forms``' own
    order (the first match that tells a change wins): "take" has 21 forms, and
    the word after it leaves one or two to try."""
    index: _NextWordIndex = {}
    for first, surfaces in forms.items():
        seconds = {surface.words[1] for surface in surfaces if len(surface.words) > 1}
        by_next = {
            second: tuple(s for s in surfaces if len(s.words) == 1 or s.words[1] == second)
            for second in seconds
        }
        index[first] = (by_next, tuple(s for s in surfaces if len(s.words) == 1))
    return index


class PatternStage:
    """Fills ``candidates``: the changes the triggers tell, with people, posts and
    organisations settled (the date stage adds their dates)."""

    name = "patterns"
    requires: tuple[str, ...] = ("tokens", "sentences", "mentions", "entities")
    provides: tuple[str, ...] = ("candidates",)
    #: What :meth:`quiet` reads (see :class:`~personnel_events.pipeline.QuietCheck`).
    quiet_requires: tuple[str, ...] = ("tokens", "sentences")

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
        #: The words that are a trigger's whole surface ("resigned", "successor").
        self._whole_words = frozenset(
            first
            for first, surfaces in self._forms.items()
            if any(len(surface.words) == 1 for surface in surfaces)
        )
        self._by_next = _by_next_word(self._forms)
        self.org_policy = org_policy

    def quiet(self, doc: Document) -> bool:
        """Whether ``doc`` holds nothing this stage can match: no trigger's words
        (all of them, in order), and no line of a list ("X to acting CEO of Y").
        Many articles of a feed; :meth:`Pipeline.parse` then skips coreference and
        the rest."""
        return not self._holds_trigger(doc.lowers()) and not may_hold_list_lines(doc)

    def _holds_trigger(self, lowers: list[str]) -> bool:
        """Whether the words ``lowers`` hold all the words of a trigger, in order."""
        forms = self._forms
        # Set tests, which stop at the first word found: most texts that tell a
        # change hold a one-word trigger, and most that do not hold no first word.
        if not self._whole_words.isdisjoint(lowers):
            return True
        if not forms.keys().isdisjoint(lowers):
            for i in self._starts(lowers):
                for surface in forms[lowers[i]]:
                    if tuple(lowers[i : i + len(surface.words)]) == surface.words:
                        return True
        return False

    def _starts(self, lowers: list[str]) -> list[int]:
        """The tokens a trigger can begin at (its first word), in order."""
        # (the words tested by ``map`` and kept by ``compress``: no loop in Python)
        return list(compress(range(len(lowers)), map(self._forms.__contains__, lowers)))

    def __call__(self, doc: Document) -> Document:
        by_next_word = self._by_next
        lowers = doc.lowers()
        starts = self._starts(lowers)
        if not starts and not may_hold_list_lines(doc):
            doc.candidates = []  # no trigger word at all (see quiet)
            return doc
        ctx = MatchContext.build(doc)
        facts = DocumentFacts.gather(ctx)
        found: list[Candidate] = []
        tokens, sentences = doc.tokens, doc.sentences
        si, resume, n_sent = -1, 0, len(sentences)
        # the sentence of the last start tried, read when a start is past its end
        # (sentences hold a few starts each)
        sent_first, sent_last, asks = 0, 0, False
        for i in starts:  # (a match's own words are not tried again)
            if i < resume:
                continue
            if i >= sent_last:
                si += 1
                while si < n_sent and sentences[si].last_token <= i:
                    si += 1
                if si == n_sent:
                    break
                sent = sentences[si]
                sent_first, sent_last = sent.first_token, sent.last_token
                asks = tokens[sent_last - 1].text == "?"
            if i < sent_first or asks:
                continue  # outside the sentences; questions ask, they do not tell
            by_next, alone = by_next_word[lowers[i]]
            # (the phrases whose second word is the next word, and the one-word forms)
            surfaces = by_next.get(lowers[i + 1], alone) if i + 1 < sent_last else alone
            for surface in surfaces:
                words = surface.words
                n = len(words)
                if n > 2 and (i + n > sent_last or tuple(lowers[i : i + n]) != words):
                    continue
                form = admit(ctx, si, i, i + n, surface)
                if form is None:
                    continue
                match = new_trigger_match(
                    trigger=surface.trigger,
                    form=form,
                    first=i,
                    last=i + n,
                    start=tokens[i].start,
                    end=tokens[i + n - 1].end,
                )
                new = FRAMES[surface.trigger.frame](ctx, facts, si, match)
                if new:
                    found.extend(new)
                    resume = i + n
                    break
        found.extend(list_lines(ctx))  # "X to acting CEO of Y": no trigger word
        found = fill_told_posts(ctx, found)  # "take on the job": the post told before
        doc.candidates = settle(ctx, facts, found, self.org_policy)
        return doc

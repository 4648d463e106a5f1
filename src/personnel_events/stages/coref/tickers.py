"""Ticker notes: "(NASDAQ: LRKS)" names an exchange, no organisation of the text,
and two names joined by "and" before a note are one company's ("Harlow and Finch
(NYSE: HWF)")."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...model import Mention, OrgKind, Token
from ...names import is_given_name
from . import kinds
from .enums import NAME, ORG, OTHER
from .labels import relabelled
from .matching import fold


def ticker_after(tokens: Sequence[Token], k: int) -> int | None:
    """The token of the ticker in a ticker note at ``tokens[k]`` ("(NASDAQ: LRKS)",
    "(LON: FWH)"), else None."""
    if (
        k + 4 < len(tokens)
        and tokens[k].text == "("
        and tokens[k + 1].lower in kinds.stock_exchanges()
        and tokens[k + 2].text == ":"
        and tokens[k + 4].text == ")"
    ):
        return k + 3
    return None


def exchanges_in_notes(tokens: Sequence[Token], mentions: list[Mention]) -> None:
    """The exchange of a ticker note names no organisation of the text
    ("NASDAQ" in "(NASDAQ: LRKS)"): its mention is relabelled OTHER in place;
    two names joined by "and" before a note are one company's ("Harlow and Finch
    (NYSE: HWF)")."""
    joined = False  # two mentions one "and" apart (most texts have none)
    prev_last = -1  # where the mention before ends
    for mi, m in enumerate(mentions):
        k = m.first_token
        if k > 0:
            before = tokens[k - 1]
            if (
                before.text == "("  # what ticker_after reads first
                and m.kind is NAME
                and m.last_token == k + 1
                and ticker_after(tokens, k - 1) is not None
            ):
                mentions[mi] = relabelled(m, OTHER)
            if k - 1 == prev_last and before.lower in _JOINERS:
                joined = True
        prev_last = m.last_token
    if joined:  # (else the walk of _join_before_notes finds no pair)
        _join_before_notes(tokens, mentions)


#: The words that join two names into one company's ("Harlow and Finch").
_JOINERS = ("and", "&")


def _join_before_notes(tokens: Sequence[Token], mentions: list[Mention]) -> None:
    """'Harlow and Finch (NYSE: HWF)', "Harlow and Finch Ltd.": two names joined by
    "and" before a ticker note, or before a legal form that ends the second, are one
    company's name; so is the same pair wherever else the text writes it ("Harlow
    and Finch said ..."). ``mentions`` is changed in place."""
    joined: set[str] = set()
    for again in (False, True):
        mi = 0
        while mi + 1 < len(mentions):
            a, b = mentions[mi], mentions[mi + 1]
            if (
                b.first_token == a.last_token + 1  # the rarest first: one word between
                and tokens[a.last_token].lower in _JOINERS
                and a.kind is NAME
                and b.kind is NAME
                and a.sentence == b.sentence
            ):
                text = "".join(
                    (" " if k > a.first_token and tokens[k].start > tokens[k - 1].end else "")
                    + tokens[k].text
                    for k in range(a.first_token, b.last_token)
                )
                if (joined and fold(text) in joined) if again else _one_company(tokens, a, b):
                    joined.add(fold(text))
                    if tokens[b.last_token - 1].lower in kinds.legal_forms():
                        # "Harlow and Finch" for "Harlow and Finch Ltd."
                        joined.add(
                            fold(text[: tokens[b.last_token - 1].start - a.start]).rstrip(" ,")
                        )
                    lowers = [tokens[k].lower for k in range(a.first_token, b.last_token)]
                    mentions[mi] = attrs.evolve(
                        a,
                        text=text,
                        end=b.end,
                        last_token=b.last_token,
                        np_last=max(a.np_last, b.np_last),
                        label=ORG,
                        org_kind=kinds.org_kind(lowers) or OrgKind.COMPANY,
                    )
                    del mentions[mi + 1]
            mi += 1
        if not joined:
            return


def _one_company(tokens: Sequence[Token], a: Mention, b: Mention) -> bool:
    """'Harlow and Finch' before a ticker note, or "Harlow and Finch Ltd.": the first
    name no organisation of its own and no person's full name ("Jane Roe and ...")."""
    if ticker_after(tokens, b.last_token) is not None:
        return True
    return (
        b.last_token - b.first_token >= 2
        and tokens[b.last_token - 1].lower in kinds.legal_forms()
        and a.label is not ORG
        and not (a.title or a.appos)
        and (a.last_token - a.first_token == 1 or not is_given_name(tokens[a.first_token].text))
    )

"""The embedded tokenizer: tokens with exact offsets, and sentence ends."""

from __future__ import annotations

import gc
import pickle
from typing import Any

import attrs
import pytest

from personnel_events import lexicon
from personnel_events.document import Document
from personnel_events.model import Token, TokenAnnotation
from personnel_events.stages import tokenize as tokenize_module
from personnel_events.stages.tokenize import TokenizeStage, split_sentences, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gov. Jane Roe quit.", ["Gov.", "Jane", "Roe", "quit", "."]),
        ("U.S. officials left.", ["U.S.", "officials", "left", "."]),
        # a lower-case initial before a lower-case word, not a sentence end
        ("james b. comey quit.", ["james", "b.", "comey", "quit", "."]),
        (
            "we chose plan b. Then it rained.",
            ["we", "chose", "plan", "b", ".", "Then", "it", "rained", "."],
        ),
        ("James B. Comey", ["James", "B.", "Comey"]),
        ("Harris's aide", ["Harris", "'s", "aide"]),
        # words next to the dotted forms the branches before the words branch take
        (
            "Mr. Roe left at 9 a.m., e.g. now",
            ["Mr.", "Roe", "left", "at", "9", "a.m.", ",", "e.g.", "now"],
        ),
        (
            "Ph.D. talks; A. Lee and x.y stayed",
            ["Ph.D.", "talks", ";", "A.", "Lee", "and", "x", ".", "y", "stayed"],
        ),
        ("mr. it.Is X.Y Ab.Cd. ab-cd", ["mr.", "it", ".", "Is", "X.", "Y", "Ab.Cd.", "ab-cd"]),
        (
            "Roe -- quit... - (ok). -x .",
            ["Roe", "--", "quit", "...", "-", "(", "ok", ")", ".", "-", "x", "."],
        ),
        ("Harris\u2019s aide", ["Harris", "\u2019s", "aide"]),
        ("Sanders' plan", ["Sanders", "'", "plan"]),
        ("won't resign", ["won't", "resign"]),
        ("Adeyemi-Clarke joins", ["Adeyemi-Clarke", "joins"]),
        ("it paid $15,000.", ["it", "paid", "$", "15,000", "."]),
        ("the 26th governor", ["the", "26th", "governor"]),
        ("Roe, Ph.D., and an M.Sc.", ["Roe", ",", "Ph.D.", ",", "and", "an", "M.Sc."]),
        ("on the 1st of May", ["on", "the", "1st", "of", "May"]),
        ("\u201cI quit,\u201d he said", ["\u201c", "I", "quit", ",", "\u201d", "he", "said"]),
    ],
)
def test_tokenize_splits_words_and_marks(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Gov. Jane Roe met U.S. officials on Jan. 5.", "Ms. Lee \u2019s aide\n\nNew para", "  x  y "],
)
def test_tokenize_offsets_point_into_the_text(text: str) -> None:
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Gov. Roe met Sen. Diaz. She left.", ["Gov. Roe met Sen. Diaz.", "She left."]),
        (
            "Acme Inc. named Roe. He starts Jan. 5 at Acme Corp. in Ohio.",
            ["Acme Inc. named Roe.", "He starts Jan. 5 at Acme Corp. in Ohio."],
        ),
        ("He works in the U.S. The board met.", ["He works in the U.S.", "The board met."]),
        ('"I quit." Then he left.', ['"I quit."', "Then he left."]),
        ("Roe Named CEO\nAcme said on Monday", ["Roe Named CEO", "Acme said on Monday"]),
        ("a line that runs,\non to the next", ["a line that runs,\non to the next"]),
        ("Para one\n\nPara two", ["Para one", "Para two"]),
        ("Is he leaving? Yes!", ["Is he leaving?", "Yes!"]),
    ],
)
def test_split_sentences_respects_abbreviations_quotes_and_lines(
    text: str, sentences: list[str]
) -> None:
    toks = tokenize(text)
    got = [text[s.start : s.end] for s in split_sentences(text, toks)]
    assert got == sentences


def test_split_sentences_caps_runaway_sentences() -> None:
    text = " ".join(["word"] * 1000)
    sents = split_sentences(text, tokenize(text))
    assert len(sents) > 5
    assert all(s.last_token - s.first_token <= 120 for s in sents)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("\nAcme named Roe.\n", ["Acme named Roe."]),
        ("Roe quits\n  \n", ["Roe quits"]),
        ("Roe quits \n and goes", ["Roe quits \n and goes"]),
        ("Acme Inc.\nThe board met.", ["Acme Inc.", "The board met."]),
        ("He left Acme Inc. The board met.", ["He left Acme Inc.", "The board met."]),
        ('He said "no."\n\nShe left.', ['He said "no."', "She left."]),
    ],
)
def test_split_sentences_ends_only_at_marks_and_line_breaks(
    text: str, sentences: list[str]
) -> None:
    got = [text[s.start : s.end] for s in split_sentences(text, tokenize(text))]
    assert got == sentences


def test_tokenize_shares_one_string_per_distinct_word() -> None:
    tokens = tokenize("the board and the chair, the CEO and the CFO.")
    the = [t for t in tokens if t.text == "the"]
    assert len(the) == 4
    assert all(t.text is the[0].text and t.lower is the[0].text for t in the)


def test_tokenize_reads_a_chunk_the_same_wherever_it_stands() -> None:
    # What a run of non-blank characters is, is kept across texts, but for a
    # lower-case initial at its end: it takes its full stop before a lower-case word only.
    text = "james b. comey and b. Then Roe, (Roe), Roe's b.c end_of_line  x\tb.\nb. y"
    for _ in range(2):  # the second time from what was kept
        assert [t.text for t in tokenize(text)] == [
            "james", "b.", "comey", "and", "b", ".", "Then", "Roe", ",", "(", "Roe", ")",
            ",", "Roe", "'s", "b", ".", "c", "end", "of", "line", "x", "b", ".", "b.", "y",
        ]  # fmt: skip


def test_tokenize_stage_tells_each_tokens_lower_case_and_capitals() -> None:
    # Document.lowers() and capitalised(), filled by the tokenizer, are what reading
    # the tokens gives (also for chunks of several tokens, and the second time).
    text = "Gov. Roe's  aide (CEO), said:\n\nThe U.S. board  b. Then\tÉtienne _x_ ."
    for _ in range(2):
        doc = TokenizeStage()(Document(text))
        assert doc.lowers() == [t.lower for t in doc.tokens]
        assert doc.capitalised() == [k for k, t in enumerate(doc.tokens) if t.text[:1].isupper()]


def test_tokenize_word_answers_follow_the_abbreviations(monkeypatch: pytest.MonkeyPatch) -> None:
    # What a word is, is kept across texts; a different abbreviation list is not
    # answered from what was kept for the old one.
    from personnel_events import lexicon

    text = "Jane Roe met Zorp. officials."
    assert "Zorp." not in [t.text for t in tokenize(text)]
    real = lexicon.words

    def words(name: str) -> frozenset[str]:
        found = real(name)
        return found | {"zorp."} if name == "abbreviations.txt" else found

    monkeypatch.setattr(lexicon, "words", words)
    assert "Zorp." in [t.text for t in tokenize(text)]


def test_tokenize_forgets_words_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokenize_module, "_KNOWN_LIMIT", 5)
    for i in range(20):
        tokenize(f"word{i} other{i} more{i}")
    assert len(tokenize_module._known) <= 5 + 3
    assert [t.text for t in tokenize("Gov. Roe's aide")] == ["Gov.", "Roe", "'s", "aide"]


def test_tokenize_a_long_text_keeps_its_words_to_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokenize_module, "_OWN_WORDS_CHARS", 30)
    tokenize("Quorvatz met Yelbrin.")  # short: shared
    seen = dict(tokenize_module._known)
    tokens = tokenize("Brandolfi met Quorvatz at the annual meeting.")  # long: its own
    assert "Quorvatz" in tokenize_module._known
    assert "Brandolfi" not in tokenize_module._known
    assert tokenize_module._known == seen  # what was kept is used, not changed
    assert tokens[2].text is seen["Quorvatz"][0]


LONG = (
    "Gov. Jane Roe met U.S. officials on Jan. 5. Harris's aide, Mr. O'Brien, won't go.\n"
    "james b. comey quit on the 26th. It paid $15,000... The end_of_line\n\n"
)


@pytest.mark.parametrize("stretch", [1, 7, 40])
def test_tokenize_reads_a_long_text_in_stretches_without_a_seam(
    stretch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = LONG * 20
    whole = [(t.text, t.start, t.end, t.lower) for t in tokenize(text)]
    monkeypatch.setattr(tokenize_module, "_STRETCH", stretch)
    assert [(t.text, t.start, t.end, t.lower) for t in tokenize(text)] == whole
    assert all(text[start:end] == word for word, start, end, _ in whole)


def test_tokenize_makes_tokens_like_the_class_does() -> None:
    tokens = tokenize("Gov. Roe's aide QUIT, b. c")
    assert tokens == [Token(t.text, t.start, t.end) for t in tokens]
    assert [t.lower for t in tokens] == [t.text.lower() for t in tokens]
    assert {(t.pos, t.head, t.deprel, t.ner) for t in tokens} == {(None, None, None, None)}
    assert {t.annotation for t in tokens} == {None}  # nothing told: no annotation object
    assert not hasattr(tokens[0], "__weakref__") and not hasattr(tokens[0], "__dict__")
    assert {type(t) for t in tokens} == {Token}
    assert [hash(t) for t in tokens] == [hash(Token(t.text, t.start, t.end)) for t in tokens]
    assert pickle.loads(pickle.dumps(tokens)) == tokens
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tokens[0].text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "told"),
    [
        ({}, (None, None, None, None)),
        ({"pos": "PROPN", "head": 2, "deprel": "nsubj", "ner": "PERSON"},
         ("PROPN", 2, "nsubj", "PERSON")),
        ({"ner": "ORG"}, (None, None, None, "ORG")),
        ({"head": 0}, (None, 0, None, None)),  # head 0 is told, not nothing
        ({"annotation": TokenAnnotation(pos="NOUN")}, ("NOUN", None, None, None)),
        ({"annotation": TokenAnnotation()}, (None, None, None, None)),
    ],
)  # fmt: skip
def test_token_keeps_what_a_backend_tells_in_one_annotation(
    kwargs: dict[str, Any], told: tuple[object, ...]
) -> None:
    tok = Token("Roe", 5, 8, **kwargs)
    assert (tok.pos, tok.head, tok.deprel, tok.ner) == told
    assert (tok.annotation is None) is (told == (None, None, None, None))
    assert tok == Token("Roe", 5, 8, *told) and hash(tok) == hash(Token("Roe", 5, 8, *told))
    assert tok.lower == "roe" and attrs.evolve(tok, start=6).ner == told[3]
    assert pickle.loads(pickle.dumps(tok)) == tok


@pytest.mark.parametrize("enabled", [True, False])
def test_tokenize_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert len(tokenize("Roe quit. " * 20_000)) == 60_000
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


_CAPITALS_TEXTS = [
    "Gov. Jane Roe met U.S. officials on Jan. 5.",
    "Harris's aide (CEO), O'Brien and \u00c9lise d'Arcy left; ACME Inc. stayed.",
    "james b. comey and b. Then Roe, (Roe), Roe's b.c end_of_line  x\tb.\nb. y",
    "\u201cWe\u201d said \u00abNon\u00bb; 2024 iPhone eBay 'Quote' \u00dfe \u0130stanbul",
    "",
    "   ",
]


@pytest.mark.parametrize("text", _CAPITALS_TEXTS)
def test_tokenize_stage_tells_the_capitalised_tokens_as_read_from_the_tokens(text: str) -> None:
    # what the tokenizer knows per chunk (kept across texts: read twice) is what
    # testing each token's first character gives
    for _ in range(2):
        doc = TokenizeStage()(Document(text=text))
        told = doc.capitalised()
        assert told == [k for k, t in enumerate(doc.tokens) if t.text[:1].isupper()]
        doc.tokens = list(doc.tokens)  # a new list: read again from the tokens
        assert doc.capitalised() == told and doc.capitalised() is not told


def test_document_reads_its_lower_case_words_again_for_new_tokens() -> None:
    doc = TokenizeStage()(Document(text="The CEO of Orbis quit."))
    lowers = doc.lowers()
    assert lowers == ["the", "ceo", "of", "orbis", "quit", "."]
    assert doc.lowers() is lowers  # read once
    doc.tokens = tokenize("Jane Roe quit.")
    assert doc.lowers() == ["jane", "roe", "quit", "."]
    doc.tokens.append(Token("Now", 15, 18))  # the same list, longer
    assert doc.lowers()[-1] == "now" and doc.capitalised() == [0, 1, 4]


@pytest.mark.parametrize(
    "chunk",
    [
        "Roe", "Roe,", "Roe;", "Sanders'", "Roe\u2019", "Lee)", "Lee-", "Lee%", "\u00c9lise:",
        "A,", "a,", "Inc,", "Inc.", "Roe_", "Roe\n", "Roe\t", "Roe1", "Roe\u0301", "it\u00bb",
        "Roe\u24b6", "Roe),", "(Roe", ",", "Roe's,", "b.", "2020,", "CEO!", "Q?", "",
    ],
)  # fmt: skip
@pytest.mark.parametrize("after", ["", " x", " X"])
def test_chunk_tokens_of_a_word_are_what_the_token_pattern_makes(chunk: str, after: str) -> None:
    # the ways around matching ("Roe", "Roe,") make what matching makes
    abbreviations = lexicon.words("abbreviations.txt")
    marks = tokenize_module._sentence_marks()
    text = "q " + chunk + after
    start, stop = 2, 2 + len(chunk)
    assert tokenize_module._chunk_tokens(
        text, start, stop, {}, abbreviations, marks
    ) == tokenize_module._matched_chunk(text, start, stop, {}, abbreviations, marks)

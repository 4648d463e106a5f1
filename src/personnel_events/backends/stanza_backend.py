"""The stanza backend: neural sentences, tokens, entities and dependencies.

``stanza_pipeline()`` is the default pipeline with its ``tokenize`` stage replaced
by :class:`StanzaTokenizeStage`, which runs a ``stanza.Pipeline`` (tokenize, mwt,
pos, lemma, ner, depparse, as the model directory has them) and fills the same
layers the embedded tokenizer fills, plus ``Token.pos``, ``Token.head``,
``Token.deprel`` and ``Token.ner``. Coreference then trusts the entity types and
the pattern stage takes subjects and objects from the dependencies, each falling
back to its own heuristics where they are absent.

stanza and torch are imported here only, when a stanza pipeline is built. Models
are never downloaded while parsing (``download_method=None``): fetch them once with
``personnel-events download-models``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import BackendNotInstalled, ModelsNotFound
from ..model import Sentence, Token
from ..pipeline import Pipeline, default_pipeline
from ..repair import repair

#: Where models go when no directory is given (stanza's own default).
DEFAULT_MODEL_DIR = Path(os.environ.get("STANZA_RESOURCES_DIR", "~/stanza_resources")).expanduser()
#: The processors asked for; those the model directory lacks are left out.
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "ner", "depparse")
#: ``Document.extras`` key under which a caller may hand in a stanza Document
#: already annotated (see :func:`annotate_many`), so the stage does not run stanza.
STANZA_DOC = "stanza_doc"
#: How to install the backend: torch first, pinned to a CPU build (an unpinned
#: torch pulls gigabytes of CUDA packages), then the extra.
INSTALL_COMMAND = 'pip install torch==2.13.0 && pip install "personnel-events[stanza]"'


def _import_stanza() -> Any:
    """The stanza module, or :class:`BackendNotInstalled` giving the install command."""
    try:
        import stanza
    except ImportError as exc:
        raise BackendNotInstalled(
            f"stanza is not installed ({exc}); install it with: {INSTALL_COMMAND}, "
            "then fetch the models once with: personnel-events download-models"
        ) from exc
    return stanza


def _entity_type(tag: str | None) -> str | None:
    """'B-PERSON' -> 'PERSON'; 'O' or None -> None."""
    if not tag or tag == "O":
        return None
    return tag.split("-", 1)[1] if "-" in tag[:2] else tag


def convert(stanza_doc: Any, offset_text: str | None = None) -> tuple[list[Token], list[Sentence]]:
    """Tokens (with part of speech, head, relation and entity type) and sentences
    from a stanza Document. Heads are indexes into the returned token list (None
    for the root). ``offset_text`` is the text the offsets point into (checked)."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for sent in stanza_doc.sentences:
        first = len(tokens)
        # word id -> index of the token holding it
        word_token: dict[int, int] = {}
        for k, tok in enumerate(sent.tokens):
            for word in tok.words:
                word_token[int(word.id)] = first + k
        for tok in sent.tokens:
            word = tok.words[0]
            head = int(word.head) if word.head is not None else 0
            start, end = int(tok.start_char), int(tok.end_char)
            if offset_text is not None and offset_text[start:end] != tok.text:
                raise ValueError(
                    f"stanza token {tok.text!r} does not match the text at {start}:{end}"
                )
            tokens.append(
                Token(
                    tok.text,
                    start,
                    end,
                    pos=word.upos,
                    head=word_token.get(head) if head else None,
                    deprel=word.deprel,
                    ner=_entity_type(getattr(tok, "ner", None)),
                )
            )
        if len(tokens) > first:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    return tokens, sentences


class StanzaTokenizeStage:
    """Fills ``tokens`` and ``sentences`` from a stanza pipeline (or from a stanza
    Document handed in under ``Document.extras[STANZA_DOC]``)."""

    name = "tokenize"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("tokens", "sentences")

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, doc: Document) -> Document:
        annotated = doc.extras.pop(STANZA_DOC, None)
        if annotated is None:
            annotated = self.nlp(doc.text)
        doc.tokens, doc.sentences = convert(annotated, doc.text)
        return doc


def _available(model_dir: Path, lang: str = "en") -> list[str]:
    lang_dir = model_dir / lang
    return [p for p in PROCESSORS if (lang_dir / p).is_dir()]


def check_models(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """The model directory, or :class:`ModelsNotFound` naming it and the command
    that fills it."""
    path = Path(model_dir).expanduser() if model_dir is not None else DEFAULT_MODEL_DIR
    if not (path / "resources.json").is_file() or "tokenize" not in _available(path):
        raise ModelsNotFound(
            f"no stanza English models in {path} (resources.json and en/tokenize are "
            f"needed); fetch them once with: personnel-events download-models --dir {path}"
        )
    return path


def stanza_pipeline(
    model_dir: str | os.PathLike[str] | None = None,
    use_gpu: bool = False,
    processors: Sequence[str] | None = None,
    **stanza_options: Any,
) -> Pipeline:
    """The default pipeline with stanza doing tokenizing, tagging, NER and parsing.

    Raises :class:`~personnel_events.ModelsNotFound` at once when ``model_dir``
    (default: ``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``) holds no English
    models. ``processors`` narrows :data:`PROCESSORS`; other keyword arguments go to
    ``stanza.Pipeline`` (``tokenize_pretokenized=True``, batch sizes, ...). stanza never
    reaches the network from here.
    """
    stanza = _import_stanza()  # lazily: the default path never imports stanza or torch
    path = check_models(model_dir)
    wanted = list(processors) if processors is not None else list(PROCESSORS)
    present = [p for p in wanted if p in _available(path)]

    nlp = stanza.Pipeline(
        "en",
        dir=str(path),
        processors=",".join(present),
        use_gpu=use_gpu,
        download_method=None,
        logging_level="WARN",
        **stanza_options,
    )
    return default_pipeline().replace("tokenize", StanzaTokenizeStage(nlp))


def annotate_many(pipeline: Pipeline, texts: Iterable[str], batch_size: int = 32) -> list[Any]:
    """Run stanza over many texts in batches (``bulk_process``), for
    :func:`parse_many_stanza`; returns stanza Documents in input order."""
    stage = pipeline.stages[pipeline.names.index("tokenize")]
    if not isinstance(stage, StanzaTokenizeStage):
        raise TypeError("the pipeline's tokenize stage is not a StanzaTokenizeStage")
    import stanza

    items = list(texts)
    out: list[Any] = []
    for k in range(0, len(items), batch_size):
        # The pipeline reads the repaired text, so stanza must annotate that.
        batch = [stanza.Document([], text=repair(t).text) for t in items[k : k + batch_size]]
        out.extend(stage.nlp.bulk_process(batch))
    return out


def parse_many_stanza(
    pipeline: Pipeline,
    texts: Sequence[str],
    *,
    published: Any = None,
    batch_size: int = 32,
) -> list[list[Any]]:
    """Events of many texts, stanza running over them in batches rather than one
    call per text; one list of events per text, in order."""
    annotated = annotate_many(pipeline, texts, batch_size)
    return [
        pipeline.parse(text, published=published, extras={STANZA_DOC: ann})
        for text, ann in zip(texts, annotated, strict=True)
    ]


def download_models(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """Fetch stanza's English models into ``model_dir`` (the one explicit download)."""
    stanza = _import_stanza()

    path = Path(model_dir).expanduser() if model_dir is not None else DEFAULT_MODEL_DIR
    stanza.download("en", model_dir=str(path), processors=",".join(PROCESSORS))
    return path

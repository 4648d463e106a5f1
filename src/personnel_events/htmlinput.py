"""Reading news pages: the article's headline, text and publication date from HTML.

Needs the ``[html]`` extra (``pip install "personnel-events[html]"``): trafilatura
finds the main text and the headline, leaving out navigation, related-story
lists, comments, cookie banners and captions, whose names and posts are not the
article's news; htmldate finds the publication date (meta tags, JSON-LD, the URL,
dates shown on the page).

:attr:`Article.text` is the headline, a blank line, then the article's
paragraphs separated by blank lines. The headline is part of the text because it
names the main organisation more often than any other line does, and the
pipeline reads it like the headline line of any article. Events from
:func:`parse_html` point into :attr:`Article.text`.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from types import ModuleType

import attrs

from .errors import InvalidInputError, PersonnelEventsError
from .model import Event
from .pipeline import Pipeline, coerce_published
from .repair import fix_mojibake

__all__ = ["Article", "HTMLExtraMissing", "NotHTMLError", "parse_html", "read_html"]

INSTALL = 'pip install "personnel-events[html]"'

_TAG = re.compile(r"<(?:!doctype|!--|[a-zA-Z][a-zA-Z0-9-]*)[\s>/]", re.IGNORECASE)
_HTML_ELEMENT = re.compile(r"<html[\s>]", re.IGNORECASE)


class HTMLExtraMissing(PersonnelEventsError, ImportError):
    """Reading HTML needs the ``[html]`` extra, which is not installed."""


class NotHTMLError(PersonnelEventsError, ValueError):
    """The input is empty, is not HTML, or holds no article text."""


@attrs.frozen(slots=True)
class Article:
    """What a news page says: its headline (``title``), its text (the headline,
    then the body, paragraphs separated by blank lines), its publication date, its
    address and its language (as the page declares it, such as ``"en"``)."""

    title: str | None
    text: str
    published: dt.date | None = None
    url: str | None = None
    language: str | None = None


def _libraries() -> tuple[ModuleType, ModuleType]:
    try:
        import htmldate
        import trafilatura
    except ImportError as exc:
        raise HTMLExtraMissing(
            f"reading HTML needs the [html] extra, which is not installed ({exc}); "
            f"install it with: {INSTALL}"
        ) from exc
    return trafilatura, htmldate


#: A page whose every line has this many words or fewer holds no article: it is a
#: menu, a list of links or a footer, which extraction returns when it finds nothing else.
MENU_WORDS = 3


def read_html(html: str | bytes, *, url: str | None = None) -> Article:
    """The article of a news page.

    ``html`` is the page as text or as bytes (its encoding is then detected);
    ``url``, where it was fetched from, helps date the page ("/2024/03/06/"),
    otherwise the page's own canonical address is used. Raises
    :class:`NotHTMLError` (a ``ValueError``) for an empty page, text that is not
    HTML, or a page with no article text, and :class:`HTMLExtraMissing` (an
    ``ImportError``) naming the install command when the extra is missing.
    """
    trafilatura, htmldate = _libraries()
    if isinstance(html, bytes):
        html = str(trafilatura.utils.decode_file(html))
    elif not isinstance(html, str):
        raise InvalidInputError(f"html must be str or bytes, not {type(html).__name__}")
    # Mojibake first: a mis-decoded page can hide a letter's second half in a
    # character that extraction drops (the soft hyphen in "GarcÃ\xada").
    html = fix_mojibake(html)
    if not html.strip():
        raise NotHTMLError("the page is empty")
    if _TAG.search(html) is None:
        raise NotHTMLError(
            "this does not look like HTML (it has no tags); use parse() for plain text"
        )
    if _HTML_ELEMENT.search(html) is None:  # a fragment: trafilatura wants a page
        html = f"<html><body>{html}</body></html>"
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NotHTMLError("this could not be read as HTML")
    found = trafilatura.bare_extraction(
        copy.deepcopy(tree), url=url, with_metadata=True, include_comments=False
    )
    body = getattr(found, "text", None) or ""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if not lines:
        raise NotHTMLError("the page holds no article text")
    title = (getattr(found, "title", None) or "").strip() or None
    if title is not None and lines[0] == title:
        lines = lines[1:]
    if all(len(line.split()) <= MENU_WORDS for line in lines):
        # what extraction falls back to on a page without an article: its menu
        raise NotHTMLError(
            "the page holds no article text (only short lines, such as a menu or links)"
        )
    text = "\n\n".join([title, *lines] if title is not None else lines)
    page_url = url or getattr(found, "url", None) or None
    return Article(
        title=title,
        text=text,
        published=_published(htmldate, tree, page_url),
        url=page_url,
        language=_language(tree, getattr(found, "language", None)),
    )


def _published(htmldate: ModuleType, tree: object, url: str | None) -> dt.date | None:
    """The page's original publication date, or None.

    Dated metadata first (meta tags, JSON-LD, the URL, ``<time>`` and elements
    marked as dates); only when there is none, the dates shown in the page, where a
    bare year ("© 2024", "founded in 1998"), which htmldate gives as 1 January, is
    not taken for a publication date."""
    for extensive in (False, True):
        try:
            found = htmldate.find_date(
                copy.deepcopy(tree),
                url=url,
                original_date=True,
                extensive_search=extensive,
                outputformat="%Y-%m-%d",
            )
        except (ValueError, TypeError):  # htmldate's own failures: no date, not an error
            found = None
        if not found:
            continue
        try:
            date = dt.date.fromisoformat(str(found))
        except ValueError:
            continue
        if extensive and (date.month, date.day) == (1, 1):
            return None
        return date
    return None


def _language(tree: object, found: str | None) -> str | None:
    """The language the page declares: trafilatura's, else ``<html lang>``, else a
    ``content-language`` or ``og:locale`` meta tag."""
    if found:
        return found
    get = getattr(tree, "get", None)
    lang = get("lang") if get is not None else None
    if not lang:
        xpath = getattr(tree, "xpath", None)
        metas = (
            xpath('//meta[@http-equiv="content-language" or @property="og:locale"]/@content')
            if xpath is not None
            else []
        )
        lang = next((str(m) for m in metas if str(m).strip()), None)
    return lang.strip().replace("_", "-") if lang else None


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    pipeline: Pipeline | None = None,
) -> list[Event]:
    """The personnel events of a news page's article.

    The page's publication date is used unless ``published`` is given; events
    carry ``url`` (or the page's canonical address) as ``source``, and their
    ``span`` and ``evidence`` point into ``read_html(html).text``.
    """
    article = read_html(html, url=url)
    if pipeline is None:
        from . import _default_pipeline

        pipeline = _default_pipeline()
    given = coerce_published(published)
    return pipeline.parse(
        article.text,
        published=given if given is not None else article.published,
        source=article.url,
    )

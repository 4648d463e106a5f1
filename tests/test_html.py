"""News pages in, the article's events out (the [html] extra).

Every page here was written for these tests. The first is a news page with the
clutter real pages carry: a cookie banner, a navigation menu, a photo caption,
a related-stories list and a comment thread, each naming people and posts that
are not the article's news.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

import personnel_events
from personnel_events import Article, HTMLExtraMissing, NotHTMLError, parse_html, read_html
from personnel_events.cli import main

try:
    import htmldate  # noqa: F401
    import trafilatura  # noqa: F401
except ImportError:
    HAVE_EXTRA = False
else:
    HAVE_EXTRA = True

needs_extra = pytest.mark.skipif(
    not HAVE_EXTRA, reason='the [html] extra is not installed: pip install ".[html]"'
)

HEADLINE = "Tidewater Freight names Mara Quist chief executive"

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{HEADLINE} - The Harbour Ledger</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="article:published_time" content="2024-03-06T09:30:00Z">
</head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your
experience. Accept all cookies or manage your cookie settings.</p></div>
<header><nav class="menu"><ul><li><a href="/">Home</a></li>
<li><a href="/people">People on the move</a></li></ul></nav></header>
<main>
<article>
<h1>{HEADLINE}</h1>
<p class="byline">By Ellis Varga</p>
<p>Tidewater Freight said on Monday that it had appointed Mara Quist as chief
executive. Quist ran the company's northern routes for six years.</p>
<p>She replaces Olaf Brenner, who retired as chief executive of Tidewater Freight in
January.</p>
<p>The company also named Dev Patel chief financial officer, effective April 1.</p>
<figure><img src="quist.jpg" alt=""><figcaption>Mara Quist, pictured with former
chairman Hugo Lind, who stepped down in 2019.</figcaption></figure>
<p>Shares in Tidewater rose 2 percent on the news.</p>
</article>
<aside class="related-stories">
<h2>Related stories</h2>
<ul>
<li><a href="/a1">Coral Bank appoints Lena Ortiz chief executive</a></li>
<li><a href="/a2">Kestrel Air finance chief Sam Rourke resigns</a></li>
<li><a href="/a3">Pellham Foods fires chief operating officer Rita Gomez</a></li>
</ul>
</aside>
<section id="comments" class="comments">
<h2>2 comments</h2>
<div class="comment"><p class="author">Ben Cole</p><p>Good news. I hear Tom Ash will
step down as chairman of Northgate Shipping next week.</p></div>
<div class="comment"><p class="author">Ana Ruiz</p><p>Ivo Stern was fired as chief
executive of Bayline Ferries yesterday, by the way.</p></div>
</section>
</main>
<footer><p>© 2024 The Harbour Ledger. Contact us. Privacy policy.</p></footer>
</body>
</html>
"""

ARTICLE_EVENTS = [
    ("START", "Mara Quist", "chief executive", "Tidewater Freight"),
    ("END", "Olaf Brenner", "chief executive", "Tidewater Freight"),
    ("START", "Dev Patel", "chief financial officer", "Tidewater Freight"),
]
#: People the clutter names, none of whom the article is about.
CLUTTER_PEOPLE = {"Hugo Lind", "Lena Ortiz", "Sam Rourke", "Rita Gomez", "Tom Ash", "Ivo Stern"}

BODY = (
    "<p>Coral Bank said on Monday that its chief financial officer, Jane Roe, had "
    "resigned. Roe had run the bank's treasury for nine years.</p>"
)


def page(
    head: str = "", body: str = BODY, title: str = "Coral Bank loses its finance chief"
) -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@needs_extra
def test_html_news_page_gives_only_the_article_events() -> None:
    events = parse_html(NEWS_PAGE)
    assert [(e.type.value, e.person, e.role, e.org) for e in events] == ARTICLE_EVENTS
    assert not CLUTTER_PEOPLE & {e.person for e in events}
    assert [e.date.iso if e.date else None for e in events] == [
        "2024-03-04",
        "2024-01",
        "2024-04-01",
    ]


@needs_extra
def test_html_raw_page_text_would_give_clutter_events() -> None:
    """The reason for the extra: the page's text, tags stripped, names others."""
    import re

    raw = re.sub(r"<[^>]+>", " ", NEWS_PAGE)
    people = {e.person for e in personnel_events.parse(raw, published="2024-03-06")}
    assert people & CLUTTER_PEOPLE


@needs_extra
def test_html_article_is_headline_then_paragraphs() -> None:
    article = read_html(NEWS_PAGE, url="https://ledger.example/people/quist")
    assert article.title == HEADLINE
    assert article.text.startswith(HEADLINE + "\n\nTidewater Freight said on Monday")
    assert "\n\nThe company also named Dev Patel" in article.text
    assert article.published == dt.date(2024, 3, 6)
    assert article.url == "https://ledger.example/people/quist"
    assert article.language == "en"
    for clutter in ("cookie", "Home", "Related stories", "Lena Ortiz", "Tom Ash", "Hugo Lind"):
        assert clutter not in article.text


@needs_extra
def test_html_events_point_into_the_article_text() -> None:
    article = read_html(NEWS_PAGE)
    for event in parse_html(NEWS_PAGE):
        assert article.text[event.span[0] : event.span[1]] == event.evidence


@needs_extra
def test_html_headline_names_the_organisation() -> None:
    html = page(
        head='<meta name="date" content="2024-03-06">',
        title="Coral Bank finance chief Jane Roe resigns",
        body="<p>The bank said on Monday that its chief financial officer, Jane Roe, "
        "had resigned after nine years.</p>",
    )
    (event,) = parse_html(html)
    assert (event.person, event.org) == ("Jane Roe", "Coral Bank")


DATED_PAGES = {
    "meta name=date": (page('<meta name="date" content="2024-03-06">'), None),
    "meta article:published_time": (
        page('<meta property="article:published_time" content="2024-03-06T08:00:00+00:00">'),
        None,
    ),
    "JSON-LD": (
        page(
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "datePublished": "2024-03-06T08:00:00Z"}</script>'
        ),
        None,
    ),
    "URL only": (page(), "https://ledger.example/business/2024/03/06/coral-bank-cfo.html"),
    "time element": (page(body='<time datetime="2024-03-06">6 March 2024</time>' + BODY), None),
    "visible byline date": (page(body="<p>By Ann Lee | March 6, 2024</p>" + BODY), None),
}


@needs_extra
@pytest.mark.parametrize(("html", "url"), DATED_PAGES.values(), ids=DATED_PAGES.keys())
def test_html_publication_date_comes_from_the_page(html: str, url: str | None) -> None:
    assert read_html(html, url=url).published == dt.date(2024, 3, 6)
    (event,) = parse_html(html, url=url)
    assert event.date is not None and event.date.iso == "2024-03-04"  # "on Monday"
    assert event.source == url


@needs_extra
def test_html_given_published_wins_over_the_page() -> None:
    html, _ = DATED_PAGES["meta name=date"]
    (event,) = parse_html(html, published="2024-05-08")
    assert event.date is not None and event.date.iso == "2024-05-06"


@needs_extra
@pytest.mark.parametrize(
    "body",
    [
        BODY + "<footer><p>© 2024 The Ledger</p></footer>",
        BODY + "<p>The bank was founded in 1998.</p>",
    ],
)
def test_html_bare_year_is_no_publication_date(body: str) -> None:
    assert read_html(page(body=body)).published is None


@needs_extra
def test_html_mojibake_page_is_repaired() -> None:
    html = page(
        head='<meta name="date" content="2024-03-06">',
        body="<p>Coral Bank said on Monday that JosÃ© GarcÃ\xada had resigned as the "
        "bankâ€™s chief financial officer.</p>",
    )
    article = read_html(html)
    assert "José García" in article.text and "bank’s" in article.text
    (event,) = parse_html(html)
    assert (event.person, event.org) == ("José García", "Coral Bank")
    assert article.text[event.span[0] : event.span[1]] == event.evidence


@needs_extra
def test_html_bytes_are_decoded_by_their_declared_charset() -> None:
    html = page(head='<meta charset="windows-1252"><meta name="date" content="2024-03-06">')
    html = html.replace("Jane Roe", "Zoë Brûlé").replace("Roe had", "Brûlé had")
    (event,) = parse_html(html.encode("cp1252"))
    assert event.person == "Zoë Brûlé"


@needs_extra
def test_html_entities_and_no_break_spaces_are_read() -> None:
    html = page(
        head='<meta name="date" content="2024-03-06">',
        body="<p>Orbis Bank &amp; Trust said on Monday that its chief financial officer, "
        "Jane&nbsp;Roe, had resigned.</p>",
        title="Orbis Bank &amp; Trust finance chief resigns",
    )
    (event,) = parse_html(html)
    assert (event.person, event.org) == ("Jane Roe", "Orbis Bank & Trust")


@needs_extra
@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("", "the page is empty"),
        ("  \n\t", "the page is empty"),
        (b"", "the page is empty"),
        ("Jane Roe resigned as CFO of Coral Bank.", "does not look like HTML"),
        ('{"text": "Jane Roe resigned."}', "does not look like HTML"),
        ("<html><body><script>var a = 1;</script></body></html>", "no article text"),
        # a page of menus and links only: what extraction falls back to is no article
        (
            "<html><head><title>Orbis News</title></head><body><nav><ul>"
            '<li><a href="/">Home</a></li><li><a href="/world">World news</a></li>'
            '<li><a href="/sport">Sport</a></li></ul></nav>'
            "<footer><p>Contact us</p></footer></body></html>",
            "no article text",
        ),
    ],
)
def test_html_bad_input_gives_a_clear_error(html: str | bytes, message: str) -> None:
    with pytest.raises(NotHTMLError, match=message) as caught:
        read_html(html)
    assert isinstance(caught.value, ValueError)


@needs_extra
def test_html_input_of_another_type_is_refused() -> None:
    with pytest.raises(personnel_events.InvalidInputError):
        read_html(42)  # type: ignore[arg-type]


def test_html_without_the_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(HTMLExtraMissing, match=r'pip install "personnel-events\[html\]"') as caught:
        read_html(NEWS_PAGE)
    assert isinstance(caught.value, ImportError)


def test_html_article_is_a_frozen_record() -> None:
    article = Article(title=None, text="Jane Roe resigned.")
    with pytest.raises(AttributeError):
        article.text = "x"  # type: ignore[misc]


# The command line --------------------------------------------------------------


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[dict[str, object]], str]:
    code = main([*args, "--quiet"])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


@needs_extra
def test_cli_reads_html_and_htm_files_and_directories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "news.html").write_text(NEWS_PAGE, encoding="utf-8")
    html, _ = DATED_PAGES["JSON-LD"]
    (tmp_path / "bank.htm").write_text(html, encoding="utf-8")
    code, rows, err = run_cli([str(tmp_path)], capsys)
    assert code == 0, err
    assert [(r["person"], r["published"], r["published_from"]) for r in rows] == [
        ("Jane Roe", "2024-03-06", "page"),
        ("Mara Quist", "2024-03-06", "page"),
        ("Olaf Brenner", "2024-03-06", "page"),
        ("Dev Patel", "2024-03-06", "page"),
    ]


@needs_extra
def test_cli_published_argument_wins_over_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html, _ = DATED_PAGES["meta name=date"]
    (tmp_path / "bank.html").write_text(html, encoding="utf-8")
    code, rows, _ = run_cli([str(tmp_path / "bank.html"), "--published", "2024-05-08"], capsys)
    assert code == 0
    assert [(r["date"], r["published"], r["published_from"]) for r in rows] == [
        ("2024-05-06", "2024-05-08", "argument")
    ]


@needs_extra
def test_cli_reads_json_lines_rows_with_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html, url = DATED_PAGES["URL only"]
    rows_in = [
        {"id": "with-url", "html": html, "url": url},
        {"id": "row-date", "html": html, "published": "2024-05-08"},
        {
            "id": "text-line",
            "text": "Published: March 6, 2024\n\n" + "Jane Roe quit Coral Bank as CFO on Monday.",
        },
        {"id": "no-date", "text": "Jane Roe quit Coral Bank as CFO on Monday."},
        {"id": "not-a-page", "html": "Jane Roe quit."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows_in), encoding="utf-8")
    code, rows, err = run_cli([str(feed)], capsys)
    assert code == 1 and "feed.jsonl:5: this does not look like HTML" in err
    assert [(r["source"], r["date"], r["published_from"]) for r in rows] == [
        ("with-url", "2024-03-04", "page"),
        ("row-date", "2024-05-06", "row"),
        ("text-line", "2024-03-04", "text"),
        ("no-date", None, None),
    ]


@needs_extra
def test_cli_reports_a_page_that_is_not_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.html").write_text("", encoding="utf-8")
    (tmp_path / "bank.html").write_text(DATED_PAGES["meta name=date"][0], encoding="utf-8")
    code, rows, err = run_cli([str(tmp_path)], capsys)
    assert code == 1 and "empty.html: the page is empty" in err
    assert [r["person"] for r in rows] == ["Jane Roe"]

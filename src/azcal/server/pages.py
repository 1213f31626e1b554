"""The service as a site: its home page, the language a browser asks for, and the links between pages.

Every link is relative to the service (it makes no absolute URL: see front.py), and nothing on a page
loads from elsewhere, so the pages work on a network with no way out.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from importlib import resources
from urllib.parse import urlencode

from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from starlette.responses import HTMLResponse

from ..calendars import Calendar
from ..exports.page import legend_html, month_html, nav_html, page_style
from ..model import LANGUAGES
from ..text.describe import detail, reason_text
from ..text.pages import LANGUAGE_NAMES, SITE
from ..text.words import KINDS, MONTHS, PHRASES, WEEKDAY_NAMES, long_date, with_week

# Swagger UI and ReDoc as the fastapi-offline package ships them, served under ASSETS_PATH
ASSETS_PATH = "/docs-assets"
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "redoc.standalone.js": "text/javascript; charset=utf-8",
    "favicon.png": "image/png",
}
# what a page of the service may load: from the service alone, whatever a script in it would fetch (ReDoc
# would show a logo from its maker's CDN); the inline styles and Swagger UI's inline start-up are allowed
CONTENT_SECURITY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:"
)
DEFAULT_LANGUAGE = "az"
EXPORTS = ("xlsx", "csv", "json", "xmlcalendar")


def language(accept: str | None) -> str:
    """The first of az, en and ru that an Accept-Language header prefers (RFC 9110 §12.5.4); az if none."""
    best, best_q = DEFAULT_LANGUAGE, 0.0
    for position, item in enumerate((accept or "")[:1000].split(",")[:50]):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if primary in LANGUAGES and 0 < q <= 1 and (q > best_q or (q == best_q and position == 0)):
            best, best_q = primary, q
    return best


def query(path: str, **params: object) -> str:
    """``path`` with ``params`` (those that are not None) as its query."""
    given = {name: value for name, value in params.items() if value is not None}
    return f"{path}?{urlencode(given)}" if given else path


def links(lang: str, year: int, week: int | None = None) -> list[tuple[str, str]]:
    """The line of links atop every page: home, the years around ``year``, the API documentation."""
    words = SITE[lang]
    return [
        (query("/", lang=lang, week=week), words["home"]),
        (query("/calendar.html", year=year - 1, lang=lang, week=week), f"‹ {year - 1}"),
        (query("/calendar.html", year=year + 1, lang=lang, week=week), f"{year + 1} ›"),
        ("/docs", words["docs"]),
    ]


def home_html(calendar: Calendar, today: dt.date, lang: str) -> str:
    """The home page: today in Baku and why, this month, and links to the year, the files and the API."""
    words = SITE[lang]
    week = calendar.week if calendar.week != 5 else None
    title = with_week(words["title"], calendar.week, lang)
    year = today.year
    month_caption = words["month"].format(month=MONTHS[lang][today.month - 1], year=year)
    sections = [
        _today(calendar, today, lang),
        f'<section class="this-month"><h2>{escape(month_caption)}</h2>\n'
        f"{month_html(calendar, year, today.month, lang, today)}\n{legend_html(lang)}</section>",
        _files(lang, year, week),
        _api(lang, year),
    ]
    others = " · ".join(
        f'<a href="{escape(query("/", lang=other, week=week))}" hreflang="{other}" lang="{other}">'
        f"{escape(LANGUAGE_NAMES[other])}</a>"
        for other in LANGUAGES
        if other != lang
    )
    nav = nav_html([(query("/calendar.html", year=year, lang=lang, week=week), words["year_page"].format(year=year))])
    meta = f"{escape(words['data_version'].format(version=calendar.data_version))}<br>"
    meta += f"{escape(words['languages'])}: {others}"
    body = "\n".join(sections)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{page_style()}{_STYLE}</style>
</head>
<body>
{nav}<header><h1>{escape(title)}</h1><p class="meta">{meta}</p></header>
<main class="home">
{body}
</main>
</body>
</html>
"""


_STYLE = """
.home { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 18px 32px; }
.home section { max-width: 40em; }
.home .today { grid-column: 1 / -1; }
.home .this-month .month { max-width: 360px; }
.home .legend { width: auto; }
.status { font-size: 20px; margin: 6px 0; }
.home ul.links { margin: 4px 0; padding-left: 1.2em; }
.home ul.links li { margin: 3px 0; }
.note { color: #57606a; }
code { font-size: 12px; }
"""


def _today(calendar: Calendar, today: dt.date, lang: str) -> str:
    words, phrases = SITE[lang], PHRASES[lang]
    day = calendar.day(today)
    status = phrases["workday" if day.is_workday else "not_workday"]
    weekday = WEEKDAY_NAMES[lang][today.weekday()]
    line = f"{weekday}: {status} — {KINDS[lang][day.kind]}"
    if day.is_workday:
        line += ", " + words["hours"].format(hours=day.hours)
    why = [text for text in (detail(day, lang), reason_text(day, lang)) if text]
    if day.shortened_before is not None:
        why.append(phrases["shortened"].format(name=day.shortened_before.name(lang)))
    reasons = "".join(f"<li>{escape(text)}</li>" for text in dict.fromkeys(why))
    rows = [f'<p class="status">{escape(line)}</p>']
    if reasons:
        rows.append(f"<ul>{reasons}</ul>")
    tomorrow = today + dt.timedelta(days=1)
    if tomorrow.year <= 2100:
        after = calendar.day(tomorrow)
        rows.append(
            f"<p>{escape(words['tomorrow'])}: {escape(KINDS[lang][after.kind])}"
            f"{' — ' + escape(detail(after, lang)) if detail(after, lang) else ''}</p>"
        )
        following = calendar.next_workday(today) if today < dt.date(2100, 12, 31) else None
        if following is not None:
            rows.append(
                f"<p>{escape(words['next_workday'])}: "
                f'<time datetime="{following.isoformat()}">{escape(long_date(following, lang))}</time>, '
                f"{escape(WEEKDAY_NAMES[lang][following.weekday()])}</p>"
            )
    heading = escape(words["today"].format(date=long_date(today, lang)))
    return f'<section class="today"><h2>{heading}</h2>\n' + "\n".join(rows) + "</section>"


def _files(lang: str, year: int, week: int | None) -> str:
    words = SITE[lang]
    feed = query("/calendar.ics", lang=lang, week=week)
    pages = [
        (query("/calendar.html", year=y, lang=lang, week=week), words["year_page"].format(year=y))
        for y in (year, year + 1)
        if y <= 2100
    ]
    exports = [(query(f"/export/{fmt}", years=year, lang=lang, week=week), fmt) for fmt in EXPORTS]
    items = "".join(f'<li><a href="{escape(href)}">{escape(text)}</a></li>' for href, text in pages)
    items += (
        f'<li><a href="{escape(feed)}">{escape(words["feed"])}</a> '
        f'<span class="note">{escape(words["feed_note"])}</span></li>'
    )
    downloads = " · ".join(f'<a href="{escape(href)}">{escape(text)}</a>' for href, text in exports)
    items += f"<li>{escape(words['exports'].format(year=year))}: {downloads}</li>"
    return f'<section class="files"><h2>{escape(words["files"])}</h2><ul class="links">{items}</ul></section>'


def _api(lang: str, year: int) -> str:
    words = SITE[lang]
    entries = [
        ("/docs", words["docs"]),
        ("/redoc", words["redoc"]),
        ("/openapi.json", words["openapi"]),
        (query("/api/getdata", year=year), words["isdayoff"].format(year=year)),
        ("/health", words["health"]),
    ]
    items = "".join(f'<li><a href="{escape(href)}">{escape(text)}</a></li>' for href, text in entries)
    return f'<section class="api"><h2>{escape(words["api"])}</h2><ul class="links">{items}</ul></section>'


def asset(name: str) -> bytes:
    """One of ``ASSETS``, read from the package that ships it."""
    return resources.files("fastapi_offline").joinpath("static", name).read_bytes()


def swagger_ui() -> HTMLResponse:
    """The API's documentation in Swagger UI, on the OpenAPI document, with nothing loaded from elsewhere."""
    return _contained(
        get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="azcal — Swagger UI",
            swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_PATH}/favicon.png",
            swagger_ui_parameters={"validatorUrl": None},  # no document sent to swagger.io's online validator
        )
    )


def redoc() -> HTMLResponse:
    return _contained(
        get_redoc_html(
            openapi_url="/openapi.json",
            title="azcal — ReDoc",
            redoc_js_url=f"{ASSETS_PATH}/redoc.standalone.js",
            redoc_favicon_url=f"{ASSETS_PATH}/favicon.png",
            with_google_fonts=False,
        )
    )


def _contained(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = CONTENT_SECURITY
    return page

"""A legal basis as the data give it: free text, or the acts it cites as structure.

A ``basis`` is a text ("Collective agreement, clause 4.2"), shown as written in every language, or an
inline table (a list of them for a basis of several acts) naming the act and what of it is cited:

    basis = { act = "Labor Code", articles = ["105.1", "105.4"] }
    basis = { act = "Labor Code", articles = ["114.6"], amended = 2026-01-16 }
    basis = { act = "Presidential decree", adopted = 1998-03-26 }

A structured basis is read into ``Citation`` values and written in English, the words every Day carries
("Labor Code Art. 105.1, 105.4"); ``text.legal`` writes the same structure in Azerbaijani and Russian.
The acts are a closed list, so that every basis the data give as structure has its words in each
language; a code is cited by its articles (and the date of the amendment cited), any other act by the
date it was adopted, when known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .fields import Table, type_name

CODES = ("Labor Code", "Election Code")  # cited by article
ACTS = (  # cited by the date adopted, when known
    "Law",
    "Presidential decree",
    "Presidential order",
    "Milli Majlis decision",
    "Prime Minister decision",
    "USSR labour law",
    "Ministry of Labour production calendar",
)
_ARTICLE = re.compile(r"[0-9]+(?:[.-][0-9]+)*")  # 105.1, 106-1: matched in full, ASCII digits only
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class Citation:
    """One act a basis cites: a code and its articles (as amended on a date), or an act and its date."""

    act: str
    articles: tuple[str, ...] = ()
    adopted: dt.date | None = None
    amended: dt.date | None = None
    en: str | None = None  # the English words, where the record cites the act otherwise than ``english`` writes

    @property
    def english(self) -> str:
        """The citation as every Day carries it: "Labor Code Art. 114.6, as amended on 16 January 2026"."""
        if self.en is not None:
            return self.en
        text = self.act
        if self.articles:
            text += " Art. " + ", ".join(self.articles)
        if self.adopted is not None:
            text += f" of {written(self.adopted)}"
        if self.amended is not None:
            text += f", as amended on {written(self.amended)}"
        return text


def written(day: dt.date) -> str:
    """A date as an English citation writes it: "26 March 1998" (not by the locale, as strftime's %B is)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


# Every structured basis read in this process, under the English words a Day carries: how the words of a
# Day (or of a compiled calendar, which keeps the words alone) find their structure again. Entries are only
# added, and the words are made from the structure, so two loads never disagree on an entry.
_READ: dict[str, tuple[Citation, ...]] = {}


def cited(basis: str) -> tuple[Citation, ...] | None:
    """The acts behind the English words ``basis``, when a structured basis read in this process gave them."""
    return _READ.get(basis)


def basis(t: Table, required: bool = False, key: str = "basis") -> str | None:
    """The field ``key`` of ``t`` (a text, or the acts it cites) as the English words a Day carries; None
    when not given."""
    raw = t.table.get(key)
    if raw is None or isinstance(raw, str):
        return t.text(key, required)
    t.read.add(key)
    parts = raw if isinstance(raw, list) else [raw]
    if not parts or not all(isinstance(part, dict) for part in parts):
        t.fail(
            f'field {key!r} must be a text, a table such as {{ act = "Labor Code", articles = ["106"] }} '
            f"or a list of them, got {type_name(raw)}: {raw!r}"
        )
    citations = tuple(_citation(t.sub(part, f"{key}[{n}]" if len(parts) > 1 else key)) for n, part in enumerate(parts))
    words = "; ".join(c.english for c in citations)
    t.printable(words, repr(key), key, lines=True)
    _READ.setdefault(words, citations)
    return words


def _citation(t: Table) -> Citation:
    act = t.text("act") or ""
    if act not in CODES + ACTS:
        t.fail(f"'act' must be one of {', '.join(CODES + ACTS)}, got {act!r}")
    articles = _articles(t, t.get("articles", list, act in CODES))
    adopted = t.date("adopted", required=False, in_range=False)
    amended = t.date("amended", required=False, in_range=False)
    en = t.text("en", required=False)
    t.done()
    if act in CODES and adopted is not None:
        t.fail(f"a code is cited by its articles and the amendment ('amended'), not 'adopted': {act}")
    if act in ACTS and (articles or amended is not None):
        t.fail(f"'articles' and 'amended' cite a code ({', '.join(CODES)}), not {act!r}: give 'adopted'")
    return Citation(act, articles, adopted, amended, en)


def _articles(t: Table, raw: list[Any] | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not raw:
        t.fail("'articles' must not be empty")
    for item in raw:
        if not isinstance(item, str) or not _ARTICLE.fullmatch(item):
            t.fail(f'an article is its number as the code writes it ("105.1", "106-1"), got {item!r}')
    return tuple(raw)

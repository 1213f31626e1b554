"""The sources of the packaged data by id: the ``[source.ID]`` tables of holidays.toml, one per source.

An entry of the packaged data cites a source by its id (``source = "S29"``, an item of ``reports``), which
the loader turns into the source's URL: every Day shows the URL, as when the entry gave it. An entry may
give a URL or a citation directly, as a user's rules file does; only the packaged files' ids are read as
ids. The ids are those of docs/sources.md, which describes each source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from ..errors import RulesError
from .fields import Collector, Table

ID = re.compile(r"[A-Z][0-9]+")  # S29, D1818871: matched in full
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True, slots=True)
class Cited:
    """One source: where it is, and what is known of it."""

    id: str
    url: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    line: int | None  # of its [source.ID] table, for the report of a source nothing cites


def sources(doc: object, file: str, lines: Mapping[str, int], collector: Collector) -> dict[str, Cited]:
    """The ``[source.ID]`` tables of the law's file; ``lines`` has the line of each table."""
    if not isinstance(doc, dict):
        raise RulesError("'source' must be tables like [source.S1]", file=file)
    found = {}
    for ident, raw in doc.items():
        one = collector.attempt(partial(_source, ident, raw, file, lines.get(f"source.{ident}"), collector))
        if one is not None:
            found[ident] = one
    return found


def _source(ident: str, raw: object, file: str, line: int | None, collector: Collector) -> Cited:
    t = Table(raw, file, f"[source.{ident}]", line, collector.problems)
    if not ID.fullmatch(ident):
        t.fail("a source's id is a capital letter and digits, as docs/sources.md gives it: S29")
    url = t.text("url") or ""
    if not _URL.fullmatch(url):
        t.fail(f"'url' must be an http or https address, got {url!r}")
    cited = Cited(
        ident,
        url,
        t.text("title", required=False),
        t.text("publisher", required=False),
        t.date("published", required=False, in_range=False),
        line,
    )
    t.done()
    return cited


class Citing:
    """How one file's sources are read: ids turned into the sources' URLs, when the file's ids are read
    as ids (``known``, the packaged sources); and the ids it cites."""

    def __init__(self, known: Mapping[str, Cited] | None = None):
        self.known = known
        self.cited: set[str] = set()

    def __call__(self, t: Table, what: str, value: str | None) -> str | None:
        """``value`` of the field ``what`` names: a source's URL for a known id, else as written."""
        if value is None or self.known is None or not ID.fullmatch(value):
            return value
        source = self.known.get(value)
        if source is None:
            t.fail(f"{what} cites the source {value!r}, which no [source.{value}] of holidays.toml defines")
        self.cited.add(value)
        return source.url

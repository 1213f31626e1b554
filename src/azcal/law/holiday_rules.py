"""The ``[holiday.KEY]`` tables and their ``[[holiday.KEY.rule]]`` periods.

A holiday's names, basis, source and category may be given once on the holiday, for every rule, or on a
rule, for its years; each rule gives its years and either fixed dates ("MM-DD") or a lunar holiday and its
number of days. No two rules of a holiday cover one year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from itertools import pairwise
from typing import Any

from ..errors import RulesError
from ..model import Category
from .citations import basis
from .estimates import LUNAR_HOLIDAYS
from .fields import Recorded, Table
from .lines import Source
from .model import Holiday, HolidayPeriod

# matched in full: "$" alone would let a trailing line break through; ASCII digits only, not \d
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_MONTH_DAY = re.compile(r"([0-9][0-9])-([0-9][0-9])")
_INHERITED = ("names", "basis", "source")  # given on the holiday, or on each rule


def holiday(key: str, raw: object, src: Source, problems: list[RulesError] | None = None) -> Holiday | None:
    """A ``[holiday.KEY]`` table; with ``problems``, every problem is recorded there and None returned."""
    label = key if key.isprintable() else repr(key)  # a key that would act on a terminal is shown escaped
    t = Table(raw, src.name, f"[holiday.{label}]", src.table_line(f"holiday.{key}"), problems)
    if not _KEY.fullmatch(key):
        t.attempt(lambda: t.fail("a holiday key is lower-case letters, digits and '_', starting with a letter"))
    defaults = {
        "category": t.attempt(lambda: _own_category(t)),
        "names": t.attempt(lambda: t.names(required=False)),
        "basis": t.attempt(partial(basis, t)),
        "source": t.attempt(lambda: src.citing(t, "field 'source'", t.text("source", required=False))),
        "commemorates": t.attempt(lambda: t.date("commemorates", required=False, in_range=False)),
    }
    bayram = t.attempt(lambda: t.get("bayram", bool, False)) or False
    raw_periods = t.attempt(lambda: t.get("rule", list, True)) or []
    t.attempt(t.done)
    if not raw_periods and not t.found:
        t.attempt(lambda: t.fail("needs at least one [[holiday.KEY.rule]]"))
    periods = [t.attempt(partial(_period, i, p, defaults, src, key, t)) for i, p in enumerate(raw_periods)]
    if t.found:
        return None
    ordered = sorted((p for p in periods if p is not None), key=lambda p: p.first)
    for before, after in pairwise(ordered):
        if before.last is None or before.last >= after.first:
            t.fail(f"rules overlap: years from {after.first} are covered twice")
    _one_meaning_per_wording(ordered, t)
    return Holiday(key=key, bayram=bayram, periods=tuple(ordered), origin=src.name, line=t.line)


def _one_meaning_per_wording(periods: list[HolidayPeriod], t: Table) -> None:
    """The rules of a holiday that give a basis in the same words give the same acts (or the same text).
    A Day carries the basis's words, and the holiday's Days in equal words are one Day; its Azerbaijani and
    Russian are written from the acts, so they would be wrong for the years of one of the rules."""
    meant: dict[str, object] = {}
    for period in periods:
        acts = getattr(period.basis, "citations", None)  # None: a basis given as text
        if meant.setdefault(str(period.basis), acts) != acts:
            t.fail(
                f"two rules give the basis {str(period.basis)!r} for other acts: "
                "give one of them other English words ('en')"
            )


def _period(index: int, raw: object, defaults: dict[str, Any], src: Source, key: str, holiday: Table) -> HolidayPeriod:
    line = src.array_line(f"holiday.{key}.rule", index) or src.table_line(f"holiday.{key}")
    t = Table(raw, src.name, f"{holiday.entry} rule {index + 1}", line, holiday.problems)
    years = t.attempt(t.years)
    dates_and_days = t.attempt(lambda: _dates_or_lunar(t))
    category = t.attempt(lambda: _category(t, defaults["category"], holiday))
    own: dict[str, Any] = {
        "names": t.attempt(lambda: t.names(required=False)),
        "basis": t.attempt(partial(basis, t)),
        "source": t.attempt(lambda: src.citing(t, "field 'source'", t.text("source", required=False))),
    }
    inherited = {name: own[name] or defaults[name] for name in _INHERITED}
    for name in _INHERITED:
        if inherited[name] is None and name not in t.table and name not in holiday.table:  # else: reported
            t.attempt(partial(t.fail, f"missing {name!r} (give it on the holiday or on the rule)"))
    commemorates = t.attempt(lambda: t.date("commemorates", required=False, in_range=False)) or defaults["commemorates"]
    note = t.attempt(t.note)
    unverified = t.attempt(lambda: t.get("unverified", bool, False)) or False
    t.attempt(t.done)
    holiday.found += t.found
    if t.found or years is None or dates_and_days is None or category is None:
        raise Recorded  # each problem is in the list already
    (first, last), (dates, lunar, days) = years, dates_and_days
    return HolidayPeriod(
        first,
        last,
        dates,
        lunar,
        days,
        category,
        inherited["names"],
        inherited["basis"],
        inherited["source"],
        commemorates,
        note,
        unverified,
    )


def _dates_or_lunar(t: Table) -> tuple[tuple[tuple[int, int], ...], str | None, int]:
    raw_dates = t.get("dates", list, False)
    lunar = t.get("lunar", str, False)
    days = t.get("days", int, False)
    if (raw_dates is None) == (lunar is None):
        t.fail("give either 'dates' (\"MM-DD\" strings) or 'lunar' with 'days'")
    if raw_dates is not None:
        if not raw_dates:
            t.fail("'dates' must not be empty")
        dates = tuple(_month_day(d, t) for d in raw_dates)
        if len(set(dates)) != len(dates):
            t.fail("'dates' lists a date twice")
        if days is not None:
            t.fail("'days' goes with 'lunar', not with 'dates'")
        return dates, None, 0
    if lunar not in LUNAR_HOLIDAYS:
        t.fail(f"'lunar' must be one of {', '.join(LUNAR_HOLIDAYS)}, got {lunar!r}")
    if days is None or not 1 <= days <= 5:
        t.fail("a lunar holiday needs 'days' between 1 and 5")
    return (), lunar, days


def _own_category(t: Table) -> Category | None:
    text = t.text("category", required=False)
    return None if text is None else _category_named(t, text)


def _category(t: Table, default: Category | None, holiday: Table) -> Category:
    """A rule's category: its own, else the holiday's."""
    text = t.text("category", required=False)
    if text is not None:
        return _category_named(t, text)
    if default is None:
        if "category" in holiday.table:
            raise Recorded  # the holiday's own is wrong, and reported there once
        t.fail("missing 'category'")
    return default


def _category_named(t: Table, text: str) -> Category:
    try:
        category = Category(text)
    except ValueError:
        t.fail(f"unknown category {text!r}; expected one of {', '.join(c.value for c in Category)}")
    if category in (Category.VOTING, Category.DECLARED_MOURNING):
        t.fail(f"category {category.value!r} belongs in a [[decision]], not a holiday")
    return category


def _month_day(value: object, t: Table) -> tuple[int, int]:
    match = _MONTH_DAY.fullmatch(value) if isinstance(value, str) else None
    if not match:
        t.fail(f"a date in 'dates' must be a \"MM-DD\" string, got {value!r}")
    month, day = int(match.group(1)), int(match.group(2))
    try:
        dt.date(2001, month, day)  # a common year: 29 February would be missing three years in four
    except ValueError:
        t.fail(f"{value!r} is not a date that exists every year")
    return month, day

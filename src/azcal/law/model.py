"""The law and the decisions as small immutable values: what a calendar is computed from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ..errors import RulesError
from ..model import Category, Confidence, LawRule, Names
from .sources import Cited


@dataclass(frozen=True, slots=True)
class HolidayPeriod:
    """One period of a holiday's law: its years in force, dates, and what it is called then."""

    first: int
    last: int | None
    dates: tuple[tuple[int, int], ...]  # (month, day); empty for a lunar holiday
    lunar: str | None
    days: int  # length of a lunar holiday
    category: Category
    names: Names
    basis: str
    source: str
    commemorates: dt.date | None
    note: Names | None
    unverified: bool = False  # no source found for this period's rule: its days are unverified

    def covers(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday or memorial day under its stable key, with its periods in force."""

    key: str
    bayram: bool  # Ramazan or Qurban, for Art. 105.6
    periods: tuple[HolidayPeriod, ...]
    origin: str
    line: int | None = None
    official: bool = False  # from the packaged data, not a user's rules file

    def period(self, year: int) -> HolidayPeriod | None:
        return next((p for p in self.periods if p.covers(year)), None)


@dataclass(frozen=True, slots=True)
class Swap:
    rest: dt.date
    work: dt.date


@dataclass(frozen=True, slots=True)
class HolidayDates:
    holiday: str
    dates: tuple[dt.date, ...]


@dataclass(frozen=True, slots=True)
class DatedDay:
    """A voting day, a declared mourning day, or a one-off rest or working day."""

    date: dt.date
    names: Names
    non_working: bool = True


@dataclass(frozen=True, slots=True)
class Decision:
    """One act that sets or changes particular days."""

    id: str
    adopted: dt.date | None  # None for an inferred entry: its dates are known, its act is not
    adopted_approximate: bool
    number: str | None
    authority: str | None
    title: str
    source: str  # the act's text where it was found, else the best report
    note: Names | None
    swaps: tuple[Swap, ...] = ()
    holiday_dates: tuple[HolidayDates, ...] = ()
    voting: tuple[DatedDay, ...] = ()
    declared_mourning: tuple[DatedDay, ...] = ()
    rest_days: tuple[DatedDay, ...] = ()
    working_days: tuple[DatedDay, ...] = ()
    origin: str = ""
    line: int | None = None
    basis: str | None = None  # the act, as a day it sets on its own cites it; else its title
    weeks: tuple[int, ...] | None = None  # the working weeks its swaps and working days hold for, if stated
    reported: dt.date | None = None  # when its days were first reported (an inferred entry's known date)
    reports: tuple[str, ...] = ()  # further sources: press reports, archived copies

    @property
    def known_from(self) -> dt.date:
        """When the decision's days were known: its adoption, or for an inferred entry, the first report."""
        known = self.adopted or self.reported
        assert known is not None  # the loader requires one of them
        return known

    @property
    def inferred(self) -> bool:
        return self.adopted is None

    @property
    def entry(self) -> str:
        """How an error names it: "decision '2025-02-15-swap-march'", or "inferred '...'"."""
        return f"{'inferred' if self.inferred else 'decision'} {self.id!r}"

    @property
    def cited_as(self) -> str:
        return self.basis or self.title

    def holds_for(self, week: int, *, trade: bool = False) -> bool:
        """Whether the decision's days hold for the ``week``-day working week: with ``trade``, its swaps
        and one-off working days, else its other days (holiday dates, voting, mourning, rest days).

        A decision that names its ``weeks`` holds for those. Otherwise a swap or a working day trades a
        weekly rest day of the five-day week, for which the Cabinet makes them, and holds for it alone;
        the other days hold for every week.
        """
        if self.weeks is not None:
            return week in self.weeks
        return week == 5 or not trade


@dataclass(frozen=True, slots=True)
class Record:
    """How sure the record is of a period's days, for one or both working weeks (``[[record]]``)."""

    first: int
    last: int
    weeks: tuple[int, ...]
    confidence: Confidence
    known: dt.date | None  # when its years' calendars were published; else each year's 1 January
    source: str

    def covers(self, year: int, week: int) -> bool:
        return self.first <= year <= self.last and week in self.weeks


@dataclass(frozen=True)
class RuleSet:
    """The law, the holidays and the decisions a calendar is computed from."""

    law: Mapping[str, LawRule]
    holidays: Mapping[str, Holiday]
    decisions: tuple[Decision, ...]
    origins: tuple[str, ...] = field(default=())
    records: tuple[Record, ...] = ()  # the packaged data's periods; years no record covers are derived
    known_on: dt.date | None = None  # the date the rules are as known on (Calendar(as_of=...))
    sources: Mapping[str, Cited] = field(default_factory=dict)  # the packaged sources by id ([source.ID])
    cited: frozenset[str] = frozenset()  # the ids of those sources that entries cite

    def __post_init__(self) -> None:
        # read-only mappings: the official rules are shared by every calendar made from them
        object.__setattr__(self, "law", MappingProxyType(dict(self.law)))
        object.__setattr__(self, "holidays", MappingProxyType(dict(self.holidays)))

    @property
    def latest_adoption(self) -> dt.date | None:
        return max((d.known_from for d in self.decisions), default=None)

    def as_of(self, day: dt.date) -> RuleSet:
        """The rules as known on ``day``: decisions adopted (or inferred entries reported) after it are left
        out, and a year whose record was published after it is only derived."""
        return replace(self, decisions=tuple(d for d in self.decisions if d.known_from <= day), known_on=day)

    def confidence(self, year: int, week: int) -> Confidence:
        """How sure the record is of ``year`` for the ``week``-day week, before any one day is looked at."""
        found = next((r for r in self.records if r.covers(year, week)), None)
        if found is None:
            return Confidence.DERIVED
        published = found.known or dt.date(year, 1, 1)
        if found.confidence is Confidence.CONFIRMED and self.known_on is not None and published > self.known_on:
            return Confidence.DERIVED  # a year's record is not confirmed before it was published
        return found.confidence

    def layered(self, overlay: RuleSet) -> RuleSet:
        """These rules with ``overlay``'s holidays and decisions added; clashes are errors."""
        origin = overlay.origins[0] if overlay.origins else "<rules>"
        for key, holiday in overlay.holidays.items():
            if key in self.holidays:
                raise RulesError(
                    f"holiday key {key!r} is already defined in {self.holidays[key].origin}",
                    file=holiday.origin,
                    entry=f"[holiday.{key}]",
                    line=holiday.line,
                )
        known = {d.id: d for d in self.decisions}
        for decision in overlay.decisions:
            if decision.id in known:
                raise RulesError(
                    f"decision id {decision.id!r} is already used in {known[decision.id].origin}",
                    file=decision.origin,
                    entry=decision.entry,
                    line=decision.line,
                )
        merged = RuleSet(
            law=self.law,
            holidays={**self.holidays, **overlay.holidays},
            decisions=self.decisions + overlay.decisions,
            origins=(*self.origins, origin),
            records=self.records,
            known_on=self.known_on,
            sources=self.sources,
            cited=self.cited | overlay.cited,
        )
        _check_references(merged, overlay)
        return merged


def _check_references(rules: RuleSet, overlay: RuleSet) -> None:
    """Every holiday a decision names exists and is in force that year."""
    for decision in overlay.decisions:
        for item in decision.holiday_dates:
            holiday = rules.holidays.get(item.holiday)
            problem = None
            if holiday is None:
                problem = f"names an unknown holiday {item.holiday!r}"
            elif holiday.period(item.dates[0].year) is None:
                problem = f"sets dates of {item.holiday!r} in {item.dates[0].year}, a year it is not in force"
            if problem:
                raise RulesError(problem, file=decision.origin, entry=decision.entry, line=decision.line)

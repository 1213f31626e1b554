"""The values azcal answers with: a Day, what is observed on it, why it is off, a break."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .errors import InvalidArgumentError

LANGUAGES = ("az", "en", "ru")


class Kind(StrEnum):
    """What a date is for work: exactly one per date."""

    WORKDAY = "workday"
    WORKING_WEEKEND = "working_weekend"  # a Saturday or Sunday made a working day
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MOURNING = "mourning"  # 20 January, or a declared mourning day that is a day off
    VOTING = "voting"
    REST_DAY = "rest_day"  # moved under Art. 105.5 or 105.6, swapped under 105.7, or decided one-off

    @property
    def is_workday(self) -> bool:
        return self in (Kind.WORKDAY, Kind.WORKING_WEEKEND)


class Category(StrEnum):
    """What kind of occasion an observance is."""

    HOLIDAY = "holiday"  # Art. 105 holiday, a day off
    WORKING_HOLIDAY = "working_holiday"  # Art. 105 holiday that is a working day (18 October)
    MOURNING = "mourning"  # the Day of National Mourning, Art. 106
    MEMORIAL = "memorial"  # a memorial day that is worked (26 February)
    DECLARED_MOURNING = "declared_mourning"  # mourning declared for one day (26 December 2024)
    VOTING = "voting"  # an election or referendum, a day off
    DAY_OFF = "day_off"  # a day off from a user's own rules, not an Art. 105 holiday

    @property
    def is_day_off(self) -> bool:
        return self in (Category.HOLIDAY, Category.MOURNING, Category.VOTING, Category.DAY_OFF)


@dataclass(frozen=True, slots=True)
class Observance:
    """One occasion on one date: a holiday, a memorial day, a voting day."""

    key: str
    names: Mapping[str, str]
    category: Category
    basis: str
    source: str
    estimated: bool = False
    commemorates: dt.date | None = None  # the date of the event the day remembers
    anniversary: int | None = None  # which anniversary of that event this is: 35 for 20 January 2025
    note: str | None = None
    decision: str | None = None  # id of the decision that set this date, if one did

    def name(self, lang: str = "az") -> str:
        """The name in ``lang`` (az, en or ru)."""
        if lang not in LANGUAGES:
            raise InvalidArgumentError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        return self.names.get(lang) or self.names["az"]


class Rule(StrEnum):
    """Why a day is off, or why a weekend day is worked: the legal mechanism."""

    WEEKEND = "weekend"
    HOLIDAY = "holiday"  # the holiday itself, Art. 105.1
    MOURNING = "mourning"  # Art. 106
    VOTING = "voting"  # Election Code Art. 8.2
    WEEKEND_TRANSFER = "weekend_transfer"  # Art. 105.5
    BAYRAM_TRANSFER = "bayram_transfer"  # Art. 105.6
    SWAP = "swap"  # Art. 105.7
    DECISION = "decision"  # a one-off day off or working day
    OWN_RULES = "own_rules"  # a day off from a user's rules

    @property
    def is_transfer(self) -> bool:
        """A rest day moved by the law itself (Art. 105.5, 105.6), not by a decision."""
        return self in (Rule.WEEKEND_TRANSFER, Rule.BAYRAM_TRANSFER)


@dataclass(frozen=True, slots=True)
class Reason:
    """The mechanism behind a day off (or a worked weekend day) and where it is stated."""

    rule: Rule
    basis: str
    source: str
    stands_for: dt.date | None = None  # moved rest day: the holiday's date; swap: the other day
    holiday: str | None = None  # moved rest day: the key of the holiday it stands for
    decision: str | None = None  # the decision's id, for swaps and one-off days
    estimated: bool = False


@dataclass(frozen=True, slots=True)
class Day:
    """Everything azcal knows about one date."""

    date: dt.date
    kind: Kind
    hours: int  # for a 40-hour five-day week: 8, 7 on a shortened day, 0 off
    shortened: bool
    estimated: bool
    observances: tuple[Observance, ...]
    reason: Reason | None  # None for an ordinary workday
    shortened_before: Observance | None = None  # the day off the next day, for a shortened day

    @property
    def is_workday(self) -> bool:
        return self.kind.is_workday

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.kind.value}"


@dataclass(frozen=True, slots=True)
class Break:
    """A maximal run of consecutive days off that holds more than the ordinary weekend."""

    days: tuple[Day, ...]

    @property
    def start(self) -> dt.date:
        return self.days[0].date

    @property
    def end(self) -> dt.date:
        """The last day off (inclusive)."""
        return self.days[-1].date

    @property
    def length(self) -> int:
        return len(self.days)

    def __str__(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()} ({self.length} day{'s' if self.length > 1 else ''})"

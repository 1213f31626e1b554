"""The values azcal answers with: a Day, what is observed on it, why it is off, on what basis, a break.

A compiled calendar holds a small table of distinct ``DayFacts`` (kind, hours, observances, reason);
a ``Day`` is a date and one of those entries, so making one costs two slots, whatever it says.
Every value here is read-only (a Day's fields are properties over private slots; the others refuse to be
set) and carries everything its readers need: the names of the holiday a
moved rest day stands for and the names a decision gives a one-off day travel with the day, and a basis
given as the acts it cites (a ``Basis``) carries those acts, to be written in each language.

The values are small slot classes on ``_Value`` rather than dataclasses: this module is imported by
``import azcal``, and ``dataclasses`` (through ``inspect``) would cost more than the rest of it together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from operator import attrgetter

from .arguments import LANGUAGES as LANGUAGES
from .arguments import WEEKS as WEEKS
from .arguments import check_language as check_language
from .arguments import check_week as check_week
from .errors import deprecated

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which `import azcal` avoids
if TYPE_CHECKING:
    from typing import ClassVar


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


class Confidence(StrEnum):
    """How sure azcal is of a day's status: one per date."""

    CONFIRMED = "confirmed"  # a source states it: a law in force whose text was found, a decision, a published calendar
    DERIVED = "derived"  # follows from confirmed rules, as a fixed-date holiday in a future year
    ESTIMATED = "estimated"  # rests on a date not yet decided: an estimated Eid, or a rest day moved for one
    UNVERIFIED = "unverified"  # no source was found for the rule that gives it, that year


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


# Each working week's (arguments.WEEKS) weekly rest days, as weekday numbers.
REST_WEEKDAYS = {5: (5, 6), 6: (6,)}
# The basis a weekly rest day gives, per week: the Labor Code's working week, no one article.
WEEKEND_BASIS = {
    5: "Labor Code: the two weekly rest days of the five-day week",
    6: "Labor Code: the weekly rest day of the six-day week",
}


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


class _Value:
    """An immutable value: its ``_fields`` (its slots, in the order ``__init__`` takes them) are set once;
    equal, hashed, shown, copied and pickled by them. The hash is taken once, when the value is made:
    compiling a calendar looks values up in dictionaries by the thousand."""

    __slots__ = ("_hash",)
    _fields: tuple[str, ...] = ()
    _hash: int
    _compared: ClassVar[attrgetter[object]]  # the fields' values, read in C: __eq__ is hot in a compile

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        if cls._fields:
            cls._compared = attrgetter(*cls._fields)

    def _set(self, *values: object) -> None:
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_hash", hash(values))

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self is other or (hash(self) == hash(other) and self._compared(self) == other._compared(other))

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), self._values()


# The acts a basis may cite as structure (``law.citations`` reads them, ``text.legal`` has each one's words
# in every language): a closed list, so that every structured basis is written in each language.
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
ENGLISH_MONTHS = (  # as an English citation writes a date; the words of the text layer take them too
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


def _english_date(day: dt.date) -> str:
    """A date as an English citation writes it: "26 March 1998" (not by the locale, as strftime's %B is)."""
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


class Citation(_Value):
    """One act a basis cites: a code and its articles (as amended on a date), or an act and its date."""

    _fields = ("act", "articles", "adopted", "amended", "en")
    __slots__ = _fields
    act: str  # one of CODES or ACTS
    articles: tuple[str, ...]
    adopted: dt.date | None
    amended: dt.date | None
    en: str | None  # the English words, where the record cites the act otherwise than ``english`` writes

    def __init__(
        self,
        act: str,
        articles: tuple[str, ...] = (),
        adopted: dt.date | None = None,
        amended: dt.date | None = None,
        en: str | None = None,
    ):
        self._set(act, articles, adopted, amended, en)

    @property
    def english(self) -> str:
        """The citation as every Day carries it: "Labor Code Art. 114.6, as amended on 16 January 2026"."""
        if self.en is not None:
            return self.en
        text = self.act
        if self.articles:
            text += " Art. " + ", ".join(self.articles)
        if self.adopted is not None:
            text += f" of {_english_date(self.adopted)}"
        if self.amended is not None:
            text += f", as amended on {_english_date(self.amended)}"
        return text


class Basis(str):
    """A legal basis given as the acts it cites: as a string, the English words every Day carries ("Labor
    Code Art. 105.1, 105.4"); its ``citations`` are the acts themselves, from which each language writes it.

    A str, so that a Day, its JSON and its repr read as with a basis given as text, and equal to (and
    hashed as) the same words given as text. The acts travel with the value, in its pickle and in a
    compiled calendar's file too, so that no one has to find them again from the words, which another
    file could give for other acts. A basis given as text is a plain ``str``, with no citations.
    """

    citations: tuple[Citation, ...]  # in the instance's __dict__: a str subclass can have no slot of its own

    def __new__(cls, citations: tuple[Citation, ...]) -> Basis:
        if not citations:
            raise ValueError("a basis cites at least one act")
        made = super().__new__(cls, "; ".join(c.english for c in citations))
        object.__setattr__(made, "citations", tuple(citations))
        return made

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Basis is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Basis is immutable: cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[Basis], tuple[tuple[Citation, ...]]]:
        return Basis, (self.citations,)


class Names(_Value, Mapping[str, str]):
    """A name in Azerbaijani, English and Russian; read as a mapping, ``names["en"]``."""

    _fields = ("az", "en", "ru")
    __slots__ = _fields
    az: str
    en: str
    ru: str

    def __init__(self, az: str, en: str, ru: str):
        self._set(az, en, ru)

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        value: str = getattr(self, lang)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Names):
            return _Value.__eq__(self, other)
        return Mapping.__eq__(self, other)  # equal to a dict of the same names, as the dict it replaces

    __hash__ = _Value.__hash__
    __repr__ = _Value.__repr__

    def name(self, lang: str = "az") -> str:
        return self[check_language(lang)]


class LawRule(_Value):
    """A statutory mechanism (Art. 105.5, 105.6, 108, ...): where it is stated and since when it applies."""

    _fields = ("key", "basis", "source", "since")
    __slots__ = _fields
    key: str
    basis: str
    source: str
    since: dt.date | None

    def __init__(self, key: str, basis: str, source: str, since: dt.date | None = None):
        self._set(key, basis, source, since)


class Observance(_Value):
    """One occasion on one date: a holiday, a memorial day, a voting day."""

    _fields = (
        "key",
        "names",
        "category",
        "basis",
        "source",
        "estimated",
        "commemorates",
        "anniversary",
        "note",
        "decision",
    )
    __slots__ = _fields
    key: str
    names: Names
    category: Category
    basis: str
    source: str
    estimated: bool
    commemorates: dt.date | None  # the date of the event the day remembers
    anniversary: int | None  # which anniversary of that event this is: 35 for 20 January 2025
    note: Names | None  # a remark in each language: "a working day", "never moved"
    decision: str | None  # id of the decision that set this date, if one did

    def __init__(
        self,
        key: str,
        names: Names,
        category: Category,
        basis: str,
        source: str,
        estimated: bool = False,
        commemorates: dt.date | None = None,
        anniversary: int | None = None,
        note: Names | None = None,
        decision: str | None = None,
    ):
        self._set(key, names, category, basis, source, estimated, commemorates, anniversary, note, decision)

    def name(self, lang: str = "az") -> str:
        """The name in ``lang`` (az, en or ru)."""
        return self.names.name(lang)


class Reason(_Value):
    """The mechanism behind a day off (or a worked weekend day) and where it is stated."""

    _fields = (
        "rule",
        "basis",
        "source",
        "stands_for",
        "holiday",
        "decision",
        "estimated",
        "stands_for_holiday",
        "names",
        "note",
    )
    __slots__ = _fields
    rule: Rule
    basis: str
    source: str
    stands_for: dt.date | None  # moved rest day: the holiday's date; swap: the other day
    holiday: str | None  # moved rest day: the key of the holiday it stands for
    decision: str | None  # the decision's id, for swaps and one-off days
    estimated: bool
    stands_for_holiday: Observance | None  # moved rest day: that holiday, as observed on its date
    names: Names | None  # a day decided on its own: what its decision calls it
    note: Names | None  # a swapped or decided day: its decision's remark, in each language

    def __init__(
        self,
        rule: Rule,
        basis: str,
        source: str,
        stands_for: dt.date | None = None,
        holiday: str | None = None,
        decision: str | None = None,
        estimated: bool = False,
        stands_for_holiday: Observance | None = None,
        names: Names | None = None,
        note: Names | None = None,
    ):
        self._set(rule, basis, source, stands_for, holiday, decision, estimated, stands_for_holiday, names, note)


class DayFacts(_Value):
    """What a date is, apart from the date: shared by every date that is the same kind of day.

    Internal: the compiled calendar's table of distinct days. Users read a Day's own fields. Its name
    stays as it is because a Day's repr shows it."""

    _fields = (
        "kind",
        "hours",
        "shortened",
        "estimated",
        "observances",
        "reason",
        "shortened_before",
        "shortened_by",
        "confidence",
    )
    __slots__ = _fields
    kind: Kind
    hours: int  # a 40-hour five-day week: 8, 7 on a shortened day, 0 off; six-day: its limits, 7 or 6 and less
    shortened: bool
    estimated: bool
    observances: tuple[Observance, ...]
    reason: Reason | None  # None for an ordinary workday
    shortened_before: Observance | None  # a shortened day: the day off it comes before
    shortened_by: LawRule | None  # a shortened day: the rule that shortens it (Art. 108), with its source
    confidence: Confidence

    def __init__(
        self,
        kind: Kind,
        hours: int,
        shortened: bool,
        estimated: bool,
        observances: tuple[Observance, ...] = (),
        reason: Reason | None = None,
        shortened_before: Observance | None = None,
        shortened_by: LawRule | None = None,
        confidence: Confidence = Confidence.DERIVED,
    ):
        self._set(kind, hours, shortened, estimated, observances, reason, shortened_before, shortened_by, confidence)


class Day:
    """Everything azcal knows about one date: the date and the facts of its kind of day."""

    # Two slots and read-only properties: a Day is made per question, so it must be cheap to make.
    __slots__ = ("_date", "_facts")

    def __init__(self, date: dt.date, facts: DayFacts) -> None:
        self._date = date
        self._facts = facts

    @property
    def date(self) -> dt.date:
        return self._date

    @property
    def facts(self) -> DayFacts:
        """Deprecated: the Day's own fields (``kind``, ``hours``, ``observances``, ``reason``, ...) say it all."""
        deprecated("Day.facts", "the Day's own fields (kind, hours, observances, reason, ...)")
        return self._facts

    @property
    def kind(self) -> Kind:
        return self._facts.kind

    @property
    def hours(self) -> int:
        return self._facts.hours

    @property
    def shortened(self) -> bool:
        return self._facts.shortened

    @property
    def estimated(self) -> bool:
        return self._facts.estimated

    @property
    def confidence(self) -> Confidence:
        """How sure the day's status is: confirmed, derived, estimated or unverified (docs/law.md)."""
        return self._facts.confidence

    @property
    def observances(self) -> tuple[Observance, ...]:
        return self._facts.observances

    @property
    def reason(self) -> Reason | None:
        return self._facts.reason

    @property
    def shortened_before(self) -> Observance | None:
        return self._facts.shortened_before

    @property
    def shortened_by(self) -> LawRule | None:
        return self._facts.shortened_by

    @property
    def is_workday(self) -> bool:
        return self._facts.kind.is_workday

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Day):
            return NotImplemented
        return self._date == other._date and self._facts == other._facts

    def __hash__(self) -> int:
        return hash((self._date, self._facts))

    def __reduce__(self) -> tuple[type[Day], tuple[dt.date, DayFacts]]:
        return Day, (self._date, self._facts)

    def __repr__(self) -> str:
        return f"Day({self._date!r}, {self._facts!r})"

    def __str__(self) -> str:
        return f"{self._date.isoformat()} {self._facts.kind.value}"


class Break(_Value):
    """A maximal run of consecutive days off that holds more than the ordinary weekend: from ``start`` to
    ``last_day``, both days off (the one inclusive end in azcal, named so), ``length`` days in all."""

    _fields = ("days",)
    __slots__ = _fields
    days: tuple[Day, ...]

    def __init__(self, days: tuple[Day, ...]):
        self._set(days)

    @property
    def start(self) -> dt.date:
        """The first day off."""
        return self.days[0].date

    @property
    def last_day(self) -> dt.date:
        """The last day off (inclusive: the break's days are ``start`` to ``last_day``, both off)."""
        return self.days[-1].date

    @property
    def end(self) -> dt.date:
        """Deprecated: ``last_day``. Every other ``end`` in azcal is exclusive; this one was the last day off."""
        deprecated("Break.end", "Break.last_day (the last day off, inclusive)")
        return self.days[-1].date

    @property
    def length(self) -> int:
        """Days in the break."""
        return len(self.days)

    def __str__(self) -> str:
        last, length = self.last_day.isoformat(), self.length
        return f"{self.start.isoformat()} – {last} ({length} day{'s' if length > 1 else ''})"


def breaks_in(days: Iterable[Day]) -> list[Break]:
    """Every maximal run of days off in ``days`` (consecutive dates) that holds more than the ordinary
    weekend: a run of weekend days alone is no break."""
    runs: list[Break] = []
    current: list[Day] = []
    for day in [*days, None]:  # None closes the last run
        if day is not None and not day.is_workday:
            current.append(day)
            continue
        if any(d.kind is not Kind.WEEKEND for d in current):
            runs.append(Break(tuple(current)))
        current = []
    return runs

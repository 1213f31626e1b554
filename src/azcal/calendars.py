"""Calendar and Year: the questions HR and payroll code asks, answered from one compiled calendar.

A Calendar is one definition (the official data; as known on a date; with a user's rules files) and
its compiled arrays, made whole before the Calendar is returned and never changed afterwards: any
number of threads ask it anything with no lock. The official calendar is not compiled at all but
loaded, precompiled, from the package (see ``azcal.compiled``); other definitions go through the
engine once, when the Calendar is made.
"""

from __future__ import annotations

import datetime as dt
import functools

from .arguments import ROLLS as ROLLS
from .arguments import check_roll, check_rules_files, check_week, check_workdays
from .compiled import (
    FIRST_ORDINAL,
    SPAN,
    WORKDAY,
    CompiledCalendar,
    check_sources,
    date_at,
    load_official,
)
from .datapath import DataInUse, in_use, use
from .dates import END_OF_RANGE, FIRST_YEAR, LAST_YEAR, check_year, checked_date, to_date
from .errors import ArgumentTypeError, InvalidArgumentError, NotAWorkdayError, RulesError, YearOutOfRangeError
from .forksafe import MAKING
from .model import WEEKS, Break, Category, Day, Kind, breaks_in
from .version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which `import azcal` avoids
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence
    from decimal import Decimal
    from pathlib import Path
    from typing import Literal

    from .compiled.delta import OfficialPlan
    from .law.model import RuleSet
    from .model import LawRule
    from .payroll import Leave, Norms

    Roll = Literal["following", "preceding", "modifiedfollowing", "modifiedpreceding", "raise"]

ONE_DAY = dt.timedelta(days=1)

# The official calendars of the data in use (azcal.datapath), per working week: each published whole by one
# assignment and never changed; a new state of the data (datapath.reload) starts anew.
_official_compiled: tuple[DataInUse | None, dict[int, CompiledCalendar]] = (None, {})
_official_calendar: tuple[DataInUse | None, dict[int, Calendar]] = (None, {})


def official_compiled(week: int = 5) -> CompiledCalendar:
    """The official calendar of a ``week``-day week on the data in use, made once per process: a base's
    compiled file as it is, or compiled from the files when ``AZCAL_DATA`` lays folders over it."""
    global _official_compiled
    data = in_use()
    known, made = _official_compiled
    compiled = made.get(check_week(week)) if known is data else None
    if compiled is None:
        with MAKING:
            known, made = _official_compiled
            if known is not data:
                made = {}
            compiled = made.get(week)
            if compiled is None:
                compiled = _official_of(data, week)
                _official_compiled = (data, {**made, week: compiled})
    return compiled


def _official_of(data: DataInUse, week: int) -> CompiledCalendar:
    if not data.folders:
        return load_official(week, data.base)
    from .engine import compile_official
    from .law.loading import from_folder

    try:
        return compile_official(week, data)
    except RulesError as exc:  # a decision of an AZCAL_DATA folder that does not fit: named as that folder's
        raise from_folder(exc, data) from None


def switch_data(data: DataInUse) -> None:
    """Answer from ``data`` from now on, once its official calendars are made: a broken file raises and
    leaves the data in use as it was. Calendars made before keep their answers."""
    global _official_compiled
    with MAKING:
        made = {week: _official_of(data, week) for week in WEEKS}
        _official_compiled = (data, made)
        use(data)


def official(week: int = 5) -> Calendar:
    """The shared calendar on the official data in use, for a ``week``-day week: what ``Calendar(week=week)``
    gives, without its checks of a definition. Users ask for it as ``azcal.Calendar()``."""
    global _official_calendar
    data = in_use()
    known, made = _official_calendar
    calendar = made.get(check_week(week)) if known is data else None
    if calendar is None:
        new = Calendar._made(None, (), week)
        with MAKING:
            known, made = _official_calendar
            if known is not data:
                made = {}
            calendar = made.get(week, new)
            _official_calendar = (data, {**made, week: calendar})
    return calendar


class Calendar:
    """Azerbaijan's working-time calendar: the official data, optionally as known on a date, plus own rules,
    for the five-day week (the default) or the six-day week, Monday to Saturday (``week=6``).

    ``Calendar()``, with nothing added, is the official calendar, the one the module-level functions
    answer from:

        >>> Calendar().is_workday("2025-01-20")
        False
        >>> Calendar(week=6).is_workday("2026-03-09")  # worked in the six-day week (the Ministry's 2026 list)
        True
    """

    __slots__ = (
        "_as_of",
        "_codes",
        "_compiled",
        "_days",
        "_rule_files",
        "_rule_texts",
        "_rules",
        "_total",
        "_twin",
        "_workdays",
        "_workdays_before",
    )

    def __new__(
        cls,
        *,
        as_of: dt.date | str | None = None,
        rules: str | Path | Sequence[str | Path] = (),
        week: int = 5,
    ) -> Calendar:
        # One calendar per definition: equal definitions on the same data give the same read-only calendar.
        day, files, week = None if as_of is None else to_date(as_of), check_rules_files(rules), check_week(week)
        texts = _read(files)
        if cls is not Calendar:  # a subclass of the user's: its own object
            return cls._made(day, texts, week)
        if day is None and not files:
            return official(week)
        return _defined(day, texts, week)

    def __init__(
        self,
        *,
        as_of: dt.date | str | None = None,
        rules: str | Path | Sequence[str | Path] = (),
        week: int = 5,
    ) -> None:
        """Made whole by ``__new__``, which may return a calendar made before: nothing is set here."""

    @classmethod
    def _made(
        cls, as_of: dt.date | None, rule_texts: tuple[tuple[str, str], ...], week: int, data: DataInUse | None = None
    ) -> Calendar:
        """A new calendar of a definition: rules files as the contents read before (a pickle carries them)."""
        calendar = object.__new__(cls)
        calendar._build(as_of, tuple(name for name, _ in rule_texts), rule_texts, week, data or in_use())
        return calendar

    def _build(
        self,
        as_of: dt.date | None,
        files: tuple[str, ...],
        texts: tuple[tuple[str, str], ...],
        week: int,
        data: DataInUse,
    ) -> None:
        self._as_of, self._rule_files = as_of, files
        self._rules: RuleSet | None = None
        self._twin: Calendar | None = None  # the same definition for the other week, made when first asked for
        if self.is_official:
            self._rule_texts: tuple[tuple[str, str], ...] = ()
            self._compiled = official_compiled(week)
        else:
            with MAKING:  # the compile imports as it goes: no fork meanwhile (azcal.forksafe)
                self._rule_texts = texts
                self._rules, self._compiled = _compile(data, as_of, texts, week)
        # the hot paths read these without one more attribute lookup
        self._days: list[Day | None] = []  # day(): a Day per date once one is asked for, a year at a time
        self._workdays: tuple[dt.date, ...] | None = None  # the workdays by rank, when first stepped over
        self._codes = self._compiled.codes
        self._workdays_before = self._compiled.workdays_before
        self._total = self._compiled.total_workdays

    @classmethod
    def with_rules(cls, *paths: str | Path, as_of: dt.date | str | None = None, week: int = 5) -> Calendar:
        """The official calendar with one or more of the user's rules files layered over it: the same as
        ``Calendar(rules=[...], as_of=..., week=...)``, for the five-day week (the default) or the six-day week."""
        return cls(as_of=as_of, rules=paths, week=week)

    def __repr__(self) -> str:
        parts = [f"as_of={self.as_of.isoformat()!r}"] if self.as_of else []
        if self.rule_files:
            parts.append(f"rules={list(self.rule_files)!r}")
        if self.week != 5:
            parts.append(f"week={self.week}")
        return f"Calendar({', '.join(parts)})"

    def __reduce__(
        self,
    ) -> tuple[Callable[..., Calendar], tuple[str, dt.date | None, tuple[tuple[str, str], ...], int]]:
        # By what defines it: the official data it is built on, the as_of date, the contents of its rules
        # files (not their paths) and the week, so that it arrives whole on a worker that has no copy of the files.
        return _remade, (official_data_id(), self._as_of, self._rule_texts, self.week)

    @property
    def as_of(self) -> dt.date | None:
        """The date the calendar is as known on (decisions adopted later are left out), if one was given."""
        return self._as_of

    @property
    def rule_files(self) -> tuple[str, ...]:
        """The user's rules files layered over the official data, as given."""
        return self._rule_files

    @property
    def week(self) -> int:
        """Working days a week: 5, or 6 (Monday to Saturday, Sunday the one weekly rest day)."""
        return self._compiled.week

    def for_week(self, week: int) -> Calendar:
        """This calendar's definition (official data, ``as_of``, rules files) for a ``week``-day week:
        made when first asked for, then kept."""
        if check_week(week) == self.week:
            return self
        twin = self._twin
        if twin is None:
            # a memo, set by one assignment: threads that race here make the same read-only calendar
            twin = self._twin = _remade_here(self._as_of, self._rule_texts, week)
        return twin

    @property
    def is_official(self) -> bool:
        """Whether this is the official calendar (of either week): no ``as_of`` date, no rules files of one's own."""
        return self.as_of is None and not self.rule_files

    @property
    def data_version(self) -> str:
        """Which official data the calendar is built on: the adoption date of its latest decision (the same
        for a calendar as of an earlier date, which leaves later decisions out, and for one with own rules)."""
        return self._compiled.data_version

    @property
    def compiled(self) -> CompiledCalendar:
        """The read-only arrays behind this calendar (for ``azcal.arrays`` and other bulk readers)."""
        return self._compiled

    @property
    def law(self) -> Mapping[str, LawRule]:
        """The statutory rules applied (Art. 105.5, 105.6, 108, ...), each with its basis and since when."""
        return self._compiled.tables.law

    @property
    def rules(self) -> RuleSet:
        """The law and decisions this calendar is computed from (the official ones are read when first asked)."""
        if self._rules is not None:
            return self._rules
        from .law.loading import official_rules

        return official_rules()

    # -- single dates ------------------------------------------------------------------------------

    def _index(self, date: object, *, range_end: bool = False) -> int:
        """The position of ``date`` in the compiled arrays; a clear error for anything else.

        With ``range_end``, ``date`` bounds a half-open range and may also be 1 January 2101.
        """
        day = to_date(date)
        if range_end and day == END_OF_RANGE:
            return SPAN
        return checked_date(day).toordinal() - FIRST_ORDINAL

    def day(self, date: dt.date | str) -> Day:
        """Everything known about ``date``: kind, hours, observances, reason."""
        if not (type(date) is dt.date and 0 <= (i := date.toordinal() - FIRST_ORDINAL) < SPAN):
            i = checked_date(date).toordinal() - FIRST_ORDINAL  # anything but a date in range: the long way
        try:
            found = self._days[i]
        except IndexError:  # no Day asked of this calendar yet
            found = None
        return found if found is not None else self._days_of_year(i)

    def _days_of_year(self, i: int) -> Day:
        """The Day of index ``i``, its year's Days made and kept first: the kept Days are published a whole
        year at a time (one slice assignment) and never changed, so a reader sees a year whole or not at
        all; two threads that make one year at once make equal Days. At most one Day per date is kept."""
        year = date_at(i).year
        first, last = dt.date(year, 1, 1).toordinal() - FIRST_ORDINAL, dt.date(year, 12, 31).toordinal() - FIRST_ORDINAL
        facts, numbers = self._compiled.tables.facts, self._compiled.facts_index
        made = [Day(date_at(j), facts[numbers[j]]) for j in range(first, last + 1)]
        days = self._days
        if not days:  # the first year asked for: the list, published with that year in it
            days = [None] * SPAN
            days[first : last + 1] = made
            self._days = days
        else:
            days[first : last + 1] = made
        return made[i - first]

    def is_workday(self, date: dt.date | str) -> bool:
        # The hot paths: one lookup for a date object in range, or for a 'YYYY-MM-DD' string; anything else
        # goes the long way.
        if type(date) is dt.date and 0 <= (i := date.toordinal() - FIRST_ORDINAL) < SPAN:
            return self._codes[i] & WORKDAY == WORKDAY
        return self._codes[checked_date(date).toordinal() - FIRST_ORDINAL] & WORKDAY == WORKDAY

    def next_workday(self, date: dt.date | str) -> dt.date:
        """The first workday strictly after ``date``."""
        # the hot path: the rank of the first workday after the date, and that workday's date
        if (
            type(date) is dt.date
            and 0 <= (i := date.toordinal() - FIRST_ORDINAL) < SPAN
            and (rank := self._workdays_before[i + 1]) < self._total
        ):
            return (self._workdays or self._workday_dates())[rank]
        return self._workday_at_rank(self._workdays_before[self._index(date) + 1])

    def previous_workday(self, date: dt.date | str) -> dt.date:
        """The last workday strictly before ``date``."""
        if (
            type(date) is dt.date
            and 0 <= (i := date.toordinal() - FIRST_ORDINAL) < SPAN
            and (rank := self._workdays_before[i] - 1) >= 0
        ):
            return (self._workdays or self._workday_dates())[rank]
        return self._workday_at_rank(self._workdays_before[self._index(date)] - 1)

    def _workday_at_rank(self, rank: int) -> dt.date:
        """The workday with ``rank`` workdays before it in the range."""
        if not 0 <= rank < self._total:
            raise YearOutOfRangeError(f"the answer would fall outside the supported range {FIRST_YEAR}-{LAST_YEAR}")
        return (self._workdays or self._workday_dates())[rank]

    def _workday_dates(self) -> tuple[dt.date, ...]:
        workdays = self._workdays = self._compiled.workdays  # shared by the calendars of these arrays
        return workdays

    # -- counting and stepping over workdays ---------------------------------------------------------

    def workdays_between(self, start: dt.date | str, end: dt.date | str) -> int:
        """Workdays in the half-open range ``[start, end)``; negative when ``end`` is before ``start``.

        ``end`` may be 1 January 2101, to count up to the last day of the range.
        """
        before = self._workdays_before
        if type(start) is dt.date and type(end) is dt.date:  # the hot path: two lookups
            i, j = start.toordinal() - FIRST_ORDINAL, end.toordinal() - FIRST_ORDINAL
            if 0 <= i <= SPAN and 0 <= j <= SPAN:
                return before[j] - before[i]
        return before[self._index(end, range_end=True)] - before[self._index(start, range_end=True)]

    def shortened_days_between(self, start: dt.date | str, end: dt.date | str) -> int:
        """Art. 108 shortened days in ``[start, end)``, signed as ``workdays_between``."""
        before = self._compiled.shortened_before
        return before[self._index(end, range_end=True)] - before[self._index(start, range_end=True)]

    def roll(self, date: dt.date | str, roll: Roll = "following") -> dt.date:
        """``date`` if it is a workday, else the workday ``roll`` chooses (numpy's names)."""
        day = checked_date(date)
        check_roll(roll)
        if self.is_workday(day):
            return day
        if roll == "raise":
            raise NotAWorkdayError(f"{day.isoformat()} is not a workday ({self.day(day).kind.value})")
        forward = roll in ("following", "modifiedfollowing")
        steps = (self.next_workday, self.previous_workday) if forward else (self.previous_workday, self.next_workday)
        if not roll.startswith("modified"):
            return steps[0](day)
        # the other way when the chosen workday is in another month, or when there is none before 2101 (after 1989)
        try:
            rolled = steps[0](day)
        except YearOutOfRangeError:
            return steps[1](day)
        return rolled if rolled.month == day.month else steps[1](day)

    def add_workdays(self, date: dt.date | str, n: int, roll: Roll = "following") -> dt.date:
        """The workday ``n`` workdays after ``date`` (before it when ``n`` is negative).

        As ``numpy.busday_offset``: a start that is not a workday is first rolled as ``roll`` says
        (``following`` by default: Saturday + 1 workday is the Tuesday after a working Monday), then
        moved ``n`` workdays, so ``workdays_between(rolled start, result) == n``.
        """
        if type(date) is dt.date and type(n) is int and 0 <= (i := date.toordinal() - FIRST_ORDINAL) < SPAN:
            # the hot path, one lookup in the workdays by rank: from a workday, or rolling following to the
            # first workday after it; anything else goes the long way, whose checks say what is wrong
            first, total = self._workdays_before[i], self._total  # the rank of the date, or of the workday after
            if 0 <= first + n < total and (
                (roll == "following" and first < total) or (self._codes[i] & WORKDAY and roll in ROLLS)
            ):
                return (self._workdays or self._workday_dates())[first + n]
        return self._add_workdays_checked(date, n, roll)

    def _add_workdays_checked(self, date: dt.date | str, n: int, roll: Roll) -> dt.date:
        """``add_workdays`` the long way, for anything its hot path does not take: each argument checked."""
        check_workdays(n)
        start = self.roll(date, roll)
        rank = self._workdays_before[start.toordinal() - FIRST_ORDINAL] + n
        if rank < 0:
            raise YearOutOfRangeError(f"{n} workdays from {start} falls before {FIRST_YEAR}")
        if rank >= self._compiled.total_workdays:
            raise YearOutOfRangeError(f"{n} workdays from {start} falls after {LAST_YEAR}")
        return self._workday_at_rank(rank)

    # -- years and ranges ----------------------------------------------------------------------------

    def year(self, year: int) -> Year:
        """The ``year`` of this calendar: its Days, holidays, breaks and norms."""
        return Year(self, check_year(year))

    def days(self, start: dt.date | str, end: dt.date | str) -> Iterator[Day]:
        """The Days of the half-open range ``[start, end)``."""
        first, last = self._index(start, range_end=True), self._index(end, range_end=True)
        facts, numbers = self._compiled.tables.facts, self._compiled.facts_index
        for i in range(first, last):
            yield Day(date_at(i), facts[numbers[i]])

    # -- payroll ---------------------------------------------------------------------------------------

    def working_hours(self, start: dt.date | str, end: dt.date | str, week_hours: int = 40) -> Decimal:
        """The working-hours norm of ``[start, end)`` for a 40-, 36- or 24-hour week (see ``azcal.payroll``);
        for the six-day week, the five-day week's norm, as the Ministry applies it."""
        if type(start) is dt.date and type(end) is dt.date and type(week_hours) is int and self.week == 5:
            # the hot path: two subtractions, and the payroll module's own arithmetic on them
            i, j = start.toordinal() - FIRST_ORDINAL, end.toordinal() - FIRST_ORDINAL
            per_day = (_per_day or _load_per_day()).get(week_hours)
            if 0 <= i <= SPAN and 0 <= j <= SPAN and per_day is not None:
                workdays = self._workdays_before[j] - self._workdays_before[i]
                if week_hours != 40:  # Art. 108 shortens the full week's days alone
                    return per_day * workdays - 0
                shortened = self._compiled.shortened_before
                return per_day * workdays - (shortened[j] - shortened[i])
        from .hours import working_hours

        return working_hours(self, start, end, week_hours)

    def norms(self, year: int, week_hours: int = 40) -> Norms:
        """The production calendar of ``year``: days and hours per month, quarter and year."""
        from . import payroll

        return payroll.norms(self, year, week_hours)

    def leave_end(self, start: dt.date | str, days: int) -> Leave:
        """An annual leave of ``days`` calendar days from ``start``: its last day and the day work resumes."""
        return (_leave_end or _load_payroll())(self, start, days)


# what payroll gives the hot paths, once first asked for: `import azcal` does not import payroll
_per_day: dict[int, Decimal] | None = None  # hours.PER_DAY
_leave_end: Callable[[Calendar, dt.date | str, int], Leave] | None = None  # payroll.leave_end_from_arrays


def _load_payroll() -> Callable[[Calendar, dt.date | str, int], Leave]:
    global _leave_end
    from . import payroll

    _leave_end = payroll.leave_end_from_arrays
    return payroll.leave_end_from_arrays


def _load_per_day() -> dict[int, Decimal]:
    global _per_day
    from .hours import PER_DAY  # not the rest of payroll: a view of a year asks only hours

    _per_day = PER_DAY
    return PER_DAY


def _read(files: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each rules file's name and text, read once: what is compiled is what a pickle carries."""
    if not files:  # the loader is not imported for a calendar without rules files
        return ()
    read = _read_rules_file or _load_reader()  # read without waiting for a compile under way
    return tuple((name, read(name)) for name in files)


_read_rules_file: Callable[[str], str] | None = None  # law.files.read_rules_file, once imported


def _load_reader() -> Callable[[str], str]:
    global _read_rules_file
    with MAKING:  # imported, not across a fork (azcal.forksafe)
        from .law.files import read_rules_file

    _read_rules_file = read_rules_file
    return read_rules_file


def check_calendar(calendar: object) -> Calendar | None:
    """``calendar`` if it is a Calendar or None (the official calendar, for whoever takes ``calendar=``)."""
    if calendar is not None and not isinstance(calendar, Calendar):
        raise ArgumentTypeError(f"calendar must be an azcal.Calendar, got {type(calendar).__name__}")
    return calendar


_DefinitionKey = tuple["DataInUse", "dt.date | None", "tuple[tuple[str, str], ...]", int]
_defined_calendars: dict[_DefinitionKey, Calendar] = {}  # read without a lock; added to under MAKING
DEFINITIONS_KEPT = 32


def _defined(as_of: dt.date | None, texts: tuple[tuple[str, str], ...], week: int) -> Calendar:
    """The one calendar of a definition, compiled once for all who ask for it: read-only, so any number
    of threads share it. Keyed by the data in use too, so that the data read anew (reload_data) is never
    answered from what the old data gave. A calendar made before is found without waiting for a compile
    of another definition under way; the oldest of more than DEFINITIONS_KEPT is let go."""
    found = _defined_calendars.get((in_use(), as_of, texts, week))
    if found is None:
        with MAKING:  # one compile per definition, whichever thread asks first
            data = in_use()  # again: a reload may have switched it while this thread waited
            key = (data, as_of, texts, week)
            found = _defined_calendars.get(key)
            if found is None:
                found = Calendar._made(as_of, texts, week, data)
                if len(_defined_calendars) >= DEFINITIONS_KEPT:
                    del _defined_calendars[next(iter(_defined_calendars))]
                _defined_calendars[key] = found
    return found


def _compile(
    data: DataInUse, as_of: dt.date | None, files: tuple[tuple[str, str], ...], week: int
) -> tuple[RuleSet, CompiledCalendar]:
    """The rules of a definition other than the official one (rules files as name and contents), compiled."""
    from .compiled.delta import compile_delta
    from .law.estimates import packaged
    from .law.loading import official_rules, parse_rules

    rules = official_rules(data)
    base = _official_plan(data, week)
    for name, text in files:
        rules = rules.layered(parse_rules(name, text))
    if as_of is not None:
        rules = rules.as_of(as_of)
    return rules, compile_delta(rules, packaged(data.base), base)


@functools.lru_cache(maxsize=4)
def _official_plan(data: DataInUse, week: int) -> OfficialPlan:
    """What the engine places on each date of ``data``'s official calendar of a ``week``-day week, with the
    compiled arrays other definitions are compiled over: made once per state of the data and week."""
    from .compiled.delta import OfficialPlan
    from .law.estimates import packaged
    from .law.loading import official_rules

    compiled = official_compiled(week) if data is in_use() else _official_of(data, week)
    if not data.folders:  # else the official calendar is compiled from the same files as this one
        check_sources(compiled, data.base)  # else this calendar and the official one would disagree
    return OfficialPlan(official_rules(data), packaged(data.base), compiled)


def official_data_id() -> str:
    """What a calendar's answers rest on besides its own definition: this azcal's version, the data
    version, and a digest of the compiled official calendars and of the data files in use (law, decisions,
    estimates, and any AZCAL_DATA folder's) a calendar of one's own is compiled from."""
    return _data_id(in_use())


@functools.lru_cache(maxsize=4)
def _data_id(data: DataInUse) -> str:
    with MAKING:  # it imports and reads files: not across a fork (azcal.forksafe)
        import hashlib

        from .law.loading import data_files

        digest = hashlib.sha256()
        for path in data.base.compiled.values():
            with open(path, "rb") as file:
                digest.update(file.read())
        for name, text in data_files(data):
            digest.update(name.encode() + b"\0" + text.encode())
        return f"azcal {__version__}, data {official_compiled().data_version}+{digest.hexdigest()[:16]}"


def _remade(data: str, as_of: dt.date | None, rule_texts: tuple[tuple[str, str], ...], week: int = 5) -> Calendar:
    """A pickled Calendar made again; only on the same official data, so that it gives the same answers."""
    here = official_data_id()
    if data != here:
        raise InvalidArgumentError(
            f"this calendar was made on official data {data}; this azcal has {here}: install the same azcal version"
        )
    return _remade_here(as_of, rule_texts, week)


def _remade_here(as_of: dt.date | None, rule_texts: tuple[tuple[str, str], ...], week: int) -> Calendar:
    # A worker unpickles a task's calendar with every task, and a six-day calendar asks for its five-day
    # twin's hours with every payroll question; compiled once (_defined), the same Calendar serves them all.
    if as_of is None and not rule_texts:
        return official(week)
    return _defined(as_of, rule_texts, week)


class Year:
    """One year of a Calendar: its Days and the lists people ask for."""

    __slots__ = ("calendar", "days", "year")

    def __init__(self, calendar: Calendar, year: int):
        self.calendar = calendar
        self.year = year
        self.days: tuple[Day, ...] = tuple(calendar.days(dt.date(year, 1, 1), dt.date(year + 1, 1, 1)))

    def __repr__(self) -> str:
        return f"Year({self.year})"

    def __iter__(self) -> Iterator[Day]:
        return iter(self.days)

    def __len__(self) -> int:
        return len(self.days)

    @property
    def workdays(self) -> int:
        return self.calendar.workdays_between(dt.date(self.year, 1, 1), dt.date(self.year + 1, 1, 1))

    @property
    def hours(self) -> int:
        """The year's working-hours norm for a 40-hour week (the five-day week's, for the six-day week)."""
        return int(self.calendar.working_hours(dt.date(self.year, 1, 1), dt.date(self.year + 1, 1, 1)))

    def norms(self, week_hours: int = 40) -> Norms:
        """This year's production calendar: days and hours per month, quarter and year."""
        return self.calendar.norms(self.year, week_hours)

    def non_working_days(self) -> list[Day]:
        return [d for d in self.days if not d.is_workday]

    def holidays(self) -> list[Day]:
        """Days that carry an Art. 105 holiday (a day off or not) or the Day of National Mourning."""
        holiday_categories = (Category.HOLIDAY, Category.WORKING_HOLIDAY, Category.MOURNING, Category.DAY_OFF)
        return [d for d in self.days if any(o.category in holiday_categories for o in d.observances)]

    def working_weekends(self) -> list[Day]:
        return [d for d in self.days if d.kind is Kind.WORKING_WEEKEND]

    def shortened_days(self) -> list[Day]:
        return [d for d in self.days if d.shortened]

    def breaks(self) -> list[Break]:
        """Every maximal run of days off that holds a day off for more than the ordinary weekend.

        A run that crosses New Year is reported whole, in both years.
        """
        cal = self.calendar
        # widen to whole runs around the year's edges, within the supported range
        compiled, first, last = cal.compiled, dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        rank = compiled.workdays_before[first.toordinal() - FIRST_ORDINAL]
        first = cal._workday_at_rank(rank - 1) + ONE_DAY if rank > 0 else dt.date(FIRST_YEAR, 1, 1)
        rank = compiled.workdays_before[last.toordinal() - FIRST_ORDINAL + 1]
        last = cal._workday_at_rank(rank) - ONE_DAY if rank < compiled.total_workdays else dt.date(LAST_YEAR, 12, 31)
        return breaks_in(cal.days(first, last + ONE_DAY))

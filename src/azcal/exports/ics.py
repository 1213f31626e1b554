"""iCalendar export: the Days of a Calendar as an RFC 5545 file that calendar clients accept.

This module only writes. Every fact comes from the Days a Calendar gives; the law is never re-derived
here. Text escaping and line folding are left to the icalendar package.

Each event is an all-day event (``DTSTART;VALUE=DATE`` and an exclusive ``DTEND;VALUE=DATE``) that
never blocks free/busy time. Its UID is made of the first date, a stable key and the language, so an
export of one year and of a range of years give the same event for the same day.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, Protocol
from urllib.parse import quote, urlsplit

from ..arguments import check_language, one_of
from ..calendars import Calendar
from ..dates import checked_years
from ..errors import ArgumentTypeError, InvalidArgumentError
from ..model import Category, Day, Kind, Observance, Reason
from ..text.describe import confidence_line, decided_name, stands_for_name
from ..text.legal import basis_text
from ..text.words import KINDS, PHRASES, anniversary, long_date, with_week, years_text
from ..version import __version__
from .choices import DEFAULT_INCLUDE, GROUPS, INCLUDE

if TYPE_CHECKING:
    import icalendar

    class Sourced(Protocol):
        """What cites a day's legal basis: an observance, a reason, the rule that shortens a day."""

        @property
        def basis(self) -> str: ...
        @property
        def source(self) -> str: ...


Group = Literal["day", "run"]
REFRESH = dt.timedelta(days=1)  # how often subscribers should fetch a published feed again

_UID_DOMAIN = "azcal"
_ONE_DAY = dt.timedelta(days=1)
_OBSERVANCE_INCLUDE = {
    Category.HOLIDAY: "holidays",
    Category.DAY_OFF: "holidays",
    Category.MOURNING: "mourning",
    Category.VOTING: "voting",
    Category.MEMORIAL: "memorial",
    Category.WORKING_HOLIDAY: "memorial",
    Category.DECLARED_MOURNING: "declared_mourning",
}
# RFC 5545 TEXT allows no control characters but HTAB and the escaped line break.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SAFE_IN_URL = "!#$%&'()*+,/:;=?@[]~"

# The calendar's own name and description hold no comma or semicolon: readers of X-WR-CALNAME and
# X-WR-CALDESC do not all undo TEXT escaping.
_WORDS = {
    "az": {
        "calendar": "Azərbaycan: bayramlar və iş günləri {years}",
        "about": (
            "Azərbaycanda qanun və Nazirlər Kabinetinin qərarları ilə müəyyən edilən istirahət və iş günləri. "
            "Hər hadisədə hüquqi əsas və mənbə göstərilir. Məlumatlar: {version}."
        ),
        "as_of": "{date} tarixinə məlum olduğu kimi.",
        "day_off": "İstirahət günü",
        "day_off_for": "İstirahət günü, {date} əvəzinə",
        "day_off_for_named": "İstirahət günü, {date} ({name}) əvəzinə",
        "working_day": "İş günü",
        "working_day_for": "İş günü, {date} əvəzinə",
    },
    "en": {
        "calendar": "Azerbaijan: holidays and working days {years}",
        "about": (
            "Days off and working days in Azerbaijan as the law and the Cabinet of Ministers set them. "
            "Each event gives its legal basis and source. Data as of {version}."
        ),
        "as_of": "As known on {date}.",
        "day_off": "Day off",
        "day_off_for": "Day off, in place of {date}",
        "day_off_for_named": "Day off, in place of {date} ({name})",
        "working_day": "Working day",
        "working_day_for": "Working day, in place of {date}",
    },
    "ru": {
        "calendar": "Азербайджан: праздники и рабочие дни {years}",
        "about": (
            "Выходные и рабочие дни в Азербайджане по закону и решениям Кабинета министров. "
            "У каждого события указаны правовое основание и источник. Данные на {version}."
        ),
        "as_of": "По состоянию на {date}.",
        "day_off": "Выходной день",
        "day_off_for": "Выходной день вместо {date}",
        "day_off_for_named": "Выходной день вместо {date} ({name})",
        "working_day": "Рабочий день",
        "working_day_for": "Рабочий день вместо {date}",
    },
}


@dataclass(frozen=True, slots=True)
class _Entry:
    """One event's content before it becomes a VEVENT; ``end`` is exclusive."""

    start: dt.date
    end: dt.date
    key: str  # the stable part of the UID: a holiday key, or rest-day, working-day, shortened-day
    include: frozenset[str]  # the INCLUDE names that bring this event in
    category: str
    summary: str
    description: str
    url: str | None
    sequence: int
    estimated: bool

    def same_event(self, other: _Entry) -> bool:
        """Whether the two would be one event but for their dates: what a run is made of."""
        return replace(self, start=other.start, end=other.end) == other


def to_ics(
    calendar: Calendar,
    years: int | Iterable[int],
    lang: str = "az",
    *,
    include: str | Iterable[str] | None = None,
    group: Group = "day",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The iCalendar file (RFC 5545, UTF-8, CRLF) of ``years`` of ``calendar``, in ``lang``.

    ``years``: one year, or several (a ``range`` or a list). ``include``: names from ``INCLUDE``
    (default ``DEFAULT_INCLUDE``). ``group="day"`` gives one event per day, ``"run"`` one per run of
    consecutive days of the same event (Novruz as one event); runs end on 31 December. ``stamp`` is the
    DTSTAMP; without it ``SOURCE_DATE_EPOCH`` is used when set, else the current time.
    """
    chosen_years = checked_years(years)
    chosen = _checked_include(include)
    check_language(lang)
    one_of(group, GROUPS, "group")
    dtstamp = _dtstamp(stamp)
    ical = _calendar(calendar, chosen_years, lang)
    for entry in _entries(calendar, chosen_years, lang, chosen, group):
        ical.add_component(_event(entry, lang, dtstamp, calendar.week))
    data: bytes = ical.to_ical()
    return data


# -- checking the arguments -------------------------------------------------------------------------


def _checked_include(include: str | Iterable[str] | None) -> frozenset[str]:
    if include is None:
        return DEFAULT_INCLUDE
    if isinstance(include, bytes) or not isinstance(include, str | Iterable):
        raise ArgumentTypeError(f"include must be a kind of event or a list of them, got {include!r}")
    names = [include] if isinstance(include, str) else list(include)
    unknown = [name for name in names if not isinstance(name, str) or name not in INCLUDE]
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        raise InvalidArgumentError(f"unknown kind of event {listed}; choose from {', '.join(INCLUDE)}")
    if not names:
        raise InvalidArgumentError(f"include names no kind of event; choose from {', '.join(INCLUDE)}")
    return frozenset(names)


def _dtstamp(stamp: dt.datetime | None) -> dt.datetime:
    """The DTSTAMP of every event: fixed by the caller or SOURCE_DATE_EPOCH for reproducible files."""
    if stamp is not None:
        if not isinstance(stamp, dt.datetime):
            raise ArgumentTypeError(f"stamp must be a datetime, got {type(stamp).__name__}: {stamp!r}")
        if stamp.utcoffset() is None:
            raise InvalidArgumentError(f"stamp must carry a time zone (e.g. datetime.UTC), got {stamp!r}")
        try:
            return stamp.astimezone(dt.UTC).replace(microsecond=0)
        except OverflowError:
            raise InvalidArgumentError(f"stamp is out of range in UTC: {stamp!r}") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not epoch:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if not (epoch.isascii() and epoch.isdigit()):
        raise InvalidArgumentError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, got {epoch!r}")
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    except (OverflowError, ValueError, OSError):
        raise InvalidArgumentError(f"SOURCE_DATE_EPOCH is out of range: {epoch!r}") from None


# -- the calendar ------------------------------------------------------------------------------------


def _calendar(calendar: Calendar, years: list[int], lang: str) -> icalendar.Calendar:
    import icalendar  # loaded only when a file is written: the command's other answers do not pay for it

    words = _WORDS[lang]
    name = with_week(words["calendar"].format(years=years_text(years)), calendar.week, lang)
    about = words["about"].format(version=calendar.data_version)
    if calendar.as_of is not None:
        about += " " + words["as_of"].format(date=calendar.as_of.isoformat())
    ical = icalendar.Calendar()
    ical.add("prodid", f"-//azcal//azcal {__version__}//EN")
    ical.add("version", "2.0")
    ical.add("calscale", "GREGORIAN")
    ical.add("method", "PUBLISH")
    ical.add("name", icalendar.vText(name), parameters={"LANGUAGE": lang})
    ical.add("x-wr-calname", icalendar.vText(name))
    ical.add("description", icalendar.vText(about), parameters={"LANGUAGE": lang})
    ical.add("x-wr-caldesc", icalendar.vText(about))
    ical.add("refresh-interval", icalendar.vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    ical.add("x-published-ttl", icalendar.vDuration(REFRESH))
    ical.add("x-wr-timezone", "Asia/Baku")
    return ical


# -- events ------------------------------------------------------------------------------------------


def _entries(calendar: Calendar, years: list[int], lang: str, include: frozenset[str], group: str) -> Iterator[_Entry]:
    """Every event, year by year, so a year's events do not depend on the other years exported."""
    for year in years:
        entries: list[_Entry] = []
        seen: set[tuple[dt.date, str]] = set()
        for day in calendar.year(year).days:
            for entry in _day_entries(day, lang):
                # the same key twice on one date would make two events with one UID: keep the first
                if entry.include & include and (day.date, entry.key) not in seen:
                    seen.add((day.date, entry.key))
                    entries.append(entry)
        yield from _runs(entries) if group == "run" else entries


def _runs(entries: list[_Entry]) -> list[_Entry]:
    """Join each event to the one of the day before when they are the same but for the date."""
    runs: list[_Entry] = []
    latest: dict[str, int] = {}  # key -> index in runs of its latest run
    for entry in entries:
        at = latest.get(entry.key)
        if at is not None and runs[at].end == entry.start and runs[at].same_event(entry):
            runs[at] = replace(runs[at], end=entry.end)
        else:
            latest[entry.key] = len(runs)
            runs.append(entry)
    return runs


def _day_entries(day: Day, lang: str) -> Iterator[_Entry]:
    for observance in day.observances:
        yield _observance_entry(day, observance, lang)
    if day.kind is Kind.REST_DAY:
        yield _rest_day_entry(day, lang)
    if day.is_workday and day.reason is not None:
        yield _working_day_entry(day, lang)
    if day.shortened_before is not None:
        yield _shortened_entry(day, day.shortened_before, lang)


def _observance_entry(day: Day, o: Observance, lang: str) -> _Entry:
    words = PHRASES[lang]
    lines = [_capitalised(KINDS[lang][day.kind], lang)]  # whether the day is worked: the first question
    if o.anniversary and o.commemorates:
        lines.append(_capitalised(anniversary(o.anniversary, o.commemorates, lang), lang))
    if o.estimated:
        lines.append(_capitalised(words["estimated"], lang))
    if o.note:
        lines.append(o.note.name(lang))
    include = {_OBSERVANCE_INCLUDE[o.category]}
    if o.key == "declared_mourning":  # declared as a day off, it is both mourning and declared mourning
        include.add("declared_mourning")
    return _day_event(
        day, o.key, include, o.category.value, o.name(lang), lines, o, lang, bool(o.decision), o.estimated
    )


def _rest_day_entry(day: Day, lang: str) -> _Entry:
    reason = day.reason
    assert reason is not None  # a rest day always has one
    words, phrases = _WORDS[lang], PHRASES[lang]
    when = long_date(reason.stands_for, lang) if reason.stands_for else ""
    holiday = reason.stands_for_holiday
    name = _clean(stands_for_name(day, lang))
    if reason.rule.is_transfer:
        summary = words["day_off_for_named" if name else "day_off_for"].format(date=when, name=name)
        why = phrases[reason.rule.value].format(date=when, name=name)
        # the date of a moved rest day follows from its holiday's: decided, or set by law or an estimate
        decided = holiday is not None and bool(holiday.decision)
    elif reason.stands_for is not None:  # a swap
        summary = words["day_off_for"].format(date=when)
        why = phrases["swap_rest"].format(date=when)
        decided = True
    else:  # a day off decided on its own
        summary = decided_name(day, lang) or words["day_off"]
        why = f"{phrases['decision']} {reason.decision}"
        decided = True
    lines = _why(why, reason, lang)
    if reason.estimated:
        lines.append(_capitalised(phrases["estimated"], lang))
    return _day_event(
        day, "rest-day", {"rest_days"}, Kind.REST_DAY.value, summary, lines, reason, lang, decided, reason.estimated
    )


def _working_day_entry(day: Day, lang: str) -> _Entry:
    reason = day.reason
    assert reason is not None  # only a day off made a working day has one
    words, phrases = _WORDS[lang], PHRASES[lang]
    if reason.stands_for is not None:  # a swap
        when = long_date(reason.stands_for, lang)
        summary = words["working_day_for"].format(date=when)
        why = phrases["swap_work"].format(date=when)
    else:
        summary = decided_name(day, lang) or words["working_day"]
        why = f"{phrases['decision']} {reason.decision}"
    lines = _why(why, reason, lang)
    # only a decision makes a day off a working day
    return _day_event(
        day, "working-day", {"working_weekends"}, day.kind.value, summary, lines, reason, lang, True, reason.estimated
    )


def _day_event(
    day: Day,
    key: str,
    include: set[str],
    category: str,
    summary: str,
    lines: list[str],
    cited: Sourced,
    lang: str,
    decided: bool,
    estimated: bool,
) -> _Entry:
    """The event of one day: its description the ``lines``, then what ``cited`` gives as basis and source.
    A date a decision set is SEQUENCE 1, so that a client replaces the estimate it may hold."""
    return _Entry(
        start=day.date,
        end=day.date + _ONE_DAY,
        key=key,
        include=frozenset(include),
        category=category,
        summary=_clean(summary),
        description=_description(lines, cited.basis, cited.source, lang, day),
        url=_url(cited.source),
        sequence=1 if decided else 0,
        estimated=estimated,
    )


def _why(why: str, reason: Reason, lang: str) -> list[str]:
    """A swapped or decided day's first lines: why it is what it is, and its decision's note."""
    return [_capitalised(why, lang)] + ([reason.note.name(lang)] if reason.note else [])


def _shortened_entry(day: Day, before: Observance, lang: str) -> _Entry:
    law = day.shortened_by
    assert law is not None  # a shortened day carries the rule that shortens it
    summary = _capitalised(PHRASES[lang]["shortened"].format(name=before.name(lang)), lang)
    lines = []
    if before.estimated:
        lines.append(_capitalised(PHRASES[lang]["estimated"], lang))
    decided = bool(before.decision)
    return _day_event(
        day, "shortened-day", {"shortened"}, "shortened", summary, lines, law, lang, decided, before.estimated
    )


# -- text --------------------------------------------------------------------------------------------


def _description(lines: list[str], basis: str, source: str, lang: str, day: Day) -> str:
    words = PHRASES[lang]
    basis_line, source_line = f"{words['basis']}: {basis_text(basis, lang)}", f"{words['source']}: {source}"
    return _clean("\n".join([*lines, basis_line, source_line, confidence_line(day, lang)]))


def _capitalised(text: str, lang: str) -> str:
    """The first letter upper case; in Azerbaijani the capital of i is İ."""
    if not text:
        return text
    first = "İ" if lang == "az" and text[0] == "i" else text[0].upper()
    return first + text[1:]


def _clean(text: str) -> str:
    """Text an RFC 5545 TEXT value can hold: line breaks as LF, other control characters replaced."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _url(source: str) -> str | None:
    """``source`` as a URI when it is an http(s) address; a citation in words gets no URL."""
    if any(c.isspace() or _CONTROL.match(c) for c in source):
        return None
    try:
        parts = urlsplit(source)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(source, safe=_SAFE_IN_URL)  # an address with Azerbaijani letters, percent-encoded


# -- the VEVENT ---------------------------------------------------------------------------------------


def _event(entry: _Entry, lang: str, dtstamp: dt.datetime, week: int) -> icalendar.Event:
    import icalendar

    event = icalendar.Event()
    # a client subscribed to the five- and the six-day feed keeps the events of each apart
    of_week = "" if week == 5 else f"-w{week}"
    event.add("uid", f"{entry.start:%Y%m%d}-{entry.key}-{lang}{of_week}@{_UID_DOMAIN}")
    event.add("dtstamp", dtstamp)
    event.add("dtstart", entry.start)
    event.add("dtend", entry.end)  # exclusive; DURATION alone is dropped by some clients
    event.add("summary", entry.summary, parameters={"LANGUAGE": lang})
    event.add("description", entry.description, parameters={"LANGUAGE": lang})
    event.add("categories", [entry.category])
    event.add("class", "PUBLIC")
    event.add("transp", "TRANSPARENT")  # a holiday in the calendar must not show the person as busy
    event.add("x-microsoft-cdo-busystatus", "FREE")  # Outlook reads its own property for the same
    event.add("sequence", entry.sequence)
    event.add("status", "TENTATIVE" if entry.estimated else "CONFIRMED")
    if entry.url:
        event.add("url", icalendar.vUri(entry.url))
    return event

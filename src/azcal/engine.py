"""Rules -> the Days of one year.

Order, as the law works: place every holiday and decided day; move rest days that fall on holidays
(Art. 105.5, 105.6); apply the Cabinet's swaps and one-off days (Art. 105.7); shorten the day before
a day off (Art. 108); give each date its one kind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from .errors import RulesError
from .model import Category, Day, Kind, Observance, Reason, Rule
from .rules import Decision, RuleSet

ONE_DAY = dt.timedelta(days=1)
FULL_DAY_HOURS = 8  # 40-hour five-day week
Estimator = Callable[[str, int], tuple[dt.date, ...]]


def is_weekend(day: dt.date) -> bool:
    return day.weekday() >= 5


@dataclass
class _Window:
    """Working state for the dates around one year: what is observed, moved and swapped."""

    observances: defaultdict[dt.date, list[Observance]]
    moved: dict[dt.date, Reason]  # rest days moved here (Art. 105.5/105.6) or decided off
    worked: dict[dt.date, Reason]  # days made working by a swap or a decision

    def has_day_off(self, day: dt.date) -> bool:
        # A company's own day off (DAY_OFF) is left out: it neither pushes the official transfers nor
        # blocks the official swaps; where it falls on one of their days, the two simply coincide.
        return any(o.category.is_day_off and o.category is not Category.DAY_OFF for o in self.observances.get(day, ()))

    def is_off(self, day: dt.date) -> bool:
        if day in self.worked:
            return False
        return is_weekend(day) or self.has_day_off(day) or day in self.moved


def build_year(rules: RuleSet, year: int, estimate: Estimator) -> tuple[Day, ...]:
    """Every Day of ``year``, 1 January to 31 December."""
    first, last = dt.date(year - 1, 12, 1), dt.date(year + 1, 1, 31)
    window = _Window(defaultdict(list), {}, {})
    for y in (year - 1, year, year + 1):
        _place_holidays(rules, y, window, estimate)
    _place_decided_days(rules, first, last, window)
    _move_rest_days(rules, first, last, window)
    _apply_swaps(rules, first, last, window)
    since = rules.law["shortened_day"].since or dt.date.min
    days = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        days.append(_resolve(day, window, since, rules))
        day += ONE_DAY
    return tuple(days)


def _place_holidays(rules: RuleSet, year: int, window: _Window, estimate: Estimator) -> None:
    decided: defaultdict[str, list[tuple[Decision, tuple[dt.date, ...]]]] = defaultdict(list)
    for decision in rules.decisions:
        for item in decision.holiday_dates:
            if item.dates[0].year == year:
                decided[item.holiday].append((decision, item.dates))
    for holiday in rules.holidays.values():
        period = holiday.period(year)
        if period is None:
            continue
        runs: list[tuple[tuple[dt.date, ...], bool, str | None]]
        if holiday.key in decided:
            runs = [(dates, False, d.id) for d, dates in decided[holiday.key]]
        elif period.lunar:
            runs = [
                (tuple(start + i * ONE_DAY for i in range(period.days)), True, None)
                for start in estimate(period.lunar, year)
            ]
        else:
            runs = [(tuple(dt.date(year, m, d) for m, d in period.dates), False, None)]
        for dates, estimated, decision_id in runs:
            observance = Observance(
                key=holiday.key,
                names=period.names,
                category=period.category,
                basis=period.basis,
                source=period.source,
                estimated=estimated,
                commemorates=period.commemorates,
                anniversary=_anniversary(period.commemorates, dates[0].year),
                note=period.note,
                decision=decision_id,
            )
            for day in dates:
                window.observances[day].append(observance)


def _anniversary(event: dt.date | None, year: int) -> int | None:
    return year - event.year if event is not None and year > event.year else None


def _place_decided_days(rules: RuleSet, first: dt.date, last: dt.date, window: _Window) -> None:
    voting = rules.law["voting"]
    for decision in rules.decisions:
        for item in decision.voting:
            if first <= item.date <= last:
                window.observances[item.date].append(
                    Observance(
                        "voting", item.names, Category.VOTING, voting.basis, decision.source, decision=decision.id
                    )
                )
        for item in decision.declared_mourning:
            if first <= item.date <= last:
                category = Category.MOURNING if item.non_working else Category.DECLARED_MOURNING
                window.observances[item.date].append(
                    Observance(
                        "declared_mourning",
                        item.names,
                        category,
                        decision.title,
                        decision.source,
                        note=decision.note,
                        decision=decision.id,
                    )
                )


def _move_rest_days(rules: RuleSet, first: dt.date, last: dt.date, window: _Window) -> None:
    """Art. 105.5 (a rest day on a holiday) and 105.6 (Ramazan or Qurban on another holiday)."""
    weekend_rule, bayram_rule = rules.law["weekend_transfer"], rules.law["bayram_transfer"]
    bayram_keys = {key for key, holiday in rules.holidays.items() if holiday.bayram}
    to_move: list[tuple[dt.date, Rule, Observance]] = []
    for day in sorted(d for d in window.observances if first <= d <= last):
        holidays = [o for o in window.observances[day] if o.category is Category.HOLIDAY]
        if not holidays:
            continue
        if weekend_rule.since and day >= weekend_rule.since and is_weekend(day):
            to_move.append((day, Rule.WEEKEND_TRANSFER, holidays[0]))
        if bayram_rule.since and day >= bayram_rule.since:
            bayrams = [o for o in holidays if o.key in bayram_keys]
            if bayrams and any(o.key not in bayram_keys for o in holidays):
                to_move.append((day, Rule.BAYRAM_TRANSFER, bayrams[0]))
    for source_day, rule, observance in to_move:
        law = weekend_rule if rule is Rule.WEEKEND_TRANSFER else bayram_rule
        target = source_day + ONE_DAY
        while window.is_off(target):  # the next working day not already taken
            target += ONE_DAY
        window.moved[target] = Reason(
            rule,
            law.basis,
            law.source,
            stands_for=source_day,
            holiday=observance.key,
            estimated=observance.estimated,
        )


def _apply_swaps(rules: RuleSet, first: dt.date, last: dt.date, window: _Window) -> None:
    """Art. 105.7 swaps and one-off days, checked against the days the law already gives."""
    swap = rules.law["swap"]

    def fail(decision: Decision, message: str) -> RulesError:
        return RulesError(message, file=decision.origin, entry=f"decision {decision.id!r}", line=decision.line)

    new_off: dict[dt.date, Reason] = {}
    new_work: dict[dt.date, Reason] = {}
    for decision in rules.decisions:
        for item in decision.swaps:
            if first <= item.rest <= last:
                if window.is_off(item.rest):
                    raise fail(decision, f"swap rest day {item.rest} is already a day off")
                new_off[item.rest] = Reason(
                    Rule.SWAP, swap.basis, decision.source, stands_for=item.work, decision=decision.id
                )
            if first <= item.work <= last:
                if not window.is_off(item.work) or window.has_day_off(item.work):
                    raise fail(decision, f"swap working day {item.work} is not a weekend day or moved rest day")
                new_work[item.work] = Reason(
                    Rule.SWAP, swap.basis, decision.source, stands_for=item.rest, decision=decision.id
                )
        for one_off in decision.rest_days:
            if first <= one_off.date <= last:
                if window.is_off(one_off.date):
                    raise fail(decision, f"rest day {one_off.date} is already a day off")
                new_off[one_off.date] = Reason(Rule.DECISION, decision.title, decision.source, decision=decision.id)
        for one_off in decision.working_days:
            if first <= one_off.date <= last:
                if not window.is_off(one_off.date) or window.has_day_off(one_off.date):
                    raise fail(decision, f"working day {one_off.date} is not a weekend day or moved rest day")
                new_work[one_off.date] = Reason(Rule.DECISION, decision.title, decision.source, decision=decision.id)
    window.moved.update(new_off)
    window.worked.update(new_work)


_KIND_OF_DAY_OFF = {
    Category.HOLIDAY: (Kind.HOLIDAY, Rule.HOLIDAY),
    Category.DAY_OFF: (Kind.HOLIDAY, Rule.OWN_RULES),
    Category.MOURNING: (Kind.MOURNING, Rule.MOURNING),
    Category.VOTING: (Kind.VOTING, Rule.VOTING),
}
_SHORTENS = (Category.HOLIDAY, Category.MOURNING, Category.VOTING)


def _resolve(day: dt.date, window: _Window, shortened_since: dt.date, rules: RuleSet) -> Day:
    observances = tuple(window.observances.get(day, ()))
    reason: Reason | None
    own_day_off = any(o.category is Category.DAY_OFF for o in observances)
    if day in window.worked and not own_day_off:  # a company's own day off wins over an official working day
        kind = Kind.WORKING_WEEKEND if is_weekend(day) else Kind.WORKDAY
        reason = window.worked[day]
    elif off := [o for o in observances if o.category.is_day_off]:
        # one kind per date: a holiday outranks the mourning day, which outranks a voting day
        first = min(off, key=lambda o: list(_KIND_OF_DAY_OFF).index(o.category))
        kind, rule = _KIND_OF_DAY_OFF[first.category]
        reason = Reason(
            rule, first.basis, first.source, holiday=first.key, decision=first.decision, estimated=first.estimated
        )
    elif day in window.moved:
        kind, reason = Kind.REST_DAY, window.moved[day]
    elif is_weekend(day):
        kind = Kind.WEEKEND
        reason = _weekly_rest(rules)
    else:
        kind, reason = Kind.WORKDAY, None
    shortened_before = None
    if kind.is_workday and day >= shortened_since:
        tomorrow = window.observances.get(day + ONE_DAY, ())
        shortened_before = next((o for o in tomorrow if o.category in _SHORTENS), None)
    shortened = shortened_before is not None
    hours = 0 if not kind.is_workday else FULL_DAY_HOURS - shortened
    estimated = (
        any(o.estimated for o in observances)
        or (reason is not None and reason.estimated)
        or (shortened_before is not None and shortened_before.estimated)
    )
    return Day(day, kind, hours, shortened, estimated, observances, reason, shortened_before)


def _weekly_rest(rules: RuleSet) -> Reason:
    return Reason(Rule.WEEKEND, "Labor Code: the two weekly rest days of the five-day week", rules.law["swap"].source)

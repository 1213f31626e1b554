"""A calendar's rules -> its compiled arrays for 1990-2100, in one pass.

Order, as the law works: place every holiday and decided day; move rest days that fall on holidays
(Art. 105.5, 105.6); apply the Cabinet's swaps and one-off days (Art. 105.7); shorten the day before
a day off (Art. 108); give each date its one kind. Only the dates on which something happens are
resolved one by one, a few dozen a year; every other date is a plain workday or weekend, laid down a
week at a time.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping

from .compiled.table import (
    FIRST_DAY,
    LAST_DAY,
    CompiledCalendar,
    Tables,
    code_of,
    index_of,
    plain_week,
)
from .datapath import PACKAGED, DataInUse
from .errors import RulesError
from .law.digest import packaged_digest
from .law.estimates import YEARS, Estimates, packaged
from .law.loading import official_rules
from .law.model import Decision, RuleSet
from .model import (
    REST_WEEKDAYS,
    WEEKEND_BASIS,
    Category,
    Confidence,
    DayFacts,
    Kind,
    LawRule,
    Names,
    Observance,
    Reason,
    Rule,
)

ONE_DAY = dt.timedelta(days=1)
# A full day of a 40-hour week: 8 hours over five days. Over six days the law sets limits, not a
# schedule: at most 7 hours (Art. 90.3), and at most 6 on the day before the weekly rest day (as the
# State Labour Inspectorate states it); a six-day Day's hours are those limits.
FULL_DAY_HOURS = {5: 8, 6: 7}
EVE_HOURS = 6  # the six-day week's Saturday
# Holidays are placed for the years beside the range too, and transfers and swaps looked at up to a
# month beyond it, so that the first and last days of the range are resolved as any other.
REACH_FIRST, REACH_LAST = dt.date(YEARS[0], 12, 1), dt.date(YEARS[-1], 1, 31)


def workday_facts(week: int, hours: int | None = None) -> DayFacts:
    return DayFacts(Kind.WORKDAY, FULL_DAY_HOURS[week] if hours is None else hours, False, False)


def weekend_facts(rules: RuleSet, week: int) -> DayFacts:
    rest = Reason(Rule.WEEKEND, WEEKEND_BASIS[week], rules.law["swap"].source)
    return DayFacts(Kind.WEEKEND, 0, False, False, reason=rest)


class Plan:
    """Working state while compiling: what is observed, moved and swapped on each date."""

    def __init__(self, week: int) -> None:
        self.week = week
        self.rest_weekdays = REST_WEEKDAYS[week]
        self.observances: defaultdict[dt.date, list[Observance]] = defaultdict(list)
        self.moved: dict[dt.date, Reason] = {}  # rest days moved here (Art. 105.5/105.6) or decided off
        self.worked: dict[dt.date, Reason] = {}  # days made working by a swap or a decision
        self.unverified: set[dt.date] = set()  # dates a rule with no source found decides
        self.unverified_eves: set[dt.date] = set()  # the days before them, which Art. 108 would shorten

    def has_day_off(self, day: dt.date) -> bool:
        # A company's own day off (DAY_OFF) is left out: it neither pushes the official transfers nor
        # blocks the official swaps; where it falls on one of their days, the two simply coincide.
        return any(o.category.is_day_off and o.category is not Category.DAY_OFF for o in self.observances.get(day, ()))

    def is_weekend(self, day: dt.date) -> bool:
        """A weekly rest day of the plan's working week."""
        return day.weekday() in self.rest_weekdays

    def full_day(self, day: dt.date) -> int:
        """The hours of ``day`` as a workday not shortened: shorter before the six-day week's rest day."""
        if self.week == 6 and day.weekday() == 5:
            return EVE_HOURS
        return FULL_DAY_HOURS[self.week]

    def unverify(self, dates: Iterable[dt.date], law: Mapping[str, LawRule]) -> None:
        """Days an unverified rule decides: the dates; the day before, which Art. 108 would shorten; and
        where one is a weekly rest day in the years rest days move (Art. 105.5), the day a rest day moved
        for it would take."""
        shortening, transfers = law["shortened_day"].since, law["weekend_transfer"].since
        for day in dates:
            self.unverified.add(day)
            before = day - ONE_DAY
            if shortening and before >= shortening:
                self.unverified_eves.add(before)  # unverified only where it is a working day (_confidence)
            if transfers and day >= transfers and self.is_weekend(day):
                after = day + ONE_DAY
                while self.is_weekend(after):
                    after += ONE_DAY
                self.unverified.add(after)

    def is_off(self, day: dt.date) -> bool:
        if day in self.worked:
            return False
        return self.is_weekend(day) or self.has_day_off(day) or day in self.moved


def compile_rules(
    rules: RuleSet, estimates: Estimates, data_version: str, week: int = 5, *, sources: str = ""
) -> CompiledCalendar:
    """Every date of 1990-2100 under ``rules`` for a ``week``-day working week, compiled; a decision that
    does not fit raises ``RulesError``."""
    plan = Plan(week)
    _place_holidays(rules, plan, estimates)
    _place_decided_days(rules, plan)
    _move_rest_days(rules, plan)
    apply_swaps(rules, plan)
    workday, weekend = workday_facts(week), weekend_facts(rules, week)
    facts_table = [workday, weekend]  # PLAIN_WORKDAY, PLAIN_WEEKEND
    if week == 6:
        facts_table.append(workday_facts(week, EVE_HOURS))  # PLAIN_EVE
    numbered = {facts: n for n, facts in enumerate(facts_table)}
    codes, facts_index = plain_week(week)
    levels = {year: rules.confidence(year, week) for year in range(YEARS[0], YEARS[-1] + 1)}
    _set_plain_confidence(facts_table, numbered, facts_index, levels)
    resolve = Resolver(plan, rules, weekend.reason, levels)
    special = set(plan.observances) | set(plan.moved) | set(plan.worked) | plan.unverified | plan.unverified_eves
    special |= {day - ONE_DAY for day in plan.observances}  # the day before may be shortened
    for day in sorted(d for d in special if FIRST_DAY <= d <= LAST_DAY):
        facts, i = resolve(day), index_of(day)
        number = numbered.get(facts)
        if number == facts_index[i]:
            continue  # laid down already by the week pattern
        if number is None:
            number = numbered[facts] = len(facts_table)
            facts_table.append(facts)
        codes[i], facts_index[i] = code_of(facts), number
    tables = Tables(dict(rules.law), tuple(facts_table))
    return CompiledCalendar(codes, facts_index, tables, data_version, week, sources=sources)


def _set_plain_confidence(
    facts_table: list[DayFacts], numbered: dict[DayFacts, int], facts_index: array[int], levels: dict[int, Confidence]
) -> None:
    """The plain days of each year as sure as the record is of that year (the plain facts say derived)."""
    plain = list(facts_table)
    for year, level in levels.items():
        if level is Confidence.DERIVED or not FIRST_DAY.year <= year <= LAST_DAY.year:
            continue
        numbers = []
        for facts in plain:
            sure = with_confidence(facts, level)
            if sure not in numbered:
                numbered[sure] = len(facts_table)
                facts_table.append(sure)
            numbers.append(numbered[sure])
        for i in range(index_of(dt.date(year, 1, 1)), index_of(dt.date(year, 12, 31)) + 1):
            facts_index[i] = numbers[facts_index[i]]  # every date is still plain here


def with_confidence(facts: DayFacts, confidence: Confidence) -> DayFacts:
    f = facts
    made = (f.kind, f.hours, f.shortened, f.estimated, f.observances, f.reason, f.shortened_before, f.shortened_by)
    return DayFacts(*made, confidence)


def compile_official(week: int = 5, data: DataInUse | None = None) -> CompiledCalendar:
    """The official calendar of a ``week``-day week, compiled from the packaged data (what its file in
    ``compiled/`` must hold), or from ``data``."""
    data = data or DataInUse(PACKAGED)
    rules = official_rules(data)
    # a base's own files carry its digest; data with AZCAL_DATA folders over it is compiled only in memory
    sources = "" if data.folders else packaged_digest(data.base)
    return compile_rules(rules, packaged(data.base), data_version(rules), week, sources=sources)


def data_version(rules: RuleSet) -> str:
    """The adoption date of the latest decision in ``rules``: which official data a calendar is on."""
    latest = rules.latest_adoption
    return latest.isoformat() if latest else "none"


# Where an observance comes from, and so where a full compile puts it among a date's observances:
# ("holiday", year, key, run) for a holiday's days of a year, ("decided", decision id, kind, item) for a
# decision's voting or mourning day (azcal.compiled.delta rebuilds a date's list from these).
Source = tuple[str, object, object, int]
Placed = tuple[Source, tuple[dt.date, ...], Observance, bool]  # source, dates, observance, unverified


def _place_holidays(rules: RuleSet, plan: Plan, estimates: Estimates) -> None:
    for _source, dates, observance, unverified in holiday_runs(rules, plan.week, estimates):
        if unverified:
            plan.unverify(dates, rules.law)
        for day in dates:
            plan.observances[day].append(observance)


Decided = dict[tuple[str, int], list[tuple[Decision, tuple[dt.date, ...]]]]


def decided_holiday_dates(rules: RuleSet, week: int) -> Decided:
    """(holiday key, year) -> the decisions that set that holiday's dates that year, in their order."""
    decided: defaultdict[tuple[str, int], list[tuple[Decision, tuple[dt.date, ...]]]] = defaultdict(list)
    for decision in rules.decisions:
        for item in decision.holiday_dates if decision.holds_for(week) else ():
            decided[item.holiday, item.dates[0].year].append((decision, item.dates))
    return decided


def holiday_runs(
    rules: RuleSet,
    week: int,
    estimates: Estimates,
    only: Mapping[str, Iterable[int]] | None = None,
) -> Iterable[Placed]:
    """Every holiday's days of every year (or of the years ``only`` gives per key), year by year: a
    date's observances keep the order of their years, then of the holidays."""
    decided = decided_holiday_dates(rules, week)
    keys = rules.holidays if only is None else only
    in_force = {key: [rules.holidays[key].period(year) for year in YEARS] for key in keys}
    wanted = None if only is None else {key: set(years) for key, years in only.items()}
    made: dict[tuple[object, ...], Observance] = {}  # one Observance for every year it is the same in
    for n, year in enumerate(YEARS):
        for key, periods in in_force.items():
            period = periods[n]
            if period is None or (wanted is not None and year not in wanted[key]):
                continue
            runs: Iterable[tuple[tuple[dt.date, ...], bool, str | None]]
            if (key, year) in decided:
                runs = [(dates, False, d.id) for d, dates in decided[key, year]]
            elif period.lunar:
                runs = [
                    (tuple(start + i * ONE_DAY for i in range(period.days)), True, None)
                    for start in estimates[period.lunar][year]
                ]
            else:
                runs = [(tuple(dt.date(year, m, d) for m, d in period.dates), False, None)]
            for run, (dates, estimated, decision_id) in enumerate(runs):
                anniversary = _anniversary(period.commemorates, dates[0].year)
                same = (key, id(period), estimated, anniversary, decision_id)
                observance = made.get(same)
                if observance is None:
                    observance = made[same] = Observance(
                        key=key,
                        names=period.names,
                        category=period.category,
                        basis=period.basis,
                        source=period.source,
                        estimated=estimated,
                        commemorates=period.commemorates,
                        anniversary=anniversary,
                        note=period.note,
                        decision=decision_id,
                    )
                yield ("holiday", year, key, run), dates, observance, period.unverified


def _anniversary(event: dt.date | None, year: int) -> int | None:
    return year - event.year if event is not None and year > event.year else None


def _place_decided_days(rules: RuleSet, plan: Plan) -> None:
    for _source, dates, observance, _unverified in decided_days(rules, plan.week, rules.decisions):
        plan.observances[dates[0]].append(observance)


def decided_days(rules: RuleSet, week: int, decisions: Iterable[Decision]) -> Iterable[Placed]:
    """The voting and declared mourning days of ``decisions`` that hold for the week, in their order."""
    voting = rules.law["voting"]
    for decision in decisions:
        if not decision.holds_for(week):
            continue
        for n, item in enumerate(decision.voting):
            if REACH_FIRST <= item.date <= REACH_LAST:
                observance = Observance(
                    "voting", item.names, Category.VOTING, voting.basis, decision.source, decision=decision.id
                )
                yield ("decided", decision.id, 0, n), (item.date,), observance, False
        for n, item in enumerate(decision.declared_mourning):
            if REACH_FIRST <= item.date <= REACH_LAST:
                category = Category.MOURNING if item.non_working else Category.DECLARED_MOURNING
                observance = Observance(
                    "declared_mourning",
                    item.names,
                    category,
                    decision.cited_as,
                    decision.source,
                    note=decision.note,
                    decision=decision.id,
                )
                yield ("decided", decision.id, 1, n), (item.date,), observance, False


Move = tuple[dt.date, Rule, Observance]  # a holiday's date, the rule that moves its rest day, the holiday


def _move_rest_days(rules: RuleSet, plan: Plan) -> None:
    """Art. 105.5 (a rest day on a holiday) and 105.6 (Ramazan or Qurban on another holiday)."""
    days = sorted(d for d in plan.observances if REACH_FIRST <= d <= REACH_LAST)
    move_rest_days(rules, plan, rest_days_to_move(rules, plan, days))


def rest_days_to_move(rules: RuleSet, plan: Plan, days: Iterable[dt.date]) -> list[Move]:
    """The rest days the holidays on ``days`` (in date order) move, in the order they are moved."""
    weekend_rule, bayram_rule = rules.law["weekend_transfer"], rules.law["bayram_transfer"]
    bayram_keys = {key for key, holiday in rules.holidays.items() if holiday.bayram}
    to_move: list[Move] = []
    for day in days:
        holidays = [o for o in plan.observances.get(day, ()) if o.category is Category.HOLIDAY]
        if not holidays:
            continue
        if weekend_rule.since and day >= weekend_rule.since and plan.is_weekend(day):
            to_move.append((day, Rule.WEEKEND_TRANSFER, holidays[0]))
        if bayram_rule.since and day >= bayram_rule.since:
            bayrams = [o for o in holidays if o.key in bayram_keys]
            if bayrams and any(o.key not in bayram_keys for o in holidays):
                to_move.append((day, Rule.BAYRAM_TRANSFER, bayrams[0]))
    return to_move


def move_rest_days(
    rules: RuleSet, plan: Plan, to_move: Iterable[Move], known: Mapping[dt.date, Reason] | None = None
) -> None:
    """Each rest day of ``to_move`` to the next working day not already taken, in order; a reason equal to
    one ``known`` (another plan's moved days) is that one."""
    weekend_rule, bayram_rule = rules.law["weekend_transfer"], rules.law["bayram_transfer"]
    for source_day, rule, observance in to_move:
        law = weekend_rule if rule is Rule.WEEKEND_TRANSFER else bayram_rule
        target = source_day + ONE_DAY
        while plan.is_off(target):  # the next working day not already taken
            target += ONE_DAY
        same = known.get(target) if known is not None else None
        if (
            same is not None
            and same.stands_for == source_day
            and same.rule is rule
            and same.stands_for_holiday is observance
        ):
            plan.moved[target] = same  # every other field follows from these
            continue
        plan.moved[target] = Reason(
            rule,
            law.basis,
            law.source,
            stands_for=source_day,
            holiday=observance.key,
            estimated=observance.estimated,
            stands_for_holiday=observance,
        )


def apply_swaps(rules: RuleSet, plan: Plan) -> None:
    """Art. 105.7 swaps and one-off days, checked against the days the law already gives."""
    swap = rules.law["swap"]

    def fail(decision: Decision, message: str) -> RulesError:
        week = "" if plan.week == 5 else " (in the six-day week)"
        return RulesError(message + week, file=decision.origin, entry=decision.entry, line=decision.line)

    new_off: dict[dt.date, Reason] = {}
    new_work: dict[dt.date, Reason] = {}
    for decision in rules.decisions:
        trades, holds = decision.holds_for(plan.week, trade=True), decision.holds_for(plan.week)
        for item in decision.swaps if trades else ():
            if REACH_FIRST <= item.rest <= REACH_LAST:
                if plan.is_off(item.rest):
                    raise fail(decision, f"swap rest day {item.rest} is already a day off")
                new_off[item.rest] = _decided(decision, Rule.SWAP, swap.basis, stands_for=item.work)
            if REACH_FIRST <= item.work <= REACH_LAST:
                if not plan.is_off(item.work) or plan.has_day_off(item.work):
                    raise fail(decision, f"swap working day {item.work} is not a weekend day or moved rest day")
                new_work[item.work] = _decided(decision, Rule.SWAP, swap.basis, stands_for=item.rest)
        for one_off in decision.rest_days if holds else ():
            if REACH_FIRST <= one_off.date <= REACH_LAST:
                if plan.is_off(one_off.date):
                    raise fail(decision, f"rest day {one_off.date} is already a day off")
                new_off[one_off.date] = _decided(decision, Rule.DECISION, decision.cited_as, names=one_off.names)
        for one_off in decision.working_days if trades else ():
            if REACH_FIRST <= one_off.date <= REACH_LAST:
                if not plan.is_off(one_off.date) or plan.has_day_off(one_off.date):
                    raise fail(decision, f"working day {one_off.date} is not a weekend day or moved rest day")
                new_work[one_off.date] = _decided(decision, Rule.DECISION, decision.cited_as, names=one_off.names)
    plan.moved.update(new_off)
    plan.worked.update(new_work)


def _decided(
    decision: Decision, rule: Rule, basis: str, stands_for: dt.date | None = None, names: Names | None = None
) -> Reason:
    """The reason of a day a decision swaps or sets on its own: the decision, its source and its note."""
    return Reason(
        rule, basis, decision.source, stands_for=stands_for, decision=decision.id, names=names, note=decision.note
    )


_KIND_OF_DAY_OFF = {
    Category.HOLIDAY: (Kind.HOLIDAY, Rule.HOLIDAY),
    Category.DAY_OFF: (Kind.HOLIDAY, Rule.OWN_RULES),
    Category.MOURNING: (Kind.MOURNING, Rule.MOURNING),
    Category.VOTING: (Kind.VOTING, Rule.VOTING),
}
_RANK = {category: rank for rank, category in enumerate(_KIND_OF_DAY_OFF)}
_SHORTENS = (Category.HOLIDAY, Category.MOURNING, Category.VOTING)


class Resolver:
    """Gives each date its one kind and the facts that go with it."""

    def __init__(self, plan: Plan, rules: RuleSet, weekly_rest: Reason | None, levels: dict[int, Confidence]):
        self.plan, self.weekly_rest, self.levels = plan, weekly_rest, levels
        self.shortening = rules.law["shortened_day"]
        self.shortened_since = self.shortening.since or dt.date.min
        # what decides how sure a day is beyond its year: the user's own holidays and decisions are their
        # own source; an inferred entry's dates stand for no act that was found
        self.own_holidays = {key for key, holiday in rules.holidays.items() if not holiday.official}
        self.inferred = {d.id for d in rules.decisions if d.inferred}
        self.holiday_reasons: dict[int, Reason] = {}  # id of an observance -> the Reason of its days off
        # what a date's facts are made of (ids of values the plan holds for the whole compile) -> the facts:
        # the days of one holiday share one DayFacts, made once
        self.made: dict[tuple[object, ...], DayFacts] = {}

    def __call__(self, day: dt.date) -> DayFacts:
        plan = self.plan
        if day not in plan.observances and day not in plan.moved and day not in plan.worked:
            # only ever a candidate for Art. 108, as the day before a day off
            if plan.is_weekend(day):
                return self._facts(Kind.WEEKEND, (), self.weekly_rest, None, day)
            return self._facts(Kind.WORKDAY, (), None, self._shortened_before(day), day)
        observances = tuple(plan.observances[day])
        reason: Reason | None
        own_day_off = any(o.category is Category.DAY_OFF for o in observances)
        if day in plan.worked and not own_day_off:  # a company's own day off wins over an official working day
            kind = Kind.WORKING_WEEKEND if plan.is_weekend(day) else Kind.WORKDAY
            reason = plan.worked[day]
        elif off := [o for o in observances if o.category.is_day_off]:
            # one kind per date: a holiday outranks the mourning day, which outranks a voting day
            first = min(off, key=lambda o: _RANK[o.category])
            kind, reason = _KIND_OF_DAY_OFF[first.category][0], self._holiday_reason(first)
        elif day in plan.moved:
            kind, reason = Kind.REST_DAY, plan.moved[day]
        elif plan.is_weekend(day):
            kind, reason = Kind.WEEKEND, self.weekly_rest
        else:
            kind, reason = Kind.WORKDAY, None
        return self._facts(kind, observances, reason, self._shortened_before(day) if kind.is_workday else None, day)

    def _shortened_before(self, day: dt.date) -> Observance | None:
        """Art. 108: the day off a workday comes before, when it shortens the workday."""
        if day < self.shortened_since:
            return None
        return next((o for o in self.plan.observances.get(day + ONE_DAY, ()) if o.category in _SHORTENS), None)

    def _facts(
        self,
        kind: Kind,
        observances: tuple[Observance, ...],
        reason: Reason | None,
        shortened_before: Observance | None,
        day: dt.date,
    ) -> DayFacts:
        hours = self.plan.full_day(day) - (shortened_before is not None) if kind.is_workday else 0
        estimated = (
            any(o.estimated for o in observances)
            or (reason is not None and reason.estimated)
            or (shortened_before is not None and shortened_before.estimated)
        )
        confidence = self._confidence(day, kind, observances, reason, shortened_before, estimated)
        key = (kind, hours, confidence, id(reason), id(shortened_before), *map(id, observances))
        facts = self.made.get(key)
        if facts is None:
            shortened = shortened_before is not None
            facts = self.made[key] = DayFacts(
                kind,
                hours,
                shortened,
                estimated,
                observances,
                reason,
                shortened_before,
                self.shortening if shortened else None,
                confidence,
            )
        return facts

    def _confidence(
        self,
        day: dt.date,
        kind: Kind,
        observances: tuple[Observance, ...],
        reason: Reason | None,
        before: Observance | None,
        estimated: bool,
    ) -> Confidence:
        """Estimated if an undecided date is in it; unverified if a rule with no source decides it; at most
        derived if an inferred entry sets it; confirmed if a decision or the user's own rules set it; else
        as sure as the record is of its year."""
        level = self.levels[day.year]
        if estimated:
            return Confidence.ESTIMATED
        if level is Confidence.UNVERIFIED or day in self.plan.unverified:
            return Confidence.UNVERIFIED
        if day in self.plan.unverified_eves and kind.is_workday:
            return Confidence.UNVERIFIED
        stood_for = reason.stands_for_holiday if reason is not None else None
        held = [*observances, *(o for o in (stood_for, before) if o is not None)]
        decisions = {o.decision for o in held} | {reason.decision if reason else None}
        decisions.discard(None)
        if decisions & self.inferred:
            return Confidence.DERIVED if level is Confidence.CONFIRMED else level
        if decisions or any(o.key in self.own_holidays for o in held):
            return Confidence.CONFIRMED
        return level

    def _holiday_reason(self, first: Observance) -> Reason:
        reason = self.holiday_reasons.get(id(first))
        if reason is None:
            rule = _KIND_OF_DAY_OFF[first.category][1]
            reason = Reason(
                rule, first.basis, first.source, holiday=first.key, decision=first.decision, estimated=first.estimated
            )
            self.holiday_reasons[id(first)] = reason  # the observance lives as long as the plan: its id is stable
        return reason

// The official calendar of one working week, decoded from data.js when first asked, and the questions it
// answers, as the Python library answers them from the same compiled calendar:
// isWorkday is one lookup; workdaysBetween and workingHours are a subtraction of prefix counts, whatever
// the span; nextWorkday, previousWorkday and addWorkdays are one binary search over the prefix count.

import DATA from './data.js';
import { FIRST_YEAR, LAST_YEAR, SPAN, dayNumber, isoDate, shown, typeName, weekdayName } from './dates.js';

const FORMAT = 1; // of data.js, as src/azcal/compiled/javascript.py writes it
if (DATA.format !== FORMAT || DATA.first !== FIRST_YEAR || DATA.last !== LAST_YEAR) {
  throw new Error(`azcal: data.js is of format ${DATA.format} for ${DATA.first}-${DATA.last}; this code reads format ${FORMAT} for ${FIRST_YEAR}-${LAST_YEAR}: reinstall azcal`);
}

const WEEKS = [5, 6];
const WORKING_KINDS = new Set(['workday', 'working_weekend']);
const WEEK_HOURS = [40, 36, 24]; // Labor Code Art. 91
const FULL_WEEK = 40; // the only week whose days before a holiday are an hour shorter (Art. 108)
const HOURS_WEEK = 5; // whose days the hours norm counts, whichever the week: the Ministry applies the five-day week's

// -- the tables both weeks share, each value made once, frozen, when first needed ---------------------------

const { strings } = DATA;
const text = (number) => (number === null ? null : strings[number]);
const names = memo(DATA.names, ([az, en, ru]) => ({ az: strings[az], en: strings[en], ru: strings[ru] }));
const nameOf = (number) => (number === null ? null : names(number));
const observances = memo(DATA.observances, (row) => {
  const [key, name, category, basis, source, estimated, commemorates, anniversary, note, decision] = row;
  return {
    key: strings[key],
    names: names(name),
    category: strings[category],
    basis: strings[basis],
    source: strings[source],
    estimated: estimated === 1,
    decision: text(decision),
    commemorates: text(commemorates),
    anniversary,
    note: nameOf(note),
  };
});
const observanceOf = (number) => (number === null ? null : observances(number));
const reasons = memo(DATA.reasons, (row) => {
  const [rule, basis, source, standsFor, holiday, decision, estimated, standsForHoliday, name, note] = row;
  return {
    rule: strings[rule],
    basis: strings[basis],
    source: strings[source],
    standsFor: text(standsFor),
    holiday: text(holiday),
    decision: text(decision),
    estimated: estimated === 1,
    standsForHoliday: observanceOf(standsForHoliday),
    names: nameOf(name),
    note: nameOf(note),
  };
});

/** `make(row)` of `rows[number]`, deeply frozen, made once. */
function memo(rows, make) {
  const made = new Array(rows.length);
  return (number) => (made[number] ??= deepFreeze(make(rows[number])));
}

function deepFreeze(value) {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
}

// -- one week's arrays ----------------------------------------------------------------------------------

const decoded = {};

/** A week's arrays, made on its first question: per date its fact and whether it is a workday, and the
 * workdays and shortened days before each date (one entry more: the totals). */
function arrays(week) {
  return (decoded[week] ??= decode(DATA.weeks[week]));
}

function decode({ facts, dates }) {
  // a date has its weekday's usual fact but where `dates` says otherwise (javascript.py says how)
  const factOf = new Uint16Array(SPAN);
  const usual = [];
  for (let i = 0, k = 0, listed = dates[0] - 1; i < SPAN; i++) {
    if (i !== listed) {
      factOf[i] = usual[i % 7];
      continue;
    }
    const fact = dates[k + 1];
    if (fact >= 0) usual[i % 7] = fact;
    factOf[i] = fact >= 0 ? fact : ~fact;
    k += 2;
    listed = k < dates.length ? i + dates[k] : SPAN;
  }
  const working = facts.map(([kind]) => (WORKING_KINDS.has(strings[kind]) ? 1 : 0));
  const workday = new Uint8Array(SPAN);
  const workdaysBefore = new Uint16Array(SPAN + 1);
  const shortenedBefore = new Uint16Array(SPAN + 1);
  for (let i = 0; i < SPAN; i++) {
    const fact = factOf[i];
    workday[i] = working[fact];
    workdaysBefore[i + 1] = workdaysBefore[i] + working[fact];
    shortenedBefore[i + 1] = shortenedBefore[i] + facts[fact][2];
  }
  const days = memo(facts, ([kind, hours, shortened, estimated, observed, reason, before, confidence]) => ({
    kind: strings[kind],
    isWorkday: WORKING_KINDS.has(strings[kind]),
    hours,
    shortened: shortened === 1,
    shortenedBefore: before === null ? null : observances(before).key,
    estimated: estimated === 1,
    confidence: strings[confidence],
    observances: observed.map(observances),
    reason: reason === null ? null : reasons(reason),
  }));
  return { factOf, workday, workdaysBefore, shortenedBefore, total: workdaysBefore[SPAN], days };
}

// -- the questions ----------------------------------------------------------------------------------------

const calendars = {};

/** The official calendar of a `week`-day working week: 5 (the default), or 6, Monday to Saturday. */
export function forWeek(week) {
  if (typeof week !== 'number') {
    throw new TypeError(`week must be 5 or 6 (working days a week), got ${typeName(week)}: ${shown(week)}`);
  }
  if (!WEEKS.includes(week)) throw new RangeError(`week must be 5 or 6 (working days a week), got ${shown(week)}`);
  return (calendars[week] ??= calendarOf(week));
}

function calendarOf(week) {
  const at = () => arrays(week);

  function isWorkday(date) {
    return at().workday[dayNumber(date)] === 1;
  }

  function day(date) {
    const number = dayNumber(date);
    const facts = at().days(at().factOf[number]);
    return Object.freeze({ date: isoDate(number), weekday: weekdayName(number), ...facts });
  }

  function nextWorkday(date) {
    const { workdaysBefore } = at();
    return workdayAt(workdaysBefore[dayNumber(date) + 1]);
  }

  function previousWorkday(date) {
    const { workdaysBefore } = at();
    return workdayAt(workdaysBefore[dayNumber(date)] - 1);
  }

  /** The workday with `rank` workdays before it in the range. */
  function workdayAt(rank) {
    if (!(rank >= 0 && rank < at().total)) {
      throw new RangeError(`the answer would fall outside the supported range ${FIRST_YEAR}-${LAST_YEAR}`);
    }
    return isoDate(firstReaching(at().workdaysBefore, rank + 1) - 1);
  }

  function addWorkdays(date, n) {
    const number = dayNumber(date);
    checkWhole(n, 'n', 'a whole number of workdays');
    const { workdaysBefore, workday, total } = at();
    // a date that is no workday first moves to the next workday (Python's roll="following"), then n from there
    const first = workdaysBefore[number]; // the rank of the date, or of the first workday after it
    if (!workday[number] && first === total) workdayAt(first); // there is none before 2101: say so
    const start = workday[number] ? isoDate(number) : workdayAt(first);
    const rank = first + n;
    if (rank < 0) throw new RangeError(`${n} workdays from ${start} falls before ${FIRST_YEAR}`);
    if (rank >= total) throw new RangeError(`${n} workdays from ${start} falls after ${LAST_YEAR}`);
    return workdayAt(rank);
  }

  function workdaysBetween(start, end) {
    const { workdaysBefore } = at();
    return workdaysBefore[dayNumber(end, true)] - workdaysBefore[dayNumber(start, true)];
  }

  function workingHours(start, end, weekHours = FULL_WEEK) {
    if (typeof weekHours !== 'number') {
      throw new TypeError(`weekHours must be 40, 36 or 24, got ${typeName(weekHours)}: ${shown(weekHours)}`);
    }
    if (!WEEK_HOURS.includes(weekHours)) {
      throw new RangeError(`weekHours must be 40, 36 or 24 (Labor Code Art. 91), got ${shown(weekHours)}`);
    }
    const { workdaysBefore, shortenedBefore } = arrays(HOURS_WEEK);
    const [i, j] = [dayNumber(start, true), dayNumber(end, true)];
    const workdays = workdaysBefore[j] - workdaysBefore[i];
    if (weekHours !== FULL_WEEK) return (weekHours * workdays) / 5; // 7.2 or 4.8 a day, rounded once
    return 8 * workdays - (shortenedBefore[j] - shortenedBefore[i]);
  }

  return Object.freeze({
    week,
    dataVersion: DATA.dataVersion,
    isWorkday,
    day,
    nextWorkday,
    previousWorkday,
    addWorkdays,
    workdaysBetween,
    workingHours,
    forWeek,
  });
}

function checkWhole(value, name, what) {
  if (typeof value !== 'number') throw new TypeError(`${name} must be ${what}, got ${typeName(value)}: ${shown(value)}`);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be ${what}, got ${shown(value)}`);
}

/** The first index at which `counts`, which never decrease, reach `value` (Python's bisect_left). */
function firstReaching(counts, value) {
  let low = 0;
  let high = counts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (counts[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

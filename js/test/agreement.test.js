// The package answers as the Python library does: every date of 1990-2100 in both weeks, counting and
// stepping from every date, random additions and ranges, and instants taken as dates in Baku. The library's
// answers come from a fixture that tests/test_javascript.py writes and names in AZCAL_FIXTURE.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { forWeek } from '../index.js';

const RUN = 'the Python tests write it: run `.venv/bin/python -m pytest tests/test_javascript.py` in the repository';
let loaded;

function fixture() {
  const path = process.env.AZCAL_FIXTURE;
  assert.ok(path, `AZCAL_FIXTURE names no fixture of the Python library's answers; ${RUN}`);
  return (loaded ??= JSON.parse(readFileSync(path, 'utf8')));
}

/** The dates of 1990-2100, counted here apart from the package. */
function everyDate() {
  const dates = [];
  for (let d = new Date(Date.UTC(1990, 0, 1)); d.getUTCFullYear() <= 2100; d.setUTCDate(d.getUTCDate() + 1)) {
    dates.push(d.toISOString().slice(0, 10));
  }
  return dates;
}

/** `ask()`'s answer, or the name of the error it throws: what the fixture holds for an answer. */
function answer(ask) {
  try {
    return ask();
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    return { error: error.constructor.name };
  }
}

for (const week of [5, 6]) {
  test(`every date of 1990-2100 is the library's Day, ${week}-day week`, () => {
    const { records, dates } = fixture().weeks[week];
    const calendar = forWeek(week);
    const all = everyDate();
    assert.equal(all.length, dates.length);
    all.forEach((iso, i) => {
      const { date, ...day } = calendar.day(iso);
      assert.equal(date, iso);
      assert.deepEqual(day, records[dates[i]], iso);
      assert.equal(calendar.isWorkday(iso), day.isWorkday, iso);
    });
  });

  test(`counting and stepping from every date, ${week}-day week`, () => {
    const { workdaysBefore, next, previous } = fixture().weeks[week];
    const calendar = forWeek(week);
    const total = workdaysBefore.at(-1);
    assert.equal(calendar.workdaysBetween('1990-01-01', '2101-01-01'), total);
    everyDate().forEach((iso, i) => {
      assert.equal(calendar.workdaysBetween('1990-01-01', iso), workdaysBefore[i], iso);
      assert.equal(calendar.workdaysBetween(iso, '2101-01-01'), total - workdaysBefore[i], iso);
      assert.deepEqual(answer(() => calendar.nextWorkday(iso)), next[i] ?? { error: 'RangeError' }, iso);
      assert.deepEqual(answer(() => calendar.previousWorkday(iso)), previous[i] ?? { error: 'RangeError' }, iso);
    });
  });
}

test('random additions, ranges and hours, as the library answers them', () => {
  const { cases } = fixture();
  assert.ok(cases.length >= 10_000);
  for (const { week, call, args, result } of cases) {
    const got = answer(() => forWeek(week)[call](...args));
    assert.deepEqual(got, result, `forWeek(${week}).${call}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  }
});

test("a Date is its calendar date in Baku, as the library converts it", () => {
  const { instants } = fixture();
  assert.ok(instants.length >= 1_000);
  const { day } = forWeek(5);
  for (const [time, date] of instants) {
    const instant = new Date(time);
    assert.deepEqual(answer(() => day(instant).date), date, instant.toISOString());
  }
});

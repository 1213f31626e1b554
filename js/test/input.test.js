// Every kind of bad input gets a TypeError (a wrong type, a malformed date) or a RangeError (an impossible
// date, one out of range, an answer that would be) whose message names the problem and the value; and good
// input in every form the package takes gets the same answer.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as azcal from '../index.js';

const { addWorkdays, day, forWeek, isWorkday, nextWorkday, previousWorkday, workdaysBetween, workingHours } = azcal;

/** That `ask()` throws `type` with a message matching `message`. */
function throwsWith(ask, type, message) {
  assert.throws(ask, (error) => {
    assert.equal(error.constructor, type, `${error.constructor.name}: ${error.message}`);
    assert.match(error.message, message);
    return true;
  });
}

test('a value that is no date: TypeError, naming its type and value', () => {
  const cases = [
    [20250120, /got number: 20250120$/],
    [null, /got null: null$/],
    [undefined, /got undefined: undefined$/],
    [true, /got boolean: true$/],
    [20250120n, /got bigint: 20250120$/],
    [Symbol('x'), /got symbol: Symbol\(x\)$/],
    [['2025-01-20'], /got array: 2025-01-20$/],
    [{ year: 2025 }, /got Object: \[object Object\]$/],
    [Object.create(null), /got object: \[object Object\]$/],
    [{ toString() { throw new Error('no'); } }, /got Object: \[object Object\]$/],
  ];
  for (const [value, message] of cases) {
    for (const ask of [isWorkday, day, nextWorkday, previousWorkday]) {
      throwsWith(() => ask(value), TypeError, /^expected a date as a 'YYYY-MM-DD' string or a Date, got /);
      throwsWith(() => ask(value), TypeError, message);
    }
    throwsWith(() => workdaysBetween(value, '2025-01-01'), TypeError, message);
    throwsWith(() => workdaysBetween('2025-01-01', value), TypeError, message);
    throwsWith(() => addWorkdays(value, 1), TypeError, message);
    throwsWith(() => workingHours('2025-01-01', value), TypeError, message);
  }
});

test('a malformed date: TypeError, quoting it', () => {
  const malformed = ['', '2025', '2025/01/20', '20250120', '2025-1-20', '2025-01-2', '25-01-20', '2025-01-20T00:00',
    '2025-01-20Z', '+2025-01-20', '2025-W03-1', '２０２５-01-20', '2025-01-٢٠', 'x025-01-20', '2025-01-20 x', '2025--01-20'];
  for (const text of malformed) {
    throwsWith(() => isWorkday(text), TypeError, /^not a date in the form YYYY-MM-DD: "/);
    assert.throws(() => isWorkday(text), { message: `not a date in the form YYYY-MM-DD: ${JSON.stringify(text)}` });
  }
  const long = `2025-01-20${'x'.repeat(10_000)}`;
  throwsWith(() => day(long), TypeError, /^not a date in the form YYYY-MM-DD: "2025-01-20x{47}\.\.\."$/);
});

test('an impossible date: RangeError, saying why', () => {
  const cases = [
    ['2025-02-30', /^not a real date: "2025-02-30" \(February 2025 has 28 days\)$/],
    ['2025-02-29', /\(February 2025 has 28 days\)$/],
    ['2100-02-29', /\(February 2100 has 28 days\)$/],
    ['2025-04-31', /\(April 2025 has 30 days\)$/],
    ['2025-13-01', /\(there is no month 13\)$/],
    ['2025-00-10', /\(there is no month 0\)$/],
    ['2025-01-00', /\(there is no day 0\)$/],
    ['2025-01-32', /\(January 2025 has 31 days\)$/],
  ];
  for (const [text, message] of cases) {
    throwsWith(() => isWorkday(text), RangeError, message);
    throwsWith(() => workdaysBetween(text, '2025-01-01'), RangeError, message);
  }
  assert.equal(day('2024-02-29').date, '2024-02-29');
  assert.equal(day('2000-02-29').date, '2000-02-29');
  throwsWith(() => day(new Date(NaN)), RangeError, /^not a date: an invalid Date$/);
});

test('a date outside 1990-2100: RangeError, naming it and the range', () => {
  const range = /is outside the supported range 1990-01-01 to 2100-12-31/;
  for (const text of ['1989-12-31', '2101-01-01', '0000-01-01', '9999-12-31', '1900-02-28']) {
    throwsWith(() => isWorkday(text), RangeError, new RegExp(`^${text} ${range.source}$`));
  }
  throwsWith(() => day(new Date('1989-12-31T19:59:59Z')), RangeError, /^1989-12-31T19:59:59.000Z \(1989-12-31 in Baku\) is outside/);
  throwsWith(() => day(new Date('2100-12-31T20:00:00Z')), RangeError, /\(2101-01-01 in Baku\) is outside/);
  throwsWith(() => day(new Date(8.64e15)), RangeError, /^\+275760-09-13T00:00:00.000Z is outside .* in Baku$/);
  throwsWith(() => day(new Date(-8.64e15)), RangeError, /^-271821-04-20T00:00:00.000Z is outside/);
  // 1 January 2101 ends a half-open range, as in Python, and is no date to ask about
  assert.equal(workdaysBetween('2100-12-01', '2101-01-01'), 20);
  assert.equal(workdaysBetween('2101-01-01', '2100-12-01'), -20);
  assert.equal(workingHours('2100-12-01', new Date('2100-12-31T20:00:00Z')), 158);
  throwsWith(() => workdaysBetween('2100-12-01', '2101-01-02'), RangeError, range);
  throwsWith(() => workdaysBetween('1989-12-31', '2025-01-01'), RangeError, range);
});

test('an answer that would fall outside 1990-2100: RangeError', () => {
  throwsWith(() => nextWorkday('2100-12-31'), RangeError, /^the answer would fall outside the supported range 1990-2100$/);
  throwsWith(() => previousWorkday('1990-01-01'), RangeError, /^the answer would fall outside the supported range 1990-2100$/);
  throwsWith(() => addWorkdays('2100-12-01', 1000), RangeError, /^1000 workdays from 2100-12-01 falls after 2100$/);
  throwsWith(() => addWorkdays('1990-01-03', -1000), RangeError, /^-1000 workdays from 1990-01-03 falls before 1990$/);
  throwsWith(() => addWorkdays('2100-12-31', 0), RangeError, /^the answer would fall outside/); // a Friday: no workday after
  throwsWith(() => addWorkdays('2025-01-20', 1e300), RangeError, /^1e\+300 workdays from 2025-01-21 falls after 2100$/);
});

test('a count, a week or a week of hours of the wrong kind', () => {
  for (const [n, type, message] of [
    ['3', TypeError, /^n must be a whole number of workdays, got string: "3"$/],
    [null, TypeError, /^n must be a whole number of workdays, got null: null$/],
    [undefined, TypeError, /got undefined/],
    [3n, TypeError, /got bigint: 3$/],
    [1.5, RangeError, /^n must be a whole number of workdays, got 1\.5$/],
    [NaN, RangeError, /got NaN$/],
    [Infinity, RangeError, /got Infinity$/],
  ]) {
    throwsWith(() => addWorkdays('2025-01-20', n), type, message);
  }
  throwsWith(() => forWeek('6'), TypeError, /^week must be 5 or 6 \(working days a week\), got string: "6"$/);
  throwsWith(() => forWeek(), TypeError, /got undefined/);
  throwsWith(() => forWeek(7), RangeError, /^week must be 5 or 6 \(working days a week\), got 7$/);
  throwsWith(() => forWeek(5.5), RangeError, /got 5\.5$/);
  throwsWith(() => workingHours('2025-01-01', '2026-01-01', '40'), TypeError, /^weekHours must be 40, 36 or 24, got string: "40"$/);
  throwsWith(() => workingHours('2025-01-01', '2026-01-01', 35), RangeError, /^weekHours must be 40, 36 or 24 \(Labor Code Art\. 91\), got 35$/);
});

test('a string with spaces around it, a Date and the string of its date in Baku answer alike', () => {
  assert.deepEqual(day(' 2025-01-20\n'), day('2025-01-20'));
  assert.deepEqual(day(new Date('2025-01-19T20:00:00Z')), day('2025-01-20')); // midnight in Baku
  assert.equal(day(new Date('2025-01-19T19:59:59.999Z')).date, '2025-01-19');
  assert.equal(day(new Date('2010-07-01T19:00:00Z')).date, '2010-07-02'); // summer time, UTC+5, until 2015
  assert.equal(day(new Date('2016-07-01T19:00:00Z')).date, '2016-07-01'); // UTC+4 all year since 2016
  assert.equal(addWorkdays(new Date('2025-03-19T12:00:00Z'), 1), '2025-04-01');
});

test('answers are strings and frozen values; the functions work on their own', () => {
  const mourning = day('2025-01-20');
  assert.ok(Object.isFrozen(mourning) && Object.isFrozen(mourning.observances[0].names));
  assert.throws(() => { mourning.kind = 'workday'; }, TypeError);
  assert.equal(day('2025-01-20').kind, 'mourning');
  const { isWorkday: sixDay } = forWeek(6);
  assert.equal(sixDay('2026-03-09'), true);
  assert.equal(forWeek(6), forWeek(6).forWeek(6));
  assert.equal(forWeek(5).isWorkday, isWorkday);
  assert.equal(azcal.dataVersion, forWeek(6).dataVersion);
  assert.match(azcal.dataVersion, /^\d{4}-\d{2}-\d{2}$/);
});

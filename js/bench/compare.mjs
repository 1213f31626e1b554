// azcal beside date-holidays, on the same random dates of 1990-2100, in one Node process:
//   npm run bench            (after npm ci; --quick for a short run: npm run bench -- --quick)
// azcal is timed over 1,000,000 dates (median of five passes after a warm-up); date-holidays, which takes
// a millisecond or more a call, over the first 5,000 of the same dates, in one pass. date-holidays answers
// "is it a workday" as its users do: Monday to Friday, and no public holiday that day.
// docs/performance.md has a run's figures.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import Holidays from 'date-holidays';

import { addWorkdays, day, isWorkday, workdaysBetween } from '../index.js';

const quick = process.argv.includes('--quick');
const COUNT = quick ? 20_000 : 1_000_000;
const PEER_COUNT = quick ? 100 : 5_000;
const DAY_MS = 86_400_000;

// the same dates for both: 'YYYY-MM-DD' strings, and the instants of noon in Baku as Dates
let seed = 27;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const span = (Date.UTC(2101, 0, 1) - Date.UTC(1990, 0, 1)) / DAY_MS;
const strings = Array.from({ length: COUNT }, () => new Date(Date.UTC(1990, 0, 1) + Math.floor(random() * span) * DAY_MS).toISOString().slice(0, 10));
const dates = strings.map((iso) => new Date(`${iso}T12:00:00+04:00`));
const years = strings.map((iso) => Number(iso.slice(0, 4)));
const starts = strings.map((iso) => (iso < '2100-12' ? iso : '2100-11-30')); // ten workdays on stays in range

const holidays = new Holidays('AZ');
function theirWorkday(date) {
  const weekday = date.getUTCDay(); // noon in Baku is the same day in UTC
  const found = holidays.isHoliday(date);
  return weekday !== 0 && weekday !== 6 && !(found && found.some((h) => h.type === 'public'));
}
function theirYear(year) {
  const off = new Set(holidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
  let count = 0;
  for (let d = new Date(Date.UTC(year, 0, 1, 8)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !off.has(d.toISOString().slice(0, 10))) count++;
  }
  return count;
}
function theirTenOn(iso) {
  const d = new Date(`${iso}T12:00:00+04:00`);
  for (let n = 10; n > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (theirWorkday(d)) n--;
  }
  return d;
}

/** Nanoseconds per call of `run(i)` for i below `count`: the median of `passes` timed passes after a warm-up. */
function perCall(run, count, passes) {
  let sink = 0;
  const times = [];
  for (let pass = 0; pass <= passes; pass++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) if (run(i)) sink++;
    if (pass) times.push(Number(process.hrtime.bigint() - start) / count);
  }
  if (sink < 0) console.log(sink); // keeps the answers alive
  return times.sort((a, b) => a - b)[passes >> 1];
}
const ours = (run, count = COUNT) => perCall(run, count, 5);
const theirs = (run, count = PEER_COUNT) => perCall(run, count, 1);

/** Milliseconds a new Node process takes to run `code` in this folder: the median of some runs. */
function newProcess(code) {
  const runs = [];
  for (let k = 0; k < (quick ? 3 : 11); k++) {
    const start = process.hrtime.bigint();
    const done = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: fileURLToPath(new URL('..', import.meta.url)) });
    if (done.status !== 0) throw new Error(done.stderr.toString());
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return runs.sort((a, b) => a - b)[runs.length >> 1];
}

const rows = [];
const time = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toPrecision(3)} ms` : ns >= 1e3 ? `${(ns / 1e3).toPrecision(3)} µs` : `${ns.toPrecision(3)} ns`);
const ratio = (a, b) => (b >= a ? `${(b / a).toPrecision(3)}× faster` : `${(a / b).toPrecision(3)}× slower`);
const row = (task, a, b, note = '') => rows.push(`| ${task} | ${time(a)} | ${time(b)} | ${ratio(a, b)}${note} |`);

const differ = dates.slice(0, PEER_COUNT).filter((date, i) => isWorkday(strings[i]) !== theirWorkday(date)).length;
row('is it a workday, per date (azcal given a string)', ours((i) => isWorkday(strings[i])), theirs((i) => theirWorkday(dates[i])), `; ${differ} of ${PEER_COUNT.toLocaleString('en')} answers differ`);
row('is it a workday, per date (azcal given a Date)', ours((i) => isWorkday(dates[i])), theirs((i) => theirWorkday(dates[i])));
row('the day and its names, per date (date-holidays: isHoliday)', ours((i) => day(strings[i])), theirs((i) => holidays.isHoliday(dates[i])));
row("a year's workdays, per year", ours((i) => workdaysBetween(`${years[i]}-01-01`, `${years[i] + 1}-01-01`)), theirs((i) => theirYear(years[i]), PEER_COUNT / 10));
row('ten workdays after a date, per call', ours((i) => addWorkdays(starts[i], 10)), theirs((i) => theirTenOn(starts[i]), PEER_COUNT / 10));
row('workdays over 1990-2100', ours(() => workdaysBetween('1990-01-01', '2101-01-01')), theirs(() => [...Array(111).keys()].reduce((n, k) => n + theirYear(1990 + k), 0), 1));

const cold = newProcess("import { isWorkday } from './index.js'; isWorkday('2025-01-20');");
const coldPeer = newProcess("import Holidays from 'date-holidays'; new Holidays('AZ').isHoliday(new Date('2025-01-20T12:00:00+04:00'));");
const floor = newProcess('');
rows.push(`| a new process: import, one answer (median) | ${cold.toPrecision(3)} ms | ${coldPeer.toPrecision(3)} ms | ${ratio(cold, coldPeer)}; node alone: ${floor.toPrecision(3)} ms |`);

const wrong = [];
for (let d = new Date('2025-01-01T12:00:00+04:00'); d.getUTCFullYear() === 2025; d.setUTCDate(d.getUTCDate() + 1)) {
  if (isWorkday(d) !== theirWorkday(d)) wrong.push(day(d).date);
}

const peer = JSON.parse(readFileSync(new URL('../node_modules/date-holidays/package.json', import.meta.url), 'utf8'));
console.log(`Node ${process.version}, date-holidays ${peer.version}; azcal on ${COUNT.toLocaleString('en')} random dates of 1990-2100, date-holidays on the first ${PEER_COUNT.toLocaleString('en')}\n`);
console.log('| task | azcal | date-holidays | azcal vs date-holidays |\n|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nThe workdays of 2025 differ on ${wrong.length} dates: ${wrong.join(', ')}`);

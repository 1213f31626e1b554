// Dates as users give them and as answers give them. Inside, a date is its day number, counted from
// 1 January 1990: the position of its entry in the calendar's arrays.
//
// A 'YYYY-MM-DD' string is that date. A Date is an instant, and the law's dates are dates in Baku: it is
// taken as its calendar date in Asia/Baku: UTC+4 all year since 2016, +5 in summer from 1996 to 2015, and
// anything from +3 to +5 in 1990-1992. Intl's time zone data knows each period, in Node and in browsers.

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
const DAY_MS = 86_400_000;
const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
export const SPAN = (Date.UTC(LAST_YEAR + 1, 0, 1) - FIRST_MS) / DAY_MS; // 40,542 dates
const RANGE = `${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

// The day number of 1 January of each year, and of the month starts in a year: a date's number is two sums.
const YEAR_STARTS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 2 }, (_, k) => (Date.UTC(FIRST_YEAR + k, 0, 1) - FIRST_MS) / DAY_MS);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_STARTS = MONTH_DAYS.map((_, m) => MONTH_DAYS.slice(0, m).reduce((a, b) => a + b, 0));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']; // 1 January 1990 was a Monday

const isLeap = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * The day number of `value`, a 'YYYY-MM-DD' string or a Date; a TypeError or a RangeError that names the
 * value for anything else. With `rangeEnd`, `value` bounds a half-open range and may also be 2101-01-01.
 */
export function dayNumber(value, rangeEnd = false) {
  let year, month, day;
  if (typeof value === 'string') {
    [year, month, day] = parse(value);
  } else if (value instanceof Date) {
    [year, month, day] = inBaku(value);
  } else {
    throw new TypeError(`expected a date as a 'YYYY-MM-DD' string or a Date, got ${typeName(value)}: ${shown(value)}`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    if (rangeEnd && year === LAST_YEAR + 1 && month === 1 && day === 1) return SPAN;
    const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
    const where = typeof value === 'string' ? date : `${value.toISOString()} (${date} in Baku)`;
    throw new RangeError(`${where} is outside the supported range ${RANGE}`);
  }
  return YEAR_STARTS[year - FIRST_YEAR] + MONTH_STARTS[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
}

/** The 'YYYY-MM-DD' of a day number: arithmetic, some ten times quicker than a Date's toISOString. */
export function isoDate(number) {
  let k = Math.floor(number / 365.25); // the year's index, or one next to it
  if (YEAR_STARTS[k] > number) k--;
  else if (YEAR_STARTS[k + 1] <= number) k++;
  const year = FIRST_YEAR + k;
  const leap = isLeap(year) ? 1 : 0;
  const days = number - YEAR_STARTS[k];
  let month = 11;
  while (MONTH_STARTS[month] + (month > 1 ? leap : 0) > days) month--;
  return `${year}-${pad(month + 1)}-${pad(days - MONTH_STARTS[month] - (month > 1 ? leap : 0) + 1)}`;
}

/** The English name of a day number's weekday, as the Python library's records give it. */
export function weekdayName(number) {
  return WEEKDAYS[number % 7];
}

function parse(text) {
  // as the Python library: exactly YYYY-MM-DD, around it only spaces
  const trimmed = text.length === 10 ? text : text.trim();
  const year = digits(trimmed, 0, 4), month = digits(trimmed, 5, 7), day = digits(trimmed, 8, 10);
  if (trimmed.length !== 10 || trimmed[4] !== '-' || trimmed[7] !== '-' || year < 0 || month < 0 || day < 0) {
    throw new TypeError(`not a date in the form YYYY-MM-DD: ${shown(text)}`);
  }
  const days = month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
  let wrong;
  if (month < 1 || month > 12) wrong = `there is no month ${month}`;
  else if (day < 1) wrong = 'there is no day 0';
  else if (day > days) wrong = `${MONTHS[month - 1]} ${year} has ${days} days`;
  if (wrong) throw new RangeError(`not a real date: ${shown(text)} (${wrong})`);
  return [year, month, day];
}

/** The number written in `text` from `start` to `end`, or -1 if that is not all digits. */
function digits(text, start, end) {
  let number = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1; // NaN past the end of a short text, too
    number = number * 10 + digit;
  }
  return number;
}

let bakuFormat; // made on the first Date given: a runtime without time zone data fails only then

function inBaku(date) {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('not a date: an invalid Date');
  // Baku is within a day of UTC: an instant farther out is out of range whatever its date there
  if (time < FIRST_MS - DAY_MS || time >= Date.UTC(LAST_YEAR + 1, 0, 3)) {
    throw new RangeError(`${date.toISOString()} is outside the supported range ${RANGE} in Baku`);
  }
  if (!bakuFormat) {
    try {
      const options = { timeZone: 'Asia/Baku', year: 'numeric', month: 'numeric', day: 'numeric' };
      bakuFormat = new Intl.DateTimeFormat('en-US', { ...options, calendar: 'gregory', numberingSystem: 'latn' });
    } catch (error) {
      // a runtime built without time zone data: the date in Baku cannot be known, so say so, and how to go on
      throw new RangeError(`this runtime has no time zone data for Asia/Baku (${error.message}): give dates as 'YYYY-MM-DD' strings`);
    }
  }
  const parts = {};
  for (const { type, value } of bakuFormat.formatToParts(date)) parts[type] = Number(value);
  return [parts.year, parts.month, parts.day];
}

const pad = (number) => String(number).padStart(2, '0');

/** What type an error message says a value is. */
export function typeName(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return value.constructor?.name || 'object';
  return typeof value;
}

/** A value as an error message shows it: a string quoted, anything else as it prints, cut short when long. */
export function shown(value, limit = 60) {
  let text;
  try {
    text = typeof value === 'string' ? JSON.stringify(value.length > limit ? `${value.slice(0, limit - 3)}...` : value) : String(value);
  } catch {
    text = Object.prototype.toString.call(value); // an object whose conversion to text throws
  }
  return text.length > limit + 2 ? `${text.slice(0, limit - 3)}...` : text;
}

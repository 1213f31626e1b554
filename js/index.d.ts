// Types of azcal for JavaScript. Every date given is a 'YYYY-MM-DD' string, or a Date taken as its calendar date
// in Asia/Baku; every date answered is a 'YYYY-MM-DD' string. A value that is no such date throws a TypeError,
// and a date that does not exist or lies outside 1990-2100 a RangeError.

/** A 'YYYY-MM-DD' string, or a Date: the instant's calendar date in Baku. */
export type DateInput = string | Date;

/** What a date is for work: exactly one per date. */
export type Kind = 'workday' | 'working_weekend' | 'weekend' | 'holiday' | 'mourning' | 'voting' | 'rest_day';

/** How sure the day's status is (docs/law.md). */
export type Confidence = 'confirmed' | 'derived' | 'estimated' | 'unverified';

/** What kind of occasion an observance is. */
export type Category = 'holiday' | 'working_holiday' | 'mourning' | 'memorial' | 'declared_mourning' | 'voting' | 'day_off';

/** The legal mechanism that makes a day off, or a weekend day worked. */
export type Rule =
  | 'weekend'
  | 'holiday'
  | 'mourning'
  | 'voting'
  | 'weekend_transfer'
  | 'bayram_transfer'
  | 'swap'
  | 'decision'
  | 'own_rules';

/** A name in Azerbaijani, English and Russian. */
export interface Names {
  readonly az: string;
  readonly en: string;
  readonly ru: string;
}

/** One occasion on one date: a holiday, a memorial day, a voting day. */
export interface Observance {
  /** A stable key, such as 'national_mourning_day': compare keys, never names. */
  readonly key: string;
  readonly names: Names;
  readonly category: Category;
  /** The legal basis, such as 'Labor Code Art. 106'. */
  readonly basis: string;
  /** Where the basis is stated: a URL. */
  readonly source: string;
  /** Whether its date is an estimate (an Eid the Cabinet has not yet dated). */
  readonly estimated: boolean;
  /** The id of the decision that set this date, if one did. */
  readonly decision: string | null;
  /** The date of the event the day remembers: '1990-01-20' for the Day of National Mourning. */
  readonly commemorates: string | null;
  /** Which anniversary of that event this is: 35 on 20 January 2025. */
  readonly anniversary: number | null;
  /** A remark, such as that the day is never moved. */
  readonly note: Names | null;
}

/** Why a day is off, or why a weekend day is worked, and where that is stated. */
export interface Reason {
  readonly rule: Rule;
  readonly basis: string;
  readonly source: string;
  /** A moved rest day: the date of the holiday it stands for; a swap: the other day. */
  readonly standsFor: string | null;
  /** A moved rest day: the key of the holiday it stands for. */
  readonly holiday: string | null;
  /** The decision's id, for swaps and one-off days. */
  readonly decision: string | null;
  readonly estimated: boolean;
  /** A moved rest day: that holiday, as observed on its date. */
  readonly standsForHoliday: Observance | null;
  /** A day decided on its own: what its decision calls it. */
  readonly names: Names | null;
  /** A swapped or decided day: its decision's remark. */
  readonly note: Names | null;
}

/** Everything known about one date, as the Python library's Day and its JSON record say it. */
export interface Day {
  readonly date: string;
  /** In English: 'Monday' to 'Sunday'. */
  readonly weekday: string;
  readonly kind: Kind;
  readonly isWorkday: boolean;
  /** Five-day week: 8, 7 on a shortened day, 0 off; six-day week: the day's limit, 7 or 6, an hour less before a holiday. */
  readonly hours: number;
  /** One hour shorter, before a holiday, the mourning day or a voting day (Labor Code Art. 108). */
  readonly shortened: boolean;
  /** A shortened day: the key of the day off it comes before. */
  readonly shortenedBefore: string | null;
  readonly estimated: boolean;
  readonly confidence: Confidence;
  readonly observances: readonly Observance[];
  /** Null for an ordinary workday. */
  readonly reason: Reason | null;
}

/** The official calendar of one working week. */
export interface Calendar {
  /** Working days a week: 5, or 6 (Monday to Saturday). */
  readonly week: 5 | 6;
  /** Which official data it answers from: the adoption date of its latest decision. */
  readonly dataVersion: string;
  isWorkday(date: DateInput): boolean;
  day(date: DateInput): Day;
  /** The first workday strictly after `date`. */
  nextWorkday(date: DateInput): string;
  /** The last workday strictly before `date`. */
  previousWorkday(date: DateInput): string;
  /**
   * The workday `n` workdays after `date` (before it when `n` is negative); a date that is no workday first
   * moves to the next workday.
   */
  addWorkdays(date: DateInput, n: number): string;
  /** Workdays in the half-open range [start, end); negative when end comes first. End may be 2101-01-01. */
  workdaysBetween(start: DateInput, end: DateInput): number;
  /**
   * The working-hours norm of [start, end) for a 40-, 36- or 24-hour week (the six-day week takes the five-day
   * week's norm, as the Ministry applies it).
   */
  workingHours(start: DateInput, end: DateInput, weekHours?: 40 | 36 | 24): number;
  /** The official calendar of a `week`-day working week. */
  forWeek(week: 5 | 6): Calendar;
}

/** The official calendar of a `week`-day working week: 5, or 6 (Monday to Saturday). */
export function forWeek(week: 5 | 6): Calendar;

export const dataVersion: string;
export const isWorkday: Calendar['isWorkday'];
export const day: Calendar['day'];
export const nextWorkday: Calendar['nextWorkday'];
export const previousWorkday: Calendar['previousWorkday'];
export const addWorkdays: Calendar['addWorkdays'];
export const workdaysBetween: Calendar['workdaysBetween'];
export const workingHours: Calendar['workingHours'];

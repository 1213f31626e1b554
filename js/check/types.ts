// The hand-written types describe the package as it is used: `npm run types` compiles this file, strictly,
// through the package's own exports map; each @ts-expect-error is a misuse the types must refuse.

import { addWorkdays, dataVersion, day, forWeek, isWorkday, workdaysBetween, workingHours } from 'azcal';
import type { Calendar, Day, Kind, Names, Observance, Reason } from 'azcal';

const mourning: Day = day(new Date('2025-01-20T08:00:00Z'));
const kind: Kind = mourning.kind;
const names: Names = mourning.observances[0].names;
const first: Observance | undefined = mourning.observances.at(0);
const why: Reason | null = day('2026-03-27').reason;
const standsFor: string | null = why ? why.standsFor : null;
const sixDay: Calendar = forWeek(6);
const counts: number[] = [workdaysBetween('2025-01-01', '2026-01-01'), workingHours('2026-01-01', '2027-01-01', 36)];
const dates: string[] = [addWorkdays('2025-03-19', 1), sixDay.nextWorkday('2025-12-30'), dataVersion];
const answers: boolean[] = [isWorkday('2025-01-20'), sixDay.forWeek(5).isWorkday('2025-01-20')];
export const used = [kind, names.az, first?.key, standsFor, counts, dates, answers];

// @ts-expect-error a Day is read-only
mourning.kind = 'workday';
// @ts-expect-error a week is 5 or 6 days
forWeek(7);
// @ts-expect-error a date is a string or a Date
isWorkday(20250120);
// @ts-expect-error a week is 40, 36 or 24 hours
workingHours('2026-01-01', '2027-01-01', 35);
// @ts-expect-error there is no such kind
export const wrong: Kind = 'day_off';

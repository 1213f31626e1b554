// azcal for JavaScript: Azerbaijan's working-time calendar, 1990-2100, answered offline from the same compiled
// official calendar as the Python library. The five-day week's answers are these functions; forWeek(6) gives
// the same functions for the six-day week (Monday to Saturday).

import { forWeek } from './calendar.js';

export { forWeek };
export const {
  dataVersion,
  isWorkday,
  day,
  nextWorkday,
  previousWorkday,
  addWorkdays,
  workdaysBetween,
  workingHours,
} = forWeek(5);

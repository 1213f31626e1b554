// Reads an iCalendar file with ical.js and prints its events as JSON, for tests/test_ics.py.
// Usage: node tests/icaljs/parse.js FILE.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  const summary = vevent.getFirstProperty("summary");
  return {
    uid: event.uid,
    summary: event.summary,
    language: summary.getParameter("language"),
    description: event.description,
    start: event.startDate.toString(),
    end: event.endDate.toString(),
    all_day: event.startDate.isDate && event.endDate.isDate,
    sequence: event.sequence,
    transp: vevent.getFirstPropertyValue("transp"),
    categories: vevent.getFirstProperty("categories").getValues(),
  };
});
process.stdout.write(JSON.stringify({ name: calendar.getFirstPropertyValue("x-wr-calname"), events }));

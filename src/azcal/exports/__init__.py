"""Exports: each a function of a calendar and its Days (iCalendar, the year page, holidays interop, numpy)."""

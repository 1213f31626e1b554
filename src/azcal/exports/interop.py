"""azcal's days as a ``holidays.HolidayBase``, so code written against ``holidays.AZ`` runs unchanged.

The object is a real ``HolidayBase``: ``date in h``, ``h.get(date)``, ``h.is_working_day(date)``, years
filled in on first use (``expand``), ``+`` with other countries. Its dates are azcal's: every day off that is
not a plain weekend, and the working Saturdays and Sundays in ``weekend_workdays``, where ``holidays``
keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable

from holidays import HolidayBase

from ..arguments import check_language
from ..calendars import Calendar, check_calendar, official
from ..dates import FIRST_YEAR, LAST_YEAR, checked_years
from ..errors import ArgumentTypeError, InvalidArgumentError
from ..model import Day, Kind, Rule
from ..text.describe import detail, stands_for_name
from ..text.words import ESTIMATED_NAME, MOVED_REST_DAY, SWAPPED_REST_DAY, long_date

# holidays' own language codes for Azerbaijan, and the ones azcal adds, to azcal's
LANGUAGE_CODES = {"az": "az", "en": "en", "en_US": "en", "ru": "ru"}
PUBLIC, WORKDAY = "public", "workday"


class AzcalHolidays(HolidayBase):
    """Azerbaijan's days off as azcal computes them, in the shape of ``holidays.AZ``.

    Categories as in ``holidays.AZ``: ``public`` (the default) holds the days off; ``workday`` holds the
    holidays and memorial days that are worked (18 October, 26 February). ``observed=False`` leaves out the
    rest days moved under Art. 105.5 and 105.6.
    """

    country = "AZ"
    default_language = "az"
    supported_languages = tuple(LANGUAGE_CODES)
    supported_categories = (PUBLIC, WORKDAY)
    start_year = FIRST_YEAR
    end_year = LAST_YEAR

    def __init__(
        self,
        years: int | Iterable[int] | None = None,
        expand: bool = True,
        observed: bool = True,
        language: str | None = None,
        categories: str | Iterable[str] | None = None,
        *,
        calendar: Calendar | None = None,
    ) -> None:
        # Checked before anything is filled in: a bad argument fails whole, not after some years are added.
        if language is not None:
            check_language(language, LANGUAGE_CODES)
        wanted = [] if years is None else checked_years(years, allow_empty=True)
        _check_categories(categories)
        self._calendar = calendar
        self._lang = LANGUAGE_CODES[language or self.default_language]
        super().__init__(years=wanted, expand=expand, observed=observed, language=language, categories=categories)
        if calendar is not None and calendar.week == 6:
            self.weekend = {6}  # Sunday, the six-day week's one weekly rest day: its Saturdays are worked

    def _init_translation(self) -> None:
        # Names come from azcal's data in the chosen language; holidays' catalogues play no part.
        self.tr = _untranslated

    def _populate(self, year: int) -> None:
        # Years outside 1990-2100 come here only through `expand`; like holidays.AZ, they hold no days.
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return
        if self._calendar is None:
            self._calendar = official()  # the shared official calendar, resolved when first needed
        for day in self._calendar.year(year).days:
            if day.kind is Kind.WORKING_WEEKEND:
                self.weekend_workdays.add(day.date)
            name = self._name(day)
            if name:
                dict.__setitem__(self, day.date, name)

    def _name(self, day: Day) -> str:
        """The day's entry in the categories asked for, '' for none."""
        lang, parts = self._lang, []
        if PUBLIC in self.categories and not day.is_workday and day.kind is not Kind.WEEKEND:
            parts += [o.name(lang) for o in day.observances if o.category.is_day_off] or [self._rest_day_name(day)]
        if WORKDAY in self.categories:
            parts += [o.name(lang) for o in day.observances if not o.category.is_day_off]
        if day.estimated:
            parts = [ESTIMATED_NAME[lang].format(name=part) for part in parts]
        return "; ".join(part for part in parts if part)

    def _rest_day_name(self, day: Day) -> str:
        """A day off with no holiday of its own: moved under Art. 105.5/105.6, swapped, or decided."""
        reason, lang = day.reason, self._lang
        if reason and reason.rule.is_transfer:
            return MOVED_REST_DAY[lang].format(name=stands_for_name(day, lang)) if self.observed else ""
        if reason and reason.rule is Rule.SWAP and reason.stands_for:
            return SWAPPED_REST_DAY[lang].format(date=long_date(reason.stands_for, lang))
        return detail(day, lang)  # a decided day off: its decision's name

    # Copied and pickled as a dict with its attributes, as any holidays object, edits included; its
    # Calendar pickles by its definition and contents (see Calendar.__reduce__).
    def __copy__(self) -> AzcalHolidays:
        # Unlike a plain shallow copy, the sets of years filled in are the copy's own: a year one copy
        # fills in on first use is not taken as filled in by the other.
        twin = type(self).__new__(type(self))
        dict.update(twin, self)
        vars(twin).update(vars(self))
        vars(twin).update(
            years=set(self.years), weekend_workdays=set(self.weekend_workdays), categories=set(self.categories)
        )
        return twin

    def __deepcopy__(self, memo: dict[int, object]) -> AzcalHolidays:
        return self.__copy__()  # names are strings: nothing deeper to copy


def as_holidays(
    calendar: Calendar | None = None,
    years: int | Iterable[int] | None = None,
    language: str | None = None,
    *,
    categories: str | Iterable[str] | None = None,
    observed: bool = True,
    expand: bool = True,
) -> AzcalHolidays:
    """``calendar`` (the official one by default) as a ``holidays.HolidayBase``; see ``azcal.as_holidays``
    (``language``, not azcal's ``lang``: the parameters are ``holidays.AZ``'s)."""
    return AzcalHolidays(years, expand, observed, language, categories, calendar=check_calendar(calendar))


def _untranslated(message: str) -> str:
    return message


def _check_categories(categories: object) -> None:
    if categories is None:
        return
    if isinstance(categories, bytes) or not isinstance(categories, str | Iterable):
        raise ArgumentTypeError(f"categories must be a name or names, got {type(categories).__name__}: {categories!r}")
    names = [categories] if isinstance(categories, str) else list(categories)
    unknown = [name for name in names if not isinstance(name, str) or name not in AzcalHolidays.supported_categories]
    if unknown:
        choices = ", ".join(AzcalHolidays.supported_categories)
        raise InvalidArgumentError(f"unknown category {unknown[0]!r}; choose from {choices}")

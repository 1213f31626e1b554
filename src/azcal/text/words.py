"""Words the command shows, in Azerbaijani, English and Russian. Holiday names live in the data."""

from __future__ import annotations

import datetime as dt

from ..model import ENGLISH_MONTHS, Confidence, Kind

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    from decimal import Decimal

    from ..payroll import Norm, Norms

MONTHS = {
    "az": (
        "Yanvar",
        "Fevral",
        "Mart",
        "Aprel",
        "May",
        "İyun",
        "İyul",
        "Avqust",
        "Sentyabr",
        "Oktyabr",
        "Noyabr",
        "Dekabr",
    ),
    "en": ENGLISH_MONTHS,
    "ru": (
        "Январь",
        "Февраль",
        "Март",
        "Апрель",
        "Май",
        "Июнь",
        "Июль",
        "Август",
        "Сентябрь",
        "Октябрь",
        "Ноябрь",
        "Декабрь",
    ),
}
WEEKDAYS = {
    "az": ("Be", "Ça", "Çə", "Ca", "Cü", "Şə", "Ba"),
    "en": ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"),
    "ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
}
WEEKDAY_NAMES = {
    "az": ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}
KINDS = {
    "az": {
        Kind.WORKDAY: "iş günü",
        Kind.WORKING_WEEKEND: "iş günü (istirahət günü əvəzinə)",
        Kind.WEEKEND: "istirahət günü",
        Kind.HOLIDAY: "bayram günü",
        Kind.MOURNING: "hüzn günü",
        Kind.VOTING: "səsvermə günü",
        Kind.REST_DAY: "köçürülmüş istirahət günü",
    },
    "en": {
        Kind.WORKDAY: "working day",
        Kind.WORKING_WEEKEND: "working day on a weekend",
        Kind.WEEKEND: "weekend",
        Kind.HOLIDAY: "holiday",
        Kind.MOURNING: "mourning day",
        Kind.VOTING: "voting day",
        Kind.REST_DAY: "moved rest day",
    },
    "ru": {
        Kind.WORKDAY: "рабочий день",
        Kind.WORKING_WEEKEND: "рабочий день в выходной",
        Kind.WEEKEND: "выходной",
        Kind.HOLIDAY: "праздник",
        Kind.MOURNING: "день скорби",
        Kind.VOTING: "день голосования",
        Kind.REST_DAY: "перенесённый день отдыха",
    },
}
PHRASES = {
    "az": {
        "workday": "iş günüdür",
        "not_workday": "iş günü deyil",
        "hours": "saat",
        "shortened": "qısaldılmış iş günü (1 saat az): ertəsi gün {name}",
        "estimated": "təxmini: bu tarix barədə Nazirlər Kabinetinin qərarı məlumatlarda yoxdur",
        "weekend": "həftəlik istirahət günü",
        "weekend_transfer": "{date} ({name}) istirahət gününə düşdüyü üçün köçürülüb",
        "bayram_transfer": "{date} {name} başqa bayramla üst-üstə düşdüyü üçün",
        "swap_rest": "{date} iş günü ilə yerini dəyişib",
        "swap_work": "{date} istirahət günü əvəzinə iş günü",
        "decision": "qərar",
        "basis": "Əsas",
        "source": "Mənbə",
        "anniversary": "{event}: {n} ildönümü",
        "legend": "Şərti işarələr",
        "shortened_mark": "qısaldılmış iş günü",
        "next_workday": "növbəti iş günü",
        "today": "bu gün",
        "in_break": "istirahət günləri",
        "breaks": "Fasilələr",
        "days": "gün",
        "day": "gün",
        "workdays": "iş günü",
        "six_day_week": "altıgünlük iş həftəsi",
        "five_day_norm": "beşgünlük iş həftəsinin norması",
        "norm_hours": "saatlar beşgünlük iş həftəsinin normasıdır",
        "named_days_hint": "bayramlar və digər günlərin siyahısı: {command}",
    },
    "en": {
        "workday": "is a working day",
        "not_workday": "is not a working day",
        "hours": "h",
        "shortened": "shortened working day (one hour less): the next day is {name}",
        "estimated": "estimated: no Cabinet decision on the date is in the data",
        "weekend": "weekly rest day",
        "weekend_transfer": "rest day moved here because {date} ({name}) fell on a rest day",
        "bayram_transfer": "rest day because {name} coincided with another holiday on {date}",
        "swap_rest": "rest day swapped with the working day {date}",
        "swap_work": "working day in place of {date}",
        "decision": "decision",
        "basis": "Basis",
        "source": "Source",
        "anniversary": "{n} anniversary of {event}",
        "legend": "Legend",
        "shortened_mark": "shortened working day",
        "next_workday": "next working day",
        "today": "today",
        "in_break": "days off",
        "breaks": "Breaks",
        "days": "days",
        "day": "day",
        "workdays": "working days",
        "six_day_week": "six-day week",
        "five_day_norm": "the five-day week's norm",
        "norm_hours": "the hours are the five-day week's norm",
        "named_days_hint": "the list of holidays and other days: {command}",
    },
    "ru": {
        "workday": "рабочий день",
        "not_workday": "нерабочий день",
        "hours": "ч",
        "shortened": "сокращённый рабочий день (на час короче): следующий день — {name}",
        "estimated": "предварительно: решения Кабинета министров об этой дате в данных нет",
        "weekend": "еженедельный выходной",
        "weekend_transfer": "выходной перенесён, так как {date} ({name}) пришёлся на выходной",
        "bayram_transfer": "день отдыха: {name} совпал с другим праздником {date}",
        "swap_rest": "выходной перенесён с рабочего дня {date}",
        "swap_work": "рабочий день вместо {date}",
        "decision": "решение",
        "basis": "Основание",
        "source": "Источник",
        "anniversary": "{n} годовщина: {event}",
        "legend": "Обозначения",
        "shortened_mark": "сокращённый рабочий день",
        "next_workday": "следующий рабочий день",
        "today": "сегодня",
        "in_break": "нерабочие дни",
        "breaks": "Периоды отдыха",
        "days": "дн.",
        "day": "дн.",
        "workdays": "рабочих дней",
        "six_day_week": "шестидневная рабочая неделя",
        "five_day_norm": "норма пятидневной недели",
        "norm_hours": "часы по норме пятидневной недели",
        "named_days_hint": "список праздников и других дней: {command}",
    },
}
MARKS = {  # one character after the day number in the year grid, so the grid reads without colour
    Kind.HOLIDAY: "*",
    Kind.MOURNING: "#",
    Kind.VOTING: "v",
    Kind.REST_DAY: "+",
    Kind.WORKING_WEEKEND: "^",
}
SHORTENED_MARK = "'"
UNVERIFIED_MARK = "?"  # after a listed day, as ~ after an estimated one
CONFIDENCE = {  # Day.confidence in words, and what the label before it says
    "az": {
        "label": "Etibarlılıq",
        Confidence.CONFIRMED: "təsdiqlənib",
        Confidence.DERIVED: "qanundan çıxarılıb",
        Confidence.ESTIMATED: "təxminidir",
        Confidence.UNVERIFIED: "yoxlanılmayıb",
        "why_unverified": "bu günü təsdiq edən mənbə tapılmayıb; belə olmaya da bilər",
    },
    "en": {
        "label": "Confidence",
        Confidence.CONFIRMED: "confirmed",
        Confidence.DERIVED: "derived from the law",
        Confidence.ESTIMATED: "estimated",
        Confidence.UNVERIFIED: "unverified",
        "why_unverified": "no source found says so; it may be otherwise",
    },
    "ru": {
        "label": "Достоверность",
        Confidence.CONFIRMED: "подтверждено",
        Confidence.DERIVED: "выведено из закона",
        Confidence.ESTIMATED: "оценка",
        Confidence.UNVERIFIED: "не проверено",
        "why_unverified": "ни один найденный источник этого не подтверждает; может быть иначе",
    },
}


class NormWords:
    """The production calendar table's words in one language."""

    __slots__ = ("columns", "decimal_mark", "quarters", "title", "year")
    title: str
    columns: tuple[str, ...]
    quarters: tuple[str, ...]
    year: str
    decimal_mark: str

    def __init__(
        self, *, title: str, columns: tuple[str, ...], quarters: tuple[str, ...], year: str, decimal_mark: str
    ):
        fill = object.__setattr__  # set once: the words are shared by every thread that prints
        fill(self, "title", title)
        fill(self, "columns", columns)
        fill(self, "quarters", quarters)
        fill(self, "year", year)
        fill(self, "decimal_mark", decimal_mark)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"NormWords is read-only: cannot set {name!r}")


NORMS = {
    "az": NormWords(
        title="İstehsalat təqvimi {year}: həftədə {hours} saat",
        columns=("Ay", "Təqvim günləri", "Qeyri-iş günləri", "İş günləri", "Qısaldılmış", "İş saatları"),
        quarters=("I rüb", "II rüb", "III rüb", "IV rüb"),
        year="İl",
        decimal_mark=",",
    ),
    "en": NormWords(
        title="Production calendar {year}: {hours}-hour week",
        columns=("Month", "Calendar days", "Days off", "Working days", "Shortened", "Hours"),
        quarters=("Q1", "Q2", "Q3", "Q4"),
        year="Year",
        decimal_mark=".",
    ),
    "ru": NormWords(
        title="Производственный календарь {year}: {hours}-часовая неделя",
        columns=("Месяц", "Календарные дни", "Нерабочие дни", "Рабочие дни", "Сокращённые", "Часы"),
        quarters=("I квартал", "II квартал", "III квартал", "IV квартал"),
        year="Год",
        decimal_mark=",",
    ),
}
PAGE = {  # the printable year page (azcal html)
    "az": {
        "title": "Azərbaycan: iş və istirahət günləri, {year}",
        "listed": "Bayramlar və digər günlər",
        "estimated": "təxmini tarix",
        "estimated_note": (
            "~ ilə işarələnmiş tarixlər təxminidir: onlar barədə Nazirlər Kabinetinin qərarı məlumatlarda yoxdur."
        ),
        "unverified": "mənbəsi tapılmayıb",
        "data_version": "Məlumatların versiyası: {version}",
    },
    "en": {
        "title": "Azerbaijan: working days and days off, {year}",
        "listed": "Holidays and other days",
        "estimated": "estimated date",
        "estimated_note": "Dates marked ~ are estimated: no Cabinet decision on them is in the data.",
        "unverified": "no source found",
        "data_version": "Data version: {version}",
    },
    "ru": {
        "title": "Азербайджан: рабочие и нерабочие дни, {year}",
        "listed": "Праздники и другие дни",
        "estimated": "предварительная дата",
        "estimated_note": "Даты с пометкой ~ предварительные: решения Кабинета министров о них в данных нет.",
        "unverified": "источник не найден",
        "data_version": "Версия данных: {version}",
    },
}
ESTIMATED_MARK = "~"
LEAVE = {
    "az": {
        "last_day": "Məzuniyyətin son günü",
        "resumes": "İşə çıxma günü",
        "not_counted": "Məzuniyyət günlərinə daxil edilmir (Əmək Məcəlləsi 114.6)",
    },
    "en": {
        "last_day": "Last day of leave",
        "resumes": "Back to work",
        "not_counted": "Not counted as leave days (Labor Code Art. 114.6)",
    },
    "ru": {
        "last_day": "Последний день отпуска",
        "resumes": "Выход на работу",
        "not_counted": "Не включаются в дни отпуска (Трудовой кодекс, ст. 114.6)",
    },
}


# Month names as they stand inside a date: "20 yanvar 1990", "20 января 1990".
MONTHS_IN_DATE = {
    "az": tuple(m.replace("İ", "i").lower() for m in MONTHS["az"]),  # str.lower() turns İ into i + a dot
    "en": MONTHS["en"],
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}

# Azerbaijani ordinal suffixes follow the vowel harmony of the number's last word: 1-ci, 3-cü, 6-cı,
# 9-cu; for a round number it is the tens (10-cu, 40-cı), hundreds (100-cü) or thousands (1000-ci) word.
_AZ_UNITS = ("", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu")
_AZ_TENS = ("", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı")


WORKBOOK = {  # the Excel workbook (azcal export --format xlsx)
    "az": {
        "days": "Günlər",
        "norms": "Normalar",
        "legend": "İşarələr",
        "columns": (
            "Tarix",
            "Həftənin günü",
            "Növ",
            "İş günü",
            "Saat",
            "Qısaldılmış",
            "Təxmini",
            "Ad",
            "Əsas",
            "Mənbə",
        ),
        "yes": "bəli",
        "no": "xeyr",
    },
    "en": {
        "days": "Days",
        "norms": "Norms",
        "legend": "Legend",
        "columns": ("Date", "Weekday", "Kind", "Workday", "Hours", "Shortened", "Estimated", "Name", "Basis", "Source"),
        "yes": "yes",
        "no": "no",
    },
    "ru": {
        "days": "Дни",
        "norms": "Нормы",
        "legend": "Обозначения",
        "columns": (
            "Дата",
            "День недели",
            "Вид",
            "Рабочий",
            "Часы",
            "Сокращённый",
            "Предварительный",
            "Название",
            "Основание",
            "Источник",
        ),
        "yes": "да",
        "no": "нет",
    },
}


def ordinal(n: int, lang: str) -> str:
    """``n`` as an ordinal number: 35th, 35-ci, 35-я (feminine, to agree with годовщина)."""
    if lang == "az":
        if n % 10:
            suffix = _AZ_UNITS[n % 10]
        elif n % 100:
            suffix = _AZ_TENS[n % 100 // 10]
        else:
            suffix = "ci" if n % 1000 == 0 else "cü"
        return f"{n}-{suffix}"
    if lang == "ru":
        return f"{n}-я"
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def norms_title(year: int, week_hours: int, week: int, lang: str) -> str:
    """The production calendar's title; for the six-day week, that its hours are the five-day week's norm."""
    title = NORMS[lang].title.format(year=year, hours=week_hours)
    if week == 5:
        return title
    words = PHRASES[lang]
    return f"{title} ({words['six_day_week']}; {words['norm_hours']})"


def with_week(title: str, week: int, lang: str) -> str:
    """A title that says the six-day week when it is one: "March 2026 (six-day week)"."""
    return title if week == 5 else f"{title} ({PHRASES[lang]['six_day_week']})"


def years_text(years: list[int]) -> str:
    """Years in a title: 2025, 2024–2026 when they run on, 2024 · 2026 when they do not."""
    if years == list(range(years[0], years[-1] + 1)) and len(years) > 1:
        return f"{years[0]}–{years[-1]}"
    return " · ".join(map(str, years))


def long_date(day: dt.date, lang: str) -> str:
    """20 January 1990, 20 yanvar 1990, 20 января 1990 г."""
    text = f"{day.day} {MONTHS_IN_DATE[lang][day.month - 1]} {day.year}"
    return text + " г." if lang == "ru" else text


def anniversary(n: int, event: dt.date, lang: str) -> str:
    """'35th anniversary of 20 January 1990', in ``lang``."""
    return PHRASES[lang]["anniversary"].format(n=ordinal(n, lang), event=long_date(event, lang))


# Names of moved rest days in `as_holidays`, short like the holiday names beside them.
MOVED_REST_DAY = {
    "az": "{name} (köçürülmüş istirahət günü)",
    "en": "{name} (moved rest day)",
    "ru": "{name} (перенесённый выходной)",
}
SWAPPED_REST_DAY = {
    "az": "İstirahət günü ({date} iş günü ilə yerini dəyişib)",
    "en": "Day off (swapped with {date})",
    "ru": "Выходной день (перенесён с {date})",
}
ESTIMATED_NAME = {"az": "{name} (təxmini)", "en": "{name} (estimated)", "ru": "{name} (предварительно)"}


def number_text(value: Decimal, lang: str) -> str:
    """A Decimal as people write it in ``lang``: 1735,2 in az and ru; 160, not 1.6E+2."""
    return format(value.normalize(), "f").replace(".", NORMS[lang].decimal_mark)


def norm_rows(norms: Norms, lang: str) -> list[tuple[str, ...]]:
    """The production calendar's rows under ``NORMS[lang].columns``: each quarter after its months, then the year."""
    words = NORMS[lang]
    rows = []
    for q, quarter in enumerate(norms.quarters):
        rows += [_norm_row(MONTHS[lang][3 * q + i], m, lang) for i, m in enumerate(norms.months[3 * q : 3 * q + 3])]
        rows.append(_norm_row(words.quarters[q], quarter, lang))
    rows.append(_norm_row(words.year, norms.total, lang))
    return rows


def _norm_row(label: str, norm: Norm, lang: str) -> tuple[str, ...]:
    figures = (norm.calendar_days, norm.non_working_days, norm.workdays, norm.shortened_days)
    return (label, *map(str, figures), number_text(norm.hours, lang))

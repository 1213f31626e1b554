"""Words the command shows, in Azerbaijani, English and Russian. Holiday names live in the data."""

from __future__ import annotations

from .model import Kind, Rule

MONTHS = {
    "az": ("Yanvar", "Fevral", "Mart", "Aprel", "May", "İyun", "İyul", "Avqust", "Sentyabr", "Oktyabr",
           "Noyabr", "Dekabr"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "ru": ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
           "Ноябрь", "Декабрь"),
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
    "az": {Kind.WORKDAY: "iş günü", Kind.WORKING_WEEKEND: "iş günü (istirahət günü əvəzinə)",
           Kind.WEEKEND: "istirahət günü", Kind.HOLIDAY: "bayram günü", Kind.MOURNING: "hüzn günü",
           Kind.VOTING: "səsvermə günü", Kind.REST_DAY: "köçürülmüş istirahət günü"},
    "en": {Kind.WORKDAY: "working day", Kind.WORKING_WEEKEND: "working day on a weekend",
           Kind.WEEKEND: "weekend", Kind.HOLIDAY: "holiday", Kind.MOURNING: "mourning day",
           Kind.VOTING: "voting day", Kind.REST_DAY: "moved rest day"},
    "ru": {Kind.WORKDAY: "рабочий день", Kind.WORKING_WEEKEND: "рабочий день в выходной",
           Kind.WEEKEND: "выходной", Kind.HOLIDAY: "праздник", Kind.MOURNING: "день скорби",
           Kind.VOTING: "день голосования", Kind.REST_DAY: "перенесённый день отдыха"},
}
PHRASES = {
    "az": {
        "workday": "iş günüdür", "not_workday": "iş günü deyil", "hours": "saat",
        "shortened": "qısaldılmış iş günü (1 saat az): ertəsi gün {name}",
        "estimated": "təxmini: tarix hələ Nazirlər Kabineti tərəfindən təsdiq edilməyib",
        "weekend": "həftəlik istirahət günü",
        "weekend_transfer": "{date} ({name}) istirahət gününə düşdüyü üçün köçürülüb",
        "bayram_transfer": "{date} {name} başqa bayramla üst-üstə düşdüyü üçün",
        "swap_rest": "{date} iş günü ilə yerini dəyişib", "swap_work": "{date} istirahət günü əvəzinə iş günü",
        "decision": "qərar", "basis": "Əsas", "source": "Mənbə", "anniversary": "{n}-ci ildönümü ({year})",
        "legend": "Şərti işarələr", "breaks": "Fasilələr", "days": "gün", "workdays": "iş günü",
    },
    "en": {
        "workday": "is a working day", "not_workday": "is not a working day", "hours": "h",
        "shortened": "shortened working day (one hour less): the next day is {name}",
        "estimated": "estimated: the Cabinet has not yet confirmed the date",
        "weekend": "weekly rest day",
        "weekend_transfer": "rest day moved here because {date} ({name}) fell on a rest day",
        "bayram_transfer": "rest day because {name} coincided with another holiday on {date}",
        "swap_rest": "rest day swapped with the working day {date}", "swap_work": "working day in place of {date}",
        "decision": "decision", "basis": "Basis", "source": "Source", "anniversary": "anniversary {n} ({year})",
        "legend": "Legend", "breaks": "Breaks", "days": "days", "workdays": "working days",
    },
    "ru": {
        "workday": "рабочий день", "not_workday": "нерабочий день", "hours": "ч",
        "shortened": "сокращённый рабочий день (на час короче): следующий день — {name}",
        "estimated": "предварительно: Кабинет министров ещё не утвердил дату",
        "weekend": "еженедельный выходной",
        "weekend_transfer": "выходной перенесён, так как {date} ({name}) пришёлся на выходной",
        "bayram_transfer": "день отдыха: {name} совпал с другим праздником {date}",
        "swap_rest": "выходной перенесён с рабочего дня {date}", "swap_work": "рабочий день вместо {date}",
        "decision": "решение", "basis": "Основание", "source": "Источник", "anniversary": "{n}-я годовщина ({year})",
        "legend": "Обозначения", "breaks": "Периоды отдыха", "days": "дн.", "workdays": "рабочих дней",
    },
}
MARKS = {  # one character after the day number in the year grid, so the grid reads without colour
    Kind.HOLIDAY: "*", Kind.MOURNING: "#", Kind.VOTING: "v", Kind.REST_DAY: "+", Kind.WORKING_WEEKEND: "^",
}
SHORTENED_MARK = "'"
RULE_PHRASE = {Rule.WEEKEND_TRANSFER: "weekend_transfer", Rule.BAYRAM_TRANSFER: "bayram_transfer"}

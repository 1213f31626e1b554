"""The command's errors and help in Azerbaijani, English and Russian, and the language a user speaks.

The library speaks English: its errors are exceptions a program reads. The command says them in the
user's language. Each message is keyed by its English text, as gettext keys a catalogue by its msgid,
with ``{name}`` where a value goes; an English message the command is about to print is recognised by
that template, and its values put into the translation. A value called ``message`` or ``why`` is itself a
message, and is translated in turn; any other value (what the user typed) is shown as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the command starts without it
if TYPE_CHECKING:
    import re

LANGUAGES = ("az", "en", "ru")
DEFAULT = "az"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX: the first one set decides

# English template -> its Azerbaijani and Russian text
MESSAGES: dict[str, dict[str, str]] = {
    # the command's own
    "usage: {message} (see 'azcal -h')": {
        "az": "istifadə: {message} (bax: 'azcal -h')",
        "ru": "использование: {message} (см. 'azcal -h')",
    },
    "unknown command: {word} (did you mean {near}?)": {
        "az": "naməlum əmr: {word} ({near} nəzərdə tutulub?)",
        "ru": "неизвестная команда: {word} (может быть, {near}?)",
    },
    "unknown command: {word} (the commands: {commands})": {
        "az": "naməlum əmr: {word} (əmrlər: {commands})",
        "ru": "неизвестная команда: {word} (команды: {commands})",
    },
    "unrecognized option: {word}": {"az": "naməlum seçim: {word}", "ru": "неизвестный параметр: {word}"},
    "not a year: {text}": {"az": "il deyil: {text}", "ru": "не год: {text}"},
    "not a year or a range of years such as 2025-2027: {text}": {
        "az": "il və ya 2025-2027 kimi illər aralığı deyil: {text}",
        "ru": "не год и не диапазон лет вида 2025-2027: {text}",
    },
    "a range of years runs forward: {text}": {
        "az": "illər aralığı artan sırada yazılır: {text}",
        "ru": "диапазон лет пишется по возрастанию: {text}",
    },
    "unknown kind of event {names}; choose from {choices}": {
        "az": "naməlum hadisə növü {names}; bunlardan seçin: {choices}",
        "ru": "неизвестный вид события {names}; выберите из: {choices}",
    },
    "the output file name is empty": {"az": "çıxış faylının adı boşdur", "ru": "имя выходного файла пусто"},
    "not a real date: {text} ({why})": {
        "az": "belə tarix yoxdur: {text} ({why})",
        "ru": "такой даты нет: {text} ({why})",
    },
    "not a date in the form YYYY-MM-DD: {text}": {
        "az": "İİİİ-AA-GG şəklində tarix deyil: {text}",
        "ru": "не дата вида ГГГГ-ММ-ДД: {text}",
    },
    "not a date in the form YYYY-MM-DD or DD.MM.YYYY: {text}": {
        "az": "İİİİ-AA-GG və ya GG.AA.İİİİ şəklində tarix deyil: {text}",
        "ru": "не дата вида ГГГГ-ММ-ДД или ДД.ММ.ГГГГ: {text}",
    },
    "not a month in the form YYYY-MM: {text}": {
        "az": "İİİİ-AA şəklində ay deyil: {text}",
        "ru": "не месяц вида ГГГГ-ММ: {text}",
    },
    "a range needs its END too: START END, or a period such as 2026-03": {
        "az": "aralığın sonu da lazımdır: BAŞLANĞIC SON, və ya 2026-03 kimi dövr",
        "ru": "у диапазона нужен и КОНЕЦ: НАЧАЛО КОНЕЦ, или период вида 2026-03",
    },
    "not a date or a period (2026, 2026-03, 2026-Q1): {text}": {
        "az": "tarix və ya dövr (2026, 2026-03, 2026-Q1) deyil: {text}",
        "ru": "не дата и не период (2026, 2026-03, 2026-Q1): {text}",
    },
    "not a whole number: {text}": {"az": "tam ədəd deyil: {text}", "ru": "не целое число: {text}"},
    "must be at least 1: {text}": {"az": "ən azı 1 olmalıdır: {text}", "ru": "должно быть не меньше 1: {text}"},
    "not a port (0-65535): {text}": {"az": "port deyil (0-65535): {text}", "ru": "не порт (0-65535): {text}"},
    "argument end: a range of days runs forward, at most 366 days": {
        "az": "arqument end: günlər aralığı irəli gedir, ən çoxu 366 gün",
        "ru": "аргумент end: диапазон дней идёт вперёд, не больше 366 дней",
    },
    "check: give rules files, or --official for the packaged data": {
        "az": "check: qaydalar fayllarını və ya paketdəki məlumatlar üçün --official verin",
        "ru": "check: укажите файлы правил или --official для данных пакета",
    },
    "a workbook is a binary file: give -o FILE": {
        "az": "iş kitabı ikili fayldır: -o FAYL verin",
        "ru": "книга Excel — двоичный файл: укажите -o ФАЙЛ",
    },
    "AZCAL_LANG is not a language azcal speaks: {text} (choose from az, en, ru)": {
        "az": "AZCAL_LANG azcal-ın bildiyi dil deyil: {text} (az, en, ru seçin)",
        "ru": "AZCAL_LANG — не язык azcal: {text} (выберите az, en, ru)",
    },
    "the service needs FastAPI and granian: pip install 'azcal[server]'": {
        "az": "xidmət üçün FastAPI və granian lazımdır: pip install 'azcal[server]'",
        "ru": "сервису нужны FastAPI и granian: pip install 'azcal[server]'",
    },
    # argparse's own (its msgids, with {name} for %(name)s)
    "argument {argument}: {message}": {"az": "arqument {argument}: {message}", "ru": "аргумент {argument}: {message}"},
    "unrecognized arguments: {text}": {"az": "naməlum arqumentlər: {text}", "ru": "лишние аргументы: {text}"},
    "the following arguments are required: {text}": {
        "az": "bu arqumentlər lazımdır: {text}",
        "ru": "нужны аргументы: {text}",
    },
    "invalid choice: {text} (choose from {choices})": {
        "az": "yolverilməz seçim: {text} (bunlardan seçin: {choices})",
        "ru": "недопустимое значение: {text} (выберите из: {choices})",
    },
    "expected one argument": {"az": "bir dəyər gözlənilir", "ru": "ожидается одно значение"},
    "expected at least one argument": {"az": "ən azı bir dəyər gözlənilir", "ru": "ожидается хотя бы одно значение"},
    "invalid {kind} value: {text}": {
        "az": "yolverilməz {kind} dəyəri: {text}",
        "ru": "недопустимое значение {kind}: {text}",
    },
    # the library's, as the command meets them
    "year {text} is outside the supported range 1990-2100": {
        "az": "{text} ili dəstəklənən 1990-2100 aralığından kənardadır",
        "ru": "год {text} вне поддерживаемого диапазона 1990-2100",
    },
    "{text} is outside the supported range 1990-01-01 to 2100-12-31": {
        "az": "{text} dəstəklənən 1990-01-01 - 2100-12-31 aralığından kənardadır",
        "ru": "{text} вне поддерживаемого диапазона с 1990-01-01 по 2100-12-31",
    },
    "{n} workdays from {text} falls after 2100": {
        "az": "{text} tarixindən {n} iş günü sonrası 2100-cü ildən sonraya düşür",
        "ru": "{n} рабочих дней от {text} приходятся на время после 2100 года",
    },
    "{n} workdays from {text} falls before 1990": {
        "az": "{text} tarixindən {n} iş günü 1990-cı ildən əvvələ düşür",
        "ru": "{n} рабочих дней от {text} приходятся на время до 1990 года",
    },
    "the answer would fall outside the supported range 1990-2100": {
        "az": "cavab dəstəklənən 1990-2100 aralığından kənara düşərdi",
        "ru": "ответ вышел бы за поддерживаемый диапазон 1990-2100",
    },
    "{text} is not a workday ({kind})": {
        "az": "{text} iş günü deyil ({kind})",
        "ru": "{text} — не рабочий день ({kind})",
    },
    "cannot read the file ({why})": {"az": "faylı oxumaq olmur ({why})", "ru": "не удаётся прочитать файл ({why})"},
    "not a regular file: give a rules file, not a folder, a device or a pipe": {
        "az": "adi fayl deyil: qovluq, qurğu və ya kanal deyil, qaydalar faylı verin",
        "ru": "не обычный файл: укажите файл правил, а не папку, устройство или канал",
    },
    "not UTF-8 text (byte {n})": {"az": "UTF-8 mətni deyil (bayt {n})", "ru": "не текст UTF-8 (байт {n})"},
    "not valid TOML: {text}": {"az": "düzgün TOML deyil: {text}", "ru": "неверный TOML: {text}"},
    "cannot write {text}: {why}": {"az": "{text} yazmaq olmur: {why}", "ru": "не удаётся записать {text}: {why}"},
    "cannot write the output: {why}": {"az": "çıxışı yazmaq olmur: {why}", "ru": "не удаётся вывести результат: {why}"},
    "standard output is closed": {"az": "standart çıxış bağlıdır", "ru": "стандартный вывод закрыт"},
    # last: a message after the place it is about (a rules file, its line and entry)
    "{place}: {message}": {"az": "{place}: {message}", "ru": "{place}: {message}"},
}

# why a date or a file is wrong, as Python and the operating system say it
REASONS: dict[str, dict[str, str]] = {
    "day is out of range for month": {"az": "ayda bu qədər gün yoxdur", "ru": "в месяце нет такого дня"},
    "month must be in 1..12": {"az": "ay 1-12 olmalıdır", "ru": "месяц должен быть от 1 до 12"},
    "No such file or directory": {"az": "belə fayl və ya qovluq yoxdur", "ru": "нет такого файла или каталога"},
    "Permission denied": {"az": "icazə yoxdur", "ru": "доступ запрещён"},
    "Is a directory": {"az": "bu, qovluqdur", "ru": "это каталог"},
    "No space left on device": {"az": "diskdə yer qalmayıb", "ru": "на устройстве не осталось места"},
}

TRANSLATED_VALUES = ("message", "why")  # values that are messages themselves; the rest are the user's words


def _pattern(template: str) -> re.Pattern[str]:
    import re

    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)), re.S
    )


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    # compiled when a message is first translated, not when the command starts
    return [(template, _pattern(template)) for template in MESSAGES]


def say(template: str, lang: str, **values: str) -> str:
    """The message ``template`` in ``lang``, with its values (already in ``lang`` where they are words)."""
    text = template if lang == "en" else MESSAGES[template][lang]
    return text.format(**values)


def translated(message: str, lang: str) -> str:
    """An English message in ``lang``: recognised by its template, else as a reason; unknown text as it is."""
    if lang == "en":
        return message
    for template, pattern in _patterns():
        found = pattern.fullmatch(message)
        if found:
            values = {
                name: translated(value, lang) if name in TRANSLATED_VALUES else value
                for name, value in found.groupdict().items()
            }
            return MESSAGES[template][lang].format(**values)
    return REASONS.get(message, {}).get(lang, message)


def locale_language(environ: Mapping[str, str]) -> str | None:
    """The language of the locale (``ru_RU.UTF-8`` -> ru) when azcal speaks it; None otherwise."""
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            code = value.lower()
            for mark in "_.@-":  # ru_RU.UTF-8, az-Latn, C.UTF-8, sr@latin: the language before them
                code = code.partition(mark)[0]
            return code if code in LANGUAGES else None
    return None


def language(requested: str | None, environ: Mapping[str, str]) -> str:
    """``--lang``, else AZCAL_LANG, else the locale's language, else Azerbaijani.

    A bad AZCAL_LANG raises ValueError with the message to show (in the locale's language).
    """
    if requested in LANGUAGES:
        return requested
    chosen = environ.get("AZCAL_LANG", "").strip()
    if chosen:
        if chosen not in LANGUAGES:
            template = "AZCAL_LANG is not a language azcal speaks: {text} (choose from az, en, ru)"
            raise ValueError(say(template, locale_language(environ) or DEFAULT, text=repr(chosen[:60])))
        return chosen
    return locale_language(environ) or DEFAULT

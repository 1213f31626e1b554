"""A legal basis in the reader's language.

The data cite the law in English, in a few fixed forms: "Labor Code Art. 105.1, 105.4", "... as
amended on 16 January 2026", "Presidential decree of 26 March 1998" (or with no date), parts joined by
"; ". Those forms are put into Azerbaijani or Russian here, as citations are written in each. A basis
in any other words (a company's own rules file) is shown as written, whole: a half-translated citation
would misquote it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import WEEKEND_BASIS
from .words import MONTHS, MONTHS_IN_DATE, long_date, ordinal

CODES = {
    "Labor Code": {"az": "Əmək Məcəlləsi", "ru": "Трудовой кодекс"},
    "Election Code": {"az": "Seçki Məcəlləsi", "ru": "Избирательный кодекс"},
}
ACTS = {  # what stands before "of DATE", or alone
    "Law": {"az": "Qanun", "ru": "Закон"},
    "Presidential decree": {"az": "Prezident fərmanı", "ru": "Указ Президента"},
    "Milli Majlis decision": {"az": "Milli Məclis qərarı", "ru": "Постановление Милли Меджлиса"},
    "Presidential order": {"az": "Prezident sərəncamı", "ru": "Распоряжение Президента"},
    "Prime Minister decision": {"az": "Baş nazirin qərarı", "ru": "Решение Премьер-министра"},
    "USSR labour law": {"az": "SSRİ əmək qanunvericiliyi", "ru": "Законодательство СССР о труде"},
    "Ministry of Labour production calendar": {
        "az": "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin istehsalat təqvimi",
        "ru": "Производственный календарь Министерства труда и социальной защиты населения",
    },
}
NO_SOURCE = "No source found"  # a day the data keeps as the holidays package has it, no act being found
FIXED = {  # bases that are one fixed text
    NO_SOURCE: {"az": "Mənbə tapılmayıb", "ru": "Источник не найден"},
    WEEKEND_BASIS[5]: {
        "az": "Əmək Məcəlləsi: beşgünlük iş həftəsində həftədə iki istirahət günü",
        "ru": "Трудовой кодекс: два еженедельных выходных дня пятидневной рабочей недели",
    },
    WEEKEND_BASIS[6]: {
        "az": "Əmək Məcəlləsi: altıgünlük iş həftəsində həftəlik istirahət günü",
        "ru": "Трудовой кодекс: еженедельный выходной день шестидневной рабочей недели",
    },
}
ARTICLE = {"az": "{code}, maddə {articles}", "ru": "{code}, ст. {articles}"}
AMENDED = {"az": "{date} tarixli dəyişikliklə", "ru": "в редакции от {date}"}
DATED_ACT = {"az": "{date} tarixli {act}", "ru": "{act} от {date}"}

_DATE = r"([0-9]{1,2}) ([A-Z][a-z]+) ([0-9]{4})"
_ARTICLES = r"[0-9]+(?:[.-][0-9]+)*(?:, [0-9]+(?:[.-][0-9]+)*)*"
_CODE_ARTICLE = re.compile(rf"({'|'.join(CODES)}) Art\. ({_ARTICLES})(?:,? as amended (?:on )?{_DATE})?")
_DATED_ACT = re.compile(rf"({'|'.join(ACTS)})(?: of {_DATE})?")


def basis_text(basis: str, lang: str) -> str:
    """``basis`` in ``lang``: "Labor Code Art. 106" is "Əmək Məcəlləsi, maddə 106", "Трудовой кодекс, ст. 106"."""
    if lang == "en":
        return basis
    if basis in FIXED:
        return FIXED[basis][lang]
    parts = [_part(part, lang) for part in basis.split("; ")]
    return basis if None in parts else "; ".join(p for p in parts if p is not None)


def _part(part: str, lang: str) -> str | None:
    if found := _CODE_ARTICLE.fullmatch(part):
        text = ARTICLE[lang].format(code=CODES[found[1]][lang], articles=found[2])
        if found[3]:
            amended = _date(found[3], found[4], found[5])
            if amended is None:
                return None
            text += " (" + AMENDED[lang].format(date=_written(amended, lang)) + ")"
        return text
    if found := _DATED_ACT.fullmatch(part):
        if found[2] is None:  # the act with no date known
            return ACTS[found[1]][lang]
        adopted = _date(found[2], found[3], found[4])
        if adopted is None:
            return None
        return DATED_ACT[lang].format(act=ACTS[found[1]][lang], date=_written(adopted, lang))
    return None


def _written(day: dt.date, lang: str) -> str:
    """A date as an act is cited: "26 mart 1998-ci il", "26 марта 1998 г."."""
    if lang == "az":
        return f"{day.day} {MONTHS_IN_DATE['az'][day.month - 1]} {ordinal(day.year, 'az')} il"
    return long_date(day, lang)


def _date(day: str, month: str, year: str) -> dt.date | None:
    """A date written "26 March 1998", read without the locale (strptime's %B depends on it)."""
    try:
        return dt.date(int(year), MONTHS["en"].index(month) + 1, int(day))
    except ValueError:
        return None

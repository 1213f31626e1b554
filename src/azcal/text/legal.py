"""A legal basis in the reader's language.

A Day carries its basis as English words. Where the data gave the basis as structure (the acts it
cites, ``law.citations``), the words are written anew from that structure, as citations are written in
Azerbaijani and Russian. A basis the data gave as text (a company's own rules file) is shown as written,
whole: a half-translated citation would misquote it.
"""

from __future__ import annotations

import datetime as dt

from ..errors import AzcalError
from ..law.citations import ACTS, CODES, Citation, cited
from ..model import WEEKEND_BASIS
from .words import MONTHS_IN_DATE, long_date, ordinal

LAWS = {  # each act of law.citations, by its English name
    "Labor Code": {"az": "Əmək Məcəlləsi", "ru": "Трудовой кодекс"},
    "Election Code": {"az": "Seçki Məcəlləsi", "ru": "Избирательный кодекс"},
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
assert set(LAWS) == set(CODES + ACTS)  # every act the data may cite has its words here
NO_SOURCE = "No source found"  # a day the data keeps as the holidays package has it, no act being found
FIXED = {  # bases that are one fixed text, not a citation
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


def basis_text(basis: str, lang: str) -> str:
    """``basis`` in ``lang``: "Labor Code Art. 106" is "Əmək Məcəlləsi, maddə 106", "Трудовой кодекс, ст. 106"."""
    if lang == "en":
        return basis
    if basis in FIXED:
        return FIXED[basis][lang]
    citations = _structure(basis)
    return basis if citations is None else "; ".join(citation_text(c, lang) for c in citations)


def citation_text(citation: Citation, lang: str) -> str:
    """One act cited, in ``lang`` (az or ru)."""
    name = LAWS[citation.act][lang]
    if citation.articles:
        text = ARTICLE[lang].format(code=name, articles=", ".join(citation.articles))
    elif citation.adopted is not None:
        text = DATED_ACT[lang].format(act=name, date=_written(citation.adopted, lang))
    else:
        text = name
    if citation.amended is not None:
        text += " (" + AMENDED[lang].format(date=_written(citation.amended, lang)) + ")"
    return text


def _structure(basis: str) -> tuple[Citation, ...] | None:
    """The acts behind ``basis``: as read from a rules file in this process, or from the official data in
    use, read for it when a compiled calendar (which keeps the words alone) gave the day."""
    found = cited(basis)
    if found is None:
        from ..law.loading import official_rules  # reads the data once a process; cached after

        try:
            official_rules()
        except AzcalError:  # data that cannot be read gave no calendar either: the words as written
            return None
        found = cited(basis)
    return found


def _written(day: dt.date, lang: str) -> str:
    """A date as an act is cited: "26 mart 1998-ci il", "26 марта 1998 г."."""
    if lang == "az":
        return f"{day.day} {MONTHS_IN_DATE['az'][day.month - 1]} {ordinal(day.year, 'az')} il"
    return long_date(day, lang)

"""A legal basis in the reader's language.

A Day carries its basis as English words. Where the data gave the basis as structure, those words are a
``model.Basis``, which carries the acts it cites: written anew from them, as citations are written in
Azerbaijani and Russian. A basis the data gave as text (a company's own rules file) is shown as written,
whole: a half-translated citation would misquote it. Nothing here reads the data: what a basis says in
each language is in the value itself, whichever file, compiled calendar or pickle it came from.
"""

from __future__ import annotations

import datetime as dt

from ..model import ACTS, CODES, WEEKEND_BASIS, Citation
from .words import MONTHS_IN_DATE, long_date, ordinal

LAWS = {  # each act a basis may cite (model.CODES, model.ACTS), by its English name
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
    """``basis`` in ``lang``: the acts a ``Basis`` cites as ``lang`` cites them (Labor Code Art. 106 is
    "Əmək Məcəlləsi, maddə 106", "Трудовой кодекс, ст. 106"); a fixed text in its words; other text as written."""
    if lang == "en":
        return basis
    citations: tuple[Citation, ...] = getattr(basis, "citations", ())
    if citations:
        return "; ".join(citation_text(c, lang) for c in citations)
    fixed = FIXED.get(basis)
    return basis if fixed is None else fixed[lang]


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


def _written(day: dt.date, lang: str) -> str:
    """A date as an act is cited: "26 mart 1998-ci il", "26 марта 1998 г."."""
    if lang == "az":
        return f"{day.day} {MONTHS_IN_DATE['az'][day.month - 1]} {ordinal(day.year, 'az')} il"
    return long_date(day, lang)

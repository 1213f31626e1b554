"""What changed, as people read it: ``azcal changes``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .words import KINDS, PHRASES, WEEKDAY_NAMES, with_week

if TYPE_CHECKING:
    from ..changed import Act, Change
    from ..model import Day

WORDS = {
    "az": {
        "title": "{since} tarixində məlum olan təqvimlə {until} arasında dəyişən günlər",
        "until": "{date} tarixində məlum olan təqvim",
        "in_use": "istifadə olunan məlumatlar ({version})",
        "none": "heç bir gün dəyişməyib",
        "no_act": "bu tarixi adlandıran akt yoxdur: qanunun qaydasından irəli gəlir",
    },
    "en": {
        "title": "Days changed between the calendar as known on {since} and {until}",
        "until": "the calendar as known on {date}",
        "in_use": "the data in use ({version})",
        "none": "no day changed",
        "no_act": "no act names this date: it follows from the law's rules",
    },
    "ru": {
        "title": "Дни, изменившиеся между календарём по состоянию на {since} и {until}",
        "until": "календарём по состоянию на {date}",
        "in_use": "используемыми данными ({version})",
        "none": "ни один день не изменился",
        "no_act": "ни один акт не называет эту дату: она следует из правил закона",
    },
}


def changes_text(
    found: list[Change], since: dt.date, until: dt.date | None, week: int, data_version: str, lang: str
) -> str:
    """A title, then each changed date: what it was, what it is, and the acts that made it so."""
    words = WORDS[lang]
    later = words["in_use"].format(version=data_version) if until is None else words["until"].format(date=until)
    lines = [with_week(words["title"].format(since=since.isoformat(), until=later), week, lang) + ":"]
    for change in found:
        weekday = WEEKDAY_NAMES[lang][change.date.weekday()]
        was, now = _state(change.before, lang), _state(change.after, lang)
        lines.append(f"{change.date.isoformat()}, {weekday}: {was} → {now}")
        lines += [f"  {_act_line(act)}" for act in change.acts] or [f"  {words['no_act']}"]
    if not found:
        lines.append(words["none"])
    return "\n".join(lines)


def _state(day: Day, lang: str) -> str:
    return f"{KINDS[lang][day.kind]}, {day.hours} {PHRASES[lang]['hours']}"


def _act_line(act: Act) -> str:
    said = ", ".join(part for part in (act.number, act.adopted and act.adopted.isoformat()) if part)
    return f"{act.title}{f' ({said})' if said else ''}: {act.source}"

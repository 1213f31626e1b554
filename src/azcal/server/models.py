"""The shapes of the JSON API's answers, for the OpenAPI document.

The answers themselves are the records of exports/records.py, the ones the command prints with
``--json``, written as they are: these models are declared on the routes for the document alone, and
no answer is validated against them on its way out (that would cost every request, to check what the
records make). tests/test_server.py holds answers and models together.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import Category, Confidence, Kind, Rule


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")  # every key is documented


Week = Annotated[Literal[5, 6], Field(description="Working days a week: 5, or 6 (Monday to Saturday).")]
Hours = Annotated[float, Field(description="Hours, with one decimal at most.")]
DataVersion = Annotated[
    str, Field(description="Adoption date of the latest official decision the data holds (YYYY-MM-DD).")
]


class Observance(Answer):
    """What a day stands for: a holiday, a memorial day, a day of mourning, a voting day."""

    key: str = Field(description="A stable key, in no language: national_mourning_day.")
    name: str = Field(description="Its name, in the language asked for.")
    category: Category
    basis: str = Field(description="The article of law or the decision that makes it.")
    source: str = Field(description="Where that text is found.")
    estimated: bool = Field(description="Its date is estimated (an Eid not yet decided).")
    decision: str | None = Field(description="The id of the decision that set this date, if one did.")
    commemorates: dt.date | None = Field(description="The date of the event the day remembers.")
    anniversary: int | None = Field(description="Which anniversary of that event this is.")


class Reason(Answer):
    """Why a day is not what its weekday makes it."""

    rule: Rule
    text: str | None = Field(description="The reason in words, in the language asked for.")
    basis: str
    source: str
    stands_for: dt.date | None = Field(description="A moved rest day: the holiday's date; a swap: the other day.")
    holiday: str | None = Field(description="A moved rest day: the key of the holiday it stands for.")
    decision: str | None = Field(description="The decision's id, for swaps and one-off days.")


class Day(Answer):
    """Everything known about a date, as ``azcal day --json`` prints it."""

    date: dt.date
    weekday: Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    kind: Kind
    is_workday: bool
    hours: int = Field(description="Working hours, for the 40-hour week.")
    shortened: bool = Field(description="One hour shorter before a day off (Labor Code Art. 108).")
    shortened_before: str | None = Field(description="Key of the observance of the day off it comes before.")
    estimated: bool = Field(description="Rests on an estimated date (an Eid not yet decided).")
    confidence: Confidence = Field(description="How sure the day's status is.")
    observances: list[Observance]
    reason: Reason | None


class Year(Answer):
    """Every day of a year."""

    year: int
    week: Week
    data_version: DataVersion
    days: list[Day]


class Break(Answer):
    """A run of days off beyond the plain weekend."""

    start: dt.date
    last_day: dt.date = Field(description="The run's last day off (inclusive).")
    end: dt.date = Field(description="The day after the run (exclusive, as every end).")
    length: int = Field(description="Days in the run.")
    names: list[str] = Field(description="What the run's days off stand for.")
    days: list[dt.date]


class Norm(Answer):
    """The production calendar's figures for one period, ``[start, end)``."""

    period: str = Field(description="2026-03, 2026-Q1 or 2026.")
    start: dt.date
    end: dt.date
    calendar_days: int
    non_working_days: int
    workdays: int
    shortened_days: int
    hours: Hours = Field(description="The hours norm (the five-day week's, in either week).")


class Norms(Answer):
    """The production calendar of a year: each month, each quarter and the year."""

    year: int
    week: Week
    week_hours: int
    months: list[Norm]
    quarters: list[Norm]
    year_total: Norm


class Workdays(Answer):
    """Workdays in ``[start, end)``."""

    week: Week
    start: dt.date
    end: dt.date
    workdays: int


class WorkingHours(Answer):
    """Working hours in ``[start, end)``."""

    week: Week
    start: dt.date
    end: dt.date
    week_hours: int
    workdays: int
    hours: Hours


class Added(Answer):
    """The workday ``n`` workdays after (or, with ``n`` below zero, before) a date."""

    week: Week
    date: dt.date
    n: int
    roll: str = Field(description="Where a date that is not a workday rolls to first.")
    result: dt.date


class NotCounted(Answer):
    """A holiday inside a leave, not counted as a day of it (Art. 114.6)."""

    date: dt.date
    names: list[str]


class Leave(Answer):
    """Where an annual leave ends and work resumes."""

    week: Week
    start: dt.date
    days: int
    last_day: dt.date
    work_resumes: dt.date
    not_counted: list[NotCounted]


class Act(Answer):
    """An act that changed days."""

    id: str
    title: str
    number: str | None
    adopted: dt.date | None = Field(description="None where the dates were reported and the act not found.")
    source: str


class Change(Answer):
    """A date a later act made different: its day before and after, and the acts."""

    date: dt.date
    before: Day
    after: Day
    acts: list[Act]


class Changes(Answer):
    """The days acts adopted after ``since`` changed, as ``azcal changes --json`` prints them."""

    since: dt.date
    until: dt.date | None = Field(description="None: up to the data in use.")
    data_version: DataVersion
    week: Week
    changes: list[Change]


class Health(Answer):
    """That the service answers, and what it answers from."""

    status: Literal["ok"]
    version: str = Field(description="azcal's version.")
    data_version: DataVersion
    week: Week = Field(description="The service's own week, which answers when a request names none.")


class Error(Answer):
    """A request refused: what was wrong with it."""

    error: str


# the errors of the JSON API and the files: any 4xx is one message (FastAPI's own 422 is never sent)
REFUSED: dict[int | str, dict[str, Any]] = {"4XX": {"model": Error, "description": "bad input, or no such path"}}
BUSY: dict[int | str, dict[str, Any]] = {
    503: {"model": Error, "description": "too many files are being built: try again after Retry-After"}
}

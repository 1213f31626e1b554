"""A legal basis as the data give it: free text, or the acts it cites as structure.

A ``basis`` is a text ("Collective agreement, clause 4.2"), shown as written in every language, or an
inline table (a list of them for a basis of several acts) naming the act and what of it is cited:

    basis = { act = "Labor Code", articles = ["105.1", "105.4"] }
    basis = { act = "Labor Code", articles = ["114.6"], amended = 2026-01-16 }
    basis = { act = "Presidential decree", adopted = 1998-03-26 }

A structured basis is read into a ``Basis``: the English words every Day carries ("Labor Code Art. 105.1,
105.4"), with the ``Citation`` values it was read from, which ``text.legal`` writes in Azerbaijani and
Russian. The acts are a closed list (``model.CODES``, ``model.ACTS``), so that every basis the data give as
structure has its words in each language; a code is cited by its articles (and the date of the amendment
cited), any other act by the date it was adopted, when known.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import ACTS, CODES, Basis, Citation
from .fields import Table, type_name

_ARTICLE = re.compile(r"[0-9]+(?:[.-][0-9]+)*")  # 105.1, 106-1: matched in full, ASCII digits only


def basis(t: Table, required: bool = False, key: str = "basis") -> str | None:
    """The field ``key`` of ``t``: a text as a ``str``, the acts it cites as a ``Basis`` (the English words a
    Day carries, with those acts); None when not given."""
    raw = t.table.get(key)
    if raw is None or isinstance(raw, str):
        return t.text(key, required)
    t.read.add(key)
    parts = raw if isinstance(raw, list) else [raw]
    if not parts or not all(isinstance(part, dict) for part in parts):
        t.fail(
            f'field {key!r} must be a text, a table such as {{ act = "Labor Code", articles = ["106"] }} '
            f"or a list of them, got {type_name(raw)}: {raw!r}"
        )
    made = Basis(
        tuple(_citation(t.sub(part, f"{key}[{n}]" if len(parts) > 1 else key)) for n, part in enumerate(parts))
    )
    t.printable(made, repr(key), key, lines=True)
    return made


def _citation(t: Table) -> Citation:
    act = t.text("act") or ""
    if act not in CODES + ACTS:
        t.fail(f"'act' must be one of {', '.join(CODES + ACTS)}, got {act!r}")
    articles = _articles(t, t.get("articles", list, act in CODES))
    adopted = t.date("adopted", required=False, in_range=False)
    amended = t.date("amended", required=False, in_range=False)
    en = t.text("en", required=False)
    t.done()
    if act in CODES and adopted is not None:
        t.fail(f"a code is cited by its articles and the amendment ('amended'), not 'adopted': {act}")
    if act in ACTS and (articles or amended is not None):
        t.fail(f"'articles' and 'amended' cite a code ({', '.join(CODES)}), not {act!r}: give 'adopted'")
    return Citation(act, articles, adopted, amended, en)


def _articles(t: Table, raw: list[Any] | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not raw:
        t.fail("'articles' must not be empty")
    for item in raw:
        if not isinstance(item, str) or not _ARTICLE.fullmatch(item):
            t.fail(f'an article is its number as the code writes it ("105.1", "106-1"), got {item!r}')
    return tuple(raw)

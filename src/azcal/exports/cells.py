"""Text as a spreadsheet cell takes it: never run as a formula.

Excel and LibreOffice take a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` for a formula and
run it, so a rules file that names a day ``=HYPERLINK(...)`` would act on whoever opens the file; a tab
or a carriage return first, or spaces before the sign, are read the same way by some of them, and so are
the full-width signs some input methods type. Such text is written as text: in a CSV file with a single
quote before it, in a quoted field (the OWASP rule against CSV injection); in a workbook as a string cell
marked to stay text when edited. Dates and numbers are written as themselves: no sign starts them.
"""

from __future__ import annotations

FORMULA_SIGNS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # the last four: ＝ ＋ － ＠


def reads_as_formula(text: str) -> bool:
    """Whether a spreadsheet may take ``text`` for a formula: it starts with a sign, or spaces and a sign."""
    return text[:1] in FORMULA_SIGNS or text.lstrip()[:1] in FORMULA_SIGNS

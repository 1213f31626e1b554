"""The colour of each kind of day, shared by the printable page and the workbook."""

from __future__ import annotations

from ..model import Kind

# Fill and text colour of each kind: holidays red, mourning dark purple, voting blue, moved rest days
# amber, worked weekend days green, weekends grey. Dark fills carry white text. In grey print the marks
# (text.words.MARKS) still tell the kinds apart.
COLOURS: dict[Kind, tuple[str, str]] = {
    Kind.WORKDAY: ("#ffffff", "#1f2328"),
    Kind.WEEKEND: ("#e2e5e9", "#4b5563"),
    Kind.HOLIDAY: ("#d9383f", "#ffffff"),
    Kind.MOURNING: ("#4b2360", "#ffffff"),
    Kind.VOTING: ("#2563c9", "#ffffff"),
    Kind.REST_DAY: ("#f5a524", "#2b1a00"),
    Kind.WORKING_WEEKEND: ("#2e9a57", "#ffffff"),
}

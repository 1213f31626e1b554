"""What a text in a rules file may be: no longer than its field allows, and shown as written.

A name or a note goes into every export; a character a reader would not see (a zero-width joiner, a
bidirectional override, a control character) would make two texts that look alike differ, or act on a
terminal. The checks go by Unicode general category, so that they hold for characters Unicode adds later.
"""

from __future__ import annotations

import unicodedata

# The longest text each field may hold, in characters: far beyond the law's own (a name some 60, a note
# some 200), and short enough that every export holds it whole (a spreadsheet cell holds 32,767; a
# day's names share one). A field not listed may be as long as a name.
LONGEST_NAME = 200
LONGEST_TEXT = {"title": 2_000, "basis": 2_000, "source": 2_000, "reports": 2_000, "note": 4_000}
# Text that a reader would not see as written, by Unicode general category: control characters (Cc),
# which act on a terminal; format characters (Cf), which show as nothing: zero-width characters and
# joiners, bidirectional marks and overrides, the soft hyphen, tags, a byte-order mark inside the text;
# surrogates (Cs); private use (Co), which no font shows as anything agreed; code points Unicode has not
# assigned (Cn), the noncharacters U+FFFE and U+FFFF among them, which XML cannot hold; line and paragraph
# separators (Zl, Zp). A name is one line; a longer text (basis, note) may hold line breaks and tabs.
_HIDDEN = {
    "Cc": "the control character {char}",
    "Cf": "the invisible format character {char}",
    "Cs": "the surrogate {char}",
    "Co": "the private-use character {char}",
    "Cn": "the unassigned code point {char}",
    "Zl": "the separator {char}",
    "Zp": "the separator {char}",
}
# letters and marks by category that show as nothing: the combining grapheme joiner, the Hangul fillers,
# the Khmer inherent vowels Unicode advises against
_FILLERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")


def longest(key: str) -> int:
    """The longest text the field ``key`` may hold."""
    return LONGEST_TEXT.get(key, LONGEST_NAME)


def illegible(value: str, what: str, most: int, lines: bool = False) -> str | None:
    """Why ``value`` may not stand in the field ``what`` names, which holds at most ``most`` characters
    (``lines``: on several lines, with tabs); None when it may."""
    if len(value) > most:
        return f"field {what} is {len(value):,} characters long, more than the {most:,} it may have"
    hidden = _hidden(value, lines)
    if hidden:
        position, described = hidden
        return f"field {what} holds {described} at position {position}"
    return None


def _hidden(value: str, lines: bool) -> tuple[int, str] | None:
    """The first character of ``value`` a reader would not see as written, as its position (from 1) and
    what it is; None when every character shows. ``lines``: line breaks and tabs are allowed."""
    if value.isascii() and value.isprintable():
        return None  # most text, at the speed of one pass in C
    previous = "\n"  # a mark at the start has no letter before it
    for position, char in enumerate(value, 1):
        what = _hidden_kind(char, previous, lines)
        if what:
            name = unicodedata.name(char, "")  # none for a control character, private use, a noncharacter
            return position, what.format(char=f"U+{ord(char):04X}" + (f" ({name})" if name else ""))
        previous = char
    return None


def _hidden_kind(char: str, previous: str, lines: bool) -> str | None:
    if lines and char in "\n\t":
        return None
    category = unicodedata.category(char)
    if category == "Cn" and (0xFDD0 <= ord(char) <= 0xFDEF or ord(char) & 0xFFFE == 0xFFFE):
        return "the noncharacter {char}"
    if category in _HIDDEN:
        return _HIDDEN[category]
    if char in _FILLERS:
        return "the invisible filler {char}"
    if category.startswith("M") and previous.isspace():  # a combining mark or a variation selector
        return "the mark {char}, with no letter before it,"
    return None

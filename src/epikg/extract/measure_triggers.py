"""The measure triggers: data/measures.tsv parsed into Trigger rows (category, pattern, context, veto, phase), and
the table that finds the rows a sentence may hold by their first characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from epikg.errors import LexiconError
from epikg.lexicon import (
    read_data_lines,
)

PHASES = ("ordered", "lifted")  # a measure taken or in force; a measure withdrawn or eased


CATEGORIES = (
    "command_system", "checkpoint", "traffic_control", "screening", "contact_tracing", "quarantine",
    "area_lockdown", "mass_testing", "health_code", "gathering_restriction", "venue_closure",
    "public_communication", "patrol_enforcement", "volunteer_mobilization", "supply_assurance",
    "vaccination", "personal_protection", "supervision", "medical_treatment", "disinfection", "reporting_reward",
)  # fmt: skip


LEXICON_FILE = "measures.tsv"


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table."""

    category: str
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None = None
    veto: re.Pattern[str] | None = None
    phase: str = "ordered"  # "lifted": the trigger itself reports a lifting (`解封`, `恢复通行`)
    word: str | None = None
    """The trigger's literal word, where its row gives one (not `re:`): a sentence without it is not searched."""


def parse_lexicon(lines: Sequence[str]) -> tuple[Trigger, ...]:
    """Trigger rows (category, trigger, context, veto, phase) into compiled triggers; LexiconError names a bad row."""
    triggers = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = (line.rstrip("\n").split("\t") + ["", "", "", ""])[:5]
        category, trigger, context, veto, phase = (c.strip() for c in columns)
        if category == "category":
            continue  # the header row
        if category not in CATEGORIES:
            raise LexiconError(f"row {number}: unknown category {category!r}")
        if not trigger:
            raise LexiconError(f"row {number}: empty trigger")
        if phase and phase not in PHASES:
            raise LexiconError(f"row {number}: unknown phase {phase!r} (ordered or lifted)")
        try:
            word = None if trigger.startswith("re:") else trigger
            pattern = re.compile(re.escape(word) if word else trigger[3:])
            triggers.append(
                Trigger(category, pattern, _optional(context), _optional(veto), phase or "ordered", word)
            )
        except re.error as exc:
            raise LexiconError(f"row {number}: bad regex: {exc}") from exc
    return tuple(triggers)


def _optional(regex: str) -> re.Pattern[str] | None:
    return re.compile(regex) if regex else None


@lru_cache(maxsize=1)
def lexicon() -> tuple[Trigger, ...]:
    """The shipped trigger table (and a --rules folder's rows after it), read once."""
    try:
        return parse_lexicon(read_data_lines(LEXICON_FILE))
    except LexiconError as exc:
        raise LexiconError(f"{LEXICON_FILE}, counting the shipped rows first: {exc}") from exc


class TriggerTable:
    """The triggers a sentence may fire, in the table's order, found without testing each one (a sentence tested
    all 491): a trigger only where the sentence holds a character its match can begin with (a literal word's
    first, a regex's `_first_chars`); a regex whose first characters are not known, on every sentence."""

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        self.triggers = tuple(triggers)
        self.by_first_char: dict[str, list[int]] = {}
        self.always: list[int] = []
        for index, trigger in enumerate(self.triggers):
            chars = {trigger.word[0]} if trigger.word else _first_chars(trigger.pattern)
            if chars is None:
                self.always.append(index)
            for char in chars or ():
                self.by_first_char.setdefault(char, []).append(index)

    def for_sentence(self, sentence: str) -> list[Trigger]:
        found = map(self.by_first_char.get, set(sentence), repeat(()))  # each character's triggers, in C
        return [self.triggers[i] for i in sorted(set(self.always).union(*found))]


@lru_cache(maxsize=1)
def shipped_triggers() -> TriggerTable:
    return TriggerTable(lexicon())


_MAX_FIRST_CHARS = 64  # a class of more characters than this (a range of them) is tried on every sentence


@lru_cache(maxsize=1024)
def _first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of a trigger's regex begins with, read from its parse tree where it opens with
    literals, classes of literals, alternatives of those, groups and repeats of one or more; None where it may
    begin otherwise (with an empty match, a negated class, an anchor, a lookaround) or cannot be read."""
    try:
        from re import _constants as sre
        from re import _parser

        if pattern.flags & re.IGNORECASE:
            return None

        def first(items: list) -> set[str] | None:
            if not items:
                return None
            op, value = items[0]
            if op is sre.LITERAL:
                return {chr(value)}
            if op is sre.IN:
                chars: set[str] = set()
                for item_op, item in value:
                    if item_op is sre.LITERAL:
                        chars.add(chr(item))
                    elif item_op is sre.RANGE and item[1] - item[0] < _MAX_FIRST_CHARS:
                        chars.update(map(chr, range(item[0], item[1] + 1)))
                    else:
                        return None
                return chars
            if op is sre.BRANCH:
                found: set[str] = set()
                for branch in value[1]:
                    chars = first(list(branch))
                    if chars is None:
                        return None
                    found |= chars
                return found
            if op is sre.SUBPATTERN and not (value[1] | value[2]):  # no flags set or cleared inside
                return first(list(value[3]))
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
                return first(list(value[2]))
            return None

        chars = first(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a parser of another Python: every sentence tries the regex
        return None
    return frozenset(chars) if chars is not None and len(chars) <= _MAX_FIRST_CHARS else None

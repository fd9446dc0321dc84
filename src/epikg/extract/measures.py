"""Prevention measures: which categories of the scheme each sentence reports, with its numbers and time.

The triggers are data (`epikg/data/measures.tsv`, its header says how to extend
it): literal words or regexes per category, each with an optional context the
sentence must also contain and an optional veto for its clause. One Measure is
made per (sentence, category), anchored on the category's first trigger in the
sentence; it carries the sentence's quantities that sit in a clause with one of
its triggers (or, for a clause with none, in the nearest triggering clause), and
the first time the sentence states.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from epikg.extract.quantities import find_quantities
from epikg.extract.times import resolve_times
from epikg.lexicon import read_data_lines
from epikg.records import Measure, Quantity, Sentence, TimeValue

CATEGORIES = (
    "command_system", "checkpoint", "traffic_control", "screening", "contact_tracing", "quarantine",
    "area_lockdown", "mass_testing", "health_code", "gathering_restriction", "venue_closure",
    "public_communication", "patrol_enforcement", "volunteer_mobilization", "supply_assurance",
    "vaccination", "personal_protection", "supervision", "medical_treatment", "disinfection", "reporting_reward",
)  # fmt: skip

LEXICON_FILE = "measures.tsv"
_CLAUSE = re.compile(r"[,;:,;:]")
# Cheap guards against triggers that do not report a measure.
_NEGATION = re.compile(r"(没有|未曾|未|无需|不必|不用|并非|尚未)$")
_HYPOTHETICAL = re.compile(r"如果|假如|倘若|若是|要是")
_RHETORIC = re.compile(r"硝烟")  # `没有硝烟的战争`
_DRILL = re.compile(
    r"演练|推演|设定情景"
)  # practice, not a measure taken: vetoes its clause and what follows


class LexiconError(ValueError):
    """A row of the trigger table is malformed."""


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table."""

    category: str
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None = None
    veto: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Hit:
    category: str
    start: int  # offsets into the sentence
    end: int


def parse_lexicon(lines: Sequence[str]) -> tuple[Trigger, ...]:
    """Trigger rows (category, trigger, context, veto) into compiled triggers; LexiconError names a bad row."""
    triggers = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
        category, trigger, context, veto = (c.strip() for c in columns)
        if category == "category":
            continue  # the header row
        if category not in CATEGORIES:
            raise LexiconError(f"row {number}: unknown category {category!r}")
        if not trigger:
            raise LexiconError(f"row {number}: empty trigger")
        try:
            pattern = re.compile(trigger[3:] if trigger.startswith("re:") else re.escape(trigger))
            triggers.append(Trigger(category, pattern, _optional(context), _optional(veto)))
        except re.error as exc:
            raise LexiconError(f"row {number}: bad regex: {exc}") from exc
    return tuple(triggers)


def _optional(regex: str) -> re.Pattern[str] | None:
    return re.compile(regex) if regex else None


@lru_cache(maxsize=1)
def lexicon() -> tuple[Trigger, ...]:
    """The shipped trigger table, read once."""
    return parse_lexicon(read_data_lines(LEXICON_FILE))


def find_measures(
    text: str,
    sentences: Sequence[Sentence],
    published: date | datetime | None = None,
    *,
    triggers: Sequence[Trigger] | None = None,
) -> list[Measure]:
    """One Measure per (sentence, category) the sentence triggers, with its quantities and time."""
    table = lexicon() if triggers is None else triggers
    times = resolve_times(text, published)
    measures: list[Measure] = []
    for sentence in sentences:
        piece = text[sentence.start : sentence.end]
        hits = _sentence_hits(piece, table)
        if not hits:
            continue
        quantities = find_quantities(piece, offset=sentence.start)
        time = next((t for t in times if sentence.start <= t.start < sentence.end), None)
        measures.extend(_measures(piece, sentence, hits, quantities, time))
    return measures


def _sentence_hits(sentence: str, triggers: Sequence[Trigger]) -> list[_Hit]:
    """Every trigger match in a sentence that survives its context, its veto and the cheap guards."""
    drill = _DRILL.search(sentence)
    drill_from = _clause_span(sentence, drill.start())[0] if drill else len(sentence)
    hits = []
    for trigger in triggers:
        if trigger.context is not None and not trigger.context.search(sentence):
            continue
        for match in trigger.pattern.finditer(sentence):
            if (
                match.end() > match.start()
                and match.start() < drill_from
                and _counts(sentence, match, trigger)
            ):
                hits.append(_Hit(trigger.category, match.start(), match.end()))
    return hits


def _counts(sentence: str, match: re.Match[str], trigger: Trigger) -> bool:
    """False when the trigger is vetoed, negated, hypothetical or rhetorical in its clause."""
    start, end = _clause_span(sentence, match.start())
    clause = sentence[start : max(end, match.end())]
    if trigger.veto is not None and trigger.veto.search(clause):
        return False
    if _NEGATION.search(sentence[max(start, match.start() - 3) : match.start()]):
        return False
    return not (_HYPOTHETICAL.search(sentence[start : match.start()]) or _RHETORIC.search(clause))


def _clause_span(sentence: str, position: int) -> tuple[int, int]:
    """The clause (between , ; : and the sentence ends) around a position."""
    start = max((m.end() for m in _CLAUSE.finditer(sentence, 0, position)), default=0)
    following = _CLAUSE.search(sentence, position)
    return start, following.start() if following else len(sentence)


def _clause_index(sentence: str, position: int) -> int:
    return len(_CLAUSE.findall(sentence, 0, position))


def _measures(
    piece: str, sentence: Sentence, hits: list[_Hit], quantities: list[Quantity], time: TimeValue | None
) -> list[Measure]:
    """The sentence's measures, first trigger of each category, with the quantities of their clauses."""
    owners = _quantity_owners(piece, sentence.start, hits, quantities)
    first: dict[str, _Hit] = {}
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        first.setdefault(hit.category, hit)
    return [
        Measure(
            category=category,
            trigger=piece[hit.start : hit.end],
            start=sentence.start + hit.start,
            end=sentence.start + hit.end,
            sentence=sentence.index,
            quantities=tuple(q for q in quantities if category in owners[q]),
            time=time,
        )
        for category, hit in sorted(first.items(), key=lambda item: item[1].start)
    ]


def _quantity_owners(
    piece: str, offset: int, hits: list[_Hit], quantities: list[Quantity]
) -> dict[Quantity, set[str]]:
    """For each quantity, the categories triggered in its clause, else in the nearest triggering clause."""
    by_clause: dict[int, set[str]] = {}
    for hit in hits:
        by_clause.setdefault(_clause_index(piece, hit.start), set()).add(hit.category)
    owners: dict[Quantity, set[str]] = {}
    for quantity in quantities:
        clause = _clause_index(piece, quantity.start - offset)
        if clause in by_clause:
            owners[quantity] = by_clause[clause]
            continue
        before = [c for c in by_clause if c < clause]
        after = [c for c in by_clause if c > clause]
        nearest = max(before) if before else min(after) if after else None
        owners[quantity] = by_clause.get(nearest, set()) if nearest is not None else set()
    return owners

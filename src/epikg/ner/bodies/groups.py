"""Working groups and task forces: those a body sets up (`成立疫情防控工作领导小组`), groups listed by task
(`下设综合协调、医疗救治等9个工作组`), and the groups after a body's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from epikg.lexicon import (
    LIST_COMMA,
    alternation,
    begins_a_word,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    generic_bodies,
    item_mark,
    leader_phrase,
    numerals,
    surnames,
)
from epikg.ner.bodies.committees import NATIONAL_BODY
from epikg.ner.bodies.words import (
    after_particles,
    group_count,
    lead_verbs,
    level_chars,
    name_words_end,
    not_in_body,
    org_type,
    words_at,
)
from epikg.ner.place_stems import (
    names_a_hamlet,
)
from epikg.records import EntityType, Mention

UNNAMED_GROUPS = "rule:unnamed-groups"
"""The source of groups listed by their tasks that the page names nowhere on their own, and of an institution's
internal teams (listed_groups): no organizations."""


def _village_group(name: str) -> bool:
    """`长田村六组`, `红旗村3组`: a village's numbered group (data/org_numbered_groups.txt), where its people live,
    no body; so is one named as hamlets are (`大湾组`, `上屋组`: place_stems.names_a_hamlet; `李家组`, a family's)."""
    word = next((w for w in data_longest_first("org_numbered_groups.txt") if name.endswith(w)), None)
    if word is None:
        return False
    start = end = len(name) - len(word)
    while start > 0 and (name[start - 1].isdigit() or name[start - 1] in data_table("numerals.tsv")):
        start -= 1
    if start == end:
        family = (
            end >= 2
            and name[end - 2] in surnames()[0]
            and name[end - 1] in data_words("place_family_marks.txt")
        )
        hamlet = name.endswith(tuple(data_words("place_hamlet_endings.txt")), 0, end)
        return family or hamlet or names_a_hamlet(name[:end])
    return name.endswith(tuple(data_words("place_village_suffixes.txt")), 0, start)


_READ_BY_RULE = ("rule:suffix", NATIONAL_BODY)  # bodies whose own groups and commands run on after them


@lru_cache(maxsize=1)
def _group_after() -> re.Pattern[str]:
    """A working group's task and its ending (data/working_groups.tsv: end), written with no mark before it."""
    return re.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{alternation(data_groups('working_groups.tsv')['end'])})")


def groups_after_bodies(text: str, bodies: list[Mention]) -> list[Mention]:
    """`县教育局开学验收组`, `市疫情防控指挥部物资保障专班`, `区疾控流调组组长`: a working group written right after the
    body it belongs to is a body of its own, named with its parent (the parent's place resolves it). Not where the
    ending begins a word (`县卫健局迅速组织`: 组织; but `流调组组长`: its leader follows), nor where the words between hold a verb, a clause word or a
    particle (`县防指要求各组`, `县疾控派出工作组`), nor a kind of team (`领导小组`, data/working_groups.tsv: not_end)."""
    words = data_groups("working_groups.tsv")
    verbs = (*lead_verbs(), *data_words("org_setup_verbs.txt"), *data_words("model_meeting_verbs.txt"))
    found = []
    for body in bodies:
        if body.source in _READ_BY_RULE and (end := _command_after(text, body.end)) is not None:
            found.append(
                Mention(text[body.start : end], EntityType.ORGANIZATION, body.start, end, "rule:suffix")
            )
            continue
        match = _group_after().match(text, body.end)
        if match is None or body.source not in _READ_BY_RULE:
            continue
        name = match.group()
        if (
            (begins_a_word(text, match.end() - 1) and not text.startswith(words["followed_by"], match.end()))
            or name.endswith(words["not_end"])
            or name in generic_bodies()
            or any(c in name for c in (*words["never_inside"], *data_words("model_function_chars.txt")))
            or name[0] in words["never_starts"]
            or any(v in name for v in verbs)
            or not_in_body().search(name)
            or words_at("org_suffixes.txt").search(name[:-1])
        ):
            continue
        # `...社区防控组办公室`: the group's office, one body
        office = words_at("org_offices.txt").match(text, match.end())
        end = office.end() if office else match.end()
        found.append(Mention(text[body.start : end], EntityType.ORGANIZATION, body.start, end, "rule:suffix"))
    return found


def _command_after(text: str, at: int) -> int | None:
    """`县教育局`+`疫情防控工作领导小组(办公室)`: where a body's own command for the epidemic ends, its epidemic words
    (data/org_name_words.txt) right at `at`, then a command's ending (data/working_groups.tsv: command)."""
    end = name_words_end(text, at)
    if end == at:
        return None
    groups = data_groups("working_groups.tsv")
    ending = next((e for e in groups["command"] if text.startswith(e, end)), None)
    if ending is None:
        return None
    end += len(ending)
    office = next((o for o in groups["command_office"] if text.startswith(o, end)), "")
    return end + len(office)


@lru_cache(maxsize=1)
def _group() -> re.Pattern[str]:
    """A working group's name and what shows it is one (data/working_groups.tsv)."""
    words = data_groups("working_groups.tsv")
    # `物资保障组4个工作组`: the count of the list's groups, and their kind (not `组建排查工作组412个`: many)
    count = rf"[0-9]+(?:{alternation(words['counter'])})(?:{alternation(words['listed'])})"
    return re.compile(
        rf"[\u4e00-\u9fff]{{2,8}}?(?:{alternation(words['end'])})"
        rf"(?=[、),，。;；”]|{count}|{alternation(words['followed_by'])})"
    )


_BEFORE_GROUP = set("、(（:：“,，。;；\n")


def _group_offices(text: str, starts: Iterable[int]) -> list[Mention]:
    """`(即:领导小组办公室、人员管控组)`, `指挥部办公室要不等不靠`: the office of the article's group or headquarters,
    written bare where a name stands on its own, is a body of its own (the group's office)."""
    found = []
    for start in starts:
        suffix = words_at("org_suffixes.txt").match(text, start)
        if suffix and org_type(suffix.group()) in ("command_headquarters", "working_group"):
            office = words_at("org_offices.txt").match(text, suffix.end())
            if office:
                found.append(
                    Mention(
                        text[start : office.end()],
                        EntityType.ORGANIZATION,
                        start,
                        office.end(),
                        "rule:suffix",
                    )
                )
    return found


def working_groups(text: str) -> list[Mention]:
    """A named working group standing on its own: listed (`、医疗救治组、`), opening a clause, or after a lead verb
    (`带领督查考核组`). A bare generic one (`工作组`) or a clause (`全面开展排查组`) is not a name."""
    starts = {0} | {i + 1 for i, char in enumerate(text) if char in _BEFORE_GROUP}
    after = (*lead_verbs(), *data_groups("working_groups.tsv")["after"])
    starts |= {after_particles(text, m.end()) for verb in after for m in re.finditer(re.escape(verb), text)}
    starts |= {m.end() for m in leader_phrase().finditer(text)}  # `以县长为组长的疫情防控工作专班`
    # `(一)综合协调组。组长:…`: a numbered item of a headquarters' groups, opened by the group's name
    starts |= {
        mark.end()
        for line in re.finditer(r"^", text, re.M)
        if (mark := item_mark().match(text, line.start()))
    }
    found = _group_offices(text, sorted(starts))
    for start in sorted(starts):
        match = _group().match(text, start)
        if match is None:
            continue
        name = match.group()
        if (
            name not in generic_bodies()
            and name[0] not in data_groups("working_groups.tsv")["never_starts"]
            and not any(c in name for c in data_groups("working_groups.tsv")["never_inside"])
            and name[0] not in level_chars()
            and not name.startswith(
                data_longest_first("org_setup_verbs.txt")
            )  # `下设排查组`: read after the verb
            and not name.endswith(data_groups("working_groups.tsv")["not_end"])
            and not not_in_body().search(name)
            and not _village_group(name)
            and not name.endswith(tuple(data_words("org_not_endings.txt")))  # `包村包组`: cadres' charges
            and name[-2:-1] not in numerals()  # `分成两组`: groups counted, none named
            and not _set_up_by_many(text, start)
            # `(以下简称县领导组)`: the mark that gives a short name, and the short name after it (read there)
            and not name.startswith(data_longest_first("org_short_name_marks.txt"))
        ):
            found.append(Mention(name, EntityType.ORGANIZATION, start, match.end(), "rule:suffix"))
    return found


def _set_up_by_many(text: str, start: int) -> bool:
    """`各乡镇同步成立疫情防控工作专班`: a group that places of a plural subject (data/org_plural_chars.txt) each set
    up, right after the verb of setting up (data/org_setup_verbs.txt): one in each, no one body."""
    clause = text[max(text.rfind(c, 0, start) for c in ",，。;；:：!！?？\n") + 1 : start]
    verb = next((v for v in data_words("org_setup_verbs.txt") if clause.endswith(v)), None)
    return verb is not None and any(c in data_words("org_plural_chars.txt") for c in clause[: -len(verb)])


@lru_cache(maxsize=1)
def _group_list() -> re.Pattern[str]:
    """A setup verb (data/org_setup_verbs.txt), two or more 、-listed tasks, maybe `等` and a count, and the kind of
    group, ending there (data/working_groups.tsv: list_end, counter, listed, followed_by)."""
    words = data_groups("working_groups.tsv")
    count = group_count().pattern
    task = r"[\u4e00-\u9fff]{2,8}?"
    return re.compile(
        rf"(?:{alternation(data_longest_first('org_setup_verbs.txt'))})"
        rf"(?:{alternation(data_words('org_verb_particles.txt'))})?"
        rf"(?P<tasks>{task}(?:、{task})+)(?:{alternation(words['list_end'])})?(?:{count})?"
        rf"(?P<kind>{alternation(words['listed'])})"
        rf"(?=[、),，。;；”\s]|{alternation(words['followed_by'])})"
    )


def listed_groups(text: str) -> list[Mention]:
    """`下设综合协调、流调溯源、物资保障三个工作专班`: one group per listed task, named by its task and the kind written
    after the list (综合协调工作专班), each read at its task: the mention's text is the task as written, its name
    the group's. Not where the tasks are groups already (`下设排查组、宣传组两个工作组`: read one by one elsewhere),
    nor where one is a clause (`以党委书记为组长`). A group the page names on its own later (`综合协调组组长`) is a
    body under that name; the others, and an institution's internal teams (`我院...下设医疗救治、后勤保障4个工作组`:
    data/org_group_list_institutions.txt in the sentence before the list), are UNNAMED_GROUPS: their tasks
    report no measure, but they are no bodies the page names (document.extract drops them; the seeds' gold lists
    none)."""
    found = []
    for match in _group_list().finditer(text):
        tasks, kind = match.group("tasks").split(LIST_COMMA), match.group("kind")
        if any(
            t.endswith(data_groups("working_groups.tsv")["end"]) or not_in_body().search(t) for t in tasks
        ):
            continue
        sentence = text[max(text.rfind(c, 0, match.start()) for c in "。!?\n") + 1 : match.start()]
        internal = any(w in sentence for w in data_words("org_group_list_institutions.txt"))
        at = match.start("tasks")
        for task in tasks:
            written = None if internal else _written_group(text, task, match.end())
            source = "rule:group-list" if written else UNNAMED_GROUPS
            found.append(
                Mention(task, EntityType.ORGANIZATION, at, at + len(task), source, written or task + kind)
            )
            at += len(task) + 1
    return found


def _written_group(text: str, task: str, after: int) -> str | None:
    """The name the text gives a listed group on its own later on (`重点场所巡查组组长`): the same body."""
    match = re.compile(
        rf"{re.escape(task)}(?:{alternation(data_groups('working_groups.tsv')['listed'])})"
    ).search(text, after)
    return match.group() if match else None

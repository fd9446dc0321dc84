"""Who ordered a measure: the body that acts in its clause (`县防指要求`), leads it (`在县委统一领导下`), sets it
up, or takes part, read clause by clause; extract/measure_places.py asks it for each measure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from epikg.lexicon import alternation, data_groups, data_words
from epikg.ner.bodies import UNNAMED_GROUPS, org_type
from epikg.records import EntityType, Measure, Mention, Sentence
from epikg.spans import occurrences

CLAUSE_END = re.compile(r"[,，;；:：。!！?？\n]")


def clause_around(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): between punctuation marks inside the sentence."""
    left = sentence.start
    for match in CLAUSE_END.finditer(text, sentence.start, start):
        left = match.end()
    match = CLAUSE_END.search(text, end, sentence.end)
    return left, match.start() if match else sentence.end


def ordering_body(
    measure: Measure,
    sentence: Sentence,
    mentions: Sequence[Mention],
    organizations: dict[str, str] | None = None,
    text: str = "",
) -> Mention | None:
    """The organization the sentence names closest before the trigger, else the first after it that acts there
    (_acts_after); never a news outlet (`某某新闻网讯`), which reports a measure and orders none, nor a group the
    sentence sets up by listing its tasks (`组建卡点咨询服务、重点场所巡查两个工作专班`: the setter orders), nor a body
    after a preposition of place (`在县人民医院、县中医医院设立接种点`: where, not who), nor one that takes part in the measure
    (`动员骑手参与疫情封控工作`), nor one the sentence sets up (`成立疫情防控指挥部`: who sets it up orders);
    where the sentence names such a body, no body after the trigger stands in for the one that acts.
    `organizations` maps a written name to its resolved one."""
    names = organizations or {}
    bodies = [
        m
        for m in mentions
        if m.type is EntityType.ORGANIZATION
        and sentence.start <= m.start < sentence.end
        and org_type(names.get(m.key, m.key)) != "media_outlet"
        and m.source not in ("rule:group-list", UNNAMED_GROUPS)
    ]
    if text:
        # a list may hold places and bodies both (`前往县汽车总站、万达广场、澧南镇政府、…服务点`)
        items = [
            m
            for m in mentions
            if m.type in (EntityType.ORGANIZATION, EntityType.PLACE)
            and sentence.start <= m.start < sentence.end
        ]
        bodies = [m for m in bodies if not _after_a_preposition_of_place(text, m, items)]
        persons = [
            m for m in mentions if m.type is EntityType.PERSON and sentence.start <= m.start < sentence.end
        ]
        bodies = [m for m in bodies if not _led_along(text, m, bodies, items) and not partner(text, m)]
        taking_part = _taking_part(text, sentence, measure, bodies, items, persons)
        acting = [
            m for m in bodies if m.start not in taking_part and not _set_up_in_its_clause(text, sentence, m)
        ]
        # someone else acts, named before or not at all: no body after the trigger stands in
        if len(acting) < len(bodies):
            bodies = [m for m in acting if m.end <= measure.start]
    before = [m for m in bodies if m.end <= measure.start]
    if before:
        return before[-1]
    if not text:
        return bodies[0] if bodies else None
    return next(
        (
            m
            for m in bodies
            if not _issues_a_document(text, m, bodies) and _acts_after(text, sentence, measure, m)
        ),
        None,
    )


def _acts_after(text: str, sentence: Sentence, measure: Measure, body: Mention) -> bool:
    """A body named after the trigger orders the measure in the trigger's own clause (`卡口由县公安局负责值守`), or
    opening the next clause after one of purpose or topic (`为保障群众生活,献县供销社组织…`, `物资保障方面,县发改委…`:
    data/measure_purpose_openers.txt, data/measure_topic_closers.txt) or after a marker of who carries it out
    (`实行"落地检",由镇卫生院医护人员上门采样`: data/measure_agent_markers.txt); not in a later clause that does
    something else (`雪山卡点设立当天,威宁县委组织部即指导成立临时党支部`)."""
    clause_start, clause_end = clause_around(text, sentence, measure.start, measure.end)
    if body.start < clause_end:
        return True
    opening = text[clause_end + 1 : body.start].strip()
    if opening:  # not the next clause's first words, unless after a marker of who carries the measure out
        return opening in data_words("measure_agent_markers.txt")
    clause = text[clause_start:clause_end].strip()
    return clause.startswith(tuple(data_words("measure_purpose_openers.txt"))) or clause.endswith(
        tuple(data_words("measure_topic_closers.txt"))
    )


def _issues_a_document(text: str, body: Mention, bodies: Sequence[Mention]) -> bool:
    """`大喇叭播放县疫情防控指挥部最新公告`: the body, or the run of bodies it opens (`市县疫情防控指挥部`: 市 stands for
    the city's), is named as the writer of a document (data/notice_marks.tsv) that is passed on: the document's word
    right after it and closing the phrase (`播放县防指通告,`), or after a modifier (最新) or a short phrase that ends in
    的 (`县防指发布的通告`); not a verb (`由县商务局另行通知`: the bureau acts). Who passes it on is another."""
    end = _list_end(text, body, {m.start: m for m in bodies}, adjacent=True)
    return _documents_written().match(text[end : end + _ISSUER_REACH + 4]) is not None


_ISSUER_REACH = 3  # characters of the phrase between a body and 的: 发布|的|通知


@lru_cache(maxsize=1)
def _documents_written() -> re.Pattern[str]:
    """A document's word after its writer: after a modifier or a short phrase ending in 的, or closing the phrase."""
    words = data_groups("notice_marks.tsv")
    documents, of = alternation(words["document"]), alternation(words["of"])
    written = rf"(?:{alternation(words['modifier'])}|[^\W\d]{{0,{_ISSUER_REACH}}}?(?:{of}))(?:{documents})"
    return re.compile(rf"{written}|(?:{documents})(?=[^\w《]|$)")


def _led_along(text: str, body: Mention, bodies: Sequence[Mention], items: Sequence[Mention]) -> bool:
    """`县长带领县卫健局、县交通运输局负责人到…检查`, `县卫健局联合县公安局开展排查`: the body, or the list it is in,
    follows a verb of leading along or working with (data/measure_companion_verbs.txt), and a body is named before
    the verb: that one orders what they do together."""
    at = _listed_before(text, body, {m.end: m for m in items})[-1].start
    verb = next((v for v in data_words("measure_companion_verbs.txt") if text.endswith(v, 0, at)), None)
    return verb is not None and any(m.end <= at - len(verb) for m in bodies)


def partner(text: str, body: Mention) -> bool:
    """`村里已与长甸镇供销社对接`: the body (or place) follows a coverb of partnership and comes before a verb of
    working together, a few characters of manner between (data/measure_partners.tsv): a partner, who orders
    nothing."""
    words = data_groups("measure_partners.tsv")
    if not text.endswith(tuple(words.get("coverb", ())), 0, body.start):
        return False
    verbs = "|".join(map(re.escape, words.get("verb", ())))
    return (
        re.match(rf"\w{{0,{_PARTNER_MANNER}}}?(?:{verbs})", text[body.end : body.end + _PARTNER_MANNER + 2])
        is not None
    )


_PARTNER_MANNER = 3  # characters of manner between a partner's name and the verb: 线上|对接


def _set_up_in_its_clause(text: str, sentence: Sentence, body: Mention) -> bool:
    """`县委成立疫情防控指挥部,在全县设立卡点`: a verb that sets a body up (data/org_setup_verbs.txt) opens the body's
    clause before it; the body is what is set up, and whoever sets it up orders what the sentence reports. Not a
    verb inside a word of data/org_setup_verb_words_not.txt (`该组成员`: members)."""
    clause_start, _ = clause_around(text, sentence, body.start, body.end)
    not_verbs = data_words("org_setup_verb_words_not.txt")
    return any(
        not any(
            at >= word.index(verb) and text.startswith(word, at - word.index(verb))
            for word in not_verbs
            if verb in word
        )
        for verb in data_words("org_setup_verbs.txt")
        for at in _occurrences_in(text, verb, clause_start, body.start)
    )


def _taking_part(
    text: str,
    sentence: Sentence,
    measure: Measure,
    bodies: Sequence[Mention],
    names: Sequence[Mention],
    persons: Sequence[Mention],
) -> set[int]:
    """Where the bodies start that take part in the measure, or call others to, and so order none of it
    (`顺丰速运发布倡议,动员骑手参与疫情封控工作`): a verb of taking part (data/measure_taking_part_verbs.txt) in the
    trigger's clause, at most _TAKING_PART_REACH characters before it and inside no name (`加入村核酸采样点`: a
    village), and the body named last before it, with the bodies listed with that one (`县委组织部、县妇联号召…`), and
    those of the people listed with its post's holder (`六盘山镇党委书记撒志强,县政府办主任兰德才参加督导检查`).
    A body that puts people to work in it orders it (`县卫健局组织医务人员参与采样`: data/
    measure_taking_part_organizers.txt), and a body named before the one taking part may (`县卫健局要求县人民医院
    配合开展核酸检测`)."""
    clause_start, _ = clause_around(text, sentence, measure.start, measure.end)
    verb_at = max(
        (
            at
            for verb in data_words("measure_taking_part_verbs.txt")
            for at in _occurrences_in(text, verb, clause_start, measure.start)
            if measure.start - (at + len(verb)) <= _TAKING_PART_REACH
            and not any(m.start <= at < m.end for m in names)
        ),
        default=None,
    )
    before = sorted((m for m in bodies if verb_at is not None and m.end <= verb_at), key=lambda m: m.end)
    if not before:
        return set()
    nearest = before[-1]
    if any(text.find(o, nearest.end, verb_at) >= 0 for o in data_words("measure_taking_part_organizers.txt")):
        return set()
    ends = {m.end: m for m in before}
    holders = {m.end: m for m in persons}
    listed: list[Mention] = []
    current = nearest
    while True:
        listed += _listed_before(text, current, ends)  # `县委组织部、县妇联`
        # `…党委书记撒志强,县政府办主任…`: the bodies of the posts of the one listed before
        at = listed[-1].start - 1
        holder = holders.get(at) if text[at : at + 1] in _PEOPLE_JOINERS else None
        if holder is None:
            break
        posts = [
            m
            for m in before
            if 0 <= holder.start - m.end <= _POST_REACH
            and "," not in text[m.end : holder.start]
            and not any(m.end <= p.start < holder.start for p in persons)
        ]
        if not posts:
            break
        # `县委常委、县委办主任沈志勇`: each of the holder's posts, the last first
        listed += reversed(posts[1:])
        current = posts[0]
    return {m.start for m in listed}


def _occurrences_in(text: str, word: str, start: int, end: int) -> list[int]:
    """Where the word starts in text[start:end] (spans.occurrences there)."""
    return [start + at for at, _ in occurrences(text[start:end], word)]


_TAKING_PART_REACH = 8  # characters from the verb to the trigger: 投身到|核酸检测, 参与|疫情|封控


_PEOPLE_JOINERS = frozenset(",、")  # between people listed with their posts


_POST_REACH = 10  # characters from a body to its post's holder: 党委副书记、镇长|米晓东


def _listed_before(text: str, mention: Mention, ends: dict[int, Mention]) -> list[Mention]:
    """The mention, then the items (`ends`: by where they end) listed right before it with a joiner of
    data/list_joiners.txt (`县委组织部、县妇联`), nearest first."""
    joiners = data_words("list_joiners.txt")
    listed = [mention]
    while text[listed[-1].start - 1 : listed[-1].start] in joiners and listed[-1].start - 1 in ends:
        listed.append(ends[listed[-1].start - 1])
    return listed


def _list_end(text: str, mention: Mention, starts: dict[int, Mention], *, adjacent: bool = False) -> int:
    """Where the list the mention opens ends: the items (`starts`: by where they start) after it with a joiner of
    data/list_joiners.txt (`县人民医院、县中医医院`), or, `adjacent`, written right after it (`市县…指挥部`)."""
    joiners = data_words("list_joiners.txt")
    end = mention.end
    while (adjacent and end in starts) or (text[end : end + 1] in joiners and end + 1 in starts):
        end = starts[end if adjacent and end in starts else end + 1].end
    return end


def _after_a_preposition_of_place(text: str, body: Mention, items: Sequence[Mention]) -> bool:
    """`在县人民医院`, `在县人民医院、县中医医院`, `前往万达广场、澧南镇政府`: the body, or the list of bodies and
    places (`items`) it is in, or the chain of places that names it (`在广河县三甲集镇卫生院`), opens after a
    preposition of place or a verb of going there (data/measure_where_prepositions.txt); but not where a frame of
    leading closes it (`在三湖社区大党委的统一领导下`: data/measure_lead_frames.txt), nor where the news came from
    (`记者从县疫情防控指挥部获悉`: data/person_preposition_verbs.txt)."""
    at = _listed_before(text, body, {m.end: m for m in items})[-1].start
    # `在广河县三甲集镇卫生院接种点`: the places of a written chain before the body
    places = {m.end: m for m in items if m.type is EntityType.PLACE}
    while at in places:
        at = places[at].start
    end = _list_end(text, body, {m.start: m for m in items})
    if not text.endswith(tuple(data_words("measure_where_prepositions.txt")), 0, at):
        return False
    if text.startswith(tuple(data_words("person_preposition_verbs.txt")), end):
        return False  # `记者从县疫情防控指挥部获悉`: the body the news came from, who may well order what it reports
    after = text[end : end + _LEAD_FRAME_REACH]
    return not any(closer in after for closer in data_words("measure_lead_frames.txt"))


_LEAD_FRAME_REACH = 8  # characters after the body to a frame's closer: 的统一领导下

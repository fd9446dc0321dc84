"""The genre filter on the NER model's place readings (issue 13, item 6): hamlets written without 村,
and hamlets the model reads as people. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import rule_mentions
from epikg.ner.merge import merge, plausible
from epikg.records import EntityType, Mention

PER, LOC = EntityType.PERSON, EntityType.PLACE


def places_read_with(text: str, read: str) -> list[str]:
    """The places the genre layer keeps where the model reads `read` as a place."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    found = recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", read)))
    return [m.text for m in found if m.type is EntityType.PLACE]


def model(text: str, sub: str, kind: EntityType) -> Mention:
    start = text.index(sub)
    return Mention(sub, kind, start, start + len(sub), "model")


@pytest.mark.parametrize(
    "name",
    ["李家庄", "王家寨", "赵家屯", "铁炉坪", "马家沟", "石头岭", "黄泥滩", "朱家浜", "杨树圩", "五一农场"],
)
def test_a_hamlet_the_model_reads_is_plausible(name: str) -> None:
    assert plausible(Mention(name, LOC, 0, len(name), "model"))


@pytest.mark.parametrize(
    ("name", "kind"), [("开通县", LOC), ("以党委", LOC), ("庄", LOC), ("系梅山", LOC), ("隔乌江", LOC)]
)
def test_the_filter_still_drops_what_it_dropped(name: str, kind: EntityType) -> None:
    assert not plausible(Mention(name, kind, 0, len(name), "model"))


def test_a_family_hamlet_read_as_a_person_is_a_place() -> None:
    text = "干部到张家湾、李家坪开展入户排查。"
    merged = merge(rule_mentions(text), [model(text, "张家湾", PER), model(text, "李家坪", PER)])
    assert [(m.text, m.type) for m in merged if m.text in ("张家湾", "李家坪")] == [
        ("张家湾", LOC),
        ("李家坪", LOC),
    ]


@pytest.mark.parametrize("name", ["张家辉", "王家明", "李家卫"])
def test_a_person_named_with_jia_stays_a_person(name: str) -> None:
    text = f"志愿者{name}每天值守。"
    merged = merge(rule_mentions(text), [model(text, name, PER)])
    assert (name, PER) in [(m.text, m.type) for m in merged]


@pytest.mark.parametrize("name", ["石桥", "长坪", "黄田", "红星", "营盘"])
def test_a_towns_or_villages_bare_name_the_model_reads_as_a_place_is_plausible(name: str) -> None:
    assert plausible(Mention(name, LOC, 0, 2, "model"))


@pytest.mark.parametrize("name", ["上嘉", "咱村", "城区", "群众"])
def test_a_two_character_reading_that_names_no_town_is_dropped(name: str) -> None:
    assert not plausible(Mention(name, LOC, 0, 2, "model"))


@pytest.mark.parametrize("name", ["锦江酒店", "城南片区", "舟山港", "长沙南站", "铁炉坪隧道", "金色公寓"])
def test_a_building_quarter_port_or_station_the_model_reads_is_plausible(name: str) -> None:
    assert plausible(Mention(name, LOC, 0, len(name), "model"))


def test_a_bare_name_of_a_place_the_article_names_in_full_is_no_second_place() -> None:
    text = "在银杏社区设立采样点,银杏儿女齐心抗疫。"
    merged = merge(rule_mentions(text), [model(text, "银杏社区", LOC), Mention("银杏", LOC, 11, 13, "model")])
    assert [m.text for m in merged if m.type is LOC] == ["银杏社区"]


def test_a_bare_village_name_stands_where_the_article_names_no_longer_place() -> None:
    text = "红星、营盘两个村已完成排查。"
    merged = merge(rule_mentions(text), [model(text, "红星", LOC), model(text, "营盘", LOC)])
    assert [m.text for m in merged if m.type is LOC] == ["红星", "营盘"]


@pytest.mark.parametrize("name", ["高新开发区", "临港经开区", "岐山县城", "青化镇区", "龙门古镇", "东部新区"])
def test_a_zone_or_seat_the_model_reads_is_plausible(name: str) -> None:
    assert plausible(Mention(name, LOC, 0, len(name), "model"))


def test_a_family_village_read_as_a_person_names_the_station_after_it() -> None:
    from epikg.ner.merge import extend_to_facility, hamlet_as_place

    text = "民警坚守赵家村收费站。"
    read = extend_to_facility(text, hamlet_as_place(model(text, "赵家村", PER)))
    assert (read.text, read.type) == ("赵家村收费站", LOC)


@pytest.mark.parametrize("name", ["北门", "大门", "后门"])
def test_a_gate_or_part_of_a_compound_is_no_bare_town_name(name: str) -> None:
    assert not plausible(Mention(name, LOC, 0, 2, "model"))


@pytest.mark.parametrize("name", ["拉都河村", "过街楼村", "金都新村"])
def test_a_listed_village_whose_name_holds_a_function_character_is_plausible(name: str) -> None:
    # 都, 过, 的...: function characters that end a phrase's stem (`回家的路`) also stand in names the gazetteer lists
    assert plausible(Mention(name, LOC, 0, len(name), "model"))


@pytest.mark.parametrize("name", ["人员都在村", "我们的村", "干部也到村"])
def test_a_phrase_with_a_function_character_before_a_place_ending_stays_dropped(name: str) -> None:
    assert not plausible(Mention(name, LOC, 0, len(name), "model"))


@pytest.mark.parametrize("name", ["清真寺", "通村公路"])
def test_a_kind_of_temple_or_road_the_model_reads_is_no_place(name: str) -> None:
    assert not plausible(Mention(name, LOC, 0, len(name), "model"))


def test_a_letters_opener_the_model_read_into_a_place_is_left_out() -> None:
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences

    text = "共发放《致余村村民的一封信》320余份。"
    start = text.index("致余村")

    class Tagger:  # the model's reading: 致余村
        def tag(self, sentences):  # noqa: ANN001, ANN202
            return [[("LOC", start, start + 3)] for _ in sentences]

    found = recognize(text, split_sentences(text), tagger=Tagger())
    assert [m.text for m in found if m.type is LOC] == ["余村"]


def test_two_levels_side_by_side_the_model_reads_are_no_village() -> None:
    assert not plausible(Mention("调镇村", LOC, 0, 3, "model"))  # `抽调镇村干部`: towns and villages


def test_a_community_health_centre_holds_no_community() -> None:
    from epikg.ner.place_chains import villages_in_bodies

    body = Mention("花木社区卫生服务中心", EntityType.ORGANIZATION, 0, 10, "rule:suffix")
    assert villages_in_bodies([body]) == []
    assert [
        m.text for m in villages_in_bodies([Mention("红旗社区党支部", EntityType.ORGANIZATION, 0, 7, "r")])
    ] == ["红旗社区"]


@pytest.mark.parametrize(
    ("text", "read"),
    [("在冠洞村湘桂省际卡点检查。", "湘桂省")],  # right after a village, as a chain's next link would be
)
def test_a_model_place_whose_level_character_opens_a_word_is_none(text: str, read: str) -> None:
    """`湘桂省际卡点`: 省际 (between provinces) is a word; no province 湘桂省 (data/place_suffix_continuations.txt)."""
    assert read not in places_read_with(text, read)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("在人民路开了六年新疆拌面馆的店主说，店里每天消毒。", "新疆"),
        ("街上一家兰州牛肉面馆和两家重庆火锅店暂停营业。", "兰州"),
        ("街上一家兰州牛肉面馆和两家重庆火锅店暂停营业。", "重庆"),
    ],
)
def test_a_regions_name_before_a_dish_is_no_place(text: str, read: str) -> None:
    """`新疆拌面馆`: the region names the dish the eatery sells (data/place_dish_words.txt), whichever reader took it."""
    assert read not in places_read_with(text, read)


def test_a_towns_restaurants_keep_their_town() -> None:
    assert "城关镇" in places_read_with("城关镇餐馆一律暂停堂食。", "城关镇")


@pytest.mark.parametrize(
    ("text", "read"),
    [("局里派出工作组,逐镇逐村督导春耕进展。", "逐镇逐村"), ("农技人员包乡包村,开展技术服务。", "包乡包村")],
)
def test_town_by_town_is_no_place(text: str, read: str) -> None:
    """`逐镇逐村`, `包乡包村`: every town and village in turn (data/place_name_never_starts.txt), no place's name."""
    assert read not in places_read_with(text, read)


def test_entry_and_exit_runs_on_into_a_border_station() -> None:
    """`出入境边防检查站`: no place 境边防检查站 cut from the word 出入境 (data/place_name_never_starts.txt)."""
    from epikg.ner import rule_mentions

    text = "巴克图出入境边防检查站民警对入境人员逐一查验。"
    assert not [m for m in rule_mentions(text) if m.type is EntityType.PLACE and m.text.startswith("境")]


def test_a_dates_day_and_the_next_word_name_no_country() -> None:
    # 7日 then 本轮: the model's 日本 straddles the date and the next word
    assert places_read_with("自10月7日本轮疫情发生以来,全县累计报告感染者12例。", "日本") == []
    assert places_read_with("3名从日本入境人员已落实隔离。", "日本") == ["日本"]


@pytest.mark.parametrize("name", ["商场", "超市", "药店"])
def test_a_shops_ending_alone_is_no_place(name: str) -> None:
    assert not plausible(Mention(name, LOC, 0, len(name), "model"))


def test_a_quarter_the_model_reads_short_is_named_whole() -> None:
    assert places_read_with("将城区划分为东湖片区、西湖片区。", "西湖") == ["西湖片区"]


@pytest.mark.parametrize(
    ("text", "read", "station"),
    [
        ("旅客在高铁怀化南站出站口排队。", "高铁怀化南站", "怀化南站"),
        ("返乡人员抵达动车永州站后统一转运。", "动车永州站", "永州站"),
    ],
)
def test_a_mode_of_transport_before_a_station_is_none_of_its_name(text: str, read: str, station: str) -> None:
    assert places_read_with(text, read) == [station]


def test_a_station_named_for_its_mode_keeps_it() -> None:
    """`高铁站` alone is a kind of station (no name, nothing cut from it); `苍南动车站` is named."""
    assert places_read_with("在高铁站出口设置测温点。", "高铁站") == []
    assert places_read_with("在苍南动车站设置测温点。", "苍南动车站") == ["苍南动车站"]


@pytest.mark.parametrize("text", ["上门发放倡议书。", "包村干部回村值守。", "党员上岗值守。"])
def test_the_responses_verbs_are_no_bare_village_names(text: str) -> None:
    """`上门`, `回村`, `上岗`: some village bears each name, but here each is a verb."""
    read = next(w for w in ("上门", "回村", "上岗") if w in text)
    assert places_read_with(text, read) == []


@pytest.mark.parametrize("name", ["唐家河卡口", "石门卡口"])
def test_a_checkpoint_named_for_its_place_is_plausible(name: str) -> None:
    """`坚守在荆台集村唐家河卡口`: a checkpoint's name ends in 卡口 as in 卡点; the word alone names none."""
    assert plausible(Mention(name, LOC, 0, len(name), "model"))
    assert not plausible(Mention("卡口", LOC, 0, 2, "model"))


def test_a_name_a_title_gives_a_person_is_that_person_where_the_model_reads_a_place() -> None:
    """`县长訾会山到麻坪镇检查`, then `訾会山与村干部交谈`: the model reads 訾会山 as a place (山, a mountain's ending)."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    text = "县委副书记、县长訾会山到麻坪镇检查。訾会山与村干部交谈。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", "訾会山")))
    assert [(m.text, m.type) for m in found if m.text == "訾会山"] == [("訾会山", PER), ("訾会山", PER)]


def test_a_place_the_gazetteer_knows_stays_a_place_beside_a_namesake() -> None:
    """A place the gazetteer knows stays a place, whatever person the article also names."""
    assert places_read_with("县长黄州到卡点检查。黄州区设立了卡点。", "黄州区") == ["黄州区"]

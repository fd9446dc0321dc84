"""A name held between the two words of a frame (`在阳利民陪同下`, `记者从谭晓东处了解到`, `和覃会平一起`,
`向解宇航表示感谢`) is a person where the model misses it: the frame bounds the name on both sides
(data/person_frames.tsv). A word of the lexicon (`向房东表示感谢`), a body (`从卫健局处`) or a frame's last word
running on into a word (`从严查处`) names no one. Found by the persons sweep (templates by names by contexts);
sentences written for these tests. So is a list of three or more plausible names with no title before it
(`参加会议的有程学文、端木建设、郭敏`).
"""

from __future__ import annotations

import pytest
from tests.helpers import persons_read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("网格员和覃会平一起上门排查。", "覃会平"),
        ("记者从谭晓东处了解到,全村无异常。", "谭晓东"),
        ("村民们纷纷向解宇航表示感谢。", "解宇航"),
        ("组织上让田三妹负责隔离点工作。", "田三妹"),
        ("县委书记周明带领段欣怡等人检查卡点。", "段欣怡"),
        ("他叫白强,是一名网格员。", "白强"),
    ],
)
def test_a_name_between_a_frames_words_is_a_person(text: str, name: str) -> None:
    assert name in persons_read(text)


@pytest.mark.parametrize(
    "text",
    [
        "一再向房东表示感谢。",  # 房东: a word of the lexicon (a landlord)
        "记者从卫健局处了解到,全村无异常。",  # a body
        "公安机关将依法从严查处。",  # 查处: the frame's 处 closes a word
        "网格员和同事们一起上门排查。",
        "向医护人员致敬!",
        "在大家的共同努力下,疫情得到控制。",
    ],
)
def test_a_frame_around_no_name_reads_no_person(text: str) -> None:
    assert persons_read(text) == []


# --- lists of names with no title -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("参加会议的有程学文、端木建设、郭敏。", ["程学文", "端木建设", "郭敏"]),
        ("关立群、单芳、上官一帆等同志参加。", ["关立群", "单芳", "上官一帆"]),
        (
            "参加会议的有诸葛晓明、孙秀兰、凌宇航。",
            ["诸葛晓明", "孙秀兰", "凌宇航"],
        ),  # a double surname first
    ],
)
def test_three_plausible_names_listed_are_persons(text: str, names: list[str]) -> None:
    assert persons_read(text) == names


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("对武汉、黄冈、孝感等地返乡人员开展排查。", "武汉"),  # places the gazetteer lists
        ("卫健、公安、交通等部门联合执法。", "卫健"),  # words
        ("扩展到现在的花席、银边席、金丝席等12个品种。", "花席"),  # one kind's items, all ending alike
        ("边学、边工作、边练。", "边学"),  # one word's repeats
        ("纪海、周美希、吴丹朴实的话语里,饱含深情。", "吴丹朴"),  # 朴实 is a word
    ],
)
def test_a_list_of_things_reads_no_person(text: str, wrong: str) -> None:
    assert wrong not in persons_read(text)

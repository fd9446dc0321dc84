"""A name held between the two words of a frame (`在阳利民陪同下`, `记者从谭晓东处了解到`, `和覃会平一起`,
`向解宇航表示感谢`) is a person where the model misses it: the frame bounds the name on both sides
(data/person_frames.tsv). A word of the lexicon (`向房东表示感谢`), a body (`从卫健局处`) or a frame's last word
running on into a word (`从严查处`) names no one. Found by the persons sweep (templates by names by contexts);
sentences written for these tests."""

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

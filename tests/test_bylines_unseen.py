"""An author named alone in brackets after an article's last sentence (issue 13: persons on unseen
articles). Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.pagemeta import read_meta


def credited(text: str) -> list[str]:
    return [found.value for found, _ in read_meta(text).bylines]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("防控指挥部要求全镇落实到位。(唐小文)\n|", "唐小文"),
        ("截至目前,两个卡点共检查车辆300辆。(纪明)", "纪明"),
        ("“守住村口就是守住家。”(周红梅)", "周红梅"),
    ],
)
def test_a_name_in_brackets_after_the_last_sentence_is_the_author(text: str, name: str) -> None:
    assert credited(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "县长张明(右二)在卡点检查。",
        "会议由县疾控中心(县疾控)主持。",
        "排查人员(王某)已隔离。",
        "全县设立卡点(含检查站)。",
    ],
)
def test_a_bracket_inside_a_sentence_credits_no_one(text: str) -> None:
    assert credited(text) == []

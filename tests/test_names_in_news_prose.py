"""Names as news prose of other kinds writes them: a corpus of general news (BosonNLP's NER set) and MSRA's test
split, read against their own annotation, showed a county's short form before its police read as a person
(`徐水警方`), a photo credit's verb kept in the name (`本报记者李舸摄`) and `应邀` cut after its first character
(`李鹏应邀`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import SpanTagger, persons_read

from epikg.ner import recognize
from epikg.read.normalize import split_sentences
from epikg.records import EntityType


def _read(text: str, *spans: tuple[str, str]) -> dict[str, EntityType]:
    return {m.text: m.type for m in recognize(text, split_sentences(text), tagger=SpanTagger(*spans))}


# --- a county's short form before its police, its people or its ground --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当天,徐水警方通报了3起违反防疫规定的案件。", "徐水"),
        ("邹平交警在高速路口查验来往车辆。", "邹平"),
        ("据了解,该男子是黄岩本地人。", "黄岩"),
        ("奉贤城区各小区实行封闭管理。", "奉贤"),
    ],
)
def test_a_county_short_form_before_its_police_or_ground_is_the_place(text: str, name: str) -> None:
    read = _read(text, ("PER", name))
    assert read.get(name) is EntityType.PLACE
    assert name not in persons_read(text, ("PER", name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "县长高明在卡点检查,高明强调要严防死守。",
            "高明",
        ),  # 高明区's short form, but a title and a verb of report
        ("民警李鹏在卡点值守。", "李鹏"),  # no division of that name
    ],
)
def test_a_name_that_is_also_a_short_form_stays_a_person_elsewhere(text: str, name: str) -> None:
    assert name in persons_read(text, ("PER", name))


# --- a photo credit's verb after the name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("志愿者在卡点值守。(本报记者李舸摄)", "李舸摄", "李舸"),
        ("图为核酸检测现场。通讯员 王晓燕摄", "王晓燕摄", "王晓燕"),
    ],
)
def test_a_credit_verb_closing_the_line_is_no_part_of_the_name(text: str, model: str, name: str) -> None:
    read = persons_read(text, ("PER", model))
    assert name in read
    assert model not in read


def test_a_name_whose_last_character_is_a_credit_verb_char_in_running_text_is_kept() -> None:
    # 摄 followed by more Han text is no credit closing a line
    assert "李摄影" not in persons_read("李摄影师在现场拍照。", ("PER", "李摄"))


# --- a two-character verb after a two-character name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委书记李鹏应邀出席会议。", "李鹏"),
        ("县长王明致辞。", "王明"),
    ],
)
def test_a_verb_opening_the_clause_ends_the_name_after_a_title(text: str, name: str) -> None:
    read = persons_read(text)
    assert name in read
    assert not any(p.startswith(name) and p != name for p in read)

"""One person under two names in one article: a name of a people that takes no surname written in full with its
middle dot (`阿依古丽·买买提`), then by its first part alone (`阿依古丽`). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from epikg.extract.person_names import short_forms
from epikg.records import EntityType, Mention


def person(text: str, start: int = 0) -> Mention:
    return Mention(text, EntityType.PERSON, start, start + len(text), "test")


def _persons(tmp_path: Path, text: str) -> tuple[set[str], set[str]]:
    """The persons the article's mentions refer to, and the persons of its posts."""
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    found = extract(read_article(page))
    return {m.key for m in found.mentions if m.type is EntityType.PERSON}, {p.person for p in found.posts}


def test_the_first_part_written_alone_stands_for_the_full_name() -> None:
    assert short_forms([person("阿依古丽·买买提"), person("阿依古丽", 20)]) == {"阿依古丽": "阿依古丽·买买提"}


def test_a_first_part_that_opens_two_full_names_stands_for_neither() -> None:
    mentions = [person("阿依古丽·买买提"), person("阿依古丽·吐尔逊", 10), person("阿依古丽", 20)]
    assert short_forms(mentions) == {}


def test_the_article_names_one_person_under_the_full_name(tmp_path: Path) -> None:
    text = "标题\n\n村党支部书记阿依古丽·买买提把核酸采样名单整理好。阿依古丽说,大家都很配合。\n"
    persons, posted = _persons(tmp_path, text)
    assert persons == {"阿依古丽·买买提"} and posted == {"阿依古丽·买买提"}

"""Places: the gazetteer's hierarchy with division codes, homonyms told apart by the article's context."""

from __future__ import annotations

import pytest

from epikg import gazetteer
from epikg.extract.places import level_from_suffix, resolve


def chain(place) -> list[str]:  # noqa: ANN001
    names = []
    while place is not None:
        names.append(place.name)
        place = place.parent
    return names


def test_gazetteer_holds_five_levels_with_codes_down_to_counties() -> None:
    [county] = gazetteer.load().lookup("苍南县")
    assert county.code == "330327"
    assert [d.level for d in gazetteer.load().chain(county)] == ["county", "prefecture", "province"]


@pytest.mark.parametrize(
    ("context", "parent"),
    [(["南县"], "南县"), (["益阳市"], "南县"), (["株洲市"], "渌口区")],
)
def test_homonym_township_is_resolved_by_the_articles_other_places(context: list[str], parent: str) -> None:
    # 南洲镇 exists in 南县 (益阳市) and in 渌口区 (株洲市).
    place = resolve(["南洲镇", *context])["南洲镇"]
    assert place.parent is not None and place.parent.name == parent


def test_context_from_inside_a_bodys_name_counts_too() -> None:
    place = resolve(["南洲镇"], context=["南县"])["南洲镇"]
    assert chain(place) == ["南洲镇", "南县", "益阳市", "湖南省"]


def test_village_chain_from_village_to_province() -> None:
    place = resolve(["马王溪村", "浦市镇"])["马王溪村"]
    assert chain(place) == ["马王溪村", "浦市镇", "泸溪县", "湘西土家族苗族自治州", "湖南省"]
    assert place.level == "village" and place.code is None
    assert place.key == "433122/浦市镇/马王溪村"  # stable across documents: under the nearest coded division


def test_county_and_above_are_keyed_on_their_code() -> None:
    assert resolve(["梨树县"])["梨树县"].key == "220322"


def test_short_form_is_the_full_division_when_the_article_names_it() -> None:
    places = resolve(["苍南", "苍南县"])
    assert places["苍南"].key == places["苍南县"].key == "330327"


def test_province_short_form_needs_no_context() -> None:
    assert resolve(["湖北"])["湖北"].name == "湖北省"


def test_city_short_form_needs_no_context() -> None:
    assert resolve(["长沙"])["长沙"].code == "430100"


def test_a_shortened_township_is_the_articles_own_township() -> None:
    places = resolve(["南洲", "南洲镇", "南县"])
    assert places["南洲"].key == places["南洲镇"].key


@pytest.mark.parametrize(
    ("name", "level"),
    [("东红社区", "village"), ("十家堡镇", "township"), ("临洮街街道", "township"), ("户屯县", "county"),
     ("中央公园小区", "other"), ("城区", "other")],
)
def test_places_the_gazetteer_lacks_take_their_level_from_their_suffix(name: str, level: str) -> None:
    assert level_from_suffix(name) == level


def test_jionlp_data_is_read_from_its_zip_before_jionlp_ever_unzipped_it(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # A fresh install ships china_location.zip only; jionlp unzips it on its first import.
    import zipfile

    from epikg import lexicon

    with zipfile.ZipFile(tmp_path / "china_location.zip", "w") as archive:
        archive.writestr("china_location.txt", "浙江省\t330000\t浙江\r\n\t温州市\t330300\t温州\r\n")
    monkeypatch.setattr(lexicon, "jionlp_dictionary_dir", lambda: tmp_path)
    assert lexicon.read_dictionary("china_location.txt") == ["浙江省\t330000\t浙江", "\t温州市\t330300\t温州"]
    assert [d.name for d in gazetteer.parse(lexicon.read_dictionary("china_location.txt"))] == ["浙江省", "温州市"]

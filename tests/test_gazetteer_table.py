"""The compiled gazetteer's columns (gazetteer._Table): names in one string, names found by bisection,
homonyms and children as flat id arrays; they answer as the divisions they were made of."""

from __future__ import annotations

import marshal
from collections import defaultdict

import pytest

from epikg import gazetteer

_LISTING = [
    "浙江省\t330000\t浙江",
    "\t温州市\t330300\t温州",
    "\t\t苍南县\t330327\t苍南",
    "\t\t\t城关镇",
    "\t\t\t\t新村",
    "\t\t\t\t东门社区",
    "\t\t\t金乡镇",
    "\t\t\t\t新村",
    "\t\t平阳县\t330326\t平阳",
    "\t\t\t城关镇",
    "\t\t\t\t新村",
    "湖南省\t430000\t湖南",
    "\t长沙市\t430100\t长沙",
    "\t\t长沙县\t430121\t长沙",
    "\t\t\t城关镇",
]


def _table(divisions: list[gazetteer.Division]) -> gazetteer._Table:
    """Built, then through the compiled file's plain values (marshal) and back."""
    plain = gazetteer._Table.of(divisions).to_plain()
    return gazetteer._Table.from_plain(marshal.loads(marshal.dumps(plain)))


def test_the_columns_answer_as_the_divisions_they_were_made_of() -> None:
    divisions = gazetteer.parse(_LISTING)
    table = _table(divisions)
    by_name: dict[str, list[int]] = defaultdict(list)
    children: dict[int, list[int]] = defaultdict(list)
    for d in divisions:
        by_name[d.name].append(d.id)
        if d.parent is not None:
            children[d.parent].append(d.id)
    assert list(table.names) == [d.name for d in divisions]
    for name, ids in by_name.items():
        assert table.ids(name) == tuple(ids)
    assert table.ids("新村") == tuple(by_name["新村"]) and len(table.ids("新村")) == 3  # homonyms
    for name in ("", "城", "城关", "城关镇镇", "龙港市", "\uffff"):
        assert table.ids(name) == ()
    for d in divisions:
        assert list(table.children(d.id)) == children.get(d.id, [])


def test_a_gazetteer_on_the_columns_looks_up_chains_and_children() -> None:
    gaz = gazetteer.Gazetteer(_table(gazetteer.parse(_LISTING)))
    [jinxiang] = gaz.lookup("金乡镇")
    assert [d.name for d in gaz.chain(jinxiang)] == ["金乡镇", "苍南县", "温州市", "浙江省"]
    assert [d.name for d in gaz.children_of(gaz.lookup("苍南县")[0])] == ["城关镇", "金乡镇"]
    assert {gaz.chain(d)[1].name for d in gaz.lookup("城关镇")} == {"苍南县", "平阳县", "长沙县"}


def test_names_and_offsets_that_disagree_are_refused() -> None:
    plain = list(gazetteer._Table.of(gazetteer.parse(_LISTING)).to_plain())
    plain[0] = plain[0][:-1]  # the names' text cut short
    with pytest.raises(ValueError):
        gazetteer._Table.from_plain(tuple(plain))


def test_a_division_listed_after_the_names_above_it_is_known_by_its_own_name() -> None:
    """The listing writes some townships and villages after their county's or town's name (`曹县大集镇`): each
    is known by its own name, so that a text that names the town alone finds it and one that writes the chain
    reads the county too."""
    listing = [
        "山东省\t370000\t山东",
        "\t菏泽市\t371700\t菏泽",
        "\t\t曹县\t371721\t曹县",
        "\t\t\t曹县大集镇",
        "\t\t\t\t曹县大集镇丁楼村",
        "\t\t\t\t大集镇社区",  # after the town's name a bare ending: as listed
        "\t\t\t\t大集镇一村",  # one character before the ending: as listed
        "\t\t\t\t大集镇城市社区",  # an everyday word before a village's ending: as listed
        "\t\t\t曹县镇",  # nothing after the county's name but an ending: as listed
        "\t\t\t曹县工业园区",  # a zone: 工业园区 alone names none
    ]
    gaz = gazetteer.Gazetteer(_table(gazetteer.parse(listing)))
    [town] = gaz.lookup("大集镇")
    assert [d.name for d in gaz.chain(town)] == ["大集镇", "曹县", "菏泽市", "山东省"]
    assert [d.name for d in gaz.children_of(town)] == ["丁楼村", "大集镇社区", "大集镇一村", "大集镇城市社区"]
    assert gaz.lookup("曹县大集镇") == []
    assert [d.name for d in gaz.lookup("曹县镇")] == ["曹县镇"]
    assert gaz.lookup("工业园区") == [] and [d.level for d in gaz.lookup("曹县工业园区")] == ["township"]


def test_a_county_goes_by_the_listings_abbreviation_that_keeps_its_ending() -> None:
    """`科左后旗` for 科尔沁左翼后旗 (a banner's abbreviation keeps 旗), where it is no division's name and abbreviates no
    other; not a zone's abbreviation (`经开区`), which the listing gives many."""
    listing = [
        "内蒙古自治区\t150000\t内蒙古",
        "\t通辽市\t150500\t通辽",
        "\t\t科尔沁左翼后旗\t150522\t科左后旗",
        "\t\t通辽经济技术开发区\t150571\t经开区",
        "\t呼和浩特市\t150100\t呼和浩特",
        "\t\t呼和浩特经济技术开发区\t150172\t经开区",
    ]
    gaz = gazetteer.Gazetteer(_table(gazetteer.parse(listing)))
    assert [d.name for d in gaz.lookup_written("科左后旗")] == ["科尔沁左翼后旗"]
    assert gaz.lookup_written("经开区") == []

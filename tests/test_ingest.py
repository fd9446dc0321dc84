"""Ingest: pages are decoded only when the encoding is clear, and bad files say why."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from epikg.read.ingest import IngestError, decode, discover, page_text, read_page
from epikg.read.pagemeta import read_meta

ARTICLE = "苍南县委书记黄荣定率领县防疫领导小组到金乡镇检查疫情防控工作。全县设置集中管控点55个。"
TRADITIONAL = "梨樹縣委書記率領縣防疫領導小組到鄉鎮檢查疫情防控工作。全縣設置卡點五百餘個。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(ARTICLE, "utf-8"), (ARTICLE, "gb18030"), (TRADITIONAL, "big5"), (TRADITIONAL, "utf-8")],
)
def test_each_encoding_is_detected(tmp_path: Path, text: str, encoding: str) -> None:
    page = read_page(write(tmp_path, "a.txt", text.encode(encoding)))
    assert page.encoding == encoding
    assert page.raw == text


def test_utf8_bom_stays_in_the_page_and_leaves_the_text(tmp_path: Path) -> None:
    page = read_page(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert page.raw == "\ufeff" + ARTICLE  # as decoded with the recorded encoding, so spans index it
    text = page_text(page)
    assert text.text == ARTICLE and text.raw_span(0, 3) == (1, 4)


def test_binary_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="binary"):
        read_page(write(tmp_path, "a.txt", bytes(range(256)) * 4))


def test_undecodable_bytes_are_rejected_with_reason(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="undecodable"):
        read_page(write(tmp_path, "a.txt", b"\x81\x30\xff\xfe" * 50 + b"\xa1"))


def test_ambiguous_text_is_not_guessed() -> None:
    # B0 AA reads as 蔼 in GB18030 and as 高 in Big5: both everyday characters.
    with pytest.raises(IngestError, match="ambiguous"):
        decode(b"\xb0\xaa" * 3)


def test_clear_gb18030_wins_over_big5_garbage() -> None:
    assert decode("中国".encode("gb18030") * 3) == ("gb18030", "中国" * 3)


def test_empty_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="empty"):
        read_page(write(tmp_path, "a.txt", b"  \n"))
    with pytest.raises(IngestError, match="unsupported"):
        read_page(write(tmp_path, "a.pdf", b"%PDF-1.4"))


def test_discover_walks_folders_and_keeps_named_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "sub/a.html", "notes.md", "c.gold.json"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["b.txt", "sub/a.html"]


def test_html_text_keeps_offsets_into_the_page(tmp_path: Path) -> None:
    html = "<html><head><title>标题</title><script>var x='黄荣定';</script></head><body><p>县委书记&nbsp;黄荣定</p></body></html>"
    page = read_page(write(tmp_path, "a.html", html.encode()))
    text = page_text(page)
    assert "var x" not in text.text
    start = text.text.index("黄荣定")
    raw_start, raw_end = text.raw_span(start, start + 3)
    assert page.raw[raw_start:raw_end] == "黄荣定"


def test_an_html_tables_cells_are_set_apart(tmp_path: Path) -> None:
    """`<td>张明</td><td>副镇长</td>`: each cell ends with a space, so that no name runs into the next cell and a
    table of people reads by column (epikg.read.tables)."""
    html = (
        "<table><tr><th>姓名</th><th>单位</th><th>职务</th></tr>"
        "<tr><td>张明</td><td>城关镇人民政府</td><td>副镇长</td></tr></table>"
    )
    text = page_text(read_page(write(tmp_path, "a.html", html.encode()))).text
    assert "姓名 单位 职务" in text and "张明 城关镇人民政府 副镇长" in text


def test_a_text_pages_leftover_character_references_are_read(tmp_path: Path) -> None:
    """`通讯员&nbsp;王丽&nbsp;报道`: a crawler saved the page's text with its references; the name keeps its
    offsets into the page."""
    page = read_page(write(tmp_path, "a.txt", "通讯员&nbsp;王丽&nbsp;报道:县里设卡。".encode()))
    text = page_text(page)
    assert text.text.startswith("通讯员\u00a0王丽\u00a0报道")
    start = text.text.index("王丽")
    assert page.raw[slice(*text.raw_span(start, start + 2))] == "王丽"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("发表于 2020-2-3 11:03 | 显示全部楼层", datetime(2020, 2, 3, 11, 3)),
        ("点击数:    时间:2022-04-06", date(2022, 4, 6)),
        ("21-11-08 16:50 来源:中国甘肃网 编辑:王烁", datetime(2021, 11, 8, 16, 50)),
        ("湖南日报·新湖南客户端   2022-03-19 23:36:56", datetime(2022, 3, 19, 23, 36, 56)),
        ("作者:王怡晴     发布时间:2021年08月04日", date(2021, 8, 4)),
    ],
)
def test_publication_date_forms(header: str, expected: date) -> None:
    page = f"一个标题在这里写着\n{header}\n{ARTICLE * 3}\n"
    assert read_meta(page).published == expected


def test_todays_date_banner_is_not_the_publication_date() -> None:
    page = f"2025年09月06日 星期六\n大东镇全力打好疫情防控阻击战\n2021-08-16 09:09:27\n{ARTICLE * 3}"
    assert read_meta(page).published == datetime(2021, 8, 16, 9, 9, 27)


def test_footer_dates_are_not_read() -> None:
    page = f"一个标题在这里写着\n{ARTICLE * 3}\nGMT+8, 2024-5-2 14:20 , Processed in 0.04 second(s)"
    assert read_meta(page).published is None


def test_outlet_and_bylines() -> None:
    page = (
        "党群连心闻疫出击\n湖南日报·新湖南客户端3月19日讯(泸溪融媒特约记者 曹锋 通讯员 张显军 李常)"
        + ARTICLE * 2
        + "\n责编:龚宗泽\n来源:湖南日报·新湖南客户端\n"
    )
    meta = read_meta(page)
    assert meta.outlet is not None and meta.outlet.value == "湖南日报·新湖南客户端"
    assert [(f.value, role) for f, role in meta.bylines] == [
        ("曹锋", "特约记者"),
        ("张显军", "通讯员"),
        ("李常", "通讯员"),
        ("龚宗泽", "责编"),
    ]
    for found, _ in meta.bylines:
        assert page[found.start : found.end] == found.value


def test_unlabelled_author_list_in_parentheses() -> None:
    meta = read_meta(ARTICLE * 2 + "梨树县正以硬作风打赢一场场硬仗。(金大庆 张竞文)\n转自:人民网")
    assert [(f.value, role) for f, role in meta.bylines] == [("金大庆", None), ("张竞文", None)]
    assert meta.outlet is not None and meta.outlet.value == "人民网"


def test_two_character_name_padded_to_three_is_one_name() -> None:
    page = ARTICLE * 2 + "作了安排部署。(胡东进 艾 辉)"
    bylines = read_meta(page).bylines
    assert [(f.value, page[f.start : f.end]) for f, _ in bylines] == [("胡东进", "胡东进"), ("艾辉", "艾 辉")]
    assert [f.value for f, _ in read_meta("记者 王 明天 通讯员 李华").bylines] == ["李华"]  # not 王明


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("发布时间:2022-02-17来源:阳春中心校 作者:罗静浏览量:2430", [("罗静", "作者")]),  # a label runs on
        ("(全媒体记者 邓锦龙 实习生 陈龙辉)", [("邓锦龙", "全媒体记者"), ("陈龙辉", "实习生")]),
        ("记者 王明报道", [("王明", "记者")]),
        ("视频/孙明亮 海报/周晓军 设计:田春生", [("孙明亮", "视频"), ("周晓军", "海报"), ("田春生", "设计")]),
        (
            "(记者 薛明惠 发自福清) 【责任编辑:伊宁倩】",
            [("薛明惠", "记者"), ("伊宁倩", "责任编辑")],
        ),  # in brackets
    ],
)
def test_credited_names_end_where_the_page_goes_on(line: str, credits: list) -> None:
    assert [(f.value, role) for f, role in read_meta(line).bylines] == credits


def test_reporter_in_running_text_is_not_a_byline() -> None:
    assert read_meta("在临时检测点,记者看到市民排起长龙。南洲镇镇长陈楚告诉记者,一切有序。").bylines == ()


def test_an_empty_source_line_names_no_outlet() -> None:
    """`来源: 发布日期:...`: the source is left blank; the next label is not the outlet."""
    meta = read_meta("白沙镇设卡\n总浏览量: 来源: 发布日期:2020-02-07 20:02:54 关闭\n正文第一段。")
    assert meta.outlet is None or meta.outlet.value != "发布日期"
    assert read_meta("白沙镇设卡\n来源: 青山日报 发布日期:2020-02-07\n正文。").outlet.value == "青山日报"


def test_a_source_line_naming_this_site_names_no_outlet() -> None:
    """`来源:本站`: the site speaks of itself; no body of that name."""
    assert read_meta("白沙镇设卡\n发布时间:2020-02-07 来源:本站\n正文。").outlet is None


def test_the_copyright_mark_before_an_icp_number_is_no_outlet() -> None:
    meta = read_meta("白沙镇设卡\n正文。\nCopyright 2016-2022 青山县人民医院 版权所有 渝ICP备12345678号")
    assert meta.outlet is None or meta.outlet.value != "版权所有"


def test_an_address_before_an_icp_number_is_no_outlet() -> None:
    """`地址:某某街道某某路123号 吉ICP备...`: the street address ends before the ICP mark; the holder named after
    the copyright mark (its © lost to `?`) is the site's."""
    meta = read_meta(
        "白沙镇设卡\n正文。\n版权所有 ? 青山市人民医院  地址:青山市河南街道建设路123号  吉ICP备12345678号"
    )
    assert meta.outlet is not None and meta.outlet.value == "青山市人民医院"


def test_a_source_naming_its_platform_names_the_account() -> None:
    """`来源:微信公众号“平遥发布”`: the outlet is the account, its span the name inside the quotes."""
    text = "平遥设卡\n发布时间:2022年1月20日  来源:微信公众号“平遥发布”  浏览次数:1967\n正文。"
    outlet = read_meta(text).outlet
    assert outlet.value == "平遥发布" and text[outlet.start : outlet.end] == "平遥发布"


def test_a_source_naming_a_social_handle_names_the_account_without_its_mark() -> None:
    """`来源:@平遥发布`: the @ marks a handle on a social platform; the outlet is the name after it."""
    text = "平遥设卡\n发布时间:2022年1月20日  来源:@平遥发布\n正文。"
    outlet = read_meta(text).outlet
    assert outlet.value == "平遥发布" and text[outlet.start : outlet.end] == "平遥发布"

"""The build as a hostile or unlucky user meets it (issue 15): no text, file or page vanishes unreported."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from epikg.cli import cli
from epikg.pipeline import BuildOptions, build, build_validated
from epikg.rdf.iris import article as article_iri
from epikg.rdf.namespaces import EK, NIF
from epikg.read.ingest import IngestError, page_text, read_page
from epikg.read.normalize import clean_lines, is_boilerplate, normalize
from epikg.read.script import fold
from epikg.records import AlignedText
from helpers import write_page

BODY = (
    "2月2日晚上,苍南县委书记黄荣定率领县防疫领导小组到金乡镇检查疫情防控工作。"
    "黄荣定要求,各乡镇要严格落实联防联控措施,守牢浙江南大门。"
)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


# --- 3. prose never vanishes as boilerplate ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "未经授权人员一律不得进入隔离点,县疫情防控指挥部要求各卡口严格核验。",
        "县人民医院开通无障碍通道,方便老年人接种疫苗。",
        "县融媒体中心版权所有的宣传片在各村循环播放。宣传片提醒群众做好个人防护。",
        "县政府网站发布通知,要求各地做好防控。",
        "日期:2021/8/5",  # a date's slashes are no menu
        "首页 > 新闻中心 > 正文 " + BODY,
        "当前位置: 首页 > 要闻 > " + BODY + "版权所有 © 苍南县人民政府",
    ],
)
def test_prose_with_a_boilerplate_word_is_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert normalize(AlignedText.identity(f"{line}\n记者 李明\n")).text.startswith(line.split(" > ")[0])


@pytest.mark.parametrize(
    "line",
    [
        "当前位置: 首页 > 要闻快递 > 组工动态 > 南县",
        "首页 > 新闻中心 > 正文",
        "您现在的位置: 首页 > 搜索",
        "无障碍 | 适老模式 | 登录",
        "版权所有:苍南县人民政府 浙ICP备12345678号 浙公网安备33032702000123号",
        "版权作品,未经授权严禁转载。湖湘情怀,党媒立场,登录华声在线官网或“新湖南”客户端,领先一步获取权威资讯。",
        "本网站所有内容未经授权禁止复制",
        "某某县人民政府门户网站",  # the portal's own name as a header line
        "主办:某某县人民政府办公室",
        "某某新闻网 首页 | 时政 | 县域 | 民生",  # a site's menu
        "某某论坛 › 某某新闻 › 民生热点 › 查看内容",  # a forum's trail
        "当前位置:首页 ? 新闻中心 ? 要闻",  # a trail whose separators were lost to mojibake
    ],
)
def test_whole_boilerplate_lines_still_go(line: str) -> None:
    assert is_boilerplate(line)


def test_a_one_line_page_with_a_breadcrumb_keeps_its_text(tmp_path: Path) -> None:
    page = write_page(
        tmp_path / "in", "oneline.txt", f"首页 > 新闻中心 > 正文 苍南县委书记深夜暗访金乡镇防疫卡口 {BODY}"
    )
    result = build([page], BuildOptions(use_model=False))
    assert not result.skipped, result.skipped
    assert BODY in result.built[0].article.body.text


def test_removed_lines_are_counted_per_page_and_listed_with_verbose(tmp_path: Path) -> None:
    removed: list[str] = []
    text = AlignedText.identity(f"找回密码\n{BODY}\n{BODY}\n版权所有 © 苍南县人民政府\n")
    assert clean_lines(text, removed).text == BODY
    assert removed == ["找回密码", BODY, "版权所有 © 苍南县人民政府"]

    write_page(
        tmp_path / "in",
        "a.txt",
        f"找回密码\n苍南县委书记深夜暗访金乡镇防疫卡口\n{BODY}\n版权所有 © 苍南县人民政府\n",
    )
    quiet = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.ttl"), "--no-model")
    assert quiet.exit_code == 0, quiet.output
    assert "removed 2 boilerplate line(s) from 1 page(s) (-v lists them)" in quiet.stderr
    verbose = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.ttl"), "--no-model", "-v")
    assert verbose.exit_code == 0, verbose.output
    assert "    - 版权所有 © 苍南县人民政府" in verbose.stderr
    assert "    - 找回密码" in verbose.stderr


# --- 5. a few bad bytes never cost the whole page; UTF-16 pages are read ------------------------

ARTICLE = (
    f"苍南县委书记深夜暗访金乡镇防疫卡口\n{BODY}\n金乡镇党委书记张三丰汇报了全镇卡口设置和人员排查情况。\n"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_page_with_a_bom_is_read_not_called_binary(tmp_path: Path, codec: str) -> None:
    page = read_page(write_page(tmp_path, "a.txt", ("\ufeff" + ARTICLE).encode(codec)))
    assert page.encoding == codec
    assert page.raw == "\ufeff" + ARTICLE
    assert page_text(page).text == ARTICLE


def test_utf16_page_builds(tmp_path: Path) -> None:
    page = write_page(tmp_path, "a.txt", ("\ufeff" + ARTICLE).encode("utf-16-le"))
    result = build([page], BuildOptions(use_model=False))
    assert not result.skipped and BODY in result.built[0].article.body.text


def test_utf16_page_graph_conforms(tmp_path: Path) -> None:
    page = write_page(tmp_path, "a.txt", ("\ufeff" + ARTICLE).encode("utf-16-le"))
    result, report = build_validated([page], BuildOptions(use_model=False))
    assert report.conforms and not result.skipped, result.skipped


def test_utf8_page_with_one_corrupt_byte_is_built_and_the_damage_reported(tmp_path: Path) -> None:
    data = ARTICLE.encode()
    middle = data.index("。".encode()) + 3  # between two sentences, as a damaged download might leave it
    write_page(tmp_path / "in", "damaged.txt", data[:middle] + b"\xff" + data[middle:])
    result = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.ttl"), "--no-model")
    assert result.exit_code == 0, result.output
    assert "built 1 document(s), skipped 0" in result.stderr
    assert "damaged.txt: 1 undecodable byte(s) replaced with U+FFFD" in result.stderr


def test_a_utf8_page_with_much_damage_is_still_skipped(tmp_path: Path) -> None:
    data = bytearray(ARTICLE.encode())
    for i in range(5, len(data), 20):
        data[i] = 0xFF
    with pytest.raises(IngestError, match="undecodable"):
        read_page(write_page(tmp_path, "a.txt", bytes(data)))


to_traditional = opencc.OpenCC("s2tw").convert

# --- 6. spans index the file as decoded with its recorded encoding ------------------------------

LINES = [
    "苍南县委书记深夜暗访金乡镇防疫卡口",
    "2月2日晚上,苍南县委书记黄荣定率领县防疫领导小组到金乡镇检查疫情防控工作。",
    "黄荣定要求,各乡镇要严格落实联防联控措施,守牢浙江南大门。",
    "金乡镇党委书记张三丰汇报了全镇卡口设置和人员排查情况。",
    "县卫生健康局负责人表示,将加强重点人群健康管理。",
    "",
    "记者 李明",
]


def _read_spans(graph: Graph) -> list[tuple[int, int, str]]:
    spans = []
    for node in graph.subjects(NIF.beginIndex, None):
        anchor = graph.value(node, NIF.anchorOf)
        if anchor is not None:
            spans.append(
                (int(graph.value(node, NIF.beginIndex)), int(graph.value(node, NIF.endIndex)), str(anchor))
            )
    return spans


def _check_spans(path: Path, codec: str) -> None:
    result = build([path], BuildOptions(use_model=False))
    assert not result.skipped, result.skipped
    article = result.built[0].article
    decoded = path.read_bytes().decode(article.encoding)
    assert article.encoding == codec
    graph = result.graph
    node = next(graph.subjects(EK.rawLength, None))
    assert int(graph.value(node, EK.rawLength)) == len(decoded)
    spans = _read_spans(graph)
    assert len(spans) > 5
    for begin, end, anchor in spans:
        assert fold(decoded[begin:end]) == anchor, (begin, end, anchor, decoded[begin:end])


def test_spans_on_a_crlf_page_with_a_bom_index_the_file(tmp_path: Path) -> None:
    text = "\ufeff" + "\r\n".join(LINES) + "\r\n"
    _check_spans(write_page(tmp_path, "crlf.txt", text.encode("utf-8")), "utf-8")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    codec=st.sampled_from(["utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be"]),
    bom=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    lines=st.lists(st.sampled_from(LINES), min_size=2, max_size=6).map(lambda rest: LINES[:2] + rest),
    html=st.booleans(),
)
def test_every_span_is_its_slice_of_the_decoded_file(
    tmp_path: Path, codec: str, bom: bool, newline: str, lines: list[str], html: bool
) -> None:
    if codec == "big5":
        lines = [to_traditional(line) for line in lines]
    if html:
        lines = ["<html><body>", *(f"<p>{line}</p>" for line in lines), "</body></html>"]
    text = newline.join(lines) + newline
    if codec.startswith("utf-16"):
        bom = True  # without its mark UTF-16 is not recognised (and is called binary)
    if bom and codec in ("utf-8", "utf-16-le", "utf-16-be"):
        text = "\ufeff" + text
    path = write_page(
        tmp_path / f"{codec}-{bom}-{len(newline)}-{html}",
        "page.html" if html else "page.txt",
        text.encode(codec),
    )
    _check_spans(path, codec)


# --- 4. every file under the input is built or reported; no two pages share an id ---------------


def test_dangling_links_unreadable_folders_and_other_files_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    write_page(folder, "a.txt", ARTICLE)
    write_page(folder / "locked", "b.txt", ARTICLE)
    write_page(folder, "notes.md", "not a page")
    (folder / "gone.txt").symlink_to(tmp_path / "no-such-file.txt")
    (folder / "loop").symlink_to(folder)
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202 - root reads any folder, so the refusal is simulated
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("epikg.read.discover.os.scandir", scandir)  # where folders are walked
    result = run("build", str(folder), "-o", str(tmp_path / "kg.ttl"), "--no-model")
    assert result.exit_code == 0, result.output
    assert "built 1 document(s), skipped 3" in result.stderr
    assert f"skipped {folder / 'locked'}: unreadable folder: Permission denied" in result.stderr
    assert (
        f"skipped {folder / 'gone.txt'}: dangling symbolic link to {tmp_path / 'no-such-file.txt'}"
        in result.stderr
    )
    assert f"skipped {folder / 'loop'}: folder {folder.resolve()} is read already" in result.stderr
    assert "ignored 1 file(s) that are not pages" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_read_permission_is_reported(tmp_path: Path) -> None:
    write_page(tmp_path / "in" / "locked", "b.txt", ARTICLE)
    write_page(tmp_path / "in", "a.txt", ARTICLE)
    (tmp_path / "in" / "locked").chmod(0)
    try:
        result = build([tmp_path / "in"], BuildOptions(use_model=False))
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert [s.reason for s in result.skipped] == ["unreadable folder: Permission denied"]


def test_pages_whose_ids_collide_are_all_built_under_distinct_ids(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for name in ("dup.txt", "dup .txt", "dup.html"):
        write_page(folder, name, ARTICLE)
    write_page(folder / "sub", "dup.txt", ARTICLE)
    result = build([folder], BuildOptions(use_model=False))
    assert not result.skipped, result.skipped
    ids = [e.article.doc_id for e in result.built]
    assert len(ids) == 4 and len({str(article_iri(i)) for i in ids}) == 4, ids
    assert ids == ["dup ", "dup~2", "dup~3", "dup~4"]  # sorted paths: `dup .txt` first
    assert sum(len(notes) for notes in result.notes.values()) == 3
    articles = set(result.graph.subjects(EK.rawLength, None))
    assert len(articles) == 4


# --- 7. an unwritable output is found before the first page; files get the usual mode -----------


def test_an_unwritable_output_fails_before_the_first_page(tmp_path: Path) -> None:
    write_page(tmp_path / "in", "a.txt", ARTICLE)
    result = run("build", str(tmp_path / "in"), "-o", "/proc/kg.ttl", "--no-model")
    assert result.exit_code == 2
    assert "[1/1]" not in result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "cannot write /proc/kg.ttl" in result.stderr


def test_the_output_file_mode_follows_the_umask(tmp_path: Path) -> None:
    write_page(tmp_path / "in", "a.txt", ARTICLE)
    old = os.umask(0o022)
    try:
        result = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.ttl"), "--no-model")
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE((tmp_path / "kg.ttl").stat().st_mode) == 0o644
        os.umask(0o027)
        run("build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.ttl"), "--no-model")
        assert stat.S_IMODE((tmp_path / "kg.ttl").stat().st_mode) == 0o640
    finally:
        os.umask(old)
    assert not list(tmp_path.glob(".*.tmp"))


# --- 8. an empty input says so and fails -------------------------------------------------------


def test_an_empty_input_folder_says_no_pages_were_found(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write_page(tmp_path / "notes", "readme.md", "no pages here")
    for folder, detail in (("empty", ""), ("notes", " (1 other file(s))")):
        result = run("build", str(tmp_path / folder), "-o", str(tmp_path / "kg.ttl"), "--no-model")
        assert result.exit_code == 2
        assert (
            result.stderr
            == f"epikg: error: no pages (.txt, .html, .htm) found in {tmp_path / folder}{detail}\n"
        )
    assert not (tmp_path / "kg.ttl").exists()

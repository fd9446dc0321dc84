"""The build as a hostile or unlucky user meets it (issue 15): no text, file or page vanishes unreported."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from epikg.cli import cli
from epikg.normalize import clean_lines, is_boilerplate, normalize
from epikg.pipeline import BuildOptions, build
from epikg.records import AlignedText

BODY = (
    "2月2日晚上,苍南县委书记黄荣定率领县防疫领导小组到金乡镇检查疫情防控工作。"
    "黄荣定要求,各乡镇要严格落实联防联控措施,守牢浙江南大门。"
)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def write(folder: Path, name: str, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --- 3. prose never vanishes as boilerplate ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "未经授权人员一律不得进入隔离点,县疫情防控指挥部要求各卡口严格核验。",
        "县人民医院开通无障碍通道,方便老年人接种疫苗。",
        "县融媒体中心版权所有的宣传片在各村循环播放。宣传片提醒群众做好个人防护。",
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
    ],
)
def test_whole_boilerplate_lines_still_go(line: str) -> None:
    assert is_boilerplate(line)


def test_a_one_line_page_with_a_breadcrumb_keeps_its_text(tmp_path: Path) -> None:
    page = write(
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

    write(
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

"""What several test files share: a page written to disk, the shipped queries with the parameters the seeds
answer, `epikg serve` started as a user starts it, in a process of its own, and stopped with Ctrl-C, and the
made-up page parts that the page-metadata tests put dates around, a stand-in for the NER model, and the posts the
rules read in a sentence."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from epikg.read.normalize import fold
from epikg.read.pagemeta import read_meta

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))

# The parameters each shipped query that takes one is run with on the seeds.
SEED_PARAMS = {
    "everything_about_a_place.rq": {"place": "南洲镇"},
    "evidence.rq": {"name": "黄荣定"},
    "categories_in_several_counties.rq": {"n": "2"},
    "county_timeline.rq": {"county": "南县"},
    "article_facts.rq": {"article": "004_75c72a43ff5cde6d"},
}


def write_page(folder: Path, name: str, data: bytes | str) -> Path:
    """A page on disk: text as UTF-8, bytes as they are."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@contextmanager
def serve_process(
    args: list[str], *, sigint_ignored: bool = False
) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """`epikg serve ARGS` running, with the lines it printed up to its Ctrl-C hint; it must stop cleanly on SIGINT,
    even started as a script's background job is, with SIGINT ignored (`sigint_ignored`)."""
    code = "from epikg.cli.store import serve_command; serve_command(prog_name='epikg serve')"
    if sigint_ignored:
        code = f"import signal; signal.signal(signal.SIGINT, signal.SIG_IGN); {code}"
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 60
        lines: list[str] = []
        while time.monotonic() < deadline and not any("Ctrl-C" in line for line in lines):
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
        yield process, lines
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


# Made-up prose: long and punctuated, so a page's header ends at its first line.
STORY = (
    "全镇干部群众坚守一线，做好排查登记、卡点值守和物资保障等各项工作，"
    "确保各项防控措施落实到位，切实守护好人民群众的生命安全和身体健康。\n"
)
TITLE = "某某镇扎实做好疫情防控工作"
DAY = date(2020, 2, 3)


def published_day(page: str) -> date | None:
    """The day a page (folded as the build folds it) was published, as its metadata reads it."""
    value = read_meta(fold(page)).published
    return value.date() if hasattr(value, "date") else value


def credited(page: str) -> list[str]:
    """The names a page's bylines and credits give (folded as the build folds it), as its metadata reads them."""
    return [found.value for found, _ in read_meta(fold(page)).bylines]


class SpanTagger:
    """A stand-in for the NER model: it reads `spans` (label, text) wherever the text occurs in a sentence."""

    def __init__(self, *spans: tuple[str, str]) -> None:
        self.spans = spans

    def tag(self, sentences: list[str]) -> list[list[tuple[str, int, int]]]:
        return [
            [(label, s.find(t), s.find(t) + len(t)) for label, t in self.spans if t in s] for s in sentences
        ]


def persons_read(text: str, *spans: tuple[str, str]) -> list[str]:
    """The persons `recognize` finds in a text, where the model reads `spans`."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from epikg.records import EntityType

    found = recognize(text, split_sentences(text), tagger=SpanTagger(*spans))
    return [m.text for m in found if m.type is EntityType.PERSON]


def posts_read(text: str, *names: str) -> set[tuple[str, str, str | None]]:
    """The (name, title, body) posts the rules read in a text, the persons `names` given as a model would read
    them (and the rules' own persons over them dropped)."""
    from epikg.extract.places import read_places
    from epikg.extract.posts import find_posts
    from epikg.ner import rule_mentions
    from epikg.records import EntityType, Mention

    given = [Mention(n, EntityType.PERSON, text.index(n), text.index(n) + len(n), "model") for n in names]
    mentions = [
        m
        for m in rule_mentions(text)
        if m.type is not EntityType.PERSON or not any(g.start < m.end and m.start < g.end for g in given)
    ]
    mentions = sorted(mentions + given, key=lambda m: m.start)
    places, locality = read_places(mentions, text=text)
    found, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title, p.organization) for p in found}

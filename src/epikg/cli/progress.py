"""What `epikg build` shows on stderr while it works: a bar in a terminal, one plain line a page otherwise.

The first line comes as soon as the pages are found, before the NER model loads (which takes seconds to
minutes), so that a build is never silent. Rates count from the first page done, so that the model's
loading does not make the estimate look slower than the build is.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

REDRAW_EVERY = 0.1  # seconds between two drawings of the bar (cache hits can come thousands a second)
CLEAR_TO_END = "\x1b[K"


def format_duration(seconds: float) -> str:
    """`m:ss`, or `h:mm:ss` from an hour on."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def pages_per_second(done: int, first_done_at: float | None, now: float) -> float | None:
    """Pages a second since the first page was done (None until two are, or no time has passed)."""
    if first_done_at is None or done < 2 or now <= first_done_at:
        return None
    return (done - 1) / (now - first_done_at)


def render_bar(done: int, total: int, *, rate: float | None, skipped: int, width: int = 80) -> str:
    """One line of at most `width` characters: bar, pages done of all, pages/s, time left, pages skipped."""
    speed = f"{rate:.1f} pages/s" if rate else "-- pages/s"
    eta = format_duration((total - done) / rate) if rate else "--:--"
    text = f" {done}/{total}  {speed}  ETA {eta}  skipped {skipped}"
    room = width - len(text) - 2
    if room < 10:  # a narrow terminal: the figures alone
        return text.strip()[:width]
    filled = room * done // total if total else room
    return "[" + "#" * filled + "." * (room - filled) + "]" + text


@dataclass
class BuildProgress:
    """Called by the build: `found` once the pages are known, then once a page, then `close`."""

    terminal: bool
    quiet: bool = False
    clock: Callable[[], float] = time.monotonic
    width: Callable[[], int] = field(default=lambda: shutil.get_terminal_size((80, 24)).columns)
    skipped: int = 0
    first_done_at: float | None = None
    drawn_at: float | None = None

    def found(self, total: int, *, model: bool) -> None:
        if self.quiet:
            return
        loading = "; loading the NER model ..." if model else ""
        click.echo(f"found {total} page(s){loading}", err=True)
        if self.terminal:
            self._draw(0, total)

    def __call__(self, number: int, total: int, path: Path, error: str | None) -> None:
        now = self.clock()
        if self.first_done_at is None:
            self.first_done_at = now
        self.skipped += error is not None
        if self.quiet:
            return
        if not self.terminal:
            click.echo(f"[{number}/{total}] {path}: {f'skipped: {error}' if error else 'ok'}", err=True)
        elif number == total or self.drawn_at is None or now - self.drawn_at >= REDRAW_EVERY:
            self._draw(number, total, now)

    def setting_aside(self, pages: dict[str, str]) -> None:
        """Pages that disagree where they meet are set aside (the summary lists them with why), and the rest is
        checked again: said on a line of its own, whatever the quiet flag, and the count starts over."""
        self.close()
        click.echo(
            f"pages disagree where they meet: setting aside {len(pages)} page(s), checking the rest again",
            err=True,
        )
        self.skipped, self.first_done_at = 0, None

    def close(self) -> None:
        """End the bar's line, so that what follows starts on a line of its own."""
        if self.terminal and self.drawn_at is not None:
            click.echo("", err=True)
            self.drawn_at = None

    def _draw(self, done: int, total: int, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        rate = pages_per_second(done, self.first_done_at, now)
        line = render_bar(done, total, rate=rate, skipped=self.skipped, width=self.width() - 1)
        click.echo(f"\r{line}{CLEAR_TO_END}", err=True, nl=False)
        self.drawn_at = now

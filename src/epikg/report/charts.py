"""Inline SVG charts: measures per category per county (stacked bars) and a county's measures over time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from epikg.report.markup import Markup, el, join

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#1f77b4",
    "#aec7e8",
    "#ff7f0e",
    "#98df8a",
    "#d62728",
    "#9467bd",
    "#c5b0d5",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#17becf",
    "#bcbd22",
    "#dbdb8d",
    "#393b79",
)


def colours(categories: Sequence[str]) -> dict[str, str]:
    """One colour per category, fixed by the category's place in the scheme's sorted notations."""
    return {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(sorted(categories))}


@dataclass(frozen=True)
class Bar:
    label: str
    href: str
    counts: Mapping[str, int]  # category -> measures


def stacked_bars(bars: Sequence[Bar], labels: Mapping[str, str], colour: Mapping[str, str]) -> Markup:
    """Horizontal bars, one per county, split by category; each segment names its category and count."""
    label_width, bar_width, height, gap = 130, 560, 20, 8
    most = max((sum(b.counts.values()) for b in bars), default=0) or 1
    rows = []
    for i, bar in enumerate(bars):
        y = i * (height + gap)
        x = float(label_width)
        segments = []
        for category, n in sorted(bar.counts.items()):
            width = bar_width * n / most
            segments.append(
                el(
                    "rect",
                    {
                        "x": f"{x:.1f}",
                        "y": y,
                        "width": f"{width:.1f}",
                        "height": height,
                        "fill": colour.get(category, "#999"),
                    },
                    el("title", None, f"{bar.label} · {labels.get(category, category)}: {n}"),
                )
            )
            x += width
        total = sum(bar.counts.values())
        rows.append(
            el(
                "a",
                {"href": bar.href},
                el("text", {"x": label_width - 8, "y": y + height - 5, "text-anchor": "end"}, bar.label),
                segments,
                el("text", {"x": f"{x + 6:.1f}", "y": y + height - 5, "class": "total"}, total),
            )
        )
    total_height = max(len(bars) * (height + gap), height)
    return el(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "chart",
            "role": "img",
            "viewBox": f"0 0 {label_width + bar_width + 60} {total_height}",
            "aria-label": "measures per category per county",
        },
        rows,
    )


def legend(categories: Sequence[str], labels: Mapping[str, str], colour: Mapping[str, str]) -> Markup:
    return el(
        "ul",
        {"class": "legend"},
        [
            el(
                "li",
                None,
                el("span", {"class": "swatch", "style": f"background:{colour[c]}"}),
                labels.get(c, c),
            )
            for c in categories
        ],
    )


@dataclass(frozen=True)
class Dot:
    day: date
    category: str
    href: str
    title: str


def timeline(dots: Sequence[Dot], labels: Mapping[str, str], colour: Mapping[str, str]) -> Markup:
    """One lane per category, dated measures as dots linking to their quotes; the axis spans the county's dates."""
    if not dots:
        return Markup("")
    lanes = sorted({d.category for d in dots})
    label_width, width, lane, top = 150, 560, 18, 8
    first, last = min(d.day for d in dots), max(d.day for d in dots)
    span = max((last - first).days, 1)

    def x(day: date) -> float:
        return label_width + 10 + (width - 20) * (day - first).days / span

    parts = []
    for i, category in enumerate(lanes):
        y = top + i * lane + lane / 2
        parts.append(
            el(
                "text",
                {"x": label_width - 6, "y": f"{y + 4:.1f}", "text-anchor": "end"},
                labels.get(category, category),
            )
        )
        parts.append(
            el(
                "line",
                {
                    "x1": label_width,
                    "x2": label_width + width,
                    "y1": f"{y:.1f}",
                    "y2": f"{y:.1f}",
                    "class": "lane",
                },
            )
        )
    for dot in dots:
        y = top + lanes.index(dot.category) * lane + lane / 2
        parts.append(
            el(
                "a",
                {"href": dot.href},
                el(
                    "circle",
                    {
                        "cx": f"{x(dot.day):.1f}",
                        "cy": f"{y:.1f}",
                        "r": 5,
                        "fill": colour.get(dot.category, "#999"),
                    },
                    el("title", None, dot.title),
                ),
            )
        )
    axis_y = top + len(lanes) * lane + 14
    ticks = sorted({first, last, first + (last - first) / 2})
    parts.append(
        join(
            el(
                "text",
                {"x": f"{x(t):.1f}", "y": axis_y, "text-anchor": "middle", "class": "tick"},
                t.isoformat(),
            )
            for t in ticks
        )
    )
    return el(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "chart timeline",
            "role": "img",
            "viewBox": f"0 0 {label_width + width + 50} {axis_y + 6}",
            "aria-label": "measures over time",
        },
        parts,
    )

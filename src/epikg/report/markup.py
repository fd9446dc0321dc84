"""HTML and SVG built as escaped text: every string is escaped unless it is Markup made here."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable


class Markup(str):
    """Text that is already safe HTML; only el(), join() and raw constants make it."""


def escape(value: object) -> Markup:
    if isinstance(value, Markup):
        return value
    return Markup(html.escape("" if value is None else str(value), quote=True))


def _children(children: Iterable[object]) -> str:
    parts: list[str] = []
    for child in children:
        if child is None or child is False:
            continue
        if isinstance(child, str | int | float):
            parts.append(escape(child))
        else:
            parts.append(_children(child))  # type: ignore[arg-type]
    return "".join(parts)


_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9:-]*")


def el(tag: str, attrs: dict[str, object] | None = None, *children: object) -> Markup:
    """An element; attribute values and text children are escaped, None/False attributes left out."""
    assert _NAME.fullmatch(tag), tag
    text = [f"<{tag}"]
    for name, value in (attrs or {}).items():
        name = name.rstrip("_").replace("_", "-")
        assert _NAME.fullmatch(name), name
        if value is None or value is False:
            continue
        text.append(f" {name}" if value is True else f' {name}="{escape(value)}"')
    text.append(">")
    text.append(_children(children))
    text.append(f"</{tag}>")
    return Markup("".join(text))


def join(children: Iterable[object], separator: str = "") -> Markup:
    return Markup(escape(separator).join(_children([c]) for c in children))

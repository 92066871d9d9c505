"""Server-side HTML for the console: every value is escaped unless it is already `Safe`.

Templates are files in templates/ using `$name` placeholders (string.Template), so the braces
of CSS or JSON never collide with them; there is no inline script or style anywhere.
"""
from __future__ import annotations

import html
import string
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

TEMPLATES = Path(__file__).with_name("templates")
LOCAL = ZoneInfo("Europe/Amsterdam")


class Safe(str):
    """Markup that is already escaped (built by this module)."""


def esc(value: Any) -> Safe:
    if isinstance(value, Safe):
        return value
    return Safe(html.escape("" if value is None else str(value), quote=True))


def join(parts: Iterable[Any]) -> Safe:
    return Safe("".join(esc(p) for p in parts))


@cache
def _template(name: str) -> string.Template:
    return string.Template((TEMPLATES / f"{name}.html").read_text(encoding="utf-8"))


def render(name: str, **values: Any) -> Safe:
    return Safe(_template(name).substitute({k: esc(v) for k, v in values.items()}))


def tag(element: str, content: Any = "", /, **attrs: Any) -> Safe:
    """<name attrs>content</name>; attribute names use _ for - and a trailing _ for keywords."""
    rendered = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        attr = key.rstrip("_").replace("_", "-")
        rendered.append(f" {attr}" if value is True else f' {attr}="{esc(value)}"')
    return Safe(f"<{element}{''.join(rendered)}>{esc(content)}</{element}>")


def void(element: str, /, **attrs: Any) -> Safe:
    return Safe(tag(element, "", **attrs)[: -len(f"</{element}>")])


def hidden(name: str, value: str) -> Safe:
    return void("input", type="hidden", name=name, value=value)


def form(action: str, csrf: str, /, *content: Any, method: str = "post", class_: str | None = None,
         **attrs: Any) -> Safe:
    return tag("form", join([hidden("csrf", csrf), *content]), method=method, action=action,
               class_=class_, **attrs)


def button(label: str, /, **attrs: Any) -> Safe:
    return tag("button", label, type="submit", **attrs)


def options(choices: Iterable[tuple[str, str]], selected: str | None = None,
            blank: str | None = None) -> Safe:
    out = [tag("option", blank, value="")] if blank is not None else []
    out += [tag("option", label, value=value, selected=value == selected) for value, label in choices]
    return join(out)


def when(at: datetime | None, with_date: bool = False) -> str:
    if at is None:
        return "-"
    local = at.astimezone(LOCAL)
    return local.strftime("%d-%m-%Y %H:%M" if with_date else "%H:%M")


def waited(since: datetime | None, now: datetime) -> str:
    if since is None:
        return "-"
    minutes = max(0, int((now - since).total_seconds() // 60))
    return f"{minutes} min" if minutes < 120 else f"{minutes // 60} u {minutes % 60:02d} min"


def page(title: str, body: Any, *, nav: Any = "", live: str = "", conversation: str = "",
         status: int = 200) -> web.Response:
    text = render("layout", title=title, body=esc(body), nav=esc(nav), live=live,
                  conversation=conversation)
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def redirect(location: str) -> web.Response:
    """303 See Other (a POST is never repeated by the browser); cookies set on it survive."""
    return web.Response(status=303, headers={"Location": location})

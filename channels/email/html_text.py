"""HTML mail made plain, safely: a parser that only reads text. Nothing is fetched (images,
styles, links stay unopened), scripts and styles are dropped, and quoted history that mail
programs mark in HTML (blockquote, Gmail's gmail_quote) is left out."""
from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "head", "title", "template", "noscript", "svg", "math", "object",
         "iframe", "blockquote", "xml"}
_SKIP_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote")
_SKIP_IDS = ("appendonsend",)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_BLOCK = {"p", "div", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
          "section", "article", "header", "footer", "address", "dl", "dt", "dd", "center", "hr"}
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []   # (tag, opened a skip)
        self.stopped = False   # Outlook's reply header: everything after it is history

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        values = {k.lower(): (v or "").lower() for k, v in attrs}
        if values.get("id", "") == "divrplyfwdmsg":
            self.stopped = True
            return
        if tag in _VOID:
            if tag == "br":
                self.parts.append("\n")
            elif tag == "hr":
                self.parts.append("\n")
            return
        skip = (tag in _SKIP or any(c in values.get("class", "") for c in _SKIP_CLASSES)
                or values.get("id", "") in _SKIP_IDS)
        self.stack.append((tag, skip))
        if skip:
            self.skip_depth += 1
        elif not self.skip_depth:
            if tag == "li":
                self.parts.append("\n- ")
            elif tag in _BLOCK:
                self.parts.append("\n")
            elif tag == "td":
                self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.stopped or tag in _VOID:
            return
        # Close up to the matching open tag; stray end tags are ignored (broken HTML is common).
        for pos in range(len(self.stack) - 1, -1, -1):
            if self.stack[pos][0] == tag:
                for _t, skip in self.stack[pos:]:
                    if skip:
                        self.skip_depth -= 1
                del self.stack[pos:]
                break
        if not self.skip_depth and tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth and not self.stopped:
            self.parts.append(_SPACES.sub(" ", data.replace("\r", " ").replace("\n", " ")))


def html_to_text(html: str) -> str:
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: S110 - html.parser should not raise; if it does, keep what was read
        pass
    text = "".join(parser.parts)
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if not ln and (not out or not out[-1]):
            continue
        out.append(ln)
    return "\n".join(out).strip()

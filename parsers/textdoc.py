"""Plain-text and HTML attachments: words on a character grid (x = column × 6, y = line × 12)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from intake.domain.model import Page, ReadResult, Word
from parsers.base import ReadError
from parsers.limits import Limits

CHAR_W = 6.0
LINE_H = 12.0
LINES_PER_PAGE = 80


class TextReader:
    kinds = frozenset({"text", "html"})

    def read(self, data: bytes, limits: Limits) -> ReadResult:
        text = decode(data)
        if len(text) > limits.max_text_chars:
            raise ReadError(f"texte trop long ({len(text)} caractères)")
        kind = "html" if _looks_like_html(text) else "text"
        if kind == "html":
            text = html_to_text(text)
        return ReadResult(kind=kind, pages=text_pages(text, limits))


def decode(data: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(!doctype\s+html|html|body|div|table|p|br)\b", text[:2048], re.IGNORECASE))


class _Collector(HTMLParser):
    BLOCK = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "table", "title"})
    SKIP = frozenset({"script", "style", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.chunks.append("\n")
        elif tag in ("td", "th"):
            self.chunks.append("  ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(data)


def html_to_text(markup: str) -> str:
    collector = _Collector()
    try:
        collector.feed(markup)
        collector.close()
        return "".join(collector.chunks)
    except Exception:  # HTMLParser gives up on some junk: fall back to dropping tags
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))


def text_pages(text: str, limits: Limits) -> list[Page]:
    lines = [line.expandtabs(8) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    chunks: list[list[str]] = []
    for block in "\n".join(lines).split("\f"):
        block_lines = block.split("\n")
        chunks.extend(block_lines[i : i + LINES_PER_PAGE] for i in range(0, len(block_lines), LINES_PER_PAGE))
    chunks = [chunk for chunk in chunks if any(line.strip() for line in chunk)]
    if len(chunks) > limits.max_pages:
        raise ReadError(f"trop de pages ({len(chunks)} > {limits.max_pages})")
    return [_page(number, chunk) for number, chunk in enumerate(chunks, start=1)]


def _page(number: int, lines: list[str]) -> Page:
    words: list[Word] = []
    kept = 0
    for line in lines:
        if not line.strip():
            continue
        for match in re.finditer(r"\S+", line):
            x0 = match.start() * CHAR_W
            words.append(
                Word(
                    match.group(),
                    x0,
                    kept * LINE_H,
                    x0 + len(match.group()) * CHAR_W,
                    (kept + 1) * LINE_H,
                    1.0,
                    kept,
                )
            )
        kept += 1
    width = max((len(line) for line in lines), default=0) * CHAR_W
    return Page(number, width, kept * LINE_H, words=words, source="text")

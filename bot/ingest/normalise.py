"""Turning feed HTML into clean, bounded plain text, without scraped-page boilerplate."""

from __future__ import annotations

import html
import re
import unicodedata
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from bot.safety import defuse_mentions

MAX_TITLE_CHARS = 500
MAX_SUMMARY_CHARS = 4000

#: Lines that are page furniture, not the story ("See also ...", "Read more", share prompts).
BOILERPLATE_LINE = re.compile(
    r"^\s*(see also\b|read more\b|related( articles?| stories)?\s*:|continue reading\b|"
    r"the post .{0,300} appeared first on\b|sign up\b|subscribe (to|now)\b|click here\b|"
    r"share (this|on)\b|follow us\b|advertisement\s*$|\(?image:|photo:)",
    re.IGNORECASE,
)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article")
_SPACE = re.compile(r"[^\S\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)


def html_to_lines(markup: str) -> list[str]:
    """The visible text of an HTML fragment, one line per block element."""
    if "<" not in markup and "&" not in markup:
        text = markup
    else:
        soup = BeautifulSoup(markup, "html.parser")
        for tag in soup(["script", "style", "noscript", "iframe", "svg", "form", "button"]):
            tag.decompose()
        for tag in soup.find_all(_BLOCK_TAGS):
            tag.insert_before("\n")
            tag.insert_after("\n")
        text = html.unescape(soup.get_text())
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return [line for line in (_SPACE.sub(" ", raw).strip() for raw in text.split("\n")) if line]


def clean_text(markup: str | None, limit: int, drop_boilerplate: bool = True) -> str:
    """Plain text on one line: HTML stripped, entities decoded, control characters and
    boilerplate lines removed, whitespace collapsed, cut at a word boundary to `limit`."""
    if not markup:
        return ""
    lines = html_to_lines(markup)
    if drop_boilerplate:
        lines = [line for line in lines if not BOILERPLATE_LINE.match(line)]
    return truncate(defuse_mentions(" ".join(lines)), limit)


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"

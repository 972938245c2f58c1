"""Read articles: plain text and Markdown (with YAML front matter); an HTML page as Markdown of raw HTML.

The reader never changes the text. For Markdown it builds a *prose mask*: a string of the same
length in which everything that is not running prose is blanked out, so that later stages can work
on prose while every offset still points into the original file.
"""
from __future__ import annotations

import html
import re
import unicodedata

from citeaudit.model import Document, Link, line_starts

TEXT_EXTENSIONS = (".txt",)
MARKDOWN_EXTENSIONS = (".md", ".markdown")
ARTICLE_EXTENSIONS = TEXT_EXTENSIONS + MARKDOWN_EXTENSIONS
# a web page named on the command line is read as Markdown made of raw HTML: its tags are no prose, its
# elements' text is (directories are not searched for pages)
HTML_EXTENSIONS = (".html", ".htm")


class ReadError(Exception):
    """An article that cannot be read; the message is one line and names the problem."""


class Skipped(Exception):
    """A file that is not an article (e.g. binary); not an error."""


def decode(data: bytes, path: str) -> str:
    if b"\x00" in data[:8192]:
        raise Skipped("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ReadError(f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}, line {line})") from None
    return text


def read_path(path: str, display_path: str | None = None) -> Document:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as e:
        raise ReadError(e.strerror or str(e)) from None
    return parse(decode(data, path), display_path or path, fmt=format_for(path))


def format_for(path: str) -> str:
    return "markdown" if path.lower().endswith(MARKDOWN_EXTENSIONS + HTML_EXTENSIONS) else "text"


def parse(text: str, path: str, fmt: str = "text") -> Document:
    blocks: list = []
    entities: list = []
    if fmt == "markdown":
        prose, links, blocks, entities = markdown_prose(text)
    else:
        prose, links = text_prose(text), []
    return Document(path=path, text=text, prose=prose, format=fmt, links=links, blocks=blocks, entities=entities)


def text_prose(text: str) -> str:
    """The prose of a text article: all of it but a byte-order mark (kept in `text`, so offsets
    count it) and citeaudit's own suppression comments."""
    from citeaudit.suppress import text_marker_spans

    spans = list(text_marker_spans(text))
    if text.startswith("\ufeff"):
        spans.append((0, 1))
    return _blanked(text, spans) if spans else text


# --- Markdown -------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(\ufeff?)(---|\+\+\+)[ \t]*\r?\n.*?(?:\r?\n|\A)\2[ \t]*(?:\r?\n|\Z)", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def front_matter(text: str) -> str:
    """The YAML ("---") or TOML ("+++") front matter opening an article's text, fences included, or ""."""
    fm = _FRONT_MATTER.match(text)
    return fm.group() if fm else ""


_NOT_A_LINE_BREAK = re.compile(r"[^\r\n]")


def _blanked(text: str, spans) -> str:
    """`text` with every character inside the (start, end) spans, line breaks excepted, turned into a
    space: offsets and lines stay where they were."""
    pieces, pos = [], 0
    for start, end in sorted(spans):
        start, end = max(start, pos), min(end, len(text))
        if start < end:
            pieces += [text[pos:start], _NOT_A_LINE_BREAK.sub(" ", text[start:end])]
            pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _line_offsets(text: str) -> list[int]:
    """Where each line starts, and the end of the text (for markdown-it's line maps)."""
    return [*line_starts(text), len(text)]


def markdown_prose(text: str) -> tuple[str, list[Link], list[tuple[int, int, str | None]], list[tuple[int, int]]]:
    """Blank out everything in a Markdown file that is not prose; collect links, blocks and the spans of the
    entities the prose reads as characters.

    Blocks are (start, end, kind) for each paragraph, heading or table cell: headings have kind
    "headline", list items and block quotations "item" (prose even without final punctuation: "-
    Mail ballots: 60% counted, per the state", "> '...' — Joe Ramirez, on Facebook"), table cells
    "table", footnotes "note" (a footnote's reference in the text is no prose either), others None
    (the segmenter classifies them)."""
    from markdown_it import MarkdownIt  # imported lazily: only Markdown files pay for it
    from mdit_py_plugins.footnote import footnote_plugin

    hidden = [(0, 1)] if text.startswith("\ufeff") else []
    body_start = len(front_matter(text))
    if body_start:
        hidden.append((0, body_start))
    hidden += [m.span() for m in _HTML_COMMENT.finditer(text, body_start)]
    # markdown-it normalises newlines; give it the text with front matter and comments blanked
    # and the same line structure, so its line map points into the original.
    masked = _blanked(text, hidden)
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough").use(footnote_plugin)
    tokens = md.parse(masked)
    offs = _line_offsets(text)
    prose_mask = bytearray(len(text))  # 1 where the text is prose
    links: list[Link] = []
    blocks: list[tuple[int, int, str | None]] = []
    quoted = footnote = 0  # depth of block quotations and footnotes around a token
    for i, tok in enumerate(tokens):
        if tok.type in ("blockquote_open", "blockquote_close"):
            quoted += 1 if tok.type.endswith("open") else -1
        elif tok.type in ("footnote_open", "footnote_close"):
            footnote += 1 if tok.type.endswith("open") else -1
        elif tok.type == "html_block" and tok.map:
            lo, hi = offs[tok.map[0]], offs[min(tok.map[1], len(offs) - 1)]
            blocks += _html_block_prose(masked, lo, hi, prose_mask, links, "item" if quoted else None)
        elif tok.type == "inline" and tok.map:
            lo, hi = offs[tok.map[0]], offs[min(tok.map[1], len(offs) - 1)]
            marked = _mark_inline(masked, lo, hi, tok.children or [], prose_mask, links)
            if marked is not None:
                parent = tokens[i - 1].type if i else ""
                item = i >= 2 and tokens[i - 2].type == "list_item_open"
                kind = ("note" if footnote else "headline" if parent == "heading_open"
                        else "table" if parent in ("th_open", "td_open") else "item" if item or quoted else None)
                blocks.append((*marked, kind))
    del tokens
    not_prose, pos = [], 0
    for run in re.finditer(rb"\x01+", prose_mask):
        not_prose.append((pos, run.start()))
        pos = run.end()
    not_prose.append((pos, len(text)))
    prose, entities = _decoded_entities(_blanked(text, not_prose))
    return prose, links, blocks, entities


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _decoded_entities(prose: str) -> tuple[str, list[tuple[int, int]]]:
    """The prose with each HTML entity ("&rdquo;", "&#8217;") written as its character, padded with
    spaces to the entity's length so that offsets stay where they were: an opening mark at the end
    ("      \u201cThis"), anything else at the start ("win,\u201d      said"); a no-break space is a space.
    With it, the spans of the entities so written."""
    spans: list[tuple[int, int]] = []
    if "&" not in prose:
        return prose, spans

    def decoded(m: re.Match) -> str:
        char = html.unescape(m.group())
        if len(char) != 1:
            return m.group()  # not an entity html knows
        spans.append(m.span())
        pad = " " * (len(m.group()) - 1)
        if char.isspace():
            return " " + pad
        return pad + char if unicodedata.category(char) in ("Ps", "Pi") else char + pad

    return _ENTITY.sub(decoded, prose), spans


def _mark_inline(src: str, lo: int, hi: int, children, prose_mask: bytearray,
                 links: list[Link]) -> tuple[int, int] | None:
    """Locate each text child of an inline token in the source and mark it as prose; the span from
    the first to the last character marked, if any (several table cells share a line).

    markdown-it does not give inline offsets, so children are found by a forward search from the
    previous match; what lies between them (emphasis markers, link targets, code, a footnote's
    reference) stays blanked.
    """
    pos = lo
    marked: tuple[int, int] | None = None
    open_links = _OpenLinks(links)
    for child in children:
        t = child.type
        if t == "link_open":
            open_links.open(child.attrGet("href") or "")
            # the link text starts after the '[' that opens it
            b = src.find("[", pos, hi)
            if b >= 0:
                pos = b + 1
        elif t == "link_close":
            open_links.close(pos)
            # skip the link target "(...)" or reference "[...]"
            close = src.find("]", pos, hi)
            if close >= 0:
                pos = close + 1
                if pos < hi and src[pos] == "(":
                    depth, j = 0, pos
                    while j < hi:
                        if src[j] == "(":
                            depth += 1
                        elif src[j] == ")":
                            depth -= 1
                            if depth == 0:
                                break
                        j += 1
                    pos = j + 1
                elif pos < hi and src[pos] == "[":
                    e = src.find("]", pos, hi)
                    pos = e + 1 if e >= 0 else pos
        elif t in ("text",) and child.content:
            found = _locate(src, child.content, pos, hi)
            if found:
                k, e = found
                prose_mask[k:e] = b"\x01" * (e - k)
                marked = (marked[0] if marked else k, e)
                open_links.text_at(k)
                pos = e
        elif t in ("code_inline", "image", "html_inline"):
            needle = child.markup if t == "code_inline" else ("![" if t == "image" else child.content)
            k = src.find(child.content if t == "code_inline" else needle, pos, hi)
            if k >= 0:
                if t == "image":
                    e = src.find(")", k, hi)
                    pos = e + 1 if e >= 0 else k + 2
                else:
                    pos = k + len(child.content) + (len(child.markup) if t == "code_inline" else 0)
                if t == "html_inline":
                    # an HTML anchor is a link like Markdown's: <a href="...">the FT said</a>
                    anchor = _ANCHOR_OPEN.match(child.content)
                    if anchor:
                        open_links.open(html.unescape(anchor.group(1)))
                    elif _ANCHOR_CLOSE.match(child.content):
                        open_links.close(k)
    return marked


class _OpenLinks:
    """The links open at a point of a block, innermost last: each link's text runs from the first prose
    marked while it is open to where it closes; closed links are added to `links`."""

    def __init__(self, links: list[Link]):
        self.links = links
        self.stack: list[list] = []  # [href, first offset or -1]

    def open(self, href: str) -> None:
        self.stack.append([href, -1])

    def text_at(self, start: int) -> None:
        if self.stack and self.stack[-1][1] < 0:
            self.stack[-1][1] = start

    def close(self, end: int) -> None:
        if self.stack:
            href, first = self.stack.pop()
            if first >= 0:
                self.links.append(Link(first, end, href))


# HTML elements that hold a paragraph of their own, and those whose text is no prose
_HTML_BLOCKS = frozenset("p div section article blockquote li ul ol h1 h2 h3 h4 h5 h6 table tr td th figure "
                         "figcaption header footer aside br hr".split())
_HTML_HIDDEN = frozenset("script style noscript template svg head title nav".split())
# ... and those that hold the page's furniture, not the story: a page's footer with its copyright notice, a box
# of related links or a pull quote beside the text (read as notes, as a Markdown footnote is)
_HTML_FURNITURE = frozenset(("footer", "aside"))


def _html_block_prose(src: str, lo: int, hi: int, prose_mask: bytearray, links: list[Link],
                      kind: str | None) -> list[tuple[int, int, str | None]]:
    """The prose of a block of raw HTML in a Markdown file ('<p>The mayor resigned, <a href="...">the
    Times reported</a>.</p>'): its text, read with the standard library's HTML parser, is marked as
    prose where it stands (tags stay blanked); each paragraph-like element is a block of its own
    (headings are headlines, list items and quotations items); anchors are links."""
    from html.parser import HTMLParser

    chunk = src[lo:hi]
    starts = [0, *(m.end() for m in re.finditer("\n", chunk))]  # as the parser counts lines: by "\n" alone
    blocks: list[tuple[int, int, str | None]] = []

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=False)
            self.hidden = 0
            self.furniture = 0  # how deep inside a footer or an aside: its blocks too are notes
            self.quoted = 0  # how deep inside a block quotation: its paragraphs are items, as a Markdown quote's are
            self.kind: str | None = kind
            self.first = self.last = -1  # the current block's prose span
            self.anchors = _OpenLinks(links)

        def at(self) -> int:
            line, col = self.getpos()
            return lo + starts[line - 1] + col

        def close_block(self):
            if self.first >= 0:
                blocks.append((self.first, self.last, self.kind))
            self.first = self.last = -1

        def handle_starttag(self, tag, attrs):
            if tag in _HTML_HIDDEN:
                self.hidden += 1
            elif tag in _HTML_BLOCKS:
                self.close_block()
                self.furniture += tag in _HTML_FURNITURE
                self.quoted += tag == "blockquote"
                self.kind = ("note" if self.furniture
                             else "headline" if tag[0] == "h" and tag[1:].isdigit()
                             else "item" if tag in ("li", "blockquote") or self.quoted else kind)
            elif tag == "a":
                self.anchors.open(html.unescape(dict(attrs).get("href") or ""))

        def handle_endtag(self, tag):
            if tag in _HTML_HIDDEN:
                self.hidden = max(0, self.hidden - 1)
            elif tag in _HTML_BLOCKS:
                self.close_block()
                self.furniture = max(0, self.furniture - (tag in _HTML_FURNITURE))
                self.quoted = max(0, self.quoted - (tag == "blockquote"))
                self.kind = "note" if self.furniture else "item" if self.quoted else kind
            elif tag == "a":
                self.anchors.close(self.at())

        def mark(self, start: int, end: int):
            if self.hidden or end <= start:
                return
            prose_mask[start:end] = b"\x01" * (end - start)
            self.first = start if self.first < 0 else self.first
            self.last = end
            self.anchors.text_at(start)

        def handle_data(self, data):
            start = self.at()
            self.mark(start, start + len(data))

        def handle_entityref(self, name, sign=""):
            start = self.at()
            width = len(sign) + len(name) + 1  # "&", "#" for a character reference, the name
            end = src.find(";", start, start + width + 1)
            self.mark(start, end + 1 if end >= 0 else start + width)

        def handle_charref(self, name):
            self.handle_entityref(name, "#")

    reader = Reader()
    reader.feed(chunk)
    reader.close()
    reader.close_block()
    return blocks


_ANCHOR_OPEN = re.compile(r"""<a\s[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)
_ANCHOR_CLOSE = re.compile(r"</a\s*>", re.I)


def _locate(src: str, content: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Find a text run in the source; it may spell characters as escapes or HTML entities."""
    k = src.find(content, pos, hi)
    if k >= 0:
        return k, k + len(content)
    parts = []
    for ch in content:
        if ch.isalnum() or ch.isspace():
            parts.append(re.escape(ch))
        else:
            parts.append(r"(?:\\?" + re.escape(ch) + r"|&#?\w+;)")
    m = re.compile("".join(parts)).search(src, pos, hi)
    return (m.start(), m.end()) if m else None

"""The data that flows through the pipeline: read -> segment -> attribute -> check -> report.

Every offset is a code-point offset into the original file text; lines and columns are 1-based.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Link:
    """A hyperlink in the article: the span of its visible text and its target."""

    start: int
    end: int
    url: str


@dataclass
class Document:
    """An article as read from disk.

    `text` is the original file text, untouched. `prose` has the same length as `text`; every
    character that is not running prose (Markdown syntax, front matter, code, HTML, link targets)
    is replaced by a space, and line breaks are kept, so offsets into `prose` are offsets into `text`.
    """

    path: str
    text: str
    prose: str
    format: str  # "text" or "markdown"
    links: list[Link] = field(default_factory=list)
    blocks: list[tuple[int, int, str | None]] = field(default_factory=list)  # Markdown: (start, end, kind or None)
    entities: list[tuple[int, int]] = field(default_factory=list)  # Markdown, HTML: entities read as characters
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self._line_starts:
            self._line_starts = line_starts(self.text)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset (CRLF, LF and lone CR all end a line)."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def line_of(self, offset: int) -> int:
        return self.line_col(offset)[0]

    def whole(self, start: int, end: int) -> tuple[int, int]:
        """start..end widened to the whole of an entity it cuts: a statement ending with a closing mark
        written "&rdquo;" ends after the entity, not after its "&" (the prose reads it as one character)."""
        if not self.entities:
            return start, end
        k = bisect.bisect_right(self.entities, (start, len(self.text))) - 1
        if k >= 0 and self.entities[k][0] < start < self.entities[k][1]:
            start = self.entities[k][0]
        k = bisect.bisect_left(self.entities, (end, -1)) - 1
        if k >= 0 and self.entities[k][0] < end < self.entities[k][1]:
            end = self.entities[k][1]
        return start, end

    def linked_hosts(self, start: int, end: int) -> list[str]:
        """The web hosts of the links beginning between two offsets (a sentence's), as written."""
        return [urlsplit(link.url).hostname or "" for link in self.links if start <= link.start < end]

    def entities_within(self, start: int, end: int) -> bool:
        """Whether an entity read as a character ("&rsquo;") begins between two offsets."""
        k = bisect.bisect_left(self.entities, (start, -1))
        return k < len(self.entities) and self.entities[k][0] < end

    def read_as(self, start: int, end: int) -> str:
        """The prose between two offsets as a reader sees it: each entity its one character, without the
        spaces padding it to the entity's length ("the county&rsquo;s" reads "the county’s", not
        "the county’ s"), and each run of space one space."""
        parts, pos = [], start
        k = bisect.bisect_left(self.entities, (start, -1))
        while k < len(self.entities) and self.entities[k][0] < end:
            entity_start, entity_end = self.entities[k]
            parts += [self.prose[pos:entity_start], self.prose[entity_start:entity_end].strip() or " "]
            pos, k = entity_end, k + 1
        parts.append(self.prose[pos:end])
        return " ".join("".join(parts).split())


_NEWLINE = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """Offsets at which lines start; CRLF, LF and a lone CR each end a line."""
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    kind: str = "body"  # body, headline, dateline, caption, credit, byline, boilerplate, slug, note
    text: str = ""  # the sentence's prose: Markdown markup blanked, offsets unchanged


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    kind: str = "body"
    role: str | None = None  # in an interview's Q&A: "question" or "answer" (the interviewee's words)


@dataclass
class Segmented:
    paragraphs: list[Paragraph]
    sentences: list[Sentence]

    def sentence_at(self, offset: int) -> Sentence | None:
        starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return self.sentences[i]
        return None


@dataclass
class SourceRef:
    start: int
    end: int
    text: str
    kind: str  # outlet, person, organization, government, anonymous, vague, document, unknown
    outlet: str | None = None
    canonical: str | None = None  # resolved full name for pronouns and short names
    detail: str | None = None  # e.g. the stated reason for anonymity

    @classmethod
    def spanning(cls, text: str, start: int, end: int, kind: str) -> SourceRef:
        """The source standing at text[start:end] (`text` the document's original text), of a kind."""
        return cls(start, end, text[start:end], kind)


@dataclass
class Attribution:
    id: str
    cue_start: int
    cue_end: int
    cue_text: str
    source: SourceRef | None
    content: tuple[int, int] | None
    sentence: int
    carried: bool = False
    cue_rule: str = ""
    learned: bool = False  # found by a cue-model rule rather than a pattern or lexicon


def by_sentence(attributions: list[Attribution]) -> dict[int, list[Attribution]]:
    """Attributions grouped by the index of their sentence, each group in the given order."""
    out: dict[int, list[Attribution]] = {}
    for a in attributions:
        out.setdefault(a.sentence, []).append(a)
    return out


@dataclass(frozen=True)
class Related:
    path: str
    start: int
    end: int
    line: int


@dataclass
class Finding:
    rule: str
    severity: str
    start: int
    end: int
    line: int
    column: int
    message: str
    suggestion: str | None = None
    related: list[Related] = field(default_factory=list)
    excerpt: str = ""

    def sort_key(self) -> tuple:
        return (self.start, self.end, self.rule, self.message)


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    segmented: Segmented | None = None
    attributions: list[Attribution] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    note: str | None = None  # e.g. "skipped: binary file"
    stats: dict = field(default_factory=dict)

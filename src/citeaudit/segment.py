"""Split an article into paragraphs and sentences, and tell body text from furniture.

Sentence boundaries come from one compiled pattern run over each paragraph; the only per-candidate
work is the abbreviation check. Headlines, captions, photo credits, bylines and slugs are
recognised from `structure` rules (rules/segment/*.yaml) so they are never taken for claims; a
`prefix` structure rule sets apart what opens a paragraph (a dateline) as a sentence of its own.
"""
from __future__ import annotations

from collections import Counter

import regex

from citeaudit import rx
from citeaudit.model import Document, Paragraph, Segmented, Sentence
from citeaudit.rules import REGEX_TIMEOUT

# A sentence may end after . ! ? or an ellipsis, with closing quotes or brackets after it; the next
# may open with a quotation mark (two apostrophes or backticks in archive copy: ''We were ...)
_BOUNDARY = rx.compile(r"""[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s+(?:''|``|["'\u201c\u2018(\[])?[\p{Lu}\p{N}])""")
_TOKEN_BEFORE = rx.compile(r"(\S+)$")
_TERMINAL = rx.compile(r"""[.!?\u2026:]["'\u201d\u2019)\]]*\s*$""")
_BLANK_LINE = rx.compile(r"(?:[ \t\f\v]*(?:\r\n|\r|\n)){2,}|(?:[ \t\f\v]*(?:\r\n|\r|\n))(?=[ \t]*$)")
_LINE = rx.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_WORD = rx.compile(r"\w+")
_ROMAN = rx.compile(r"[IVXLC]+")  # a volume's or chapter's number: "Vol. IV"
# a short bracket closing the line after a quotation, with no sentence inside it: " (Sam Lee, via email)"
_SIGNATURE_AFTER = rx.compile(r"[^\S\r\n]+\(\p{Lu}[^().!?\r\n]{0,60}\)[^\S\r\n]*(?:\r\n|\r|\n|$)")
# a speaker named after a quotation that ends with "!" or "?", and the verb of speaking: '"She's wrong!" Mr. Trump wrote'
_SPEECH_TAG_AFTER = rx.compile(r"[^\S\r\n]+(?:\p{Lu}[\p{L}.'\u2019-]*[^\S\r\n]+){1,5}(?:\([^()\n]{1,30}\)[^\S\r\n]+)?"
                               r"(?:said|says|wrote|writes|asked|asks|added|adds|tweeted|told|tells|shouted|yelled|exclaimed|"
                               r"replied|replies|recalled|continued|insisted|declared|posted)\b")
# a place's time or a zone in initials after "a.m.": "London time", "New York time", "E.T."
_PLACE_TIME = rx.compile(r"\p{Lu}\S*(?:\s+\p{Lu}\S*)?\s+time\b|\p{Lu}\.")


# a paragraph opening with a capitalised label and a colon, perhaps inside a quotation ("WALLACE: ...)
_SPEAKER_LABEL = rx.compile(
    r"^[ \t]*[\"\u201c]?(?:\p{Lu}[\p{Lu}'\u2019.-]*[ \t]+){0,3}(\p{Lu}[\p{Lu}'\u2019.-]+):", regex.M)


def transcript_speakers(text: str) -> set[str]:
    """The last words of the capitalised labels ("WALLACE:", "CHRIS WALLACE:") that open two or more
    paragraphs: a transcript's speakers, even where the article never gives their full names (a
    dateline opens one paragraph only)."""
    return {label for label, n in Counter(_SPEAKER_LABEL.findall(text)).items() if n > 1}


def _title_case(words: list[str]) -> bool:
    """Whether a short paragraph's words are in title case, as headlines are even when they end with a
    full stop ("Why Clinton's Attacks On Trump's Economic Policy Could Backfire."): nearly all of its
    words of four letters or more capitalised, and at least four of them."""
    if len(words) > 20:
        return False
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    capitalised = sum(w[0].isupper() for w in long)
    return capitalised >= 4 and capitalised >= 0.85 * len(long)


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The width a plain text is hard-wrapped at (its longest lines' length), or 0 when it is not:
    a wrapped text has no line longer than 130 characters, and most of its lines that a paragraph goes
    on after are near one length, as an editor or a wire system breaks them (a paragraph's last line
    may be any length)."""
    sizes = [len(text[s:e].rstrip()) for s, e in lines]  # (0: a blank line)
    lengths = [n for n in sizes if n]
    inner = [n for n, nxt in zip(sizes, sizes[1:]) if n and nxt]
    if len(inner) < 3 or max(lengths) > 130:
        return 0
    width = sorted(lengths)[int(len(lengths) * 0.9)]  # (the 90th percentile: not one odd line)
    near = sum(width * 0.8 <= n <= width for n in inner)
    return width if width >= 50 and near >= 0.7 * len(inner) else 0


# a word of the first person: an interviewee answering ("I don't know", "We are running with half the nurses")
_FIRST_PERSON = rx.compile(r"\b(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['\u2019](?:re|ve|d|ll)|us"
                           r"|[Oo]urs?)\b")


class Segmenter:
    def __init__(self, abbreviations: dict[str, set[str]], structure: list[tuple[str, object, int]],
                 prefixes: list[tuple[str, object, bool]] = (), interview: tuple[list, list, list] = ([], [], [])):
        # abbreviation -> "title" (never ends a sentence before a capitalised word)
        #                 or "other" (ends one only before a common sentence opener)
        self.titles = {a.lower() for a in abbreviations.get("titles", set())}
        #                 or "numbered" (holds one only before a number: "No. 10", "Vol. IV")
        self.numbered = {a.lower() for a in abbreviations.get("numbered", set())}
        self.others = {a.lower() for a in abbreviations.get("other", set())}
        self.openers = {w for w in abbreviations.get("sentence_openers", set())}
        # times of day ("a.m."), which end a sentence before a capitalised word other than these
        self.clock = {a.lower() for a in abbreviations.get("clock", set())}
        self.after_clock = set(abbreviations.get("after_clock", set()))
        self.structure = structure  # [(kind, pattern, max_length)], the first match wins
        # [(kind, pattern, first)]: furniture opening a body paragraph ("WASHINGTON (AP) --"), or with
        # `first` only the first body paragraph ("NEW DELHI:"), set apart as a sentence of that kind
        # before the paragraph's sentences
        self.prefixes = prefixes
        # (question labels, answer labels): patterns opening the paragraphs of an interview's Q&A; and patterns
        # a question paragraph's source lines match whole, where no labels mark the Q&A (a bold question)
        self.questions, self.answers, self.question_paragraphs = interview

    # -- paragraphs ------------------------------------------------------------------------
    def paragraphs(self, doc: Document) -> list[tuple[int, int, str | None]]:
        if doc.blocks:
            return [(s, e, k) for s, e, k in doc.blocks]
        out: list[tuple[int, int, str | None]] = []
        text = doc.prose
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
        cur: list[tuple[int, int]] = []

        def flush():
            if cur:
                out.append((cur[0][0], cur[-1][1], None))
                cur.clear()

        wrap = _wrap_width(text, lines)
        for ls, le in lines:
            content = text[ls:le].strip()
            if not content:
                flush()
                continue
            if cur:
                prev = text[cur[-1][0]:cur[-1][1]].rstrip()
                # Join hard-wrapped lines: the previous line stops mid-sentence and this one continues
                # in lower case, or, in a text wrapped at a width, the previous line runs to about that
                # width ("... and Sen. Chuck" / "Schumer called the vote ...")
                if not (_TERMINAL.search(prev) is None and (
                        content[:1].islower() or (wrap and len(prev.strip()) >= wrap * 0.8))):
                    flush()
            cur.append((ls, le))
        flush()
        # trim whitespace from paragraph ends
        trimmed = []
        for s, e, k in out:
            seg = text[s:e]
            ls = len(seg) - len(seg.lstrip())
            rs = len(seg.rstrip())
            if rs > ls:
                trimmed.append((s + ls, s + rs, k))
        return trimmed

    # -- sentences -------------------------------------------------------------------------
    def split(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        spans = []
        s = start
        for m in _BOUNDARY.finditer(text, start, end):
            if not self._is_boundary(text, s, m):
                continue
            spans.append((s, m.end()))
            s = m.end()
            while s < end and text[s].isspace():
                s += 1
        if s < end:
            e = end
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
        return spans

    def _is_boundary(self, text: str, sent_start: int, m) -> bool:
        punct = m.group()
        if punct[-1:] in "\"\u201d" and _SIGNATURE_AFTER.match(text, m.end()):
            return False  # a quotation and its signature in brackets: '"... the roads." (Sam Lee, via email)'
        if punct[:1] in "!?" and punct[-1:] in "\"\u201d'\u2019" and _SPEECH_TAG_AFTER.match(text, m.end()):
            return False  # an exclamation or a question, then its speaker: '"She's wrong!" Mr. Trump wrote'
        if not punct.startswith("."):
            return True
        before = _TOKEN_BEFORE.search(text, max(sent_start, m.start() - 80), m.start())
        if not before:
            return True
        tok = before.group(1).lstrip("\"'\u201c\u2018([")
        low = tok.lower()
        nxt = text[m.end():m.end() + 40].lstrip()
        nxt_word = _WORD.match(nxt.lstrip("\"'\u201c\u2018([")) if nxt else None
        nxt_word = nxt_word.group() if nxt_word else ""
        if low in self.titles:
            return False
        if low in self.numbered:
            return not (nxt[:1].isdigit() or _ROMAN.fullmatch(nxt_word))
        # a numbered list's marker opening a line: "1. A third of the homes will be affordable."
        if tok.isdigit() and len(tok) <= 2 and not text[max(0, before.start(1) - 40):before.start(1)].rpartition("\n")[2].strip():
            return False
        # single initials: "John F. Kennedy", "J. Smith"
        if len(tok) == 1 and tok.isalpha() and tok.isupper():
            return False
        if low.rstrip(".") in self.clock and nxt_word[:1].isupper():
            # "at 10 a.m. Library director Karen Holt said"; not "10 a.m. Monday", "9 a.m. London time"
            return nxt_word not in self.after_clock and not _PLACE_TIME.match(nxt)
        if low in self.others or (
            "." in tok and all(len(p) <= 2 for p in tok.split(".") if p) and tok.replace(".", "").isalpha()
        ):
            # "U.S.", "a.m.", "Inc." end a sentence only before a typical sentence opener
            return nxt_word in self.openers
        return True

    # -- structure -------------------------------------------------------------------------
    def classify(self, text: str, start: int, end: int) -> str | None:
        """The kind of the first structure rule matching in text[start:end], if any.

        Furniture (credits, bylines, slugs, captions) stands on a line of its own, so a rule is
        only tried on paragraphs no longer than its `max_length`: most body paragraphs cost no
        regex call at all."""
        length = end - start
        paragraph = None  # (searched on its own: "^" matches at its start even when Markdown markup
        # blanked out of the prose stands before it, "*Photo: AP*")
        for kind, pattern, max_length in self.structure:
            if length <= max_length:
                if paragraph is None:
                    paragraph = text[start:end]
                if pattern.search(paragraph, timeout=REGEX_TIMEOUT):
                    return kind
        return None

    def segment(self, doc: Document) -> Segmented:
        text = doc.prose
        paragraphs: list[Paragraph] = []
        sentences: list[Sentence] = []
        first_body = True
        for p_start, p_end, p_kind in self.paragraphs(doc):
            if p_kind == "item":  # a Markdown list item is body text unless furniture
                kind = self.classify(text, p_start, p_end) or "body"
            else:
                kind = p_kind or self.classify(text, p_start, p_end)
            if kind is None:
                ptext = text[p_start:p_end]
                words = _WORD.findall(ptext)
                if (_TERMINAL.search(ptext) is None and len(words) <= 30) or _title_case(words):
                    kind = "headline"
                else:
                    kind = "body"
            pi = len(paragraphs)
            paragraphs.append(Paragraph(pi, p_start, p_end, kind))
            start = p_start
            if kind == "body":
                first = first_body
                first_body = False
                alone = text[p_start:p_end] if self.prefixes else ""  # (matched on its own, as above)
                for prefix_kind, pattern, first_only in self.prefixes:
                    if first_only and not first:
                        continue
                    m = pattern.match(alone, timeout=REGEX_TIMEOUT)
                    if m and first_only and (label := _SPEAKER_LABEL.match(text, text.rfind("\n", 0, p_start) + 1)) \
                            and label.group(1) in transcript_speakers(text):
                        continue  # a transcript's speaker, not a dateline: "HOST: ..." opens later paragraphs too
                    if m and p_start + m.end() < p_end:
                        end = p_start + len(m.group().rstrip())
                        sentences.append(Sentence(len(sentences), p_start, end, pi, prefix_kind, text[p_start:end]))
                        start = p_start + m.end()
                        break
            for s, e in self.split(text, start, p_end):
                sentences.append(Sentence(len(sentences), s, e, pi, kind, doc.prose[s:e]))
        self._interview_roles(doc, paragraphs)
        return Segmented(paragraphs, sentences)

    def _interview_roles(self, doc: Document, paragraphs: list[Paragraph]) -> None:
        """In an article with body paragraphs opening with a question label ("Q: ..."), mark those as
        questions and the ones opening with an answer label ("A: ...") as answers: the interviewee's
        words, not the newsroom's claims. Without questions, "A:" is no label, and without answers, "Q"
        is none ("QAnon supporters rallied"). Failing labels, two or more body paragraphs that are a
        question paragraph whole ("**Will you stay?**") are questions, and the body paragraphs after the
        first of them answers."""
        text = doc.prose
        if not self._labelled_interview(text, paragraphs) and self.question_paragraphs and doc.format != "text":
            body = [p for p in paragraphs if p.kind == "body"]
            asked = {p.index for p in body if self._question_paragraph(doc, p)}
            if len(asked) < 2:
                return
            answers: list[list[Paragraph]] = []  # the paragraphs after each question
            for p in body:
                if p.index in asked:
                    answers.append([])
                elif answers:
                    answers[-1].append(p)
            # (an explainer's questions are headings, its answers the newsroom's: someone answering speaks in
            # the first person, in half the answers at least)
            spoken = sum(any(_FIRST_PERSON.search(text, p.start, p.end) for p in run) for run in answers)
            if 2 * spoken >= len(answers):
                for run in answers:
                    for p in run:
                        p.role = "answer"
                for p in body:
                    if p.index in asked:
                        p.role = "question"

    def _question_paragraph(self, doc: Document, p: Paragraph) -> bool:
        """Whether a paragraph's source, with the markup around it (blanked out of the prose), matches one of
        the question paragraph patterns whole."""
        lo, hi = p.start, p.end
        while lo > 0 and doc.prose[lo - 1].isspace():
            lo -= 1
        while hi < len(doc.prose) and doc.prose[hi].isspace():
            hi += 1
        source = doc.text[lo:hi].strip()
        return any(q.fullmatch(source, timeout=REGEX_TIMEOUT) for q in self.question_paragraphs)

    def _labelled_interview(self, text: str, paragraphs: list[Paragraph]) -> bool:
        """Marks the questions and answers of a Q&A with labels ("Q: ...", "A: ..."); whether there were any."""
        if not self.questions or not self.answers:
            return False
        opening = [(p, p.start + len(text[p.start:p.end]) - len(text[p.start:p.end].lstrip()))
                   for p in paragraphs if p.kind == "body"]
        asked = [p for p, at in opening if any(q.match(text, at, timeout=REGEX_TIMEOUT) for q in self.questions)]
        if not asked:
            return False
        answered = [p for p, at in opening if any(a.match(text, at, timeout=REGEX_TIMEOUT) for a in self.answers)]
        if not answered:
            return False
        for p in asked:
            p.role = "question"
        for p in answered:
            p.role = "answer"
        return True

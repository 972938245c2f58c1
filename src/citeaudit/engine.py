"""The pipeline: read -> segment -> attribute -> check, for one article or a whole run."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator

from citeaudit import checks, suppress
from citeaudit.attribute import Attributor
from citeaudit.checks import Article
from citeaudit.model import Document, FileResult, Finding
from citeaudit.reader import ARTICLE_EXTENSIONS, ReadError, Skipped, decode, format_for, parse, read_path
from citeaudit.rules import REGEX_TIMEOUT, Rule, RuleSet
from citeaudit.segment import Segmenter


class PatternTimeout(Exception):
    """A rule's pattern hit the regex timeout; the message names the rule."""


@dataclass
class Options:
    select: tuple[str, ...] = ()  # rule ids or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # per-rule severity override
    allow_words: tuple[str, ...] = ()  # accepted by every spelling rule
    outlets: list[dict] = field(default_factory=list)  # extra outlet registry entries
    outlets_origin: str = "configuration"  # where they come from, for error messages
    own_outlets: tuple[str, ...] = ()  # the newsroom's own outlets: not second-hand sourcing


def rule_selected(rule_id: str, select, ignore) -> bool:
    def hit(patterns):
        return any(rule_id == p or rule_id.startswith(p.rstrip("/") + "/") or p == "ALL" for p in patterns)

    if select and not hit(select):
        return False
    return not hit(ignore)


class Auditor:
    def __init__(self, rules: RuleSet, options: Options | None = None):
        self.options = options or Options()
        if self.options.outlets:
            extra = Rule(id="config/outlets", kind="outlets", description="Outlets from the configuration",
                         path=self.options.outlets_origin, data={"outlets": list(self.options.outlets)})
            rules = RuleSet({**rules.rules, extra.id: extra})
        # --ignore also switches off data rules ("cues/learned": attribution by the rules alone);
        # --select only chooses which findings to report, so it leaves them be
        ignored = [r.id for r in rules if not r.produces_findings and not rule_selected(r.id, (), self.options.ignore)]
        if ignored:
            rules = RuleSet({k: r for k, r in rules.rules.items() if k not in ignored})
        for r in [*rules.of_kind("spelling"), *rules.of_kind("name-spelling")]:
            if self.options.allow_words:
                r.data["allow"] = [*(r.data.get("allow") or []), *self.options.allow_words]
                r.cache.clear()
        for r in rules.of_kind("source-kind"):
            if self.options.own_outlets:
                r.data["except_outlets"] = [*(r.data.get("except_outlets") or []), *self.options.own_outlets]
        self.rules = rules
        checks.load_all()
        abbr = rules["abbreviations"].data if "abbreviations" in rules else {}
        structure = [(r.get("type"), p, r.get("max_length", 300))
                     for r in rules.of_kind("structure") if not r.get("prefix") for p in r.joined()]
        prefixes = [(r.get("type"), p, bool(r.get("first_paragraph")))
                    for r in rules.of_kind("structure") if r.get("prefix") for p in r.joined()]
        interview = ([p for r in rules.of_kind("interview") for p in r.patterns("question_labels")],
                     [p for r in rules.of_kind("interview") for p in r.patterns("answer_labels")],
                     [p for r in rules.of_kind("interview") for p in r.patterns("question_paragraphs")])
        self.segmenter = Segmenter({k: set(v) for k, v in abbr.items() if isinstance(v, list)}, structure, prefixes,
                                   interview)
        self.attributor = Attributor(rules)
        self.finding_rules = []
        for r in rules.finding_rules():
            sev = self.options.severity.get(r.id, r.severity)
            if sev == "off" or not rule_selected(r.id, self.options.select, self.options.ignore):
                continue
            if sev != r.severity:
                r.severity = sev
            self.finding_rules.append(r)

    # -- one article ---------------------------------------------------------------------
    def analyse(self, doc: Document) -> Article:
        seg = self.segmenter.segment(doc)
        attributions = self.attributor.attribute(doc, seg)
        return Article(doc, seg, attributions, self.rules)

    def check_article(self, article: Article) -> list[Finding]:
        found: list[Finding] = []
        for rule in self.finding_rules:
            fn = checks.ARTICLE_CHECKS.get(rule.kind)
            if fn:
                try:
                    found.extend(fn(rule, article))
                except TimeoutError:
                    raise PatternTimeout(f"rule {rule.id} ({rule.path})") from None
        return found

    def audit_document(self, doc: Document) -> tuple[FileResult, Article]:
        article = self.analyse(doc)
        result = FileResult(doc.path, doc, article.seg, article.attributions, self.check_article(article))
        return result, article

    # -- a run ---------------------------------------------------------------------------
    def audit_input(self, shown: str, path: str | None) -> tuple[FileResult, Article | None]:
        """Read and audit one input (a file path, or None for stdin); read problems become the result's
        error or note."""
        try:
            if path is None:
                # (Markdown when --stdin-filename names a .md file)
                doc = parse(decode(sys.stdin.buffer.read(), shown), shown, format_for(shown))
            else:
                doc = read_path(path, shown)
        except Skipped as e:
            return FileResult(shown, note=f"skipped: {e}"), None
        except ReadError as e:
            return FileResult(shown, error=str(e)), None
        try:
            return self.audit_document(doc)
        except (TimeoutError, PatternTimeout) as e:
            which = str(e) if isinstance(e, PatternTimeout) else "an attribution rule"
            return FileResult(shown, error=f"{which}: a pattern ran longer than {REGEX_TIMEOUT:g} s on this file and "
                                           "was stopped (look for nested repetition such as '(a+)+')"), None
        except Exception as e:  # noqa: BLE001 - a fault in citeaudit: this file's error, the other files still checked
            return FileResult(shown, error=f"internal error ({type(e).__name__}: {e}); please report it with this "
                                           "file"), None

    def audit(self, inputs: list[tuple[str, str | None]], jobs: int = 1,
              progress: Callable[[int], None] | None = None) -> list[FileResult]:
        """Audit (display path, file path or None for stdin) pairs, `jobs` files at a time, then run
        the cross-article checks. The results are the same, in the same order, whatever `jobs` is.
        `progress` is called with the number of files finished since the last call."""
        per_file = list(self._audit_all(inputs, jobs, progress or (lambda n: None)))
        results = [r for r, _ in per_file]
        articles = [a for _, a in per_file if a is not None]
        by_path = {r.path: r for r in results}
        for rule in self.finding_rules:
            fn = checks.RUN_CHECKS.get(rule.kind)
            if fn:
                for path, finding in fn(rule, articles):
                    by_path[path].findings.append(finding)
        for r in results:
            if r.document is not None:
                r.findings = suppress.apply(r.document, r.findings)
            r.findings = sorted(set_unique(r.findings), key=Finding.sort_key)
            if r.document is not None:
                r.stats = stats_for(r)
        return results

    def _audit_all(self, inputs, jobs: int, progress) -> Iterator[tuple[FileResult, Article | None]]:
        files = [(shown, path) for shown, path in inputs if path is not None]
        context = _fork_context() if jobs > 1 and len(files) >= MIN_FILES_PER_JOB * 2 else None
        if context is None:
            for shown, path in inputs:
                yield self.audit_input(shown, path)
                progress(1)
            return
        for rule in self.finding_rules:
            if rule.kind in checks.PREPARE:
                checks.PREPARE[rule.kind](rule)
        global _WORKER
        _WORKER = self  # a forked worker inherits the auditor: rules, lexicon and compiled patterns
        try:
            with context.Pool(min(jobs, len(files) // MIN_FILES_PER_JOB)) as pool:
                chunk = max(1, min(16, len(files) // (jobs * 8)))
                done = pool.imap(_audit_in_worker, files, chunksize=chunk)
                for shown, path in inputs:
                    if path is None:  # stdin is read here, in the parent
                        yield self.audit_input(shown, path)
                    else:
                        result, article = next(done)
                        if article is not None:
                            article.rules = self.rules
                        yield result, article
                    progress(1)
        finally:
            _WORKER = None


# Files are shared among worker processes only when each worker gets at least this many.
MIN_FILES_PER_JOB = 4
_WORKER: Auditor | None = None


def _fork_context():
    """A process context that forks (workers inherit the parent's state), or None where the platform
    cannot fork (Windows): then files are checked one after another."""
    import multiprocessing

    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def _audit_in_worker(item: tuple[str, str]) -> tuple[FileResult, Article | None]:
    result, article = _WORKER.audit_input(*item)
    if article is not None:
        article.rules = None  # the parent has the rules; do not send them back with every article
        # of the analyses the checks shared, the cross-article checks need only the claims
        article.cache = {k: v for k, v in article.cache.items() if isinstance(k, tuple) and k[0] == "claims"}
    return result, article


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def set_unique(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.rule, f.start, f.end, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def stats_for(result: FileResult) -> dict:
    seg = result.segmented
    sentences = [s for s in seg.sentences if s.kind == "body"] if seg else []
    # (an interview's questions and answers have their speakers: the interviewer, the interviewee)
    attributed = {a.sentence for a in result.attributions} | {
        s.index for s in sentences if seg.paragraphs[s.paragraph].role is not None}
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in result.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    claim_sentences = [s.index for s in sentences]
    covered = sum(1 for i in claim_sentences if i in attributed)
    return {
        "sentences": len(seg.sentences) if seg else 0,
        "body_sentences": len(sentences),
        "attributions": len(result.attributions),
        "attributed_sentences": covered,
        "coverage": round(covered / len(claim_sentences), 3) if claim_sentences else None,
        "findings": counts,
    }


# -- discovering files -------------------------------------------------------------------------
STDIN = "<stdin>"  # how stdin is shown, unless --stdin-filename names it


def discover(paths: list[str], extensions=ARTICLE_EXTENSIONS,
             stdin_name: str = STDIN) -> tuple[list[tuple[str, str | None]], list[str]]:
    """Expand the command-line paths into (display path, real path) pairs, directories walked in
    sorted order; "-" is stdin, shown as `stdin_name`. Returns the inputs and one-line errors for paths
    that do not exist."""
    inputs: list[tuple[str, str | None]] = []
    errors: list[str] = []
    for p in paths:
        if p == "-":
            inputs.append((stdin_name, None))
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.lower().endswith(extensions):
                        full = os.path.join(root, f)
                        inputs.append((full, full))
        elif os.path.lexists(p):
            inputs.append((p, p))
        else:
            errors.append(f"{p}: no such file or directory")
    return inputs, errors

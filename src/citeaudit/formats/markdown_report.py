"""The editor's report: counts and coverage, a sources table, a claim ledger and the findings."""
from __future__ import annotations

from collections import OrderedDict

from citeaudit import __version__
from citeaudit.checks import excerpt, prose_text
from citeaudit.model import SEVERITY_RANK, FileResult, by_sentence
from citeaudit.phrases import unresolved

# the ledger's entry for a sentence of an interview's Q&A with no attribution of its own
_SPEAKERS = {"question": "the interviewer (interview question)", "answer": "the interviewee (interview answer)"}
# findings about two statements, shown side by side
SIDE_BY_SIDE = ("contradicting-claims", "conflicting-attribution", "number-mismatch")
# Findings are grouped for editors, most serious first.
GROUPS = [
    ("Conflicts and mismatches", SIDE_BY_SIDE),
    ("Typos", ("typo", "name-spelling")),
    ("Unattributed claims", ("unattributed-claim",)),
    ("Duplicated claims", ("duplicate-claim",)),
    ("Sourcing notes", ("vague-attribution", "anonymous-source", "secondhand-sourcing")),
    ("Press-release text and boilerplate", ("press-release", "boilerplate")),
]


def cell(s: str | None, width: int = 0) -> str:
    s = " ".join((s or "").split()).replace("|", "\\|")
    if width and len(s) > width:
        s = s[: width - 1] + "…"
    return s


def table(headers: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def source_label(a) -> str:
    s = a.source
    if s is None:
        return "(no source found)"
    if unresolved(s):
        return f"{s.text} (unresolved)"
    return s.outlet or s.canonical or s.text


def render(r: FileResult) -> str:
    doc = r.document
    out = [f"# citeaudit report: {r.path}", ""]
    if doc is None:
        out += [f"**Not checked:** {r.error or r.note}", ""]
        return "\n".join(out)
    st = r.stats
    c = st.get("findings", {})
    cov = st.get("coverage")
    out += [
        f"- Sentences: {st.get('sentences', 0)} ({st.get('body_sentences', 0)} in the body)",
        f"- Attributions: {len(r.attributions)}",
        f"- Attribution coverage: {'n/a' if cov is None else f'{cov:.0%}'} of body sentences have a source",
        f"- Findings: {c.get('error', 0)} error(s), {c.get('warning', 0)} warning(s), {c.get('info', 0)} note(s)",
        "",
    ]
    # Sources
    sources: "OrderedDict[tuple, dict]" = OrderedDict()
    # (a sentence carried over from a cue whose own statement already holds it is no statement more: the
    # paragraph after "The report found:")
    leads = {a.cue_start: a.content for a in r.attributions if not a.carried and a.content}
    for a in r.attributions:
        if a.source is None:
            continue
        key = (source_label(a), a.source.kind)
        entry = sources.setdefault(key, {"outlet": a.source.outlet, "n": 0, "lines": []})
        lead = leads.get(a.cue_start)
        if not (a.carried and a.content and lead and lead[0] <= a.content[0] and a.content[1] <= lead[1]):
            entry["n"] += 1
        ln = doc.line_of(a.cue_start)
        if ln not in entry["lines"]:
            entry["lines"].append(ln)
    out += ["## Sources", ""]
    if sources:
        rows = [[cell(k[0], 60), k[1], cell(v["outlet"]) or "", v["n"], ", ".join(map(str, v["lines"]))]
                for k, v in sources.items()]
        out += table(["Source", "Kind", "Outlet", "Statements", "Lines"], rows)
    else:
        out.append("No sources found.")
    out.append("")
    # Claim ledger
    out += ["## Claim ledger", ""]
    grouped = by_sentence(r.attributions)
    rows = []
    for s in r.segmented.sentences:
        if s.kind != "body":
            continue
        attrs = grouped.get(s.index, [])
        if attrs:
            who = "; ".join(
                f"{cell(source_label(a), 40)} (" + (f"{a.source.kind}, " if a.source else "") + f"“{cell(a.cue_text)}”"
                + (", learned" if a.learned else "") + (", carried" if a.carried else "") + ")" for a in attrs)
        else:
            who = _SPEAKERS.get(r.segmented.paragraphs[s.paragraph].role, "**UNATTRIBUTED**")
        rows.append([doc.line_of(s.start), cell(prose_text(doc, s.start, s.end), 90), who])
    out += table(["Line", "Sentence", "Attributed to"], rows) if rows else ["No body sentences."]
    out.append("")
    furniture = [s for s in r.segmented.sentences if s.kind in ("caption", "credit", "note")]
    if furniture:
        out += ["## Captions, credits and notes", ""]
        out += [f"- line {doc.line_of(s.start)} ({s.kind}): {cell(prose_text(doc, s.start, s.end), 120)}"
                for s in furniture]
        out.append("")
    # Findings
    out += ["## Findings", ""]
    if not r.findings:
        out += ["No findings.", ""]
        return "\n".join(out)
    placed = set()
    for title, rule_ids in GROUPS + [("Other findings", None)]:
        group = [f for f in r.findings if (f.rule in rule_ids if rule_ids else id(f) not in placed)]
        if not group:
            continue
        placed.update(id(f) for f in group)
        group.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.start))
        out += [f"### {title}", ""]
        if rule_ids is SIDE_BY_SIDE:
            # both copies side by side, each with its line and excerpt
            rows = []
            for f in group:
                other = f.related[0] if f.related else None
                where = (f"{'' if other.path == r.path else other.path + ':'}{other.line}" if other else "")
                other_text = excerpt(doc, other.start, other.end) if other and other.path == r.path else ""
                rows.append([f.severity, f"`{f.rule}`", f.line, cell(f.excerpt), where, cell(other_text),
                             cell(f.message)])
            out += table(["Severity", "Rule", "Line", "This copy", "Other line", "Other copy", "Message"], rows)
            out.append("")
            continue
        rows = []
        for f in group:
            rel = "".join(f" (see {'' if x.path == r.path else x.path + ' '}line {x.line})" for x in f.related
                          if f"line {x.line}" not in f.message)
            rows.append([f.severity, f"`{f.rule}`", f.line, cell(f.excerpt), cell(f.message + rel), cell(f.suggestion)])
        out += table(["Severity", "Rule", "Line", "Excerpt", "Message", "Suggestion"], rows)
        out.append("")
    return "\n".join(out)


def render_all(results: list[FileResult]) -> str:
    parts = [render(r) for r in results]
    return "\n".join(parts).rstrip("\n") + "\n" + f"\n_Generated by citeaudit {__version__}._\n"

"""Command line: `citeaudit check`, `citeaudit rules`, `citeaudit eval`, `citeaudit train-cues`."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager

import click

from citeaudit import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _load(rule_dirs, options=None, without_kinds=()):
    from citeaudit.engine import Auditor
    from citeaudit.rules import RuleError, RuleSet, load_rules

    try:
        rules = load_rules(list(rule_dirs))
        if without_kinds:
            rules = RuleSet({k: r for k, r in rules.rules.items() if r.kind not in without_kinds})
        return rules, Auditor(rules, options)
    except RuleError as e:
        _fail(str(e))


def _error(message: str) -> None:
    """A one-line error on stderr."""
    click.echo(f"citeaudit: error: {message}", err=True)


def _fail(message: str) -> None:
    """A one-line error on stderr, then exit with the usage-error code."""
    _error(message)
    sys.exit(EXIT_USAGE)


def _require_brat(brat_dir: str) -> None:
    """Stop unless a directory holds brat annotations in the PolNeAR layout."""
    if not os.path.isdir(os.path.join(brat_dir, "attributions")):
        _fail(f"{brat_dir}: no attributions/ directory")


def _split(values) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citeaudit")
@click.pass_context
def cli(ctx):
    """Audit source attribution and citations in news articles."""
    ctx.call_on_close(_keep_compiled_patterns)


def _keep_compiled_patterns() -> None:
    """On the way out, store the patterns this run compiled for the next run (see citeaudit.rx)."""
    rx = sys.modules.get("citeaudit.rx")
    if rx is not None:
        rx.save()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "sarif", "github"]), default="text",
              show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the output to FILE instead of stdout.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Extra rule directory (repeatable); its rules override built-in ones with the same id.")
@click.option("--select", multiple=True, help="Only these rule ids (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rule ids (comma-separated, repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="Exit 1 when a finding at or above this severity is found.  [default: error]")
@click.option("--report-dir", type=click.Path(file_okay=False), default=None,
              help="Where the Markdown reports are written.  [default: reports]")
@click.option("--config", "config_path", type=click.Path(), default=None,
              help="Read this configuration file instead of searching from the first path.")
@click.option("--no-report", is_flag=True, help="Do not write Markdown reports.")
@click.option("--stdin-filename", default=None,
              help="The name to show for '-' (stdin); a .md or .markdown name reads it as Markdown.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Check this many files in parallel; 0 means one per CPU. The output is the same as with --jobs 1.  [default: 0]")
def check(paths, fmt, output, rule_dirs, select, ignore, fail_on, report_dir, config_path, no_report, stdin_filename,
          jobs):
    """Check articles (.txt, .md, .markdown; directories are walked; - reads stdin)."""
    from citeaudit import config
    from citeaudit.engine import STDIN, Options, default_jobs, discover
    from citeaudit.formats import renderer
    from citeaudit.model import SEVERITY_RANK

    start = next((p for p in paths if p != "-" and os.path.exists(p)), ".")
    try:
        cfg = config.load_file(config_path) if config_path else config.load(start)
    except config.ConfigError as e:
        _fail(str(e))
    options = Options(select=_split(select) or tuple(cfg.select), ignore=_split(ignore) or tuple(cfg.ignore),
                      severity=cfg.severity, allow_words=tuple(cfg.allow), outlets=cfg.outlets,
                      own_outlets=tuple(cfg.own_outlets),
                      outlets_origin=f"{cfg.path}: outlets" if cfg.path else "configuration")
    fail_on = fail_on or cfg.fail_on or "error"
    report_dir = report_dir or cfg.report_dir or "reports"
    _, auditor = _load(tuple(cfg.rules) + tuple(rule_dirs), options)
    stdin_name = stdin_filename or STDIN
    inputs, missing = discover(list(paths), stdin_name=stdin_name)
    inputs = [(shown, path) for shown, path in inputs if path is None or cfg.wanted(path)]
    for msg in missing:
        _error(msg)
    with _progress(len(inputs)) as step:
        results = auditor.audit(inputs, jobs=jobs or default_jobs(), progress=step)
    rendered = renderer(fmt, auditor.rules, fail_on)(results)
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(rendered)
        except OSError as e:
            _fail(f"{output}: cannot write output: {e.strerror or e}")
    else:
        click.echo(rendered, nl=False)
    for r in results:
        if r.error:
            _error(f"{r.path}: {r.error}")
    if not no_report:
        from citeaudit.report_files import write_reports

        # (no report for stdin, whatever it is called)
        for msg in write_reports([r for r in results if "-" not in paths or r.path != stdin_name], list(paths), report_dir):
            _error(msg)
    if missing or any(r.error for r in results):
        sys.exit(EXIT_USAGE)
    if fail_on != "never":
        floor = SEVERITY_RANK[fail_on]
        if any(SEVERITY_RANK[f.severity] >= floor for r in results for f in r.findings):
            sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


# A progress bar is drawn on stderr when it is a terminal and there are at least this many files.
PROGRESS_MIN_FILES = 20


@contextmanager
def _progress(total: int):
    """A function to call as files finish: it advances a progress bar on stderr when stderr is a
    terminal and the run is long enough to want one, and does nothing otherwise."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        yield lambda n: None
        return
    with click.progressbar(length=total, label="checking", file=sys.stderr, show_pos=True) as bar:
        yield bar.update


@contextmanager
def _corpus_errors():
    """A brat corpus that cannot be read is a one-line error (exit 2), not a traceback."""
    from citeaudit.reader import ReadError

    try:
        yield
    except ReadError as e:
        _fail(str(e))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        _fail(f"cannot read the annotations: {e}")


@cli.command("rules")
@click.argument("ids", nargs=-1)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Extra rule directory (repeatable).")
def rules_cmd(ids, rule_dirs):
    """List the active rules: id, kind, severity, file, description; with rule ids, explain those rules
    (why, message, example, options)."""
    from tabulate import tabulate

    rules, _ = _load(rule_dirs)
    if ids:
        unknown = [i for i in ids if i not in rules]
        if unknown:
            _fail(f"no rule {', '.join(map(repr, unknown))} (see 'citeaudit rules')")
        click.echo("\n\n".join(_explain(rules[i]) for i in ids))
        return
    rows = [[r.id, r.kind, r.severity or "-", r.path, " ".join(r.description.split())[:70]] for r in rules]
    click.echo(tabulate(rows, headers=["id", "kind", "severity", "file", "description"], tablefmt="simple"))


def _explain(rule) -> str:
    """One rule's documentation, as the rules command prints it."""
    def para(text: str) -> str:
        return " ".join(str(text).split())

    lines = [f"{rule.id} ({rule.kind}, {rule.severity or 'data'}) - {rule.path}", "", para(rule.description)]
    if rule.why:
        lines += ["", "Why: " + para(rule.why)]
    if rule.message:
        lines += ["", "Message: " + rule.message]
    if isinstance(rule.example, dict):
        lines += ["", "Example:", "  bad:  " + para(rule.example.get("bad", "")),
                  "  good: " + para(rule.example.get("good", ""))]
    elif rule.example:
        lines += ["", "Example: " + para(rule.example)]
    scalars = {k: v for k, v in rule.data.items() if isinstance(v, (str, int, float, bool)) and k not in _DOCUMENTED}
    if scalars:
        lines += ["", "Options: " + ", ".join(f"{k}={v}" for k, v in sorted(scalars.items()))]
    return "\n".join(lines)


_DOCUMENTED = frozenset(("id", "kind", "severity", "description", "why", "message", "example"))


@cli.command("eval")
@click.option("--brat", "brat_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Directory with text/ and attributions/ (PolNeAR layout).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Extra rule directory (repeatable).")
@click.option("--top", default=15, show_default=True, help="How many missed and false cues to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON line.")
def eval_cmd(brat_dir, rule_dirs, top, as_json):
    """Score attribution against brat standoff gold: cue P/R/F1, source and content accuracy."""
    import json

    from citeaudit.evaluate import evaluate

    _require_brat(brat_dir)
    _, auditor = _load(rule_dirs)
    with _corpus_errors():
        score = evaluate(auditor, brat_dir)
    summary = score.summary()
    if as_json:
        click.echo(json.dumps(summary))
        return
    for k, v in summary.items():
        click.echo(f"{k:12} {v}")
    click.echo("\nmost frequent missed cues:")
    for cue, n in score.missed.most_common(top):
        click.echo(f"  {n:5}  {cue}")
    click.echo("most frequent false cues:")
    for cue, n in score.false.most_common(top):
        click.echo(f"  {n:5}  {cue}")


@cli.command("train-cues")
@click.option("--brat", "brat_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Directory with text/ and attributions/ (PolNeAR layout) to learn from.")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="The model file to write.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Extra rule directory (repeatable).")
@click.option("--min-rate", default=0.1, show_default=True, type=click.FloatRange(0, 1),
              help="Candidate words: those inside a gold cue at least this share of the time.")
@click.option("--epochs", default=8, show_default=True, type=click.IntRange(min=1), help="Passes over the examples.")
@click.option("--seed", default=0, show_default=True, help="Seed of the example order (same seed, same model).")
@click.option("--runs", default=10, show_default=True, type=click.IntRange(min=1),
              help="Perceptrons averaged, with seeds SEED, SEED+1, ... (steadier than one).")
@click.option("--prune", default=0.2, show_default=True, type=click.FloatRange(min=0),
              help="Drop weights smaller than this (a smaller model file; larger values cost accuracy).")
def train_cues_cmd(brat_dir, output, rule_dirs, min_rate, epochs, seed, prune, runs):
    """Train the learned-cue model (kind cue-model) on brat standoff gold. The model learns the cues the
    rules miss and weighs the cues they find, so train it with the rules it will run with."""
    from citeaudit.evaluate import train_cue_model

    _require_brat(brat_dir)
    # the rules alone: the model being replaced plays no part in training its successor
    _, auditor = _load(rule_dirs, without_kinds=("cue-model",))
    with _corpus_errors():
        model, counts = train_cue_model(auditor, brat_dir, min_rate, epochs, seed, prune, runs)
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    try:
        model.dump(output, f"trained by `citeaudit train-cues --min-rate {min_rate} --epochs {epochs} --seed {seed} "
                           f"--runs {runs} --prune {prune}` on {os.path.basename(os.path.normpath(brat_dir))}: {summary}")
    except OSError as e:
        _fail(f"{output}: cannot write the model: {e.strerror or e}")
    click.echo(f"wrote {output}: {summary}")


def main():
    cli(prog_name="citeaudit")

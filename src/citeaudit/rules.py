"""Rules are data: every concrete rule is a small YAML file; the generic engines ("kinds") are code.

A rule file holds one mapping with at least `id`, `kind` and `description`. Which other keys a rule
may or must have depends on its kind (see KINDS). Files are safe-loaded and validated; errors name
the file and the key. Built-in rules ship in the package; `--rules DIR` adds directories whose
rules override built-in ones with the same id.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from citeaudit import rx

REGEX_TIMEOUT = 1.0  # seconds, for every user-supplied pattern match


class RuleError(Exception):
    """A rule file that cannot be used. The message names the file and the key."""


# key -> (expected python type(s), required, description)
_COMMON: dict[str, tuple[Any, bool]] = {
    "id": (str, True),
    "kind": (str, True),
    "description": (str, True),
    "severity": (str, False),
    "message": (str, False),
    "why": (str, False),
    "example": ((str, dict), False),
    "ignorecase": (bool, False),
}

_SIMILARITY = {"threshold": ((int, float), False), "figure_threshold": ((int, float), False), "min_words": (int, False),
               "min_shared": (int, False), "ordered_threshold": ((int, float), False), "groups": (list, False),
               "not_claims": (list, False), "suggestion": (str, False)}

# Kinds that produce findings have a default severity; data kinds (cues, sources, lexicons) have none.
# Each kind lists its own keys: key -> (type, required).
KINDS: dict[str, dict[str, tuple[Any, bool]]] = {
    # --- segmentation data
    "abbreviations": {"titles": (list, False), "numbered": (list, False), "other": (list, False),
                      "sentence_openers": (list, False),
                      "clock": (list, False), "after_clock": (list, False)},
    "structure": {"type": (str, True), "patterns": (list, True), "max_length": (int, False), "prefix": (bool, False),
                  "first_paragraph": (bool, False)},
    "interview": {"question_labels": (list, True), "answer_labels": (list, True), "question_paragraphs": (list, False)},
    # --- attribution data
    "cue-verbs": {"verbs": (list, True), "guards": (list, False), "in_quotations": (bool, False),
                  "requires_source": (bool, False)},
    "cue-phrases": {"phrases": (list, True), "source_side": (str, False), "guards": (list, False),
                    "in_quotations": (bool, False), "alone": (bool, False)},
    "outlets": {"outlets": (list, True), "descriptors": (list, False), "country_markers": (dict, False)},
    "cue-patterns": {"patterns": (list, True), "at": (str, False), "source": (str, False),
                     "in_quotations": (bool, False), "alone": (bool, False), "requires": (list, False),
                     "verbs_left_to_verb_rules": (bool, False), "source_names_a_thing": (bool, False),
                     "source_kind": (str, False)},
    "carry-over": {"patterns": (list, True), "quotation_patterns": (list, False), "stop_patterns": (list, False),
                   "label_rules": (list, False)},
    "cue-model": {"model": (str, True), "threshold": ((int, float), False), "guards": (list, False),
                  "rule_cue_threshold": ((int, float), False), "rule_cues": (list, False)},
    "source-terms": {"source_kind": (str, True), "patterns": (list, True), "priority": (int, False),
                     "reason_patterns": (list, False), "titles": (list, False), "honorifics": (list, False),
                     "offices": (list, False), "pronoun_words": (dict, False), "first_names": (dict, False),
                     "descriptors": (list, False), "companies": (list, False)},
    # --- finding kinds
    "pattern": {"patterns": (list, True), "scope": (str, False), "suggestion": (str, False), "skip_kinds": (list, False)},
    "spelling": {"lexicons": (list, False), "allow": (list, False), "min_length": (int, False),
                 "known_zipf": ((int, float), False), "frequency_gap": ((int, float), False),
                 "seen_gap": ((int, float), False),
                 "suggest_zipf": ((int, float), False), "common_zipf": ((int, float), False),
                 "repeated_zipf": ((int, float), False)},
    "name-spelling": {"allow": (list, False), "min_length": (int, False), "max_uses": (int, False),
                      "known_zipf": ((int, float), False), "near_zipf": ((int, float), False),
                      "near_sentences": (int, False)},
    "unattributed-claim": {"signals": (dict, True), "describe": (dict, False), "skip_kinds": (list, False),
                           "public_record": (dict, False),
                           "threshold": ((int, float), False), "suggestion": (str, False), "questions": (bool, False)},
    "duplicate-claim": {**_SIMILARITY, "cross_file": (bool, False), "max_files": (int, False)},
    "conflicting-attribution": _SIMILARITY,
    "number-mismatch": {**_SIMILARITY, "exact_min_words": (int, False), "counts": (list, False),
                        "tolls": (dict, False)},
    "contradicting-claims": {**_SIMILARITY, "opposites": (list, True)},
    "source-kind": {"source_kinds": (list, True), "suggestion": (str, False), "except_outlets": (list, False),
                    "unless_credited_to": (list, False), "credited_by_cues": (list, False), "except_sources": (list, False),
                    "held_by": (list, False), "reporting_for": (list, False), "told_to": (list, False),
                    "reporting_cues": (list, False)},
}

# pattern lists the engines use joined into one alternation (Rule.joined)
JOINED = {("pattern", "patterns"), ("cue-verbs", "guards"), ("cue-phrases", "guards"), ("cue-model", "guards"),
          ("source-terms", "patterns"), ("structure", "patterns")}

FINDING_KINDS = {"pattern", "spelling", "name-spelling", "unattributed-claim", "duplicate-claim", "conflicting-attribution",
                 "number-mismatch", "contradicting-claims", "source-kind"}
SEVERITIES = ("error", "warning", "info", "off")


@dataclass
class Rule:
    id: str
    kind: str
    description: str
    path: str
    severity: str | None = None
    message: str = ""
    why: str = ""
    example: Any = None
    data: dict = field(default_factory=dict)
    _compiled: dict = field(default_factory=dict, repr=False)
    cache: dict = field(default_factory=dict, repr=False)  # engines keep per-rule state here

    @property
    def produces_findings(self) -> bool:
        return self.kind in FINDING_KINDS

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def error(self, key: str, problem: str) -> RuleError:
        return RuleError(f"{self.path}: key '{key}': {problem}")

    def patterns(self, key: str = "patterns", flags: int = regex.MULTILINE) -> list:
        """The compiled patterns under `key` (compiled once, cached; ^ and $ match at line ends)."""
        return self.patterns_from(key, self.data.get(key) or [], flags)

    def joined(self, key: str = "patterns") -> list:
        """The patterns under `key` as one alternation (one call finds whether any matches), or
        the separate patterns when joining would change them (a global inline flag such as "(?i)"
        in one of them would apply to all) or when one of them is invalid (then the error names it)."""
        cache_key = ("joined", key)
        if cache_key not in self._compiled:
            raw = self.data.get(key) or []
            joined = None
            if len(raw) > 1 and all(isinstance(p, str) for p in raw):
                flags = regex.MULTILINE | (regex.IGNORECASE if self.data.get("ignorecase") else 0)
                try:
                    one = rx.compile("|".join(f"(?:{p})" for p in raw), flags)
                    if one.flags == rx.compile("", flags).flags:  # no inline flag leaked into the others
                        joined = [one]
                except regex.error:
                    pass
            self._compiled[cache_key] = joined or self.patterns(key)
        return self._compiled[cache_key]

    def patterns_from(self, key: str, patterns: list, flags: int = regex.MULTILINE) -> list:
        """Compile a list of patterns found under `key` (which names it in error messages)."""
        cache_key = (key, flags)
        if cache_key not in self._compiled:
            if self.data.get("ignorecase"):
                flags |= regex.IGNORECASE
            out = []
            for i, p in enumerate(patterns):
                if not isinstance(p, str):
                    raise self.error(f"{key}[{i}]", f"expected a regular expression string, got {type(p).__name__}")
                try:
                    out.append(rx.compile(p, flags))
                except regex.error as e:
                    raise self.error(f"{key}[{i}]", f"invalid regular expression {p!r}: {e}") from None
            self._compiled[cache_key] = out
        return self._compiled[cache_key]


def _type_name(t) -> str:
    if isinstance(t, tuple):
        return " or ".join(_type_name(x) for x in t)
    return {str: "a string", list: "a list", dict: "a mapping", bool: "true/false", int: "a whole number",
            float: "a number"}.get(t, t.__name__)


def validate(raw: Any, path: str) -> Rule:
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: a rule file must hold one mapping (id, kind, description, ...)")
    for key in ("id", "kind", "description"):
        if key not in raw:
            raise RuleError(f"{path}: key '{key}': missing (every rule needs id, kind and description)")
    kind = raw["kind"]
    if not isinstance(kind, str) or kind not in KINDS:
        raise RuleError(f"{path}: key 'kind': unknown kind {kind!r}; known kinds: {', '.join(sorted(KINDS))}")
    schema = {**_COMMON, **KINDS[kind]}
    for key, value in raw.items():
        if key not in schema:
            raise RuleError(f"{path}: key '{key}': not a key of kind '{kind}' (allowed: {', '.join(sorted(schema))})")
        typ, _ = schema[key]
        if typ is float or (isinstance(typ, tuple) and float in typ):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif typ is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, typ)
        if not ok:
            raise RuleError(f"{path}: key '{key}': expected {_type_name(typ)}, got {type(value).__name__}")
    for key, (typ, required) in KINDS[kind].items():
        if required and key not in raw:
            raise RuleError(f"{path}: key '{key}': missing (required by kind '{kind}')")
    if not regex.fullmatch(r"[a-z][a-z0-9-]*(?:/[a-z0-9-]+)*", raw["id"]):
        raise RuleError(f"{path}: key 'id': {raw['id']!r} must be lower-case words joined by '-'")
    severity = raw.get("severity")
    if kind in FINDING_KINDS:
        if severity is None:
            raise RuleError(f"{path}: key 'severity': missing (kind '{kind}' produces findings)")
        if severity not in SEVERITIES:
            raise RuleError(f"{path}: key 'severity': {severity!r} is not one of {', '.join(SEVERITIES)}")
    elif severity is not None:
        raise RuleError(f"{path}: key 'severity': kind '{kind}' is data and produces no findings")
    data = {k: v for k, v in raw.items() if k not in _COMMON or k == "ignorecase"}
    rule = Rule(id=raw["id"], kind=kind, description=raw["description"].strip(), path=path, severity=severity,
                message=raw.get("message", ""), why=(raw.get("why") or "").strip(), example=raw.get("example"),
                data=data)
    for i, pair in enumerate(raw.get("opposites") or []):
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(side, list) and side and all(isinstance(w, str) for w in side) for side in pair)):
            raise rule.error(f"opposites[{i}]", "expected two lists of words, e.g. [[rose, rise], [fell, fall]]")
    for lemma, nouns in (raw.get("tolls") or {}).items():
        if not (isinstance(nouns, list) and nouns and all(isinstance(n, str) and n.strip() for n in nouns)):
            raise rule.error(f"tolls.{lemma}", "expected a list of nouns, e.g. {kill: [death toll]}")
    # compile every pattern list now, in the form the engines use, so bad patterns fail at load time
    # with their key
    for key, (typ, _) in KINDS[kind].items():
        if (kind, key) in JOINED:
            rule.joined(key)
        elif key == "patterns" or key.endswith("_patterns") or key == "guards":
            rule.patterns(key)
        elif key in ("signals", "public_record") and key in raw:  # mappings of named pattern lists
            for name, patterns in raw[key].items():
                if not isinstance(patterns, list):
                    raise rule.error(f"{key}.{name}", "expected a list of regular expressions")
                rule.patterns_from(f"{key}.{name}", patterns)
    return rule


def load_file(path: Path, shown: str) -> Rule:
    return validate(parse_file(path, shown), shown)


def parse_file(path: Path, shown: str) -> Any:
    """A rule file's YAML, safe-loaded; problems name the file (and the line)."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(f"{shown}: cannot read rule file: {e}") from None
    try:
        # the safe loader, in C (libyaml) when PyYAML has it: several times faster to start
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RuleError(f"{shown}: invalid YAML{where}: {problem}") from None
    return raw


def _parsed(files: list[tuple[Path, str]]) -> list:
    """The YAML of each (path, shown) rule file. Parsing is cached (see citeaudit.cache) under a key
    made of every file's path, size and modification time: a pre-commit run then needs no YAML
    parser at all. Only successful parses of plain data are cached; validation always runs."""
    from citeaudit import cache

    return cache.derived("rules", [p for p, _ in files], lambda: [parse_file(p, shown) for p, shown in files],
                         lambda raws: isinstance(raws, list) and len(raws) == len(files), RULE_CACHE_FORMAT)


RULE_CACHE_FORMAT = 1


def builtin_rules_dir() -> Path:
    """The rules shipped with citeaudit: inside the wheel, or the checkout's rules/ in development."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"  # the wheel puts rules/ inside the package
    return packaged if packaged.is_dir() else here.parent.parent / "rules"


def _rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


@dataclass
class RuleSet:
    rules: dict[str, Rule]
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # analysers built from the whole set

    def source_classifier(self):
        """The outlet registry and source-terms classifier for this set, built once."""
        if "sources" not in self.cache:
            from citeaudit.sources import SourceClassifier

            self.cache["sources"] = SourceClassifier(self)
        return self.cache["sources"]

    def of_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules.values() if r.kind == kind]

    def finding_rules(self) -> list[Rule]:
        return [r for r in self.rules.values() if r.produces_findings]

    def __iter__(self):
        return iter(self.rules.values())

    def __getitem__(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self.rules


def load_rules(extra_dirs: list[str] | tuple[str, ...] = (), include_builtin: bool = True) -> RuleSet:
    rules: dict[str, Rule] = {}
    dirs: list[tuple[Path, str]] = []
    if include_builtin:
        dirs.append((builtin_rules_dir(), "builtin"))
    for d in extra_dirs:
        p = Path(d)
        if not p.is_dir():
            raise RuleError(f"{d}: rule directory not found")
        dirs.append((p, "user"))
    for directory, origin in dirs:
        here: dict[str, str] = {}
        files = [(f, str(f) if origin == "user" else "rules/" + f.relative_to(directory).as_posix())
                 for f in _rule_files(directory)]
        for (f, shown), raw in zip(files, _parsed(files)):
            rule = validate(raw, shown)
            if rule.id in here:
                raise RuleError(f"{shown}: key 'id': {rule.id!r} is already defined in {here[rule.id]}")
            here[rule.id] = shown
            rules[rule.id] = rule  # a later directory overrides a rule with the same id
    return RuleSet(dict(sorted(rules.items())))


def data_file(rule: Rule, name: str) -> Path:
    """Resolve a data file (e.g. a lexicon) named by a rule, relative to the rule file."""
    base = Path(rule.path)
    if rule.path.startswith("rules/"):
        base = builtin_rules_dir() / rule.path[len("rules/"):]
    return (base.parent / name).resolve()

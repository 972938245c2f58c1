"""Project configuration: `[tool.citeaudit]` in pyproject.toml or a `.citeaudit.toml`, found by walking
up from the first checked path. Command-line flags override it.

    [tool.citeaudit]                 # in .citeaudit.toml the keys stand at the top level
    rules = ["newsroom-rules"]       # extra rule directories (relative to the config file)
    select = ["typo", "boilerplate"] # only these rules
    ignore = ["anonymous-source"]
    severity = { unattributed-claim = "info", duplicate-claim = "off" }
    fail-on = "warning"
    report-dir = "audit-reports"     # relative to the config file
    allow = ["Teswick", "Kubinka"]   # words the typo and name-spelling rules accept
    outlets = [{ name = "The Daily Bugle", aliases = ["Bugle"], type = "newspaper" }]
    own-outlets = ["Bugle"]          # the newsroom's own: "the Bugle understands" is no second-hand sourcing
    include = ["articles/**"]        # globs on paths relative to the config file
    exclude = ["articles/drafts/**"]
"""
from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path


def _toml():
    """The TOML parser, imported only when there is a configuration file to read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


SEVERITY_VALUES = ("error", "warning", "info", "off")
FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass
class Config:
    path: Path | None = None
    rules: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    report_dir: str | None = None
    allow: list[str] = field(default_factory=list)
    outlets: list[dict] = field(default_factory=list)
    own_outlets: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)

    def wanted(self, path: str) -> bool:
        """Whether a discovered file passes the include/exclude globs."""
        if not (self.include or self.exclude) or self.path is None:
            return True
        rel = os.path.relpath(os.path.abspath(path), self.path.parent).replace(os.sep, "/")
        if self.include and not any(fnmatch.fnmatch(rel, g) for g in self.include):
            return False
        return not any(fnmatch.fnmatch(rel, g) for g in self.exclude)


def find(start: str) -> tuple[Path, dict] | None:
    """The nearest configuration at or above `start`: (file, its citeaudit table)."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for d in [here, *here.parents]:
        dot = d / ".citeaudit.toml"
        if dot.is_file():
            return dot, _read(dot)
        py = d / "pyproject.toml"
        if py.is_file():
            table = _read(py).get("tool", {}).get("citeaudit")
            if table is not None:
                return py, table
    return None


def _read(path: Path) -> dict:
    tomllib = _toml()
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None


def _strings(path, key, value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: key '{key}': expected a list of strings")
    return list(value)


def load(start: str) -> Config:
    """The configuration that applies to `start` (found by walking up), or an empty one."""
    found = find(start)
    return from_table(*found) if found else Config()


def load_file(path: str) -> Config:
    """A configuration file named on the command line (a pyproject.toml or a .citeaudit.toml-style file)."""
    p = Path(path).resolve()
    if not p.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    data = _read(p)
    return from_table(p, data.get("tool", {}).get("citeaudit", {}) if p.name == "pyproject.toml" else data)


def from_table(path: Path, table: dict) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.citeaudit] must be a table")
    cfg = Config(path=path)
    base = path.parent
    for key, value in table.items():
        if key == "rules":
            cfg.rules = [str((base / d).resolve()) for d in _strings(path, key, value)]
        elif key in ("select", "ignore", "allow", "include", "exclude"):
            setattr(cfg, key, _strings(path, key, value))
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: key 'severity': expected a table of rule id = severity")
            for rule_id, sev in value.items():
                if sev not in SEVERITY_VALUES:
                    raise ConfigError(f"{path}: key 'severity.{rule_id}': {sev!r} is not one of {', '.join(SEVERITY_VALUES)}")
            cfg.severity = dict(value)
        elif key == "fail-on":
            if value not in FAIL_ON:
                raise ConfigError(f"{path}: key 'fail-on': {value!r} is not one of {', '.join(FAIL_ON)}")
            cfg.fail_on = value
        elif key == "report-dir":
            if not isinstance(value, str):
                raise ConfigError(f"{path}: key 'report-dir': expected a string")
            cfg.report_dir = str(base / value)
        elif key == "own-outlets":
            cfg.own_outlets = _strings(path, key, value)
        elif key == "outlets":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise ConfigError(f"{path}: key 'outlets': expected a list of tables (name, aliases, type, ...)")
            cfg.outlets = value
        else:
            raise ConfigError(f"{path}: key '{key}': unknown (known: rules, select, ignore, severity, fail-on, "
                              "report-dir, allow, outlets, own-outlets, include, exclude)")
    return cfg

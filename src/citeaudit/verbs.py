"""Verbs as rules list them: a lemma alone stands for its regular inflections ("warn": warns, warned,
warning), a lemma with a list for the forms listed ("claim: [claimed, claiming]"). Cue-verb rules
(citeaudit.attribute) and the counted verbs of number-mismatch (citeaudit.checks.duplicates) use them."""
from __future__ import annotations

from typing import Iterator

import regex


def inflections(lemma: str) -> list[str]:
    """Regular English inflections of a verb lemma: -s, -ed, -ing."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif regex.search(r"(?:s|sh|ch|x|z)$", lemma):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return sorted(forms)


def lemmas(entries: list) -> Iterator[tuple[str, list | None]]:
    """(lemma, its listed forms) for each entry of a cue-verbs rule's `verbs`: a lemma alone
    ("warn": None, all its regular inflections are cues), or a lemma with the forms that are
    ("claim: [claimed, claiming]")."""
    for entry in entries:
        if isinstance(entry, str):
            yield entry, None
        elif isinstance(entry, dict):
            for lemma, listed in entry.items():
                yield lemma, listed or [lemma]


def verb_forms(entries: list) -> list[str]:
    """Every form the entries stand for, longest first (so that an alternation tries "warned" before "warn")."""
    forms: set[str] = set()
    for lemma, listed in lemmas(entries):
        forms.update(inflections(lemma) if listed is None else listed)
    return sorted(forms, key=lambda f: (-len(f), f))

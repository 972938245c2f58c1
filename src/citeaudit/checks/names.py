"""Kind `name-spelling` (rule `name-spelling`): a name the article spells two ways.

No dictionary knows the names in a story, but the story itself does: a capitalised word used once or
twice that is one edit (two for long names) from a name the article uses more often ("Brazille" beside
"Donna Brazile", "Stephanopolous" beside "Stephanopoulos") is most likely a misspelling of it. Only
names of at least `min_length` letters are compared; a variant that is a known English word or name
(Zipf `known_zipf` or more in wordfreq: "Osama" beside "Obama") or on the allow-list is left alone, as
are plural and possessive forms ("Clintons") and a form marked "[sic]".
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from citeaudit import rx
from citeaudit.checks import Article, article_check, make_finding
from citeaudit.lexicon import base_lexicon
from citeaudit.model import Finding
from citeaudit.rules import Rule

# a capitalised word, hyphenated or with an apostrophe inside ("O'Rourke", "Ocasio-Cortez"), without a
# possessive ending; not part of a web address, handle or longer token
# (or a capital inside it after a prefix: "DeWine", "McConnell", "LaGuardia")
_NAME = rx.compile(r"(?<![\w@#/'\u2019.-])(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}\p{Ll}+)?)(?:['\u2019]s)?"
                   r"(?![\w@/'\u2019-])")
# a full name: another capitalised word before the surname ("Donna Brazile")
_FULL_NAME = rx.compile(r"(?<![\w'\u2019-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}\p{Ll}+)?)"
                        r"(?![\w-])")
_COMMON_WORD = 5.5  # Zipf: a capitalised word this common ("At", "When", "After") is no first name
_SIC = rx.compile(r"(?i)['\u2019]?s?\s*[\[(]sic[\])]")


def _plural_or_possessive(a: str, b: str) -> bool:
    return a in (b + "s", b + "es") or b in (a + "s", a + "es")


def spelled_two_ways(names: Counter, full: dict[str, set[str]], zipf, allowed: set[str], min_length: int = 5,
                     max_uses: int = 2, known_zipf: float = 1.8) -> dict[str, str]:
    """Variant -> the name it misspells, among the capitalised words of an article counted in `names`
    (`full`: those also written after a first name, with their first names). A name is one used at
    least twice, or once in full; its variant is used at most `max_uses` times, and half as often as
    the name at most. Two surnames written with different first names are two people ("Boris Johnson",
    "David Johnston")."""
    by_initial: dict[str, list[str]] = defaultdict(list)
    for name, n in names.items():
        if len(name) >= min_length and (n >= 2 or name in full):
            by_initial[name[0]].append(name)
    out: dict[str, str] = {}
    if not by_initial:
        return out
    from rapidfuzz import process  # (imported only when there are names to compare: a cold run saves ~10 ms)
    from rapidfuzz.distance import OSA

    for variant, n in sorted(names.items()):
        if n > max_uses or len(variant) < min_length or variant.lower() in allowed:
            continue
        best = None
        candidates = by_initial.get(variant[0], ())
        # (the names within two edits, found in C; then each held to its own limit)
        for name, distance, _ in process.extract(variant, candidates, scorer=OSA.distance, score_cutoff=2,
                                                 limit=None) if candidates else ():
            if name == variant or _plural_or_possessive(name, variant):
                continue
            if not (names[name] >= 2 * n or (n == 1 and name in full)):
                continue
            if full.get(name) and full.get(variant) and full[name].isdisjoint(full[variant]):
                continue
            if distance <= (1 if min(len(name), len(variant)) <= 7 else 2) and (
                    best is None or (names[name], name) > (names[best], best)):
                best = name
        # (the lexicon is asked last: few variants come this far)
        if best is not None and zipf.get(variant.lower(), 0.0) < known_zipf:
            out[variant] = best
    return out


def _titles(article: Article) -> frozenset[str]:
    """The words before a name that are no first names ("Mayor", "Sen", "President"), lower-cased (built
    once per rule set)."""
    if "name-titles" not in article.rules.cache:
        classifier = article.rules.source_classifier()
        article.rules.cache["name-titles"] = frozenset(
            [*classifier.titles, *(t.lower() for t in (*classifier.honorifics, *classifier.offices))])
    return article.rules.cache["name-titles"]


@article_check("name-spelling")
def check_name_spelling(rule: Rule, article: Article) -> Iterable[Finding]:
    text = article.doc.prose
    spans = [(s.start, s.end) for s in article.seg.sentences]
    names: Counter = Counter()
    full: dict[str, set[str]] = defaultdict(set)  # surname -> the first names written before it
    titles, zipf = _titles(article), base_lexicon()[0]
    for start, end in spans:
        names.update(_NAME.findall(text, start, end))
        for first, surname in _FULL_NAME.findall(text, start, end, overlapped=True):  # ("Mayor Jennifer Roberts")
            # (a title or a common word opening the sentence is no first name: "At Brazille's direction")
            low = first.lower()
            full[surname].update(() if low in titles or zipf.get(low, 0.0) >= _COMMON_WORD else (first,))
    allowed = {str(w).lower() for w in rule.get("allow", []) or []}
    variants = spelled_two_ways(names, full, zipf, allowed, int(rule.get("min_length", 5)),
                                int(rule.get("max_uses", 2)), float(rule.get("known_zipf", 1.8)))
    if not variants:
        return
    for start, end in spans:
        for m in _NAME.finditer(text, start, end):
            name = variants.get(m.group(1))
            if name is None or _SIC.match(text, m.end(1)):
                continue
            n = names[name]
            uses = "once" if n == 1 else "twice" if n == 2 else f"{n} times"
            msg = rule.message.format(word=m.group(1), name=name, count=n, uses=uses)
            yield make_finding(rule, article.doc, m.start(1), m.end(1), msg, name)

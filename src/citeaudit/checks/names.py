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
from citeaudit.sources import NAME_PARTICLES

# a capitalised word, hyphenated or with an apostrophe inside ("O'Rourke", "Ocasio-Cortez"), without a
# possessive ending; not part of a web address, handle or longer token
# (or a capital inside it after a prefix: "DeWine", "McConnell", "LaGuardia")
_NAME = rx.compile(r"(?<![\w@#/'\u2019.-])(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}\p{Ll}+)?)(?:['\u2019]s)?"
                   r"(?![\w@/'\u2019-])")
# a full name: another capitalised word before the surname ("Donna Brazile")
_FULL_NAME = rx.compile(r"(?<![\w'\u2019-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}\p{Ll}+)?)"
                        r"(?![\w-])")
# the words either side of a name, on its line
_WORD_BEFORE = rx.compile(r"(\p{L}[\p{L}'\u2019-]*)[ \t]+$")
_WORD_AFTER = rx.compile(r"[ \t]+([\p{L}'\u2019-]+)")
_COMMON_WORD = 5.5  # Zipf: a capitalised word this common ("At", "When", "After") is no first name
_SIC = rx.compile(r"(?i)['\u2019]?s?\s*[\[(]sic[\])]")


def _plural_or_possessive(a: str, b: str) -> bool:
    """Whether one name is the other's plural or possessive, or its people's ("Californians")."""
    return any(x in (y + "s", y + "es", y + "n", y + "ns") for x, y in ((a, b), (b, a)))


def spelled_two_ways(names: Counter, full: dict[str, set[str]], zipf, allowed: set[str], min_length: int = 5,
                     max_uses: int = 2, known_zipf: float = 1.8,
                     near_zipf: float | None = None) -> dict[str, tuple[str, bool]]:
    """Variant -> (the name it misspells, whether only where it follows that name closely), among the
    capitalised words of an article counted in `names` (`full`: those also written after a first name,
    with their first names). A name is one used at least twice, or once in full; its variant is used at
    most `max_uses` times, and half as often as the name at most. Two surnames written with different
    first names are two people ("Boris Johnson", "David Johnston"). A variant English knows as a word or
    a name (Zipf `known_zipf` or more) is one only where it follows the name closely, and only below
    `near_zipf` ("Maria Gonzalez said ... Gonzales added")."""
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
        known = zipf.get(variant.lower(), 0.0) if best is not None else 0.0
        if best is not None and (known < known_zipf or (near_zipf is not None and known < near_zipf
                                                        and not full.get(variant) and best in full)):
            out[variant] = (best, known >= known_zipf)
    return out


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at text[start:end] stands alone, no part of a longer name ("Gonzales
    added", not "Osama bin Laden", "Luis Gonzales")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return not (before and before.group(1)[:1].isupper()) and not (
        after and (after.group(1)[:1].isupper() or after.group(1) in NAME_PARTICLES))


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
    in_full: dict[str, list[int]] = defaultdict(list)  # surname -> the sentences writing it after a capitalised word
    titles, zipf = _titles(article), base_lexicon()[0]
    for i, (start, end) in enumerate(spans):
        names.update(_NAME.findall(text, start, end))
        for first, surname in _FULL_NAME.findall(text, start, end, overlapped=True):  # ("Mayor Jennifer Roberts")
            # (a title or a common word opening the sentence is no first name: "At Brazille's direction")
            low = first.lower()
            full[surname].update(() if low in titles or zipf.get(low, 0.0) >= _COMMON_WORD else (first,))
            in_full[surname].append(i)
    allowed = {str(w).lower() for w in rule.get("allow", []) or []}
    near = rule.get("near_zipf")
    variants = spelled_two_ways(names, full, zipf, allowed, int(rule.get("min_length", 5)),
                                int(rule.get("max_uses", 2)), float(rule.get("known_zipf", 1.8)),
                                float(near) if near is not None else None)
    if not variants:
        return
    near_sentences = int(rule.get("near_sentences", 2))
    for i, (start, end) in enumerate(spans):
        for m in _NAME.finditer(text, start, end):
            name, only_near = variants.get(m.group(1), (None, False))
            if name is None or _SIC.match(text, m.end(1)):
                continue
            if only_near and not (any(i - near_sentences <= k < i for k in in_full.get(name, ()))
                                  and _alone(text, m.start(1), m.end(1))):
                continue  # (a known name: only right after the name in full, in one of the sentences before)
            n = names[name]
            uses = "once" if n == 1 else "twice" if n == 2 else f"{n} times"
            msg = rule.message.format(word=m.group(1), name=name, count=n, uses=uses)
            yield make_finding(rule, article.doc, m.start(1), m.end(1), msg, name)

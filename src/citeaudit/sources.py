"""Source classification: which kind of source a source phrase names, and which outlet.

The vocabulary is data: the outlet registry (kind `outlets`) and `source-terms` rules, each with a
source kind, a priority (lower first) and patterns tried against the source phrase.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import regex

from citeaudit import rx
from citeaudit.phrases import NUMBER_WORDS, QUANTITY_WORDS
from citeaudit.rules import REGEX_TIMEOUT, Rule, RuleSet

SOURCE_KINDS = ("outlet", "person", "organization", "government", "anonymous", "vague", "document", "unknown")
OUTLET_TYPES = ("wire", "newspaper", "broadcaster", "agency", "state-media", "magazine", "online")

# "Russia's Interfax news agency": a country's possessive before an outlet's name and its descriptor
_LEADING_POSSESSIVE = rx.compile(r"^(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?['\u2019]s\s+")


# lowercase particles inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman"): the attributor's
# name matching uses them too
NAME_PARTICLES = frozenset("bin bint ibn abu al el von van der den de da di du dos del della".split())


def holds_particle(words) -> bool:
    """Whether a name's words hold one of the particles ("Bill de Blasio"; compared as written)."""
    return any(w in NAME_PARTICLES for w in words)


def _unanchored(rule: Rule) -> list:
    """A rule's patterns but those anchored at a phrase's start ("^...")."""
    return [p for raw, p in zip(rule.data.get("patterns") or [], rule.patterns()) if not raw.startswith("^")]


# the words before a role that leave the phrase's kind to its head: "a court document filed by state
# attorney Dave Aronberg" is a document
_PREPOSITIONS = frozenset("of for by at from in with about on".split())
# people polled by a named body ("Analysts polled by LSEG")
_POLLED_BY = rx.compile(r"^\S.*?\s+(?:polled|surveyed)\s+by\s+(?=(?:the\s+)?\p{Lu})")
# a named body after a head ("... at Bernstein", "... from the World Health Organization")
_AFFILIATION = rx.compile(r"\s+(?:at|from|with)\s+(?=(?:the\s+)?\p{Lu})")
# "of", a capitalised name and a lowercase noun ending a phrase: "... Bank of Kansas City paper"
_NAME_THEN_NOUN = rx.compile(r"\sof\s+(?:the\s+)?\p{Lu}\S*(?:\s+\p{Lu}\S*)*\s+\p{Ll}+$")
# a source phrase's head, before the modifier that follows it: "Dr Henrik Aas" of "... of the Institute"
_HEAD = rx.compile(r"^(.+?)\s+(?:of|for|at|from|in|with)\s+\S")
# ... and its maker's or its group's: "spending by middle-income shoppers", "polling among voters"
_CITED_HEAD = rx.compile(r"^(.+?)(?:\s+\p{Ll}+ed)?\s+(?:of|for|at|from|in|with|by|among)\s+\S")

# a document's author after it: "a report from Reuters", "an article in The Atlantic"
_BY_PUBLISHER = rx.compile(r"\s(?:from|by|in|on|of)\s+(.+)$")

# the pieces of reporting an outlet publishes (its polls, tallies and studies are documents)
_REPORTING = frozenset("report reports reporting article articles story stories editorial editorials column "
                       "investigation piece".split())

# the kinds a whole phrase decides ("officials who spoke on condition of anonymity"): naming no one
_UNNAMED = ("anonymous", "vague")
# a relative clause after a source's noun: "a person who has heard it", "the company that makes it"; or the
# name it goes by: "A group calling itself BlackHarbor", "a hacker known as Guccifer"
_RELATIVE_CLAUSE = rx.compile(r",?\s+(?:who|whom|whose|that|which|calling\s+(?:itself|themselves|himself|herself)|known\s+as)\s")
# a body's name, capitalised words with a preposition inside, after "The": no head and modifier but one name
# ("The Centers for Disease Control and Prevention", not the head "The Centers"; "the National Bureau of
# Statistics", not "the National Bureau")
_ONE_NAME = rx.compile(r"[Tt]he\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+)+(?:for|of|on|in)\s+(?:the\s+)?"
                       r"\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+)?\p{Lu}[\p{L}.'\u2019-]*)*")
_PREPOSITION_IN = rx.compile(r"\s(?:" + "|".join(sorted(_PREPOSITIONS | {"to"})) + r")\s")  # ("to" too: "efforts to lure")

# a name after its capitalised owner's: "NFL Network's Ian Rapoport", "The Post's Chris Cillizza"
_OWNER_THEN_NAME = rx.compile(r"(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*['\u2019]s?"
                              r"\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]*)")
_PADDED_POSSESSIVE = rx.compile(r"(['\u2019]) (?=s\b)")  # "mayor\u2019 s" of "mayor&rsquo;s" decoded and padded
# a phrase ending with what a possessive owns has that as its head: "the secretary of state's office"
_POSSESSED_END = rx.compile(r"['\u2019]s\s+\p{Ll}[\p{L}-]*$")
# people the writer spoke to: "experts we spoke with", "economists whom I interviewed"
_CONTACTED = rx.compile(r"(.+?)\s+(?:whom\s+|that\s+)?(?:I|we)\s+(?:interviewed|asked|consulted|contacted|surveyed|"
                        r"spoke\s+(?:to|with)|talked\s+(?:to|with))$")
# a number or group of people or things: what they are decides ("groups of protesters", "dozens of officials")
_SOME_OF = rx.compile(
    r"^(?i:(?:a|an|the|small|large|several|two|three|many|some|rival|tiny)\s+)*(?:groups?|dozens|hundreds|thousands|"
    r"millions|handful|number|couple|pair|crowds?|scores)\s+of\s+(?!the\b)(.+)$")
# a share of people: "Nearly 6 in 10 voters", "Seven of 10 Americans"
_SHARE_OF = rx.compile(rf"^(?i:(?:{'|'.join(sorted(QUANTITY_WORDS))})\s+)*(?:\d+|(?i:{'|'.join(sorted(NUMBER_WORDS))}))"
                       r"\s+(?:in|of|out\s+of)\s+\d+\s+(.+)$")
_PARTICIPLE_END = rx.compile(r"\s+\p{Ll}+(?:ed|en|wn)$")
# a group and its named members: "Other candidates, including Carly Fiorina and Ben Carson"
_GROUP_WITH_MEMBERS = rx.compile(r"^(.+?),\s+(?:including|among\s+them|such\s+as)\s+(.+)$")
_NAMED_LAST = rx.compile(r"\b\p{Lu}[\p{L}.'\u2019-]*\W*$")
# a lower-case word naming an occupation by its ending ("fisherman", "shopkeeper", "florist", "librarian")
_OCCUPATION = rx.compile(r"(?!(?:under|over|after|other|either|neither|whether|rather|ever|never|later|per|"
                         r"former|latter|inner|outer|upper|lower|another|human|german|roman|woman|man)$)"
                         r"\p{Ll}{3,}(?:man|woman|men|women|person|people|er|ers|ist|ists|ian|ians)")
# people who speak for themselves, not for the body named before them: the public it serves ("Iowa voters",
# "Goldman Sachs customers") and those elected in it ("the Vermont senators")
_OWN_VOICES = frozenset("""voters residents citizens people taxpayers fans supporters shoppers customers clients consumers
commuters passengers parents students families patients homeowners renters tenants farmers workers drivers
viewers readers users subscribers investors shareholders members locals natives senators lawmakers legislators
representatives congressmen congresswomen delegates""".split())
_BRACKETED = rx.compile(r"\s*\([^()]*\)")
# the kinds a list of members of one kind takes (an outlet's list has no one canonical name)
_LISTED_KINDS = ("person", "government", "organization", "document")
_MEMBER_SPLIT = rx.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# a body's name and the plural of a role: "Goldman Sachs economists", "Pentagon officials"
_STAFF_OF = rx.compile(r"^((?:[Tt]he\s+)?\p{Lu}[\p{L}&'\u2019.-]*(?:\s+\p{Lu}[\p{L}&'\u2019.-]*){0,4})\s+(\p{Ll}+s)$")
# a body's officer, the body before the role: "a White House spokesman", "Bank of England governor"
_BODY_ROLE = rx.compile(r"^(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[\p{L}.&'\u2019-]+\s+){0,4}[\p{L}.&'\u2019-]+)\s+(\p{Ll}[\p{L}-]*)$")
# a named body's officer: "the UN's humanitarian chief", "Russia's foreign ministry spokesman"
_OWNED_ROLE = rx.compile(
    r"^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['\u2019]s\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)$")


@dataclass(frozen=True)
class Outlet:
    name: str
    type: str
    country: str
    domains: tuple[str, ...]


def _outlets_by_alias(rules: RuleSet) -> dict[str, list[Outlet]]:
    """alias (lower-cased) -> the outlets it names, in the order listed, each once, from every `outlets`
    rule; entries are validated."""
    by_alias: dict[str, list[Outlet]] = {}
    for rule in rules.of_kind("outlets"):
        for i, entry in enumerate(rule.get("outlets")):
            key = f"outlets[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise rule.error(key, "each outlet is a mapping with a 'name' string")
            aliases = entry.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise rule.error(f"{key}.aliases", "expected a list of strings")
            if entry.get("type") not in OUTLET_TYPES:
                raise rule.error(f"{key}.type", f"{entry.get('type')!r} is not one of {', '.join(OUTLET_TYPES)}")
            unknown = set(entry) - {"name", "aliases", "type", "country", "domains"}
            if unknown:
                raise rule.error(f"{key}.{sorted(unknown)[0]}", "not an outlet key (name, aliases, type, country, domains)")
            outlet = Outlet(entry["name"], entry["type"], str(entry.get("country", "")),
                            tuple(str(d).lower() for d in entry.get("domains", []) or []))
            for alias in [entry["name"], *aliases]:
                named = by_alias.setdefault(alias.lower(), [])
                if outlet not in named:
                    named.append(outlet)
    return by_alias


def _country_markers(rules: RuleSet) -> dict[str, list]:
    """country -> the compiled patterns of the `country_markers` of `outlets` rules; validated."""
    markers: dict[str, list] = {}
    for rule in rules.of_kind("outlets"):
        given = rule.get("country_markers") or {}
        for country, patterns in given.items():
            if not isinstance(patterns, list):
                raise rule.error(f"country_markers.{country}", "expected a list of regular expressions")
            markers.setdefault(str(country), []).extend(rule.patterns_from(f"country_markers.{country}", patterns))
    return markers


def _first_word(name: str) -> str:
    """A name's first word past a leading "the" ("Times" of "the Times")."""
    return name[4:] if name[:4].lower() == "the " else name


_WORD = rx.compile(r"\p{L}+")  # (a possessive's "s" is a word of its own: "Trump's wife")
_PRONOUNS_LISTED = ("she", "he")


def _pronoun_lists(terms: list[Rule], key: str) -> dict[str, str]:
    """word (lower case) -> "she" or "he", from the `key` mapping of source-terms rules (pronoun -> words)."""
    out: dict[str, str] = {}
    for r in terms:
        lists = r.get(key) or {}
        for pronoun, words in lists.items():
            if pronoun not in _PRONOUNS_LISTED or not isinstance(words, list):
                raise r.error(key, f"expected lists of words under {' and '.join(_PRONOUNS_LISTED)}, got {pronoun!r}")
            out.update((str(w).lower(), pronoun) for w in words)
    return out


def _stated_reason(rule: Rule, text: str) -> str | None:
    """The first match of the rule's `reason_patterns` in `text`, if any."""
    for rp in rule.patterns("reason_patterns"):
        m = rp.search(text, timeout=REGEX_TIMEOUT)
        if m:
            return m.group().strip()
    return None


def _company_names(rule: Rule) -> Iterator[str]:
    """A source-terms rule's `companies`, each with a straight apostrophe."""
    for i, name in enumerate(rule.get("companies") or []):
        if not isinstance(name, (str, int)) or isinstance(name, bool):
            raise rule.error(f"companies[{i}]", f"expected a company's name, got {type(name).__name__}")
        yield str(name).replace("\u2019", "'")


class SourceClassifier:
    def __init__(self, rules: RuleSet):
        by_alias = _outlets_by_alias(rules)
        self.outlets = {alias: outlets[-1] for alias, outlets in by_alias.items()}
        self.all_outlets = list(dict.fromkeys(o for outlets in by_alias.values() for o in outlets))  # (in order)
        # (an alias outlets share names the last listed, unless it is shared by outlets of several countries ("The
        # Times": London's and New York's), which outlet() tells apart by the article, its links and its country)
        self.shared_aliases = {alias: outlets for alias, outlets in by_alias.items()
                               if len({o.country for o in outlets}) > 1}
        # ... and the names and aliases each of those outlets shares with no other, as written ("New York Times")
        self._own_names = {o: [a for r in rules.of_kind("outlets") for e in r.get("outlets") if e["name"] == o.name
                               for a in [e["name"], *e.get("aliases", [])] if len(by_alias[a.lower()]) == 1]
                           for outlets in self.shared_aliases.values() for o in outlets}
        self.country_markers = _country_markers(rules)
        self._country: tuple[str | None, str | None] = (None, None)  # (the last text country_of placed, its country)
        self.caps_aliases = {a.lower() for r in rules.of_kind("outlets") for e in r.get("outlets")
                             for a in [e["name"], *e.get("aliases", [])] if a.isupper() and len(a) <= 4}
        # aliases the registry writes in lower case count written so ("dpa"): copy never capitalises them
        self.lower_aliases = {a for r in rules.of_kind("outlets") for e in r.get("outlets")
                              for a in e.get("aliases", []) if a[:1].islower()}
        # the words that describe an outlet ("news agency", "tabloid"), before its name ("the Russian news
        # agency RIA": up to three words of their own before them) or after it ("Interfax news agency")
        # (longest first: "wire service" before "wire")
        descriptors = sorted({d for r in rules.of_kind("outlets") for d in r.get("descriptors") or []},
                             key=lambda d: (-len(d), d))
        nouns = "|".join(r"\s+".join(map(regex.escape, d.split())) for d in descriptors)
        self.descriptor_before = rx.compile(rf"(?:the\s+)?(?:[\p{{L}}'\u2019-]+\s+){{0,3}}(?:{nouns})\s+",
                                            regex.IGNORECASE) if nouns else None
        self.descriptor_after = rx.compile(rf"\s+(?:{nouns})$", regex.IGNORECASE) if nouns else None
        terms: list[Rule] = rules.of_kind("source-terms")
        for r in terms:
            if r.get("source_kind") not in SOURCE_KINDS:
                raise r.error("source_kind", f"{r.get('source_kind')!r} is not one of {', '.join(SOURCE_KINDS)}")
        self.terms = sorted(terms, key=lambda r: (r.get("priority", 100), r.id))
        # titles before a name ("Sen.", "President", "Chief"), lower-cased without a full stop
        self.titles = {t.lower().rstrip(".") for r in terms for t in r.get("titles") or []}
        # forms of address ("Mr", "Sen") and offices ("President") only people hold, as written
        self.honorifics = sorted({str(t).rstrip(".") for r in terms for t in r.get("honorifics") or []})
        self.offices = sorted({str(t) for r in terms for t in r.get("offices") or []})
        # lower-case nouns describing a body right before its name ("research firm Gartner", "consumer group Choice")
        self.descriptors = frozenset(str(t).lower() for r in terms for t in r.get("descriptors") or [])
        # companies quoted by name alone ("Apple said"), each rule's, matched whole as written (an apostrophe
        # either way)
        self._companies = {r.id: frozenset(_company_names(r)) for r in terms}
        self.company_names = frozenset().union(*self._companies.values())
        # the pronoun ("she", "he") a person is referred to with, by a word describing them ("Mrs", "wife")
        # and by a first name written with a capital ("Maria")
        self.pronoun_words = _pronoun_lists(terms, "pronoun_words")
        self.first_name_pronouns = _pronoun_lists(terms, "first_names")
        self._classified: dict[str, tuple[str, str | None, str | None]] = {}  # phrase -> classify() result

    def outlet(self, phrase: str, text: str | None = None, hosts: Iterable[str] = ()) -> Outlet | None:
        """The outlet a phrase names: an outlet's name or alias, after "the" or a descriptor ("the
        Russian news agency RIA", "the tabloid The Sun") or alone. Where outlets of several countries
        share the name, the one a web address of `hosts` (those the sentence links to) belongs to, else
        the only one the article's `text` names by a name of its own ("according to The New York Times
        ... the Times reported"), else the one of the country the text is placed in (see country_of: "The
        Times" in an article giving prices in pounds is London's), else the one the registry lists last."""
        named = self._named_outlet(phrase)
        if named is None:
            return None
        alias, outlet = named
        if alias in self.shared_aliases and (text is not None or hosts):
            outlets = self.shared_aliases[alias]
            for host in hosts:
                linked = [o for o in self.outlets_at(host) if o in outlets]
                if linked:
                    return linked[0]
            if text is None:
                return outlet
            named = [o for o in outlets if any(name in text for name in self._own_names[o])]
            if len(named) == 1:
                return named[0]
            country = self.country_of(text)
            return next((o for o in outlets if o.country == country), outlet) if country else outlet
        return outlet

    def outlets_named(self, phrase: str) -> list[Outlet]:
        """Every outlet a phrase may name: all those sharing its name or alias ("The Times": London's and New
        York's), else the one it names, or none."""
        named = self._named_outlet(phrase)
        return [] if named is None else self.shared_aliases.get(named[0], [named[1]])

    def country_of(self, text: str) -> str | None:
        """The country an article's words place it in: the one with the most `country_markers` found
        ("£", "Downing Street", "MPs"), at least two and more than any other's, or None. (The last
        article's answer is kept: its outlets ask one after another.)"""
        if self._country[0] is not text:
            found = sorted(((sum(len(p.findall(text, timeout=REGEX_TIMEOUT)) for p in patterns), country)
                            for country, patterns in self.country_markers.items()), reverse=True)
            placed = found and found[0][0] >= 2 and not (len(found) > 1 and found[1][0] == found[0][0])
            self._country = (text, found[0][1] if placed else None)
        return self._country[1]

    def _named_outlet(self, phrase: str) -> tuple[str, Outlet] | None:
        """(the alias, lower-cased, and the outlet) a phrase names (see outlet)."""
        phrase = " ".join(phrase.split())
        names = [phrase]
        if phrase[:4].lower() == "the ":
            names.append(phrase[4:])
        if self.descriptor_before is not None:
            m = self.descriptor_before.match(phrase)
            if m:
                names.append(phrase[m.end():])
            # the descriptor after the name, perhaps with a country before it: "Russia's Interfax news agency"
            # or with words of its own before the name: "the official IRNA news agency", "the
            # semi-official Tasnim news agency" (the name is the capitalised words ending the rest)
            short = self.descriptor_after.sub("", _LEADING_POSSESSIVE.sub("", phrase))
            if short != phrase:
                words = short.split()
                names += [short, *(" ".join(words[k:]) for k in range(1, len(words)) if words[k][:1].isupper())]
        for name in names:
            outlet = self.outlets.get(name.lower())
            # a short all-capitals alias (AP, RT, FT) only counts when written in capitals ("ap" is not AP),
            # and any name when capitalised, as copy writes names ("people", "the hill" are no outlets),
            # unless the registry writes it in lower case ("dpa")
            if outlet and (name in self.lower_aliases or (
                    not (name.lower() in self.caps_aliases and not name.isupper()) and not _first_word(name)[:1].islower())):
                return name.lower(), outlet
        return None

    def classify(self, phrase: str) -> tuple[str, str | None, str | None]:
        """(kind, outlet canonical name or None, stated reason for anonymity or None). Line breaks and
        runs of spaces count as one space (a hard-wrapped text breaks "spoke on / condition of
        anonymity"), and an apostrophe before a possessive's "s" none (an HTML entity's padding)."""
        if "\n" in phrase or "  " in phrase or "\t" in phrase or "\r" in phrase:
            phrase = " ".join(phrase.split())
        if "\u2019 s" in phrase or "' s" in phrase:
            phrase = _PADDED_POSSESSIVE.sub(r"\1", phrase)  # (an HTML entity's padding: "the mayor\u2019      s office")
        if phrase not in self._classified:
            self._classified[phrase] = self._classify(phrase)
        return self._classified[phrase]

    def _classify(self, phrase: str) -> tuple[str, str | None, str | None]:
        outlet = self.outlet(phrase)
        if outlet:
            return "outlet", outlet.name, None
        # the whole phrase says whether a source is unnamed or vague ("officials who spoke on condition
        # of anonymity", "people familiar with the plans"); otherwise the head before a modifier decides
        # when it names a kind ("Dr Henrik Aas of the Norwegian Polar Institute" is a person, "the head
        # of the IMF" too) other than vague or unnamed where the whole names one ("Economists at the
        # IFS" are the IFS's), else the whole ("the Bureau of Labor Statistics")
        if self._role_then_name(phrase):
            return "person", None, None  # a person named after a role: "Pentagon spokesman John Kirby"
        owned = _OWNER_THEN_NAME.fullmatch(phrase)
        if owned and self._classify(owned.group(1))[0] == "person":
            # a person named after an owner, whatever the owner's words make of the whole: "NFL Network's Ian
            # Rapoport" (a body's "Network")
            return "person", None, None
        words = phrase.split()
        if (2 <= len(words) <= 3 and words[-1].endswith("s") and words[-2].lower() in self.first_name_pronouns
                and all(w[:1].isupper() for w in words) and (len(words) == 2 or words[0].lower().rstrip(".") in self.titles)):
            # a known first name and a surname like a plural, whatever the plural's word: "Rep. Jim Banks",
            # "Elizabeth Banks" (not "Victoria Police")
            return "person", None, None
        grouped = _GROUP_WITH_MEMBERS.match(phrase)
        if grouped:
            # named members make a vague or unnamed group checkable: "Other candidates, including Carly
            # Fiorina" are people; "Six newspapers, including the Asbury Park Press", outlets
            kind = self._classify(grouped.group(1))
            if kind[0] not in _UNNAMED + ("unknown",):
                return kind
            # (the first member named, a capitalised word ending it, of a known kind: "Carly Fiorina and
            # Ben Carson"; not "big contributors to Democratic candidates")
            for member in _MEMBER_SPLIT.split(_BRACKETED.sub("", grouped.group(2))):  # (party tags aside)
                named = self._classify(member) if _NAMED_LAST.search(member) else ("unknown",)
                if named[0] not in _UNNAMED + ("unknown",):
                    return named
            return kind
        if " and " in phrase:
            # a list of members of one kind is of that kind: "Ann Lee and Tom Hale", "Sens. Jeff Merkley
            # (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez" (their tags in brackets set aside)
            members = [m.strip() for m in _MEMBER_SPLIT.split(_BRACKETED.sub("", phrase)) if m.strip()]
            kinds = {self.classify(m)[0] for m in members} if 2 <= len(members) <= 6 else set()
            if len(kinds) == 1 and (kind := kinds.pop()) in _LISTED_KINDS:
                return kind, None, None
        # "Not everyone", "not all economists" are as vague as everyone; "Education policy experts we spoke
        # with" are experts (where the words left say nothing, the rules judge the whole: "almost everyone I
        # interviewed")
        if phrase[:4].lower() == "not ":
            contacted, left = None, phrase[4:]
        else:
            contacted = _CONTACTED.match(phrase)
            left = contacted.group(1) if contacted else None
        if left and (kind := self._classify(left))[0] != "unknown":
            return kind
        if contacted and self._term(phrase) is None:
            # those the reporter spoke with are people, when the rules say nothing of the whole ("Librarians I
            # spoke with"; "almost everyone I interviewed" is vague)
            return "person", None, None
        some = _SOME_OF.match(phrase)
        if some:
            return self._classify(some.group(1))  # "Small groups of protesters" are protesters
        share = _SHARE_OF.match(phrase)
        if share:
            # a share of a group is people, vague or unnamed as the group is: "6 in 10 Republicans" (no party)
            kind = self._classify(share.group(1))
            return kind if kind[0] in _UNNAMED else ("person", None, None)
        staff = _STAFF_OF.match(phrase)
        role = self._term(staff.group(2)) if staff else None
        if role is not None and role.get("source_kind") in ("person", "vague") and staff.group(2) not in _OWN_VOICES:
            # (unnamed officials and aides stay anonymous: "White House officials")
            kind = self._classify(staff.group(1))[0]
            if kind in ("organization", "government"):
                return kind, None, None  # a body's people speak for it: "Goldman Sachs economists"
        owned = _OWNED_ROLE.search(phrase)
        role = self._term(owned.group(1).split()[-1]) if owned else None
        if role is not None and role.get("source_kind") == "person":
            return "person", None, None  # a body's officer: "The UN's humanitarian chief", "Russia's foreign ministry spokesman"
        body_role = _BODY_ROLE.match(phrase)
        role = self._term(body_role.group(2)) if body_role else None
        if (role is not None and role.get("source_kind") == "person"
                and self.classify(body_role.group(1))[0] in ("organization", "government")):
            return "person", None, None  # a body's officer named by the body: "a White House spokesman", "Police chief"
        polled = _POLLED_BY.match(phrase)
        if polled:
            # people a named body polled speak through its poll: "Analysts polled by LSEG", "Economists
            # surveyed by Reuters"
            kind = self._classify(phrase[polled.end():])
            return kind if kind[0] in ("organization", "government", "outlet") else ("organization", None, None)
        rule = self._term(phrase)
        clause = _RELATIVE_CLAUSE.search(phrase)
        if (clause and (rule is None or rule.get("source_kind") not in _UNNAMED)
                and not _PREPOSITION_IN.search(phrase, 0, clause.start())):
            # what a relative clause says its noun did is not what the noun is: "a person who has seen the
            # letter", "the Japanese company that developed the drug" (but it may say who is unnamed:
            # "officials who spoke on condition of anonymity"; and a noun with a phrase after it is left to
            # the rules: "Canada's efforts to lure American companies who want")
            kind = self._classify(phrase[:clause.start()])
            if kind[0] != "unknown":
                return kind
        head = None if _POSSESSED_END.search(phrase) or _ONE_NAME.fullmatch(phrase) else _HEAD.match(phrase)
        if head and (rule is None or rule.get("source_kind") not in _UNNAMED):
            # (the head without a participle ending it: "FBI data" of "FBI data released in September")
            by_head = self._term(_PARTICIPLE_END.sub("", head.group(1)))
            if (rule is not None and rule.get("source_kind") == "document" and _NAME_THEN_NOUN.search(phrase)
                    and by_head is not None and by_head.get("source_kind") in ("government", "organization", "outlet")):
                by_head = None  # a body's document named last: "a 2024 Federal Reserve Bank of Kansas City paper"
            # (a vague head with a named body after it is checkable: "Economists at the IFS")
            if by_head is not None and (rule is None or by_head.get("source_kind") not in _UNNAMED):
                rule = by_head
            elif by_head is not None and (body := _AFFILIATION.match(phrase, head.end(1))):
                # people of a named body, whatever they are: "Analysts at Bernstein", "Experts from the
                # WHO" speak for it
                kind = self._classify(phrase[body.end():])[0]
                return (kind if kind in ("organization", "government", "outlet") else "organization"), None, None
        if rule is not None:
            if rule.get("source_kind") == "document" and (outlet := self._publisher(phrase)):
                return "outlet", outlet.name, None  # an outlet's report: "a report from The Information"
            return rule.get("source_kind"), None, _stated_reason(rule, phrase)
        if phrase[:1].isupper() and phrase.lower() in self.first_name_pronouns:
            return "person", None, None  # a first name alone: "Melanie said"
        return "unknown", None, None

    def _publisher(self, phrase: str) -> Outlet | None:
        """The outlet a piece of reporting names as its author, after a preposition ("a report from
        Reuters", "an article in The Atlantic") or before it ("a Bloomberg News report"). An outlet's
        data stays a document ("a CNN tally", "a study published in The Lancet")."""
        by = _BY_PUBLISHER.search(phrase)
        words = (phrase[:by.start()] if by else phrase).split()
        if not words or words[-1].lower() not in _REPORTING:
            return None
        if by:
            return self.outlet(by.group(1))
        start = 1 if words[0].lower() in ("a", "an", "the") else 0
        return self.outlet(" ".join(words[start:-1])) if len(words) - start >= 2 else None

    def _role_then_name(self, phrase: str) -> bool:
        """Whether a phrase ends with a person's name of two or three capitalised words after a role or
        title ("Ukraine's military intelligence chief Kyrylo Budanov", "Council President Dan Reyes",
        "Prosecutor Sarah Kemp", whatever a higher-priority kind makes of the role alone), with no
        preposition before the role (there the head decides) and no title or body in the name ("the
        Justice Department", "Senate Armed Services")."""
        words = phrase.split()
        for k in (2, 3, 4, 5):
            name, role = words[-k:], words[-k - 1].lower().rstrip(".") if len(words) > k else ""
            # (a preposition inside a capitalised name is part of it: "Centers for Disease Control director";
            # particles inside a person's name are too: "European Commission President Ursula von der Leyen")
            if (not role or not name[0][:1].isupper() or not name[-1][:1].isupper()
                    or not all(w[:1].isupper() or w in NAME_PARTICLES for w in name)
                    or sum(w[:1].isupper() for w in name) > 3
                    or any(w.lower() in _PREPOSITIONS and not nxt[:1].isupper() for w, nxt in zip(words[:-k], words[1:]))
                    or any(w.lower().rstrip(".") in self.titles for w in name)):
                continue
            # (or an occupation the role lists do not know, in lower case: "fisherman Tom Penrose")
            occupation = (words[-k - 1].islower() and _OCCUPATION.fullmatch(role) is not None
                          and not holds_particle(name))  # (not "newspaper Correio de Manha")
            if role in self.titles or self.mentions("person", role) or occupation:
                named = self._term(" ".join(name))
                return named is None or named.get("source_kind") == "person"
        return False

    def is_company(self, name: str) -> bool:
        """Whether a name is one of the companies the rules list (see _term)."""
        return " ".join(name.split()).replace("\u2019", "'") in self.company_names

    def _term(self, phrase: str) -> Rule | None:
        """The first `source-terms` rule (by priority) listing the phrase among its `companies` or with a
        pattern matching it."""
        listed = phrase.replace("\u2019", "'")
        for rule in self.terms:
            if listed in self._companies[rule.id]:
                return rule
            for p in rule.joined():
                if p.search(phrase, timeout=REGEX_TIMEOUT):
                    return rule
        return None

    def head_kind(self, phrase: str) -> str:
        """The kind of a phrase's head before a modifier ("weaker demand" of "weaker demand from
        customers": unknown, though customers are people), or of the whole phrase where none follows
        or the whole is an unnamed source ("two people familiar with the matter")."""
        whole = self.classify(phrase)[0]
        head = _CITED_HEAD.match(phrase)
        return self.classify(head.group(1))[0] if head and whole not in _UNNAMED else whole

    def pronoun_for(self, person: str) -> str | None:
        """The pronoun ("she" or "he") a person's name or description calls for ("Mrs. Clinton", "his
        wife", "Maria Lopez"), or None where no word tells or the words disagree."""
        found = set()
        for word in _WORD.findall(person):
            low = word.lower()
            pronoun = self.pronoun_words.get(low) or (self.first_name_pronouns.get(low) if word[:1].isupper() else None)
            if pronoun:
                found.add(pronoun)
        return found.pop() if len(found) == 1 else None

    def mentions(self, kind: str, text: str, whole_phrases: bool = True) -> bool:
        """Whether `text` matches a pattern of the rules for `kind` anywhere, e.g. the sentence of an
        unnamed source that "spoke on condition of anonymity". With `whole_phrases` false, the patterns
        anchored at a phrase's start ("^...") are left out: they describe a whole source phrase, and
        would take a sentence opening "People in the early stages ..." for one."""
        return any(p.search(text, timeout=REGEX_TIMEOUT)
                   for rule in self.terms if rule.get("source_kind") == kind
                   for p in (rule.joined() if whole_phrases else _unanchored(rule)))

    def reason(self, kind: str, text: str) -> str | None:
        """A stated reason (the `reason_patterns` of the rules for `kind`) anywhere in `text`, e.g. the
        sentence of an anonymous source: "..., a source said, because he was not authorized to speak"."""
        for rule in self.terms:
            if rule.get("source_kind") == kind:
                reason = _stated_reason(rule, text)
                if reason:
                    return reason
        return None

    def outlets_at(self, host: str) -> list[Outlet]:
        """The outlets a web host belongs to, in the registry's order ("www.thetimes.co.uk": The Times and The
        Sunday Times)."""
        host = host.lower().removeprefix("www.")
        return [o for o in self.all_outlets if any(host == d or host.endswith("." + d) for d in o.domains)]

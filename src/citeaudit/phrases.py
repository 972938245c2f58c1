"""The phrases around a cue: the source before it ("federal officials also said"), the source after
it ("according to the Russian news agency RIA", ", said Rep. Tom Alvarez"), the subject opening a
clause, and the statement a verb cue reports. Plain word-level rules over the prose, no parser:
each rule handles one construction of news writing and has its example beside it.
"""
from __future__ import annotations

from typing import Container

import regex

from citeaudit import rx
from citeaudit.model import Document, SourceRef

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# words standing for a source named elsewhere, which its resolution may replace in messages and reports
STAND_INS = frozenset((*PRONOUNS, "him", "her", "them", "who", "which", "that"))


def named_as(source: SourceRef) -> str:
    """A source as a message names it: the name a pronoun or "who" was resolved to, else its own words."""
    return source.canonical if source.canonical and source.text.lower() in STAND_INS else source.text


def unresolved(source: SourceRef) -> bool:
    """Whether a source is a pronoun or "who" the engine could not link to anyone named."""
    return not (source.canonical or source.outlet) and source.text.lower() in STAND_INS


# a number with commas between its thousands ("120,000"), a share ("38%"), a word (a name may end with "+": "OPEC+",
# "Disney+") or a mark
_TOKEN = rx.compile(r"\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])(?:\.\p{N}+)?%?|\p{N}+(?:\.\p{N}+)?%"
                    r"|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'\u2019&/-]*\+?|\S")

# an adverb: "-ly", but not the nouns and adjectives that end so ("attorneys for the family said")
_ADVERB = rx.compile(r"(?!(?:family|supply|ally|rally|assembly|reply|monopoly|anomaly|belly|bully|jelly|"
                     r"lily|tally|folly|homily|melancholy|ugly|holy|elderly|friendly|lonely|costly|likely)$)"
                     r"\p{Ll}+ly")

_NEGATED_AUXILIARY = rx.compile(r"(?i:\p{L}+n['\u2019]t)")  # "hasn't", "didn’t"

# auxiliaries and adverbs between a subject and its reporting verb ("has also long said")
# (copulas too, before an adjective cue: "Some parents remain hesitant")
_BETWEEN_SUBJECT_AND_VERB = set("""also has have had is was were are be been being will would could should may might
must can did does do not n't never later then again once previously recently already still just often even further
first long now since always yet ever almost together alone soon twice instead sometimes seldom rarely
repeatedly usually privately publicly reportedly
remain remains remained seem seems seemed become becomes became stay stays stayed
himself herself themselves itself""".split())  # (a reflexive stressing the subject: "Trump himself posted")
# quantifiers floating after their noun ("Strategists for Obama and Clinton all agree"); alone, or after
# "and" or a comma, they are the subject ("Both have promised")
_FLOATING = {"both", "all", "each"}
# the auxiliaries after which "earlier" is an adverb ("had earlier threatened"), not an adjective ("his earlier claim")
_AUXILIARIES_BEFORE_EARLIER = {"has", "have", "had", "was", "were", "is", "are"}

# prepositions that attach to a noun inside a subject ("the ambassador to the US"), not to a verb
_NOUN_MODIFIER_PREPOSITIONS = {"of", "to", "for", "at", "in", "from", "by", "across", "around", "throughout"}
# prepositions after an -ing participle modifying a subject: "Protesters marching through the streets"
_MOVING_PREPOSITIONS = {"through", "across", "along", "outside", "near", "into", "around", "past", "toward", "towards"}
# prepositions placing people, a second place coordinated with a first ("in Virginia and around the country")
_PLACE_PREPOSITIONS = frozenset("in at across around throughout outside inside within beyond".split())
# an amount before a subject ("$20 million experts say") and the quantities before "of those" ("some of those")
_CURRENCY_SIGNS = frozenset("$£€¥")
_MAGNITUDES = frozenset("thousand million billion trillion m bn k".split())
_PARTITIVES = frozenset("some many most all none few several half each any one two three four five".split())
_MODAL_NAMES = {"May", "Will"}  # modals that are names too
ARTICLES = frozenset(("a", "an", "the"))  # (after a verb, an article opens its object)
_POSSESSIVES = frozenset("his her its their our my your".split())
# verbs of putting out a statement, a document or an ad: its issuer says what it says
_ISSUED = frozenset("""released issued published filed sent posted wrote signed launched unveiled introduced aired ran
tweeted delivered made started opened circulated distributed drafted penned authored co-authored submitted presented
shared produced prepared put revised updated""".split())
# a relative clause without "who" after the people asked: "the experts I interviewed", "everyone we spoke to"
_CONTACTED = {"interviewed", "surveyed", "polled", "contacted", "reached", "asked", "consulted", "met", "spoke", "talked",
              "questioned", "heard", "quoted", "cited"}
_SPEAKING_PRONOUNS = PRONOUNS - {"it"}
_CLOSING_QUOTES = frozenset("\"\u201d\u2019'")
# relatives named before a first name in apposition: "his wife, Jane,"
_KIN = frozenset("""wife husband son daughter mother father brother sister partner widow widower fiancé fiancée
girlfriend boyfriend grandson granddaughter grandmother grandfather niece nephew cousin""".split())
_KNOWING = {"familiar", "knowledgeable", "acquainted", "conversant"}  # "people familiar with the matter"
_KNOWLEDGE = {"knowledge", "access"}  # "a person with knowledge of the matter", "people with access to it"
# people "with" a body are its people: "officials with the department", "a spokesman with the agency"
_MEMBERS = frozenset("""official officials spokesman spokeswoman spokesperson representative representatives member
members staff staffer staffers employee employees analyst analysts economist economists researcher researchers
lawyer lawyers attorney attorneys organizer organizers volunteer volunteers agent agents officer officers""".split())

# a pronoun with a contracted auxiliary: "who's", "she'd", "they've"
_CONTRACTED = rx.compile(r"(?i)(who|he|she|it|they|we|i|you)['\u2019](?:s|d|ve|ll|re|m)")

# "European", "Syrian", "American", "Chinese", "British", "Democratic", "Saudi" (not "Ryan", "These")
_NATIONALITY = rx.compile(r"^\p{Lu}\p{Ll}*(?:ean|ian|ican|\p{Ll}{3}ese|ish|ic|i)$")
_PLURAL = rx.compile(r"\p{Ll}+[^s\W]s")  # "leaders", "officials" (not "across", "was")
_PAST = rx.compile(r"\p{Ll}ed$")  # "granted", "blocked": the verb after a subject
# irregular past tenses a subject ends at too: "The announcement came days after ..., telling"
_IRREGULAR_PAST = frozenset("""came went took made gave got found told became felt brought began kept held wrote stood
heard meant met ran paid sat spoke led grew fell sent built drew broke spent rose drove bought chose sought threw
caught won fought struck saw knew thought said did""".split())

_VERB_FORM = rx.compile(r"(?:ing|ed)$")
_PARTICIPLE = rx.compile(r"(?:ed|en|wn)$")  # "obtained", "seen", "shown"

# words that end a subject on its left: clause openers, prepositions, relatives, verbs of being
NOT_A_SUBJECT = set("""that which who whom whose what when where why how while whether if because although though as
since after before until unless than so but and or nor yet for in on at to from by with about into onto over under
during against between among through without within across after per via like this these those there here despite
is was were are be been has have had will would could should may might must can did does do not said says say
told heard saw watched citing quoting""".split())
# (a verb of perceiving before the one perceived: "they heard an officer shout"; the participles of phrase cues,
# before their sources: "citing league sources who said")

# an infinitive opening a subject: "to settle thousands of lawsuits" (of "agreed to pay ... to settle ...")
_INFINITIVE_OPENING = rx.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)\p{Ll}+\s+")
# a relative clause after a speaker named after the verb: "said an official who was not authorized to speak"
_WHO_CLAUSE = rx.compile(r"\s+(?:who|whom)\s")
# after an inverted verb: a phrase opening with a preposition, or holding an auxiliary, is a clause
_NOT_A_NAME_AFTER = rx.compile(
    r"^(?:of|on|about|to|in|at|for|with|that|from|as)\b|\b(?:is|are|was|were|has|have|had|will|would|could|should|can|"
    r"may|might|must|did|does|do)\b")


# what may stand after a sentence's last word: its stop and a closing quotation mark
SENTENCE_CLOSE = rx.compile(r'\s*[.?!]?["\u201d\u2019]?\s*$')
# ... or a signature's, perhaps after a handle in brackets and where it was said: "— Dan Ortiz (@dortiz), on X"
_SIGNATURE_CLOSE = rx.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:,\s+(?:in|on|at|via|from|to)\b[^\n]{0,60})?" + SENTENCE_CLOSE.pattern)
# a conjunction closing the words before a source and cue ("..., but none of them responded")
_CONJUNCTION_END = rx.compile(r"(?i)\b(?:and|but|or|nor|so|yet|because|while|when|if|though|although|since)$")


def _quotation_first(text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] is a quotation closing right before the source and cue: one opening the
    sentence ("'... for the better,' McConnell said"; four words at least, not a title: "'Daily
    Show' host Trevor Noah showed"), or the end of one opened in an earlier sentence ("... No matter
    what," said Cummings). Plain string tests: a pattern for this backtracked on long sentences."""
    seg = text[lo:end].strip()
    if seg.endswith(","):
        seg = seg[:-1].rstrip()
    # (a short one counts with its comma, question or exclamation mark inside: '"It's cherry-picked," Asher told us')
    if len(seg) < 2 or (len(seg.split()) < 4 and not (len(seg) > 3 and seg[-2] in ",?!" and seg[0] in "\u201c\"")):
        return False
    if seg[0] in "\u201c\"\u2018'":
        return seg[-1] in "\u201d\"\u2019'"
    return seg[-1] in "\u201d\"" and not any(q in seg[:-1] for q in "\u201c\u201d\"")


# between the source and its cue at most a few words and no comma
_ADJACENT = rx.compile(r"(?:\s+[\p{L}'\u2019]+|\s*\([^()\n]{1,30}\)){0,3}\s+")  # (a party's tag too: "Jason Chaffetz (R-Utah)")

# an appositive between a source and its cue: "Tom Reyes, the chief executive, wrote", "the chief
# executive, Tom Reyes, wrote"
_APPOSITIVE_GAP = rx.compile(r",(?:[^,.;:\"\u201c\u201d]{1,150},)?\s*")

# a role standing between a quotation and the name after it: " the company's chief executive, "
_ROLE_BEFORE_NAME = rx.compile(r"(?<=[\"\u201d'\u2019])\s+(?:[^\s,\"\u201c\u201d]+\s+){0,6}[^\s,\"\u201c\u201d]+,\s*$")

# ... a possessive's relative or role, after a quotation closing a statement: " his sister, ", " her lawyer, ", " the
# company's chief executive, ", " their children's school, "; or a role or title after its article: " a spokesperson
# for the council, ", " the head of the agency, ", " the Finance Minister, ", " the Minister of Labour and Employment, "
_KIN_OR_ROLE = rx.compile(r"\s+(?:(?:(?:his|her|their|its)(?:\s+\p{L}[\p{L}.'\u2019-]*['\u2019]s)?"
                          r"|(?:the\s+)?\p{L}[\p{L}.'\u2019-]*['\u2019]s)"
                          r"\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+"
                          r"|(?:a|an|the)\s+(?:[\p{L}.'\u2019-]+\s+){0,3}[\p{L}-]+"
                          r"(?:\s+(?:for|of|at|to|with)(?:\s+[^\s,\"\u201c\u201d;:]+){1,6})?),\s*$")


# the comma closing a name in apposition before its cue, perhaps with an auxiliary: ", said", ", has said"
_APPOSITIVE_CLOSE = rx.compile(r"\s*,\s*(?:(?:has|have|had)\s+)?")


def role_in_apposition(text: str, lo: int, name_start: int) -> int | None:
    """Where a possessive's role set off by commas before a name starts (", his lawyer, Tom Lee"), or None."""
    kin = _KIN_OR_ROLE.search(text, lo, name_start)
    return kin.start() if kin and text[lo:kin.start()].endswith(",") else None


# a short phrase and a colon opening what follows a cue: "the Yorkshire Evening Post: "
_COLON_AFTER_RECIPIENT = rx.compile(r"[^:\"\u201c\u201d.;!?]{1,60}:\s+(?=[\"\u201c\p{Lu}])"
                                    # (or a comma, then a quotation; not a clause: 'told him if he wants our guns, "come')
                                    r"|(?:(?!\b(?:he|she|they|we|I|it|if|when|because)\b)[^:\"\u201c\u201d.;!?,]){1,60}"
                                    r",\s+(?=[\"\u201c])")
# where or how it was said after a cue and a colon before a quotation: 'posted on Truth Social: "..."', 'said
# only: "..."', 'said of his star player: "..."' (not a clause of its own: 'asserted that France had lost its
# identity: "..."')
_WORDS_THEN_COLON = rx.compile(r"\s*(?:on|in|at|of|about|via|through|during|only|simply|later|then|afterwards?|again|briefly"
                               r"|bluntly)\b[^:\"\u201c\u201d.;!?,]{0,40}:\s+(?=[\"\u201c])")
# ... or "that": "told reporters in Doha that mediators remain hopeful"
_THAT_AFTER_RECIPIENT = rx.compile(r"(?:[\p{L}\p{M}\p{N}'\u2019.-]+\s+|[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]\s+){1,6}?"
                                   r"that\s+")
# ... or nothing, after a pronoun, a group of listeners or a name, and perhaps when: "told AFP the toll could
# rise", "told reporters the plan was dead", "told the BBC the fall was", "told 2GB radio the government would",
# "told voters this weekend he"
_BARE_RECIPIENT = rx.compile(
    r"(?:him|her|them|me|us|reporters|journalists|supporters|lawmakers"
    # (an outlet named by its kind: "told the newspaper the company had no plans")
    r"|the\s+(?:newspaper|paper|magazine|outlet|publication|broadcaster|network|station|website|site|news\s+agency|agency)"
    r"|(?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\p{M}\p{N}.'\u2019&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'\u2019&-]*){0,3}"
    r"(?:\s+(?:radio|television|TV|newspaper|magazine|podcast))?)\s+"
    r"(?:(?:this|last|on|earlier)\s+(?:week|weekend|month|year|morning|afternoon|evening|night"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?"
    r"(?=(?:the|a|an|it|he|she|they|we|there|this|that|his|her|their|its|\p{Lu})\b)")

# the end of an inverted source: a comma (an appositive follows), or the end of the sentence
_SOURCE_ENDS = rx.compile(r"\s*(?:,|[.!?]?[\"\u201d\u2019']?\s*$)")

_NP_AFTER = rx.compile(
    r"^\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}\p{M}'\u2019&-]+\s+){0,4}?(?:[\p{Lu}][\p{L}\p{M}.'\u2019&-]*)"
    r"(?:\s+[\p{Lu}][\p{L}\p{M}.'\u2019&-]*){0,4}")

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
MONTHS = "(?:" + "|".join(_MONTH_NAMES) + ")"  # a month's name, as patterns write it
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"  # a day's name, as patterns write it
# what "this", "last" or "next" makes a time of ("last week", "this season")
TIME_NOUNS = "(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|season|quarter)"
# a comma after a cue, before no quotation: '..., the report said, citing', not 'he said, "We ...'
_SET_OFF = rx.compile(r"(?:\s+(?:on\s+)?(?:" + WEEKDAYS + r"(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|"
                      r"tonight|(?:this|last)\s+(?:week|month|year)|earlier|later"
                      r"|in\s+" + MONTHS + r"(?:\s+\d{4})?))?"
                      # (or a figure: "..., the company said, $200 less")
                      r"\s*,\s*(?![\"\u201c'\u2018])[\p{L}\p{N}$\u00a3\u20ac]")
# ... after the one told: "..., two diplomats told The Post, as strikes continued"
_TOLD_SET_OFF = rx.compile(r"\s+(?:[\w*'\u2019.&-]+\s+){0,4}[\w*'\u2019.&-]+\s*,\s*(?![\"\u201c'\u2018])\p{L}")
# a prepositional phrase before "that": "in a note to clients that", "on Twitter that", "in Nature that", "before
# a federal appeals court that", "outside the courthouse that" (not "to": "point to factors that are fanning")
# (perhaps after a view named as the verb's object: "reiterated his view in an interview on Friday that")
_PLACE = (r"(?:in|on|at|during|via|before|after|outside|inside|from)\s+(?:(?:a|an|the|his|her|their|its|Twitter|X|Facebook|"
          + WEEKDAYS + r")\b(?:\s+[\p{L}\p{M}\p{N}'\u2019.-]+){0,7}?|\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+")
# ... or a place or manner without an article: "admitted in court that", "said under oath that", "said in writing that"
_BARE_PLACE = r"(?:in|on|under)\s+(?:court|writing|person|public|private|camera|air|oath|absentia|testimony)\s+"
# ... or the one it was said to, named: "confirmed to The Post that", "wrote to Congress that"
_TO_NAMED = r"to\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s+"
_PLACE_THEN_THAT = rx.compile(
    r"(?:(?:his|her|their|its|the)\s+(?:view|views|position|belief|argument|claim|case|warning|assessment|opinion|stance"
    r"|contention|criticism)\s+(?:" + _PLACE + r")?|" + _PLACE + r"|" + _BARE_PLACE + r"|" + _TO_NAMED + r")that\s+")
# a short label opening a list item or paragraph: "Who was affected: About 2.3 million customers"
# (Markdown's "**" around it is blanked in the prose)
# (or a live blog's time stamp and a dash: "11:42 p.m. \u2014 AP calls the race")
_LABEL = rx.compile(r"\s*(?:(?:\p{Lu}[\p{L}'\u2019-]*)(?:[ \t]+[\p{L}'\u2019-]+){0,4}:[ \t*_]+"
                    r"|\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?\s*[\u2014\u2013-]\s*)(?=[\p{L}\p{N}\"\u201c$])")
# where something was said: "in a statement", "in an interview", "at a news conference"
_VENUE = (r"(?:(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w.'\u2019-]+\s+){0,3}?"
          r"(?:interview|statement|speech|email|e-mail|letter|post|tweet|video|briefing|remarks|appearance|call|release|note|"
          r"filing|memo|report|newsletter|podcast|advisory|bulletin|update|notice|announcement|broadcast|address|testimony)"
          r"|(?:at|after)\s+(?:an?|the)\s+(?:\w+\s+)?(?:news conference|press conference|briefing|rally|hearing|event|meeting))")
# only where and when after a cue: " in an interview Wednesday.", " at a news conference on Monday.", " at the
# time.", on what terms (" on condition of anonymity."), " in its 11 a.m. advisory.", or the journal it was
# published in: " in The Astrophysical Journal Letters.", " in the journal Science."; or a publication or a place
# named: " in The Washington Post.", " in Kyiv."
VENUE_ONLY = rx.compile(
    # (a day first, then where: " Tuesday in a blog post.")
    r"\s+(?:(?:" + WEEKDAYS + r")\s+(?=(?:in|at|during|on)\b))?"
    r"(?:" + _VENUE + r"|(?:at|after)\s+(?:an?|the)\s+(?:\w+\s+)?time|on\s+(?:Twitter|X|Facebook|Instagram|Telegram|"
    r"Threads|Bluesky|TikTok|YouTube|LinkedIn|Truth Social|Weibo|WeChat|Reddit|Substack|social media|"
    + WEEKDAYS + r")|to\s+reporters|(?:on|under)\s+(?:the\s+)?conditions?\s+(?:of|that)|on\s+background"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|"
    r"year|spring|summer|fall|autumn|winter)|in\s+\d{4}|yesterday"
    r"|in\s+(?:the\s+journal\s+\p{Lu}[\w&-]*|(?:[Tt]he\s+)?(?:\p{Lu}[\w&-]*\s+){0,4}(?:Journal|Review|Letters|Lancet)\b"
    r"|(?:Nature|Science|Cell|JAMA|BMJ)\b)|in\s+(?:[Tt]he\s+)?\p{Lu}[\w.&'\u2019-]*"
    # (a writing, as no statement opens with one after a verb: " in an op-ed for The Washington Post.")
    r"|in\s+(?:an?|the|his|her|their|its)\s+(?:[\w.'\u2019-]+\s+){0,3}?(?:op-ed|essay|column|editorial|commentary|article"
    r"|book|memoir|message|affidavit|complaint|lawsuit|motion))\b(?:(?!\bthat\b)[^,;:\"\u201c\u201d])*"
    r"[.!?]?[\"\u201d\u2019']?\s*")
# ... and the one told, perhaps with where and when, closing a sentence: "..., a source told Page Six on
# Thursday.", "..., Hart told the BBC in an interview.", "..., an aide told reporters in Los Angeles."
_TOLD_ONLY = rx.compile(
    r"\s+(?:him|her|them|me|us|reporters|journalists|supporters|lawmakers|analysts|investors|employees|staff|colleagues"
    r"|students|members|delegates|viewers|listeners|(?:the|an?)\s+(?:crowd|audience|committee|court|jury|panel)"
    r"|(?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\p{M}\p{N}.'\u2019&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}.'\u2019&-]*){0,3}"
    r"(?:\s+(?:radio|television|TV|newspaper|magazine|podcast))?)"
    r"(?:" + VENUE_ONLY.pattern
    + r"|\s+(?:in|at)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}[.!?]?[\"\u201d\u2019']?\s*"
    r"|[.!?]?[\"\u201d\u2019']?\s*)")
_RANKED_BEFORE_NAME = rx.compile(r"(?:the|its|their|his|her)\s+(?:first|second|third|fourth|fifth|last|latest|only|"
                                 r"\p{Ll}+est)\s+(?=\p{Lu})")  # "the second" of "the second AT&T has disclosed"
_ANOTHER_CLAUSE = rx.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s")  # a clause of its own after a comma
_AS_ENDING = rx.compile(r",\s*(?:just\s+)?as$")  # a statement, then "as X said"
# a statement's verb resuming after an aside of its source and cue: ", would", ", is"
RESUMED = rx.compile(r"\s*,\s*(?:would|will|could|can|may|might|must|should|shall|is|are|was|were|has|have|had|does|"
                     r"did|do)\b")
# a quotation resumed after its source and cue (and a description of the source set off, or where it was said):
# '"It's a start," said Tom Lee, a council member, "but it's not enough."', '..., Ocampo said from the bench, "and ..."'
_QUOTATION_RESUMED = rx.compile(r"(?:[^,.;:\"\u201c\u201d]{0,120},){1,2}\s*[\"\u201c](?=[^\"\u201c\u201d]*[\"\u201d]\W*$)")
_DASH_BEFORE = rx.compile(r"(\u2014|\u2013|--)\s*$")  # a dash setting a clause off, right before its first word
_THAT_OPENS = rx.compile(r"\bthat\s+$")  # "that" right before a statement
# verbs whose object is the one told, not the speaker
TOLD = frozenset(("told", "tell", "tells", "telling", "informed", "inform", "informs", "informing"))
# how a statement before its source ends: a comma, a dash, a colon or a closing quotation mark
STATEMENT_END = frozenset(",:\u2014\u2013\"\u201d'\u2019-")
# the clause after a verb cue, without a leading "that" or a time phrase, nor an aside before "that" ("said
# Tuesday, without providing evidence, that ...")
# (a platform or a programme of two words or more, before "that" or a time: "on Truth Social on Monday that"; where it
# was said, before a time or the statement's first word: "said in a statement it was reviewing", not "in an ABC
# interview taped before the attacks")
_WHEN_SAID = (r"(?:on\s+social\s+media|" + _VENUE + r"(?=\s+(?:\p{Lu}|\d|(?:it|he|she|they|we|you|the|an?|this|these|those|there|"
              r"his|her|its|their|our|no|some|all|last|next|yesterday|today|late|early)\b))"
              r"|on\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,3}(?=\s+(?:that|on|last|this|late|early)\b)"
              r"|on\s+(?!(?:his|her|their|its|our|my|your|the|an?)\b)\p{Lu}?\p{L}+"
              # (not a pronoun opening the statement: "said this will be his final season")
              r"|(?:last|this|next)\s+(?:" + TIME_NOUNS + r"|\p{Lu}\p{L}+)\b"
              r"|(?:(?:late|early)\s+)?" + WEEKDAYS + r"(?:\s+(?:morning|afternoon|evening|night))?"
              r"|yesterday|today"
              # (before another time phrase or "that": "reported earlier on Monday that", "said later that")
              r"|(?:earlier|later)(?=\s+(?:on|in|that|this|last|today|yesterday)\b)"
              r"|in\s+(?:" + MONTHS + r"(?:,?\s+\d{4})?|\d{4}\b)"
              # (how, or a court's vote, right before "that": "said repeatedly that", "ruled 6-3 that")
              r"|\p{Ll}+ly(?=\s+that\b)|\d{1,2}-\d{1,2},?(?=\s+that\b))")
# a finite auxiliary, as patterns write it
AUXILIARY = r"(?:was|is|were|are|would|will|could|should|has|had|might|may|can|must)\b"
# (not "that" before a noun closing the sentence, a determiner: "Democrats disputed that account.")
_WORDS_AFTER = rx.compile(rf"(?|[\s,:]*(?:{_WHEN_SAID})?\s*,\s*\p{{Ll}}[^,.;:\"\u201c\u201d]{{1,60}},\s*that\s+(.+)"
                          # ("that" before a verb is the statement's subject: 'said that was "up to the colleges."')
                          # (a particle before "that" is the verb's: "pointed out that")
                          # (nor a time before a verb, the statement's subject: "said last year was the hardest")
                          rf"|[\s,:]*(?:out\s+(?=that\s))?(?:{_WHEN_SAID}(?:\s+|(?=[.!?;]))(?!{AUXILIARY})){{0,2}}"
                          # (nor before a noun and its verb closing the sentence: "Experts say that gap matters.")
                          rf"(?:that\s+(?!\p{{Ll}}+[.!?]?\s*$)(?!\p{{Ll}}*[^\Ws]\s+\p{{Ll}}+s[.!?]?\s*$)"
                          rf"(?!{AUXILIARY}))?(?!;)(.+))", regex.S)

# "according to the Russian news agency RIA, ...": a short phrase running up to punctuation
# (a comma between digits is part of a number: "the 10,000 people in the arena")
_NP_CLAUSE = rx.compile(
    r"^\s*((?:(?:[\p{L}\p{M}\p{N}'\u2019&./-]|(?<=\p{N}),(?=\p{N}{3}))+\s+){0,24}?"
    r"(?:[\p{L}\p{M}\p{N}'\u2019&/-]|(?<=\p{N}),(?=\p{N}{3}))+)\s*"
    r"(?=,(?!(?<=\p{N},)\p{N}{3})|[;:()\u2014]|\.(?:\s|$)|$)")

# an Arabic name's article before its capital: "al-Ansari", "el-Sisi"
NAME_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|ud|ul)-)"
# an age or a U.S. lawmaker's party and state after a name: ", 58,", ", R-Ala.,", ", D-N.Y.,"
_AGE_OR_PARTY = r"(?:\d{1,3}|[DRI]-\p{Lu}[\p{L}.]{1,12})"
# "Sergei Ryabkov, Russia's deputy foreign minister, said", "Kall -- co-editor of Debating The Donald
# -- said": the name before the appositive (a long one too: "Leonard E. Burman, director of the centrist
# Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said";
# after an age: "Jimmy Ghazal, 39, a Lebanese man visiting Nice, told"; an age alone: "Ramos, 58, told";
# a name with lower-case links: "The Institute for the Study of War, a Washington-based think tank, said")
# an age set off after a lower-case noun (after a name the appositive below takes it): "The singer, 29, said"
_AGE_AFTER_NOUN = rx.compile(r"(?<=(?:^|\s)\p{Ll}[\p{Ll}-]*),\s\d{1,3},\s*$")
_APPOSITIVE_BEFORE = rx.compile(
    rf"((?:{NAME_ARTICLE}?[\p{{Lu}}][\p{{L}}\p{{M}}.'\u2019-]*\s+(?:(?:of|for|on|and|at|in)(?:\s+the)?\s+|(?:(?:de|del|da|di|von|van|der|den|al|la|le|bin|ibn|abu)\s+){{1,2}})?){{0,5}}"
    rf"{NAME_ARTICLE}?[\p{{Lu}}][\p{{L}}\p{{M}}'\u2019-]*(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV))?)(?:\s*\([^()]{{1,20}}\))?"
    rf"(?:,\s{_AGE_OR_PARTY},|(?:,\s{_AGE_OR_PARTY})?"
    r"(?:,\s(?:[^,\"\u201c\u201d]|[\"\u201c][^\"\u201c\u201d]{1,80}[\"\u201d]){3,200},"
    # (or ending with a title whose quotation takes the comma: ", host of MSNBC's \u201cMorning Joe,\u201d")
    r"|,\s(?:[^,\"\u201c\u201d]|[\"\u201c][^\"\u201c\u201d]{1,80}[\"\u201d]){3,200}?[\"\u201c][^\"\u201c\u201d,]{1,80},[\"\u201d]"
    r"|\s+(?:--|\u2014|\u2013)\s*(?:(?!--)[^\u2014\u2013]){3,200}?\s*(?:--|\u2014|\u2013)))\s*$")

# ... a description only a body has
_FOUNDED = rx.compile(r",\s+(?:which\s+(?:was|is)\s+)?"
                      r"(?:(?:co-)?founded|headquartered|incorporated|established|(?:majority-|wholly\s+)?owned)\b")
# a personal name between commas after a title: ", Sussan Ley,"
_NAME_IN_APPOSITION = rx.compile(r",\s+((?:\p{Lu}[\p{L}\p{M}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'\u2019-]*),\s*")
# ... or after a description that follows a cue: ", said one analyst, Jane Roe."
NAME_AFTER_DESCRIPTION = rx.compile(r",\s+((?:\p{Lu}[\p{L}\p{M}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'\u2019-]*)"
                                    r"(?=\s*(?:,|[.!?][\"\u201d\u2019']?\s*$))")
_THE = rx.compile(r"(?:The|the)\s")
# (a title after a statement: "..., the Finance Minister, John Smith, said")
_THE_BEFORE = rx.compile(r"(?<![\p{L}\p{N}])the\s+$")
_OBJECT_DETERMINERS = ARTICLES | (_POSSESSIVES - {"my", "your"})  # (an object's: "cut its forecast")
_DEMONSTRATIVES = frozenset(("that", "this", "these", "those"))
# what a statement may be made in (after "in a", "in an"): "in a filing", "in a post", "in a news conference"
STATEMENT_FORMS = (r"(?:statement|filing|letter|interview|email|e-mail|post|speech|memo|note|message|release|video|report|"
                   r"tweet|briefing|(?:news|press)\s+conference)")
# a preposition's phrase naming a statement, set off between commas before a cue: ", in a filing with the SEC,"
_PREPOSITION_ASIDE = rx.compile(r",\s*(?:in|during|through|via|at|on)\s+(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?"
                                + STATEMENT_FORMS + r"\b[^,;:.!?\"\u201c\u201d]{0,80},\s*$")
_COURTS = frozenset(("court", "courts", "panel", "judge", "judges", "tribunal"))  # what "appeals", "claims" may go before
_ASIDE_ADVERBS = frozenset("however too though also meanwhile instead nonetheless nevertheless therefore "
                           "moreover still again".split())
_RANKS = frozenset("senior junior top leading prominent veteran former longtime retired influential backbench "
                   "rebel young elderly local fellow".split())
# title words that are no noun of their own after a name ("Mr. Ackman first", "Some major")
_NOT_A_ROLE_NOUN = frozenset("first former major prime vice deputy".split())
_COUNTED_BEFORE = rx.compile(r"(?:^|(?<=\s))(?i:one|a|an|another)\s+(?:(?!(?:of|for|in|at|from|to|with)\s)\p{Ll}+\s+){0,2}$")
_POSSESSIVE_ROLE = rx.compile(r"\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['\u2019]s\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+")
# a relative clause or a participle's aside after a name, not an appositive ("A spokesman for Acme, speaking
# on condition of anonymity, said")
_RELATIVE_AFTER = rx.compile(r",\s*(?:who|whose|which|\p{Ll}+ing)\b")
# a preposition (and an article) right before a capitalised name: "of the WHO", "in Austin"
# (group 1: after a participle opening an aside, ", based in")
_PREPOSITION_BEFORE = rx.compile(r"(,\s+\p{Ll}+(?:ed|en|wn)\s+)?\b(?:in|of|at|from|for|on|near|outside|inside|to|by|with)"
                                 r"\s+(?:the\s+)?$")

# nouns of quantity that "a" may stand before with a plural: "a dozen officials", "a few aides"
_QUANTITY_NOUNS = frozenset("dozen few couple lot number handful score hundred thousand million majority "
                            "minority group host slew series pair bunch raft variety".split())
# words that open a quantity before a figure ("Just 60%", "Nearly 3,000 people"), and the numbers written in words
# a share of people may open with ("Seven of 10 Americans")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
QUANTITY_WORDS = frozenset("just only nearly almost about around roughly approximately some over under more fewer "
                           "less barely exactly precisely up".split())
_OPENING_WORD = rx.compile(r"(\p{L}+)\s+(?=\S)")  # a word and the space after it, before more

_TRAILING_PARTICIPLE = rx.compile(r"\s+\p{Ll}+ed$")
# a short name in brackets after a name: "(ONS)", "(PPAC)"
_BRACKETED_SHORT_NAME = rx.compile(r"\s*\(\p{Lu}[\p{Lu}\p{N}&]{1,9}\)")
_TRAILING_TIME = rx.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later)\s+\p{L}+|in\s+(?:\d{4}|" + MONTHS + r"(?:\s+\d{4})?)"
    r"|yesterday|today|tonight)$")
# ... or a weekday alone right after a noun, not after a participle or a particle ("studio estimates Sunday"; not
# "a poll released Monday", "results tallied through Wednesday", "a poll out Thursday": they keep it)
_TRAILING_WEEKDAY = rx.compile(r"(?<=\p{L}(?<!ed|en|out|through|by|be|to))\s+" + WEEKDAYS + "$")

_QUANTIFIERS = frozenset("some many most several few all both other".split())  # before a plural: "Some analysts"
DETERMINERS = {"the", "this", "that", "these", "those", "some", "many", "most", "several", "few", "all",
               "both", "each", "every", "other", "another", "his", "her", "their", "its", "our", "my", "your", "no"}
_NOUN_OPENERS = DETERMINERS | ARTICLES  # what opens a noun phrase
# the small words inside a body's name: "The Bank of England", "the Centers for Disease Control and Prevention" (not
# "on": "Donald Trump on Thursday")
NAME_SMALL_WORDS = ("of", "and", "for", "the", "&")
_INSIDE_NAMES = frozenset(NAME_SMALL_WORDS)
# a sentence opening with a preposition or a conjunction introduces, it states nothing itself
# (and a question put to the source: "Asked whether he still considered the deal fair, Smith said yes")
_OPENING_PREPOSITIONS = "In|On|At|Through|During|After|Before|Since|With|Without|By|For|From|Despite|Under|Over"
_INTRODUCTION = rx.compile(r"\s*(?:" + _OPENING_PREPOSITIONS + r"|Later|Earlier|But|And|Yet|So|Meanwhile|However|Still|Also|"
                           r"(?:When|Once|If)\s+asked|Asked|Pressed|Questioned)\b")
# ... a preposition's phrase alone, up to its comma: "During his seven and a half years in office,"
_PREPOSITION_PHRASE_ONLY = rx.compile(r"\s*(?:(?:" + _OPENING_PREPOSITIONS + r"|Throughout|Within|Amid|Among)\b"
                                      r"[^,;:\u2014\u2013\"\u201c\u201d]*"
                                      # (or a connective or an adverb alone: "Still, he says, he will be there")
                                      r"|(?:Still|However|Yet|But|And|So|Now|Then|Today|Yesterday|Meanwhile|Instead|Indeed|"
                                      r"Besides|Nevertheless|Nonetheless|Otherwise|Anyway|Regardless|Overall|Eventually|"
                                      r"\p{Lu}\p{Ll}+ly))\s*,")
# numbers and quantifiers opening a plural subject: "two Democratic speechwriters implored her, arguing"
_COUNTS = frozenset("two three four five six seven eight nine ten several many some most both few dozens hundreds "
                    "thousands".split())
# people named by their plural, who may follow an inverted verb without a determiner: "The deal is
# close, say sources familiar with the talks", "..., said senior officials"
_PLURAL_SPEAKERS = frozenset(
    "sources officials analysts experts people residents witnesses insiders diplomats aides economists investigators "
    "police authorities prosecutors lawmakers critics observers researchers scientists doctors executives "
    "organizers organisers campaigners activists protesters".split())

# prepositions that open an introductory phrase
_INTRODUCING = frozenset("for during in on at by since after before until over under despite amid throughout within "
                         "without like unlike as following".split())
# words that open a clause without being its subject ("But a few days later, ...")
CLAUSE_OPENERS = {"but", "and", "then", "still", "however", "instead", "meanwhile", "yet", "so", "also", "later",
                  "earlier", "now", "today", "yesterday", "on", "in", "at", "after", "before", "since", "while",
                  "during", "despite", "over", "as", "initially", "first", "last", "finally", "indeed", "if",
                  "how", "why", "when", "where", "whether", "although", "though", "because", "unless", "until",
                  "once", "overall", "among", "with"}
# words that may open a sentence before a name ("But Sen. Durbin, ...", "Like Mr. Sanders, ...")
_NAME_OPENERS = CLAUSE_OPENERS | {"or", "nor", "like", "unlike", "even"}

# a name after a cue, then in what or when it spoke: "the Supreme Court in a landmark 1986 ruling"
_NAME_THEN_WHERE = rx.compile(r"((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'\u2019-]*"
                              r"(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}\p{N}.&'\u2019-]*)*)"
                              r"\s+(?:(?:in|at)\s+(?:a|an|its|his|her|their|\d|the\s+(?:release|statement|interview|email|"
                              r"letter|filing|memo|post|video|report|speech|briefing)\b)|during\s)")
# words that start a clause or an adverbial, not part of a source phrase
_CLAUSE_WORD = rx.compile(
    r"\s+(?:as|after|before|during|when|while|because|since|although|if|unless|until|amid|whether|why|how)\s"
    # "from 58 percent in the last poll to 55 percent now": a figure's range goes on, not the source
    r"|\s+(?:to|from)\s+(?=[$\u00a3\u20ac]?\d)(?!(?:1[89]|20)\d\d\b)"  # (not a year: "census data from 2014")
    # "angered by the deal and predicted ...": a second verb of the subject's, not part of the agent
    r"|\s+and\s+(?=\p{Ll}+ed\s)"
    # "citing league sources who said the team ...": what they said is an attribution of its own
    r"|\s+(?:who|that)\s+(?=(?:said|say|says|told|tell|tells|reported|confirmed)\b)")

_SUBORDINATORS = {"because", "since", "as", "when", "while", "although", "though", "if", "after", "before", "until",
                  "unless", "where"}

# words after which a clause, and its subject, begins
_CLAUSE_STARTS = {"while", "whereas", "but", "that", "because", "although", "though", "and", "when", "if"}

_PARTICIPLE_OPENER = rx.compile(r"\p{Lu}\p{Ll}+(?:ing|ed)")  # "Rallying ...,", "Asked ...,"
_HANDLE_MARKS = frozenset("@#")
_PARTICIPLE_ASIDE = rx.compile(r"\p{Ll}+(?:ing|ed|en|wn)")  # "speaking", "based": a participle phrase as an aside
# a relative clause saying why its source is unnamed ("who asked that her name not be used because ...")
_UNNAMED_BECAUSE = rx.compile(r"(?i)\b(?:anonymity|anonymously|not\s+be\s+(?:named|identified|used|published)|"
                              r"not\s+(?:want|wish)\w*\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed)\b")
# asides that may run long between a subject and its verb: "Trump, whose views ... party, proposed",
# "Some observers, including University of North Carolina professor Zeynep Tufekci, criticized"
_LONG_ASIDE_OPENERS = {"who", "which", "whose", "including", "like", "such", "among"}
_MODALS = frozenset({"would", "will", "could", "should", "can", "may", "might", "must", "shall"})
# what opens an appositive noun phrase, perhaps with a relative clause in it: "The employee, a registered
# Republican who spoke on condition of anonymity, said"
_APPOSITIVE_OPENERS = frozenset({"a", "an"})
# a group's named members between commas after it, up to the cue: ", including Carly Fiorina and Ben
# Carson, " (group 1 ends before the closing comma; a title's full stop is no end: "Sen. John McCain")
# a list of capitalised fields ending a body's name, and the name's start before its first comma
_NAME_LIST_TAIL = rx.compile(r"\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*"
                             r"\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*")
_LISTED_NAME_HEAD = rx.compile(r"(\p{Lu}[\p{L}-]*)(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*,\s+$")
# ... and the rest of such a name after its first comma, after "according to": "Immigration, Refugees and Citizenship
# Canada", "the Department of Innovation, Science and Economic Development" (a body's by its head or last word)
_NAME_LIST_REST = rx.compile(r"(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*,?\s+and\s+\p{Lu}[\p{L}-]*"
                             r"(?:\s+\p{Lu}[\p{L}-]*)*(?=\s*(?:[,.;:]|$))")
_BODY_LAST_WORD = rx.compile(r"\b(?:Canada|Australia|England|Scotland|Wales|Ireland|Zealand|Department|Ministry|Agency|"
                             r"Commission|Institute|Council|Authority|Board|Office|Service|Services|Foundation|"
                             r"Association|Society|Alliance|Coalition|Network|Centre|Center)$")
_BODY_OF = rx.compile(r"\b(?i:Department|Ministry|Office|Secretary|Secretariat|Committee|Commission|Agency|Council|Board|"
                      r"Institute|Bureau|Authority)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*$")
_MEMBERS_AFTER = rx.compile(r",\s+((?:including|among\s+them|such\s+as)\s+(?:[^,;:.!?\"\u201c\u201d]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){1,150}?"
                            r"(?:,\s+(?:[^,;:.!?\"\u201c\u201d]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){1,150}?)*?)\s*,\s*"
                            r"(?:\p{Ll}+ly\s+)?(?:\p{Ll}+\s+){0,2}$")

# "TASS quoted a Kremlin official as saying", "cited sources as saying": the one quoted is the source
_QUOTED_AS = rx.compile(r"\b(?:quot|cit)(?:ed|es|ing|e)\s+((?!as\b)[^,;:.!?\"\u201c\u201d]{1,80}?)\s+as\s+$",
                        regex.IGNORECASE)


def quoted_as(prose: str, lo: int, cue: int):
    """The match of "quoted (or cited) X as" right before a cue at `cue` ("TASS quoted a Kremlin
    official as saying"), group 1 the one quoted; or None."""
    return _QUOTED_AS.search(prose, max(lo, cue - 120), cue) if prose.endswith("as ", lo, cue) else None


# a comma, then adverbs and auxiliaries before the cue: "..., the former mayor of New York City, has also urged"
_BEFORE_VERB = r"(?:\p{Ll}+ly|has|have|had|also|now|then|later|still|even|once|again|first|never|already|long|just|often|always|since|is|was|were|are|will|would)"
_COMMA_ADVERB = rx.compile(rf"(?P<mark>,|\s(?:--|\u2014|\u2013))\s*(?:{_BEFORE_VERB}\s+)*{_BEFORE_VERB}$")  # (or a dash: "-- quickly")
# words after which a verb may have a subject of its own, inside a relative clause opened by "that"
_NOT_IN_RELATIVE_CLAUSE = frozenset(("that", "who", "which", "what", "whom", "whose", "and", "but", "or", *PRONOUNS))
# what may stand before an article inside such a clause, besides its verb: "that crashed into a field"
_RELATIVE_CLAUSE_PREPOSITIONS = frozenset((*_NOUN_MODIFIER_PREPOSITIONS, *_PLACE_PREPOSITIONS, *(
    "into onto near on with over under about against through during after before than like off".split())))
# participles of people asked or engaged for a body's work: "Voters interviewed for AP VoteCast" (not any
# verb before "for": "a woman asked for a photo and Clinton said")
_ASKED_FOR = frozenset("interviewed surveyed polled questioned hired commissioned contracted".split())
# a body's or a document's description in apposition after a name: ", a survey of ...", ", a conservative
# group that ..." (not a person's: "run by Michael McDonald, a professor at ...")
_DESCRIPTION_AFTER = rx.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:survey|poll|study|report|group|union|organi[sz]ation|company|firm"
    r"|nonprofit|non-profit|think\s+tank|coalition|committee|website|site|newspaper|agency|association|foundation"
    r"|institute|network|party|campaign|fund|index|database|tracker|PAC)\b")
# the verb opening a relative clause after "that": "(a plane) that crashed", "that has", "that was"
_RELATIVE_THAT_VERB = rx.compile(r"\p{Ll}+ed|has|had|have|was|were|is|are|will|would|could|can|may|might")
# (a short quotation may stand inside it, its comma inside the closing mark: 'who calls Trump a "sociopath," said')
# words whose "'s" is "is" or "has", not a possessive ("It's", "He's", "That's")
_CONTRACTED_OWNERS = PRONOUNS | {"that", "there", "here", "what", "who", "where", "let"}
# one description set off after a name: ", a co-founder of Retraction Watch", ", chief science officer of the
# Alzheimer's Association" (a role of a body, without an article; not a counted noun: "Speaking to The
# Independent, one hospital consultant, who ...")
_ONE_DESCRIPTION = rx.compile(r",\s*(?:(?:a|an|the|his|her|its|their)\s+"
                              r"|(?!(?:one|two|three|four|five|some|many|several|another|other|most|all|both|each|few)\b)"
                              r"(?=\p{Ll}[^,;:\"\u201c\u201d]*\s(?:of|at|for)\s))[^,;:\"\u201c\u201d]+")
# (the clause ends where the sentence's verb resumes after a comma, up to another: "Retail investors, who have
# poured money into stocks, may be the hardest hit, said Callie Cox" has no relative clause before "said"; "X,
# who are also running, have pledged" has)
_RELATIVE_BEFORE = rx.compile(
    r",\s*((?:who|which)\b(?:(?!" + RESUMED.pattern + r"[^,.;:!?]*,)[^.;:!?\u201c\u201d\"]"
    r"|[\"\u201c][^\"\u201c\u201d]{1,60}?,?[\"\u201d]){1,200}?),?[\"\u201d]?\s*(?:\p{Ll}+ly\s+)?$")


# verbs of beginning and going on, before an -ing cue whose subject stands before them
_ASPECTUAL = frozenset("began begin begins beginning started start starts starting kept keep keeps keeping continued "
                       "continue continues continuing stopped stop stops fell falls resumed heard seen avoided avoid avoids "
                       "avoiding resist resists resisted resisting quit quits risk risks risked".split())
# (+ "can be heard yelling", "could not resist pointing out")


def _fixed_subject(tokens: list, i: int) -> int | None:
    """The first token of a subject ending at token `i` that the walk over a noun phrase would not
    take: "No one expected", "families of victims, many of whom say", "42% say they are liberal", "58%
    of voters opposed"."""
    word = tokens[i][2].lower() if i >= 0 else ""
    if i > 0 and word == "one" and tokens[i - 1][2].lower() == "no":
        return i - 1
    if (i > 1 and word in ("whom", "which") and tokens[i - 1][2].lower() == "of"
            and (tokens[i - 2][2].lower() in _COUNTS or tokens[i - 2][2].lower() in ("all", "none", "each", "one"))):
        return i - 2
    if i > 0 and word == "%" and tokens[i - 1][2][:1].isdigit():
        return i - 1
    if i > 2 and tokens[i - 1][2].lower() == "of" and tokens[i - 2][2] == "%" and tokens[i - 3][2][:1].isdigit():
        return i - 3  # a share of people: "58% of voters opposed" (as "58 percent of voters" is read)
    return None


# capitals that spell a function word, read as names: "The WHO has warned" (not the relative "who")
_ACRONYMS = {"WHO": "W.H.O."}


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The words and marks of text[lo:hi] as (start, end, word); an acronym spelling a function word is
    given in a form no word list holds, so that its case tells it apart ("WHO" from "who")."""
    return [(m.start(), m.end(), _ACRONYMS.get(m.group(), m.group())) for m in _TOKEN.finditer(text, lo, hi)]


def _word_end(text: str, start: int) -> int:
    """Where the word starting at `start` ends."""
    m = _TOKEN.match(text, start)
    return m.end() if m else start


def _modal_name(tokens: list, k: int) -> bool:
    """Whether token `k` is a modal written as a name, inside a name: "Theresa May", "Will Smith" (not
    the month of "In May Trump said")."""
    after = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    return tokens[k][2] in _MODAL_NAMES and (
        (k > 0 and tokens[k - 1][2][:1].isupper() and tokens[k - 1][2].lower() not in NOT_A_SUBJECT
         and not after[:1].isupper())  # (not a headline's "Trump May Not Have Suggested")
        or ((k == 0 or not tokens[k - 1][2][:1].isalnum()) and after[:1].isupper()))


def _before_auxiliaries(tokens: list, i: int) -> int:
    """The index of the last token at or before `i` that is not an auxiliary or adverb standing
    between a subject and its verb ("federal officials have also said"; not the name "Theresa May")."""
    while i >= 0 and not _modal_name(tokens, i) and (
            tokens[i][2].lower() in _BETWEEN_SUBJECT_AND_VERB or _ADVERB.fullmatch(tokens[i][2])
            # ("earlier" after an auxiliary, an adverb: "The union had earlier threatened"; not "his earlier claim")
            or (tokens[i][2].lower() == "earlier" and i > 0 and tokens[i - 1][2].lower() in _AUXILIARIES_BEFORE_EARLIER)
            or _NEGATED_AUXILIARY.fullmatch(tokens[i][2])
            or (tokens[i][2].lower() in _FLOATING and i > 0 and (tokens[i - 1][2][:1].isalnum() or tokens[i - 1][2] == ")")
                and (tokens[i - 1][2].lower() not in NOT_A_SUBJECT
                     or tokens[i - 1][2].lower() in _BETWEEN_SUBJECT_AND_VERB))):
        i -= 1
    return i


_WEEKDAYS = {d.lower() for d in _WEEKDAY_NAMES}
_MONTHS = {m.lower() for m in _MONTH_NAMES} | {"jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
_TIME_WORDS = _WEEKDAYS | _MONTHS | {"week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
                                     "spring", "summer", "fall", "autumn", "winter", "today", "yesterday"}
_DAY_NAMES = {"super", "black", "good", "cyber", "ash", "palm", "easter", "holy", "giving", "bloody", "boxing",
              "patriots"}
_TIME_OPENERS = {"on", "last", "this", "next", "in", "earlier", "later", "early", "late", "since"}
# words that open where, when or how something was said rather than a statement
_NOT_OPENING_A_STATEMENT = _TIME_WORDS | _TIME_OPENERS | {"at", "to", "during", "after", "before", "through", "via",
                                                          "by", "with", "from", "about", "of", "and", "but"}


def _before_time(tokens: list, i: int) -> int:
    """The index before a time phrase ending at token `i` ("Sanders on Tuesday said", "the Supreme
    Court this month rejected", "who in 2010 said", "Sanders Tuesday said", "who in the past has voiced"),
    else `i`."""
    j = i
    word = tokens[j][2].lower() if j >= 0 else ""
    if word in ("morning", "afternoon", "evening", "night") and j > 0 and tokens[j - 1][2].lower() in _WEEKDAYS:
        j -= 1  # "Sunday morning"
    elif word.isdigit() and len(word) == 4 and j > 0 and tokens[j - 1][2].lower() in _MONTHS:
        j -= 1  # "June 2012"
    word = tokens[j][2].lower() if j >= 0 else ""
    if word == "past" and j > 1 and tokens[j - 1][2].lower() == "the" and tokens[j - 2][2].lower() == "in":
        return j - 3  # "Zucker, who in the past has voiced"
    if not (word in _TIME_WORDS or (word.isdigit() and len(word) == 4)):
        return i
    if tokens[j][2].isupper():
        return i  # "USA TODAY"
    if j > 0 and tokens[j - 1][2].lower() in _TIME_OPENERS:
        k = j - 1
        if k > 0 and tokens[k][2].lower() in ("this", "last") and tokens[k - 1][2].lower() in ("earlier", "later"):
            k -= 1  # "earlier this year"
        return k - 1
    # a weekday alone, in agency style ("Sanders Tuesday said"), but not a day's name ("Super Tuesday")
    # nor a noun's modifier ("the Sunday shows")
    if (word in _WEEKDAYS or word in ("today", "yesterday")) and j > 0 and \
            tokens[j - 1][2].lower() not in _DAY_NAMES and tokens[j - 1][2].lower() not in _NOUN_OPENERS:
        return j - 1
    return i


# nouns naming a body or a part of one after its name: "The Riverside Unified School District board"
_BODY_NOUNS = frozenset("board committee council commission panel team office department agency bureau staff "
                        "campaign union".split())


def _with_head_noun(tokens: list, run: int) -> int:
    """A capitalised run ending with a nationality, a party or an acronym ("European", "Democratic",
    "FBI") goes on with the plural noun after it: "Central European leaders", "FBI officials"; any
    capitalised run, with a body's noun after it: "The Ford Motor Co. board"."""
    last = tokens[run - 1][2] if run else ""
    if (0 < run < len(tokens) and (_NATIONALITY.search(last) or (len(last) > 1 and last.isupper()))
            and _PLURAL.fullmatch(tokens[run][2]) and tokens[run][2] not in NOT_A_SUBJECT):
        return run + 1
    if 0 < run < len(tokens) and last[:1].isupper() and tokens[run][2] in _BODY_NOUNS:
        return run + 1
    return run


def _with_affiliation(tokens: list, run: int) -> int:
    """A plural noun opening a subject goes on with the body it works at or comes from: "Researchers at the
    University of New Mexico", "Economists at Goldman Sachs", "Officials from the World Bank"."""
    if not (0 < run < len(tokens) - 1 and _PLURAL.fullmatch(tokens[run - 1][2].lower())
            and tokens[run][2] in ("at", "from", "with")):
        return run
    begin = end = k = run + 1 + (tokens[run + 1][2] == "the")
    while k < len(tokens) and (tokens[k][2][:1].isupper() or tokens[k][2] in ("of", "for", "and", "the", "&")):
        k += 1
        if tokens[k - 1][2][:1].isupper():
            end = k  # (the name's last capitalised word: not "the World Bank and")
    return end if end > begin else run


def _relative_pronoun(doc: Document, tokens: list, i: int) -> SourceRef | None:
    """A relative "who" or "which" at token `i` as the source ("criticism from residents, who believe
    ...", "the report, which notes ..."), standing for the words before it (up to a word that cannot
    be part of a subject)."""
    head = tokens[i]
    last = i - 1
    if last >= 0 and tokens[last][2] in (",", "\u2014", "\u2013"):
        last -= 1  # a clause set off by a comma or a dash: "the study, which notes", "the study \u2014 which notes"
    elif last >= 1 and tokens[last][2] == tokens[last - 1][2] == "-":
        last -= 2  # ... or two hyphens: "the study -- which notes"
    if last >= 2 and tokens[last][2].isdigit() and len(tokens[last][2]) <= 3 and tokens[last - 1][2] == ",":
        last -= 2  # an age between commas: "Darlene Thibodeaux, 67, who said"
    last = _before_time(tokens, last)  # "a report by Bloomberg News last month, which said"
    first = last
    while first >= 0 and last - first < 6:
        word = tokens[first][2].lower()
        if (word == "by" and first >= 2 and first < last and _PARTICIPLE.search(tokens[first - 1][2])
                and tokens[first - 1][2].islower() and tokens[first - 2][2][:1].isalnum()
                and tokens[first - 2][2].lower() not in NOT_A_SUBJECT
                and all(t[2].islower() for t in tokens[first + 1:last + 1])):
            # a participle's agent of no name belongs to the noun before it: "a forensic accountant hired
            # by the union, who testified" (the accountant testified; not "was asked by Bill Maher, who")
            last, first = first - 2, first - 2
            continue
        if not word[:1].isalnum() or word in NOT_A_SUBJECT or word in PRONOUNS:
            break
        if (first < last and head[2].lower() != "that" and word.endswith(("ing", "ed")) and tokens[first][2].islower()
                and (tokens[first + 1][2][:1].isupper() or tokens[first + 1][2].lower() in DETERMINERS)):
            # a verb taking the noun phrase as its object: "detected using NASA's Chandra X-ray Observatory, which"
            # (not before "that", which may stand for a phrase with such a verb: "an ad targeting Iowa that attacks")
            break
        # the noun phrase an article opens, not a verb before it: "Allen underwent an MRI on Monday that
        # confirmed the injury" (an MRI confirmed it; not after a preposition: "the head of the agency, who")
        if (word in ARTICLES and first > 0 and tokens[first - 1][2].isalpha() and tokens[first - 1][2].islower()
                and tokens[first - 1][2] not in _NOUN_MODIFIER_PREPOSITIONS and tokens[first - 1][2] not in DETERMINERS):
            first -= 1
            break
        first -= 1
    if (head[2].lower() == "which" and first > 1 and first < last and tokens[first][2] == "in"
            and tokens[last][2][:1].isupper()):
        # a thing "in" a publication or a place named, not the publication: "a 2017 review in the BMJ, which
        # concluded", "a study in the journal Nature, which found" (the review, the study; not "their support
        # in Tuesday's primary election, which appeared likely to settle little")
        art = next((k for k in range(first - 1, max(first - 5, -1), -1) if tokens[k][2].lower() in _NOUN_OPENERS), None)
        if art is not None and all((t[2].islower() and t[2] not in NOT_A_SUBJECT) or t[2].isdigit()
                                   for t in tokens[art + 1:first]):
            first = art - 1
    if first == last:
        return None
    src = SourceRef.spanning(doc.text, head[0], head[1], "unknown")
    src.canonical = " ".join(doc.text[tokens[first + 1][0]:tokens[last][1]].split())
    return src


def _tagged_list_start(tokens: list, first: int, verbs: Container[str], noun_verbs: Container[str]) -> int:
    """Where a list of names, each with a tag in brackets, begins when the name at `first` ends it:
    "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested"
    (a party or a state after each name); else `first`."""
    start, k = first, first - 1
    while k >= 3:
        if tokens[k][2] not in ("and", ","):
            break
        k -= 1
        if tokens[k][2] == ",":  # (", and")
            k -= 1
        if k < 2 or tokens[k][2] != ")":
            break
        o = next((j for j in range(k - 1, max(k - 8, 0), -1) if tokens[j][2] == "("), None)
        if o is None or not tokens[o - 1][2][:1].isupper():
            break
        s = _subject_start(tokens, o - 1, verbs, noun_verbs)
        if not all(t[2][:1].isupper() for t in tokens[s:o]):
            break
        start, k = s, s - 1
    return start


# capitalised words that join the words of a name: "Doctors Without Borders", "Committee Against Torture"
_CAPITALISED_JOINERS = frozenset("Without Against Beyond Across Within Sans".split())


def _subject_start(tokens: list, i: int, verbs: Container[str] = (), noun_verbs: Container[str] = ()) -> int:
    """The first token of the noun phrase ending at token `i`: back over words that can be part of a
    subject, at most seven, with its prepositional modifiers, up to a lower-case verb of `verbs`
    ("Prosecutors allege Grady agreed": the subject is Grady) or of `noun_verbs` after a capitalised
    word ("Corriere dello Sport claims the clubs agreed"; not "five states voting")."""
    first = i
    while first > 0 and _words(tokens, first, i) <= 7:
        prev = tokens[first - 1][2]
        if prev.islower() and (prev in verbs or (prev in noun_verbs and first > 1 and tokens[first - 2][2][:1].isupper())):
            break
        if (tokens[first][2] in ARTICLES and first > 1 and prev.isalpha() and prev.islower()
                and tokens[first - 2][2].lower() in TOLD):
            break  # the one told is no part of it: "told supporters the campaign expected" (the campaign expected)
        if (tokens[first][2] == "the" and first > 1 and prev.isalpha() and prev.islower()
                and not tokens[first - 2][2][:1].isalnum() and prev not in DETERMINERS and prev not in NOT_A_SUBJECT):
            break  # a noun opening an aside, then "the": "-- meddling the California congressman said is"
        if prev[:1].isalnum() and prev.lower() not in NOT_A_SUBJECT and prev.lower() not in PRONOUNS:
            first -= 1
        elif (prev == "He" and first > 1 and tokens[first - 2][2].isalpha() and tokens[first - 2][2].islower()
              and tokens[first][2][:1].isupper()):
            first -= 1  # a Chinese surname after a role, not a pronoun: "ministry spokesperson He Yadong told"
        elif _modal_name(tokens, first - 1):
            first -= 1  # "Theresa May said", "Will Smith said"
        elif prev == "&" and first > 1 and tokens[first][2][:1].isupper() and tokens[first - 2][2][:1].isupper():
            first -= 2  # a firm's name: "Pacific Gas & Electric said", "Ernst & Young analysts said"
        elif (prev in _CAPITALISED_JOINERS and first > 1 and tokens[first][2][:1].isupper()
              and tokens[first - 2][2][:1].isupper() and tokens[first - 2][2][:1].isalpha()):
            first -= 2  # a capitalised word joining a name: "Doctors Without Borders said" (not a title-case
            # headline's "Democrats Should Be Very Nervous")
        elif prev.lower() == "not" and tokens[first][2].lower() in ("everyone", "everybody", "all", "every", "many"):
            first -= 1  # "Not everyone agrees", "Not all economists agree"
            break
        elif prev.lower() == "one" and tokens[first][2].isalpha() and tokens[first][2].islower():
            first -= 1  # "One investor said" (not "one" alone)
            break
        elif (prev in ("That", "This", "These") and tokens[first][2].isalpha() and tokens[first][2].islower()
              and tokens[first][2] not in _TIME_WORDS):
            first -= 1  # a demonstrative opening the sentence: "That staffer, who ..., told Axios" (not "This
            break  # week numerous analysts piled on")
        elif prev.lower() == "those" and tokens[first][2].isalpha() and tokens[first][2].islower():
            first -= 1  # "Those close to him say", "those familiar with the talks", "some of those surveyed"
            if first > 1 and tokens[first - 1][2] == "of" and tokens[first - 2][2].lower() in _PARTITIVES:
                first -= 2
            break
        elif (prev.lower() in _NOUN_MODIFIER_PREPOSITIONS and first > 1 and tokens[first - 2][2][:1].isalpha()
              and tokens[first - 2][2].lower() not in NOT_A_SUBJECT and not _VERB_FORM.search(tokens[first - 2][2])):
            first -= 2  # "Russia's ambassador to the US", "the president of France"
        elif (prev.lower() in ("over", "under", "aged") and first > 1 and tokens[first][2][:1].isdigit()
              and tokens[first - 2][2][:1].isalpha() and tokens[first - 2][2].lower() not in NOT_A_SUBJECT):
            first -= 2  # people of an age: "Voters over 65 opposed it", "those aged 18 to 24"
        elif prev.lower() in ("with", "about") and first > 1 and tokens[first - 2][2].lower() in _KNOWING:
            first -= 2  # "a source familiar with the case", "people knowledgeable about the talks"
        elif (prev.lower() == "with" and first > 1 and tokens[first - 2][2].isalpha()
              and tokens[first - 2][2].lower() not in NOT_A_SUBJECT
              and (tokens[first][2] in _KNOWLEDGE
                   or first < i and tokens[first][2].islower() and tokens[first + 1][2] in _KNOWLEDGE)):
            first -= 2  # "a person with knowledge of the results", "people with direct knowledge of", "those with
            # access to the documents"
        elif prev.lower() == "with" and first > 1 and tokens[first - 2][2].lower() in _MEMBERS:
            first -= 2  # "Officials with the Department of Homeland Security said"
        elif (prev == "on" and first > 1 and tokens[first - 2][2].lower() not in NOT_A_SUBJECT
              and (_PLURAL.fullmatch(tokens[first - 2][2].lower())
                   or (tokens[first - 2][2].isalpha() and tokens[first - 2][2].islower()
                       and not _VERB_FORM.search(tokens[first - 2][2])
                       and tokens[first][2][:1].isupper() and tokens[first][2].lower() not in _TIME_WORDS))):
            # people on a platform or a body: "Some fans on X", "Democrats on the committee"; or a noun placed
            # on a place named: "The owner of a coffee shop on Pine Street said" (not on a day)
            first -= 2
        elif (first > 2 and (prev.lower() in ("by", "in", "on", "at", "from") and _PARTICIPLE.search(tokens[first - 2][2].lower())
                             or prev.lower() == "for" and tokens[first - 2][2].lower() in _ASKED_FOR)
              and tokens[first - 3][2][:1].isalpha() and tokens[first - 3][2].lower() not in NOT_A_SUBJECT):
            first -= 3  # a participle modifying the subject: "A memo seen by Reuters said", "a paper
            # published in Nature shows", "Voters interviewed for AP VoteCast said"
        elif (first > 3 and prev.lower() in ("in", "with", "to", "by") and _PARTICIPLE.search(tokens[first - 2][2].lower())
              and tokens[first - 3][2].lower() == "not" and tokens[first - 4][2][:1].isalpha()
              and tokens[first - 4][2].lower() not in NOT_A_SUBJECT):
            first -= 4  # ... or unconnected with it: "Experts not involved in the research urged caution"
        elif (prev.lower() in _MOVING_PREPOSITIONS and first > 2 and tokens[first - 2][2].lower().endswith("ing")
              and tokens[first - 2][2].islower() and tokens[first - 3][2][:1].isalpha()
              and tokens[first - 3][2].lower() not in NOT_A_SUBJECT):
            first -= 3  # "Protesters marching through the streets chanted"
        else:
            break
    if _words(tokens, first, i) > 7:
        first = _name_start(tokens, first)
    if first > 0 and tokens[first - 1][2].lower() in _TIME_OPENERS and (first == 1 or not tokens[first - 2][2][:1].isalnum()):
        while first < i and tokens[first][2].lower() in _TIME_WORDS:
            first += 1  # a time opening the clause is no part of it: "This week numerous analysts piled on", "On
            # Sunday morning Mr. Trump made" (not one after a subject: "Obama on Friday held an impromptu press")
    k = first if tokens[first][2] in _PLACE_PREPOSITIONS else first - 1  # (the preposition may have stopped it)
    if k > 1 and tokens[k][2] in _PLACE_PREPOSITIONS and tokens[k - 1][2] in ("and", "or") and tokens[k - 2][2][:1].isalnum():
        # a second place of the same people: "Political observers in Virginia and around the country say",
        # "Residents in Ohio and across the Midwest said"
        return _subject_start(tokens, k - 2, verbs, noun_verbs)
    if first > 0 and tokens[first - 1][2] in _CURRENCY_SIGNS:
        while first < i and (tokens[first][2][:1].isdigit() or tokens[first][2].lower() in _MAGNITUDES):
            first += 1  # an amount is no part of it: "the minimum $20 million experts say it costs"
    return first


_NAME_JOINERS = frozenset({"of", "for", "on", "&"})
_NOT_LISTED = NOT_A_SUBJECT | CLAUSE_OPENERS | _TIME_WORDS  # words that open a clause, not a list of names


def _listed_names_start(tokens: list, first: int, lo: int) -> int:
    """The first of the names listed with commas before the coordinated subject opening at token
    `first` ("Microsoft, Meta and Alphabet said"), when the list opens its clause or, after a name,
    follows an introduction's comma ("Last week, Microsoft, Meta and Alphabet said"); else `first`.
    Each item is one to four capitalised words, none an opener ("Meanwhile, France and Germany said";
    not "In Britain, France and Germany said", nor "spent it on mailers, T-shirts, bumper stickers and
    other costs to support")."""
    k = first
    while k >= 2 and tokens[k - 1][2] == ",":
        item = k - 2
        while item > 0 and k - item < 5 and _capitalised(tokens[item - 1][2]) and tokens[item - 1][2][:1].isalpha():
            item -= 1
        if not all(_capitalised(t[2]) and t[2][:1].isalpha() and t[2].lower() not in _NOT_LISTED for t in tokens[item:k - 1]):
            return k if _capitalised(tokens[first][2]) else first  # (the comma closes an introduction)
        k = item
    opens = k == 0 and tokens[0][0] == lo or k > 0 and (tokens[k - 1][2] == ";" or tokens[k - 1][2].lower() in _CLAUSE_STARTS)
    return k if opens else first


def _words(tokens: list, first: int, i: int) -> int:
    """How many words tokens first..i hold, a name counting as one: "the 6th U.S. Circuit Court of
    Appeals" is three."""
    count = 0
    for k in range(first, i + 1):
        word = tokens[k][2]
        if k > first and (word[:1].isupper() or word in _NAME_JOINERS) and tokens[k - 1][2][:1].isupper():
            continue  # (a name goes on: "U.S. Circuit", "Court of")
        if k > first + 1 and word[:1].isupper() and tokens[k - 1][2] in _NAME_JOINERS and tokens[k - 2][2][:1].isupper():
            continue  # "of Appeals"
        count += 1
    return count


def _name_start(tokens: list, first: int) -> int:
    """Where a capitalised name begins that a subject cut at the word limit cuts through (its first token
    and the next belong to one name), back over at most six more tokens: capitalised words, the words
    joining them ("Center for Federal", "Bank of"), and an article before it ("the Center for Federal Tax
    Policy at the more conservative Tax Foundation")."""
    start = first
    if not (tokens[first][2][:1].isupper() and first + 1 < len(tokens)
            and (tokens[first + 1][2][:1].isupper() or tokens[first + 1][2] in _NAME_JOINERS)):
        return first
    while start > 0 and first - start < 6:
        prev = tokens[start - 1][2]
        # (capitalised words and initials, "U.S."; not a headline in capitals, "KILLED IN DEADLY")
        if (prev[:1].isupper() and prev.replace(".", "").isalpha()
                and not (prev.isupper() and len(prev) > 1 and tokens[start][2].isupper())):
            start -= 1
        elif prev in _NAME_JOINERS and start > 1 and tokens[start - 2][2][:1].isupper() and tokens[start - 2][2].isalpha():
            start -= 2
        else:
            break
    if start > 0 and tokens[start - 1][2].lower() == "the":
        start -= 1
    return start


def _without_affiliation(name: list) -> list:
    """Tokens of a name in apposition without the body or place after it ("Lisa Brandt" of "Lisa Brandt of
    Brandt & Hale LLP", "King County Metro" of "King County Metro in Seattle"): two capitalised words or
    more, "of", "from", "at" or "in", then capitalised words."""
    cut = next((k for k, t in enumerate(name) if t[2] in ("of", "from", "at", "in")), None)
    if cut is None or cut < 2 or cut + 1 == len(name):
        return name
    body = [t[2] for t in name[cut + 1:]]
    if body[0] == "the":
        body = body[1:]
    if body and all(_capitalised(w) or w in ("&", "of", "for") for w in body) and _capitalised(body[-1]):
        return name[:cut]
    return name


def _abbreviated(word: str, titles) -> bool:
    """Whether a word before a full stop is a title or an initial, within a name."""
    return word.lower() in titles or (len(word) == 1 and word.isupper())


_ARTICLE_THEN_CAPITAL = rx.compile(NAME_ARTICLE + r"\p{Lu}")


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name's: a capital first, or an article before one ("al-Ansari")."""
    return word[:1].isupper() or _ARTICLE_THEN_CAPITAL.match(word) is not None


def _introductory_comma(tokens: list) -> int | None:
    """The index of the comma ending a preposition's phrase that opens `tokens`, within twenty words ("For
    those with incomes above $1 million, she would"), or None."""
    if not tokens or tokens[0][2].lower() not in _INTRODUCING:
        return None
    return next((i for i, t in enumerate(tokens[1:20], 1) if t[2] == ","), None)


def closed_by_opening_mark(before: str) -> bool:
    """Whether text ends with a quotation closed with an opening mark by mistake: '"It's unusual,“'."""
    return before.endswith("\u201c") and before[-2:-1] in (",", ".", "?", "!")


def _the_one_told(text: str, start: int, hi: int):
    """The one told, at `start` after a cue of telling, up to the statement: with a colon ("the Yorkshire
    Evening Post: ") or a comma before a quotation, "that" ("reporters in Doha that") or nothing ("AFP the
    toll could rise")."""
    return (_COLON_AFTER_RECIPIENT.match(text, start, hi) or _THAT_AFTER_RECIPIENT.match(text, start, hi)
            or _BARE_RECIPIENT.match(text, start, hi))


def possessive(word: str) -> bool:
    """Whether a word is a possessive: "Clinton's", "Airlines'"."""
    return word.lower().endswith(("'s", "\u2019s", "s'", "s\u2019"))


def after_label(text: str, lo: int, hi: int) -> int:
    """Where a statement starting at `lo` begins past a short label opening it ("Who was affected:")."""
    label = _LABEL.match(text, lo, hi)
    return label.end() if label else lo


_LAST_WORD = rx.compile(r"(\p{L}+)\W*$")
_AUXILIARY_WORD = rx.compile(AUXILIARY)


class PhraseFinder:
    def __init__(self, verb_forms: Container[str], titles: Container[str], verb_words: Container[str] = (),
                 noun_verbs: Container[str] = (), roles: Container[str] = (), descriptors: Container[str] = ()):
        self.verb_forms = verb_forms  # reporting-verb forms: an aside holding one is a clause of its own
        self.titles = titles  # abbreviated titles ("Rep.", "Sen."), whose full stop ends no name
        self.verb_words = verb_words  # verb forms a subject ends at
        self.noun_verbs = noun_verbs  # verb forms that are nouns too ("claims"): a subject ends there after a name
        self.roles = roles  # lower-case words standing before a person's name ("spokesman", "star")
        self.descriptors = descriptors  # ... and before a body's ("firm", "group")

    def before(self, doc: Document, lo: int, cue: int) -> SourceRef | None:
        """The subject before a cue: "Sergei Ryabkov, Russia's deputy foreign minister, said", "federal
        officials also said", "the commission has long argued". Walks back over adverbs and auxiliaries,
        then over the noun phrase up to punctuation or a clause boundary ("that", "because", "in"). A
        group's named members between commas belong to it ("Other candidates, including Carly Fiorina
        and Ben Carson, said")."""
        src = self._before(doc, lo, cue)
        if src is not None and _NAME_LIST_TAIL.fullmatch(src.text):
            # the end of a body's name listing its fields: "the Department for Environment, Food and Rural
            # Affairs", "the Ministry of Agriculture, Fisheries and Food"
            head = _LISTED_NAME_HEAD.search(doc.prose, max(lo, src.start - 120), src.start)
            if head is not None:
                start = self._before(doc, lo, head.end(1))
                if start is not None and _BODY_OF.search(start.text):
                    src = SourceRef.spanning(doc.text, start.start, src.end, "unknown")
        ranked = _RANKED_BEFORE_NAME.match(doc.prose, src.start, src.end) if src is not None else None
        if ranked:
            # a rank is the noun phrase a relative clause leaves out, not the subject's: "the second AT&T has
            # disclosed" (the second breach AT&T has disclosed)
            src = SourceRef.spanning(doc.text, ranked.end(), src.end, src.kind)
        infinitive = _INFINITIVE_OPENING.match(doc.prose, src.start, src.end) if src is not None else None
        if infinitive and infinitive.end() < src.end:
            # an infinitive is no part of the subject after it: "agreed to pay $1.2 billion to settle thousands
            # of lawsuits accusing it"
            src = SourceRef.spanning(doc.text, infinitive.end(), src.end, src.kind)
        members = _MEMBERS_AFTER.match(doc.prose, src.end, cue) if src is not None else None
        if members:
            # (of no kind yet: a capitalised group opening the sentence was taken for a name with an
            # appositive, "Opponents, including the Merchants Association, say")
            e = members.end(1)
            return SourceRef.spanning(doc.text, src.start, e, "unknown")
        return src

    def _before(self, doc: Document, lo: int, cue: int) -> SourceRef | None:
        quoted = quoted_as(doc.prose, lo, cue)
        if quoted and quoted.group(1)[:3].lower() == "by " and quoted.start() > lo:
            # the one quoted stands before the passive: "The minister was quoted by Interfax as saying"
            return self._before(doc, lo, quoted.start())
        if quoted:  # "TASS quoted a Kremlin official as saying"
            return SourceRef.spanning(doc.text, *quoted.span(1), "unknown")
        aside = _PREPOSITION_ASIDE.search(doc.prose, max(lo, cue - 120), cue)
        if aside and aside.start() > lo:
            # where or how it was said, set off before the verb: "The company, in a filing with the Securities
            # and Exchange Commission, disclosed" (the subject stands before it)
            return self._before(doc, lo, aside.start())
        # a relative clause and an appositive both end with a comma (or a dash) right before the cue,
        # perhaps with an adverb: look for them only then
        tail = doc.prose[max(lo, cue - 30):cue].rstrip()
        comma = tail.rstrip("\"\u201d").endswith(",") or _COMMA_ADVERB.search(tail) is not None
        age = _AGE_AFTER_NOUN.search(doc.prose, max(lo, cue - 12), cue) if comma else None
        if age and age.start() > lo:
            return self._before(doc, lo, age.start())  # "The Grammy-winning singer, 29, announced"
        rel = _RELATIVE_BEFORE.search(doc.prose, max(lo, cue - 250), cue) if comma else None
        # a relative clause between commas, commas inside it too: "The trial, which enrolled children
        # in Burkina Faso, Kenya and Mali, found" -- the subject stands before it
        if rel and rel.start() > lo and "," in rel.group(1):
            return self._before(doc, lo, rel.start())
        if rel and rel.start() > lo and (named := self._before(doc, lo, rel.start() + 1)) is not None and (
                named.kind == "person" and len(named.text.split()) >= 2 and named.text[:1].isupper()
                and _ONE_DESCRIPTION.fullmatch(doc.prose, named.end, rel.start())):
            # ... or the name before an appositive the clause describes: "Ivan Oransky, a co-founder of
            # Retraction Watch, which tracks retractions, said"
            return named
        dash_or_comma = tail.rstrip("\"\u201d")[-1:] in (",", "-", "\u2014", "\u2013")  # (a comma inside quotes: 'of "The Five,"')
        adverb = _COMMA_ADVERB.search(tail)
        # (an appositive's closing comma may have an adverb after it: "Marc H. Morial, the chief executive
        # of the National Urban League, forcefully told")
        ends = cue - (len(tail) - adverb.end("mark")) if adverb and not dash_or_comma else cue
        a = _APPOSITIVE_BEFORE.search(doc.prose, max(lo, cue - 300), ends) if dash_or_comma or adverb else None
        if a and (before := _PREPOSITION_BEFORE.search(doc.prose, max(lo, a.start(1) - 40), a.start(1))):
            # the name is a preposition's object, not the subject: "The head of the WHO, Tedros Adhanom
            # Ghebreyesus, said" (the name in apposition is the source), "The company, based in Austin,
            # Texas, said" (the subject stands before the participle's aside)
            named = _NAME_IN_APPOSITION.fullmatch(doc.prose, a.end(1), ends)
            if named:
                return SourceRef.spanning(doc.text, *named.span(1), "person")
            if _DESCRIPTION_AFTER.match(doc.prose, a.end(1), ends) and a.start(1) > lo:
                # nor is a body described after it: "Tom Fitton, the president of Judicial Watch, a conservative
                # group ..., said" (the subject is found as if the cue followed the body's name and comma)
                return self._before(doc, lo, doc.prose.index(",", a.end(1)) + 1)
            if before.group(1):
                a = None
            elif _RELATIVE_AFTER.match(doc.prose, a.end(1), ends):
                # a relative clause, not a name in apposition: "A spokesman for the Justice Department, who
                # was not authorized to speak publicly, said" (the spokesman, not the department); so too a
                # participle's aside
                return self._before(doc, lo, a.end(1))
        if a and _COUNTED_BEFORE.search(doc.prose, max(lo, a.start(1) - 40), a.start(1)):
            a = None  # a capitalised noun after "one" or "a" and its modifiers is no name: "One senior Tory, speaking
            # on condition of anonymity, told" (the subject is the whole phrase)
        if a:
            titled = (_THE.match(a.group(1)) or _THE_BEFORE.search(doc.prose, max(lo, a.start(1) - 4), a.start(1))
                      or (_POSSESSIVE_ROLE.fullmatch(a.group(1)) and a.group(1).split()[-1].lower() in self.roles))
            named = _NAME_IN_APPOSITION.fullmatch(doc.prose, a.end(1), ends) if titled else None
            if named:  # a title, then the name: "The Opposition Leader, Sussan Ley, accused", "Victoria's
                # Treasurer, Jaclyn Symes, said"
                return SourceRef.spanning(doc.text, *named.span(1), "person")
            start = a.start(1)
            opener = _OPENING_WORD.match(doc.prose, start, a.end(1))
            while opener and opener.group(1).lower() in _NAME_OPENERS:
                start = opener.end()  # "But Sen. Richard J. Durbin, ..., said": the name after the opener
                opener = _OPENING_WORD.match(doc.prose, start, a.end(1))
            # (a body, described by its founding or its owner: "Veloklapp, founded in 2022 by two former
            # Bosch engineers, said")
            kind = "organization" if _FOUNDED.match(doc.prose, a.end(1), ends) else "person"
            return SourceRef.spanning(doc.text, start, a.end(1), kind)
        window = max(lo, cue - 200)
        while window > lo and doc.prose[window - 1].isalnum():
            window -= 1  # (a whole word, not "ts" of "experts")
        tokens = _tokens(doc.prose, window, cue)
        i = _before_auxiliaries(tokens, len(tokens) - 1)
        if i >= 0 and doc.prose.startswith("ing", _word_end(doc.prose, cue) - 3):
            if i >= 2 and tokens[i][2] == "of" and tokens[i - 1][2] == "short" and tokens[i - 2][2].lower() in _ASPECTUAL:
                i -= 2  # "Trump stopped short of calling"
            if tokens[i][2].lower() in _ASPECTUAL:
                i = _before_auxiliaries(tokens, i - 1)  # "he began talking about", "Sen. Johnson kept asking her"
        elif i >= 1 and tokens[i][2].lower() == "to" and tokens[i - 1][2].lower() in _ASPECTUAL:
            i = _before_auxiliaries(tokens, i - 2)  # "The nominee continues to insist"
        # a time phrase between the subject and the verb, perhaps with more auxiliaries before it
        timed = _before_time(tokens, i)
        if (timed != i and timed > 0 and _PAST.search(tokens[timed][2]) and tokens[timed][2].islower()
                and tokens[timed - 1][2][:1].isalnum() and tokens[timed - 1][2].lower() not in NOT_A_SUBJECT):
            timed -= 1  # the participle of a time phrase after the subject: "A report by the IMF published Tuesday said"
        i = _before_auxiliaries(tokens, timed)
        aside_end = i
        i, named = self._before_asides(doc, tokens, i)
        if named is not None:
            return named
        if i < aside_end:
            # an aside between an auxiliary and its verb: "U.S. officials have, in fact, praised"
            i = _before_auxiliaries(tokens, i)
        first = _fixed_subject(tokens, i)
        if first is not None:
            s, e = tokens[first][0], tokens[i][1]
            return SourceRef.spanning(doc.text, s, e, "unknown")
        if i < 0 or not tokens[i][2][:1].isalnum():
            return None
        # a relative clause between subject and verb: "officials who spoke on condition of anonymity
        # said" -- the subject is the noun before "who", and the source keeps the clause
        end = tokens[i][1]
        for r in range(i, max(i - 12, 0), -1):
            word = tokens[r][2]
            if not word[:1].isalnum():
                break
            if word.lower() in ("who", "which") and tokens[r - 1][2][:1].isalnum() and r < i:
                if tokens[r - 1][2].lower() in _NOUN_MODIFIER_PREPOSITIONS or tokens[r - 1][2].lower() in (
                        "on", "with", "under", "during", "through"):
                    break  # "a lawsuit in which Democrats argued": the subject follows "which"
                i = r - 1
                break
            if (word == "that" and r < i and _RELATIVE_THAT_VERB.fullmatch(tokens[r + 1][2])
                    and tokens[r - 1][2][:1].isalpha() and tokens[r - 1][2].lower() not in NOT_A_SUBJECT
                    and tokens[r - 1][2].lower() not in self.verb_words and not _PAST.search(tokens[r - 1][2])
                    and not doc.prose.startswith("ing", _word_end(doc.prose, cue) - 3)
                    and not any(t[2].lower() in _NOT_IN_RELATIVE_CLAUSE for t in tokens[r + 1:i + 1])
                    and not any(tokens[k][2] in ARTICLES and tokens[k - 1][2].isalpha() and tokens[k - 1][2].islower()
                                and tokens[k - 1][2] not in _RELATIVE_CLAUSE_PREPOSITIONS for k in range(r + 2, i + 1))):
                # ... or "that" with a verb after it, after a noun: "The pilot of a plane that crashed near
                # Fresno reported" (not a verb's clause: "warned that the company reported"; not when a
                # subject of its own may stand in it: "regulations that would end what she said", "cells
                # that can turn into tissue and researchers hope", "a speech that included Trump vowing",
                # "a speech that drew attention over deals the team appeared": an article after a noun)
                i = r - 1
                break
        else:  # (no relative pronoun in the last 12 words)
            # ... a longer one, saying why the source is unnamed: "A neighbor who asked that her name not be
            # used because she feared for her safety said"
            who = next((r for r in range(i - 12, max(i - 24, 0), -1) if tokens[r][2].lower() == "who"
                        or not tokens[r][2][:1].isalnum()), None)
            if (who is not None and tokens[who][2].lower() == "who" and tokens[who - 1][2][:1].isalnum()
                    and _UNNAMED_BECAUSE.search(doc.prose, tokens[who][1], tokens[i][1])):
                i = who - 1
        # ... or without "who": "all the experts I interviewed said", "Everyone we spoke to agreed"
        k = i - 1 if tokens[i][2] in ("to", "with") and i > 0 else i
        if (k >= 2 and tokens[k][2] in _CONTACTED and tokens[k - 1][2].lower() in _SPEAKING_PRONOUNS
                and tokens[k - 2][2][:1].isalnum() and tokens[k - 2][2].lower() not in NOT_A_SUBJECT):
            i = k - 2
        if tokens[i][2].lower() in ("here", "there") and i > 0 and tokens[i - 1][2][:1].isalpha() \
                and tokens[i - 1][2].lower() not in NOT_A_SUBJECT:
            i -= 1  # "Her campaign workers here said", "Officials there say"
            end = tokens[i][1]
        head = tokens[i]
        contracted = _CONTRACTED.fullmatch(head[2])
        if contracted:  # "who's called", "she'd said": the pronoun without its auxiliary
            head = tokens[i] = (head[0], head[0] + contracted.end(1), contracted.group(1))
        if head[2].lower() in PRONOUNS:
            return SourceRef.spanning(doc.text, head[0], head[1], "person")
        if head[2].lower() in ("who", "which") or (
                head[2].lower() == "that" and i > 0 and tokens[i - 1][2][:1].isalnum()
                and tokens[i - 1][2].lower() not in NOT_A_SUBJECT and tokens[i - 1][2].lower() not in self.verb_words):
            # (a "that" right after a noun and right before the verb is a relative pronoun too: "tech
            # companies that say the law will stifle innovation")
            return _relative_pronoun(doc, tokens, i)
        if (head[2].lower() in NOT_A_SUBJECT and not _modal_name(tokens, i)) or head[2].lower() in ARTICLES:
            return None  # (an article alone is no subject: "The claims the lawyers filed"; a possessive
            # is the holder of a noun cue: "His promises")
        first = _tagged_list_start(tokens, _subject_start(tokens, i, self.verb_words, self.noun_verbs),
                                   self.verb_words, self.noun_verbs)
        if first >= 2 and tokens[first - 1][2] == "and":
            # coordinated subjects: "the United States and its allies say", "Trump and Clinton said",
            # when the first stands where a clause begins (not "Clinton won Iowa and Sanders said")
            other = _subject_start(tokens, first - 2, self.verb_words, self.noun_verbs)
            opens = (tokens[other][0] == lo if other == 0 else
                     tokens[other - 1][2] in (",", ";") or tokens[other - 1][2].lower() in _CLAUSE_STARTS)
            if (opens and tokens[first - 2][2][:1].isalnum() and tokens[first - 2][2].lower() not in NOT_A_SUBJECT
                    and self._noun_phrase(tokens[other:first - 1])):
                first = _listed_names_start(tokens, other, lo)
        if (i - first == 2 and tokens[first][2].lower() in ("a", "an") and tokens[first + 1][2].islower()
                and tokens[first + 1][2] not in _QUANTITY_NOUNS and _PLURAL.fullmatch(tokens[i][2])):
            # "a" before a plural: a relative clause without "that", "..., a move officials said would
            # ...": the source is the plural alone (not "a dozen officials")
            first = i
        verb = doc.prose[cue:_word_end(doc.prose, cue)].rstrip(".").lower()
        if verb in self.verb_forms:  # (not a noun cue: "a longtime Clinton supporter")
            first = self._name_after_object(tokens, first, i)
        if first > 0 and tokens[first][2] == "least" and tokens[first - 1][2].lower() == "at":
            first -= 1  # "At least one commentator liked"
        if (first >= 2 and tokens[first][2][:1].isdigit() and tokens[first - 1][2].lower() in ("in", "of")
                and (tokens[first - 2][2][:1].isdigit() or tokens[first - 2][2].lower() in NUMBER_WORDS)):
            # a share of people: "Nearly 6 in 10 voters said", "Seven of 10 Americans say"
            first -= 2
            while first > 0 and tokens[first - 1][2].lower() in QUANTITY_WORDS:
                first -= 1
        if verb.endswith("ing") and not (tokens[i][2].islower() and _PLURAL.fullmatch(tokens[i][2])):
            # a verb of issuing and its object before a participle: "The town released a statement Wednesday
            # saying", "A former aide filed a lawsuit alleging": the one who released or filed it says so
            # (not people, who speak for themselves: "has energized the delegates looking to"; nor what
            # someone did to a thing: "A judge blocked a law restricting"); the verb may stand right before the
            # object taken for the subject: "The chef posted a video to TikTok saying"
            for v in range(max(first - 1, 1), i):
                if tokens[v][2] in _ISSUED and (tokens[v + 1][2] in ARTICLES or tokens[v + 1][2] in _POSSESSIVES
                                                or all(t[2].isalpha() and t[2].islower() for t in tokens[v + 1:i + 1])):
                    # (past a time, auxiliaries and adverbs: "The campaign on Tuesday released", "who recently
                    # co-authored", "A judge on Friday formally issued")
                    k = _before_time(tokens, _before_auxiliaries(tokens, _before_time(tokens, v - 1)))
                    if k < 0 or not tokens[k][2][:1].isalnum():
                        break
                    if tokens[k][2].lower() in ("who", "which"):
                        return _relative_pronoun(doc, tokens, k)
                    if tokens[k][2].lower() in PRONOUNS:
                        return SourceRef.spanning(doc.text, tokens[k][0], tokens[k][1], "person")
                    if tokens[k][2].lower() in NOT_A_SUBJECT:
                        break
                    end = tokens[k][1]
                    first = _subject_start(tokens, k, self.verb_words, self.noun_verbs)
                    break
        s = tokens[first][0]
        return SourceRef.spanning(doc.text, s, end, "unknown")

    def _name_after_object(self, tokens: list, first: int, i: int) -> int:
        """Where the subject of a relative clause without "that" starts, when tokens first..i are an
        article, common nouns and a name: "a charge Tehran denies", "the plan Democrats proposed" (the
        name, not the noun it depends on); a role before a name stays ("the former President Bill
        Clinton", "a spokesman Tom Smith"). So too an article opening a second noun phrase after the
        first: "how many units the company expected", "the plan the senator proposed"."""
        opener = tokens[first][2].lower()
        if i - first < 2 or (opener not in ARTICLES and opener not in _COUNTS) or tokens[first + 1][2] in _RANKS:
            return first  # (a rank describes the one named after it: "A senior Labour MP said")
        k = first + 1
        while k < i - 1 and tokens[k][2].isalpha() and tokens[k][2][:1].isupper():
            k += 1  # a name modifying the nouns: "(In) a Bloomberg interview Trump declared"
        nouns = k
        while (k < i and tokens[k][2].isalpha() and tokens[k][2].islower() and tokens[k][2] not in self.roles
               and tokens[k][2] not in _QUANTITY_NOUNS and tokens[k][2] not in NOT_A_SUBJECT
               and tokens[k][2] not in _NOUN_MODIFIER_PREPOSITIONS
               # (a body's description right before its name: "The trade association Water UK said")
               and not (tokens[k][2] in self.descriptors and _capitalised(tokens[k + 1][2]))):
            k += 1
        # (a name, not an acronym: "A super PAC supporting")
        if (opener in ARTICLES and k > nouns and all(_capitalised(t[2]) for t in tokens[k:i + 1])
                and not tokens[k][2].isupper()):
            return k
        # (nouns, not a verb and its object: "The town released a statement saying", "The Cruz campaign sent a
        # fundraising email Wednesday saying", "A recent post getting a lot of clicks shows")
        k = nouns
        while k < i and self._plain_noun(tokens[k][2], k == first + 1):
            k += 1
        if (k > nouns and tokens[k][2] in ARTICLES
                and all(t[2].isalpha() and t[2].lower() not in NOT_A_SUBJECT for t in tokens[k + 1:i + 1])):
            return k
        return first

    def _plain_noun(self, word: str, after_determiner: bool = False) -> bool:
        """Whether a word may be a common noun inside a subject: lower case, no role, preposition,
        article or other word a subject ends at, and no verb form (but an -ing form right after a
        determiner: "a finding the authors cautioned")."""
        return (word.isalpha() and word.islower() and word not in self.roles and word not in _QUANTITY_NOUNS
                and word not in NOT_A_SUBJECT and word not in _NOUN_MODIFIER_PREPOSITIONS and word not in ARTICLES
                and word not in self.verb_words and word not in _ISSUED and not _PAST.search(word)
                and (after_determiner or not word.endswith("ing")))

    def _noun_phrase(self, tokens: list) -> bool:
        """Whether tokens may be a noun phrase, not a clause: no lowercase word other than a
        determiner, a preposition or a title or role (or roles) before a capitalised one ("the United States",
        "former governor Jeb Bush", "Council members Dale Hutchins", "a coalition of politicians"), nor a noun
        heading it ("scientists at the National Snow"); not "Clinton won Iowa", "Clinton spoke to voters in
        Iowa"."""
        words = [t[2] for t in tokens]
        for k, w in enumerate(words):
            if (w.islower() and w.isalpha() and w not in _NOUN_OPENERS and w not in _NOUN_MODIFIER_PREPOSITIONS
                    and w not in self.titles and w not in self.roles and not (w[-1:] == "s" and w[:-1] in self.roles)
                    and any(x[:1].isupper() for x in words[k + 1:])
                    and not (k + 1 < len(words) and words[k + 1] in _NOUN_MODIFIER_PREPOSITIONS
                             and not _VERB_FORM.search(w) and not any(x[:1].isupper() for x in words[:k]))):
                return False
        return True

    def _before_asides(self, doc: Document, tokens: list, i: int) -> tuple[int, SourceRef | None]:
        """Step back from token `i` (the word before a verb) over what may stand between a subject and
        its verb: a party or state after a name ("Gov. Phil Bryant (R) said"), a short aside ("Russia,
        on the other hand, has rejected"). Returns the new index, or a name in apposition after a
        role ("The adviser, Jane Brooks, said"), which is the source itself."""
        if i >= 2 and tokens[i][2] == ")":
            k = next((k for k in range(i - 1, max(i - 8, 0), -1) if tokens[k][2] == "("), None)
            if k is not None:
                i = k - 1
        if i >= 3 and tokens[i][2] == ",":
            j = next((k for k in range(i - 1, max(i - 12, 0), -1) if tokens[k][2] == ","), None)
            name = tokens[j + 1:i] if j is not None else []
            # (with the body the person is of: "The accountant, Lisa Brandt of Brandt & Hale LLP, said")
            name = _without_affiliation(name)
            # after up to three lowercase words of a role: "Her challenger, state Rep. Tom Greer, has not", "The
            # aide, chief of staff Melissa Grant, told"
            k = 0
            while (k < min(3, len(name) - 2) and name[k][2].isalpha() and name[k][2].islower()
                   and (name[k][2] not in NOT_A_SUBJECT or name[k][2] == "of" and 0 < k and name[k + 1][2].islower())
                   and name[k][2] not in PRONOUNS
                   and name[k][2] not in _LONG_ASIDE_OPENERS):  # "Several fact checkers, including The Post,"
                k += 1
            name = name[k:] if len(name) - k <= 4 else []
            # (one word after a relative or a role: "his wife, Jane, called for"; or after another noun
            # with its determiner: "The manufacturer, VoltCoach, said", of the kind the noun says)
            person = j is not None and j > 0 and (tokens[j - 1][2] in _KIN or tokens[j - 1][2] in self.roles)
            described = (j is not None and j > 1 and tokens[j - 1][2].isalpha() and tokens[j - 1][2].islower()
                         and tokens[j - 1][2] not in NOT_A_SUBJECT
                         and any(t[2].lower() in _OBJECT_DETERMINERS for t in tokens[max(j - 3, 0):j - 1]))
            if (len(name) >= 2 or (len(name) == 1 and (person or described))) and all(_capitalised(t[2]) for t in name):
                kind = "person" if len(name) >= 2 or person else "unknown"
                return i, SourceRef.spanning(doc.text, name[0][0], name[-1][1], kind)
        if i >= 3 and tokens[i][2] == ",":
            # a participle phrase, commas inside it too: "Trump, speaking at a rally in Wilmington, N.C., warned"
            j = next((k for k in range(i - 2, max(i - 20, 0), -1)
                      if tokens[k][2] == "," and _PARTICIPLE_ASIDE.fullmatch(tokens[k + 1][2])
                      and tokens[k - 1][2][:1].isalnum()), None)
            aside = [t[2].lower() for t in tokens[j + 1:i]] if j is not None else []
            # (a pronoun makes it a clause of its own, unless it stands in a subordinate clause of the
            # aside: "One investor, speaking on condition of anonymity because he was not authorised, said")
            cut = next((k for k, w in enumerate(aside) if w in _SUBORDINATORS), len(aside))
            if j is not None and not any(w in PRONOUNS for w in aside[:cut]):
                return j - 1, None
        if i >= 2 and tokens[i][2] == ",":
            # (a handle's or a hashtag's mark is part of a word: "who posts under the handle @XEng")
            j = next((k for k in range(i - 1, max(i - 26, 0), -1)
                      if not tokens[k][2][:1].isalnum() and tokens[k][2] not in _HANDLE_MARKS), None)
            if j is not None and i - j > 8 and tokens[j + 1][2].lower() not in _LONG_ASIDE_OPENERS | _APPOSITIVE_OPENERS:
                j = None  # only a relative clause, a list of examples or an appositive may run that long
            aside = [t[2].lower() for t in tokens[j + 1:i]] if j is not None else []
            # an aside, not a clause of its own ("..., he said, adding"): no pronoun, no reporting verb
            # (a preposition's phrase may hold a participle: "The ministry, in a statement posted to X, denied")
            if (j is not None and aside and tokens[j][2] == "," and tokens[j + 1][2][:1].islower()
                    and aside[0] not in PRONOUNS
                    # (a modal makes it a clause: "but for some, the losses would outstrip the gains, said Batchelder")
                    and (aside[0] in _LONG_ASIDE_OPENERS or not any(w in _MODALS for w in aside))
                    and (aside[0] in _LONG_ASIDE_OPENERS or aside[0] in _PLACE_PREPOSITIONS or aside[0] in _APPOSITIVE_OPENERS
                         or not any(w in self.verb_forms for w in aside))):
                i = j - 1
        return i, None

    def after(self, doc: Document, cue_end: int, hi: int, phrase_cue: bool = False,
              speaking: bool = False) -> SourceRef | None:
        """The source after a cue. After a phrase cue ("according to ...") the phrase up to the next
        punctuation is the source; after a verb ("..., said X") it must look like a name, or, after a
        verb of `speaking`, be one's relation ("..., said his daughter"; a possessive after another verb
        opens its object: "..., embracing his reputation")."""
        c = _NP_CLAUSE.match(doc.prose[cue_end:hi])
        # a verb's speaker ends before a relative clause about them, whose words may be any: "said an
        # official who was not authorized to speak" (the sentence's words give the reason, as they do
        # after a comma)
        who = _WHO_CLAUSE.search(c.group(1)) if c and not phrase_cue else None
        if not phrase_cue and c and _NOT_A_NAME_AFTER.search(c.group(1), 0, who.start() if who else len(c.group(1))):
            return None  # "said of the plan", "said the states were exaggerating": no speaker there
        if c and (phrase_cue or c.group(1)[:1].isupper()
                  or c.group(1).split()[0].lower() in ("the", "a", "an", "one", "some", "another") or c.group(1).split()[0] in _COUNTS
                  or (speaking and c.group(1).split()[0] in _POSSESSIVES)
                  or c.group(1)[:1].isdigit() or any(w in _PLURAL_SPEAKERS for w in c.group(1).split()[:3])):
            # ("said one former senior agency official", "said two people familiar with the talks", "said
            # 9/11 widow Terry Strada", "say senior officials")
            s, e = cue_end + c.start(1), cue_end + (c.start(1) + who.start() if who else c.end(1))
            # a title's or an initial's full stop does not end the phrase: "said Rep. Tom Alvarez", "said
            # John D. Podesta"
            while (doc.prose.startswith(".", e) and _abbreviated(doc.prose[s:e].split()[-1], self.titles)
                   and (more := _NP_CLAUSE.match(doc.prose[e + 1:hi]))):
                e = e + 1 + more.end(1)
            when = _TRAILING_TIME.search(doc.prose, s, e)  # "The Associated Press on Monday"
            weekday = _TRAILING_WEEKDAY.search(doc.prose, s, e) if when is None else None
            if weekday and weekday.start() > s:
                e = weekday.start()
            elif when and when.start() > s:
                e = when.start()
                # and a participle left without its time: "NHS England figures published (on Thursday)"
                left = _TRAILING_PARTICIPLE.search(doc.prose, s, e)
                if left and left.start() > s:
                    e = left.start()
            # a name and in what or when it spoke: "the Supreme Court in a landmark 1986 ruling", "The
            # Associated Press in 2015" (not "Democrats in the Senate", "officials in Kyiv": who they are)
            where = _NAME_THEN_WHERE.match(doc.prose, s, e)
            if where:
                e = where.end(1)
            clause = _CLAUSE_WORD.search(doc.prose, s, e)  # "identified by prosecutors as Daniel Reyes"
            if clause and clause.start() > s:
                e = clause.start()
            elif phrase_cue and (rest := _NAME_LIST_REST.match(doc.prose, e, hi)) and (
                    _BODY_OF.search(doc.prose, s, e) or _BODY_LAST_WORD.search(doc.prose, s, rest.end())):
                e = rest.end()  # a body's name listing its fields: "according to Immigration, Refugees and Citizenship Canada"
            elif short := _BRACKETED_SHORT_NAME.match(doc.prose, e, hi):
                e = short.end()  # and its short name: "the Office for National Statistics (ONS)"
            elif not phrase_cue and doc.prose[s:s + 1].islower() and (named := NAME_AFTER_DESCRIPTION.match(doc.prose, e, hi)):
                # a description, then the name: "said one of the plaintiffs, Luis Ortega, who drove"
                return SourceRef.spanning(doc.text, *named.span(1), "person")
            return SourceRef.spanning(doc.text, s, e, "unknown")
        m = _NP_AFTER.match(doc.prose[cue_end:hi])
        if not m:
            return None
        seg = m.group()
        s = cue_end + len(seg) - len(seg.lstrip())
        e = cue_end + len(seg.rstrip().rstrip(".,;:"))
        return SourceRef.spanning(doc.text, s, e, "unknown") if e > s else None

    def _list_tail(self, tokens: list[tuple[int, int, str]], text: str, start: int) -> bool:
        """Whether the words after a comma at `start` end a list of names begun before it, no clause: a
        capitalised word, "and" or "or" among the next three, no verb, and a capitalised word before the
        comma ("for Mumbai, Thane and Raigad districts for the next 24 hours"; not "On Monday, Smith and Jones
        announced")."""
        before = _LAST_WORD.search(text, max(0, start - 40), start - 1)
        return (tokens[0][2][:1].isupper() and any(t[2] in ("and", "or") for t in tokens[1:4])
                and before is not None and before.group(1)[:1].isupper()
                and not any(_PAST.search(t[2]) or t[2] in self.verb_words or _AUXILIARY_WORD.fullmatch(t[2])
                            for t in tokens))

    def clause_subject(self, doc: Document, lo: int, cue: int, past_aside: bool = False) -> SourceRef | None:
        """The subject of the clause before the comma that precedes a participle cue: its opening run
        of capitalised words, perhaps with a title among them, or a pronoun ("Ohio Gov. John Kasich
        suspended his campaign, telling", "Pop star Jenna Cole sued her label, claiming"); with
        `past_aside`, of a clause opening with its verb, the subject before the aside before it."""
        comma = doc.prose.rfind(",", lo, cue)
        start = doc.prose.rfind(",", lo, comma) + 1 if comma > lo else lo
        if start == 0 or start < lo:
            start = lo
        tokens = _tokens(doc.prose, start, comma)
        while start > lo and tokens and (all(t[2][:1].isupper() for t in tokens)
                                         or all(t[2].lower() in _ASIDE_ADVERBS for t in tokens)
                                         or self._list_tail(tokens, doc.prose, start)):
            # a name in apposition is no clause: "Cole has sued her label, Apex Music, claiming"; nor is an
            # adverb set off: "Economists have forecast slower growth, however, citing"; nor the end of a list
            # of names: "issued a red alert for Mumbai, Thane and Raigad districts, predicting"
            comma = start - 1
            start = max(doc.prose.rfind(",", lo, comma) + 1, lo)
            tokens = _tokens(doc.prose, start, comma)
        # (past the end of a quotation before it: '"... for the better," McConnell said in 2012, citing')
        while tokens and (tokens[0][2].lower() in CLAUSE_OPENERS or not tokens[0][2][:1].isalnum()):
            tokens = tokens[1:]
        if not tokens:
            return None
        if tokens[0][2].lower() in PRONOUNS:
            return SourceRef.spanning(doc.text, tokens[0][0], tokens[0][1], "person")
        run = 0
        # (a role inside the run, or a name's small words: "The Bank of England", "The Australian Competition and
        # Consumer Commission")
        while run < len(tokens) and run < 8 and (tokens[run][2][:1].isupper() or (
                run and (tokens[run][2] in self.roles or tokens[run][2] in _INSIDE_NAMES)
                and run + 1 < len(tokens) and tokens[run + 1][2][:1].isupper())):
            run += 1
        run = _with_head_noun(tokens, self._past_role(tokens, run))
        if run == 1 and tokens[0][2].lower() in _NOUN_OPENERS:
            run = 0  # "The minister resigned ...": the capital is the sentence's, not a name's
        if run == 0 and (tokens[0][2].lower() in _NOUN_OPENERS or tokens[0][2].lower() in _COUNTS):
            # a determiner and its noun phrase, up to the verb: "several environmental groups granted
            # ..., saying"; "the Supreme Court blocked ..., citing"
            run = 1
            while (run < len(tokens) and run < 8 and tokens[run][2][:1].isalpha()
                   and (tokens[run][2].lower() not in NOT_A_SUBJECT
                        # its modifiers: "A spokesperson for the current mayor declined ..., citing"
                        or (tokens[run][2] in _NOUN_MODIFIER_PREPOSITIONS and run + 1 < len(tokens)
                            and (tokens[run + 1][2].lower() in _NOUN_OPENERS or tokens[run + 1][2][:1].isupper())))
                   and not _PAST.search(tokens[run][2]) and tokens[run][2] not in _IRREGULAR_PAST
                   and tokens[run][2].lower() not in _BETWEEN_SUBJECT_AND_VERB
                   # (a word before its object's determiner is the verb: "The company cut its forecast"; so is
                   # a present tense before a demonstrative and the noun closing the clause: "The authority
                   # disputes that figure", not "The groups that sued")
                   and not (run + 1 < len(tokens) and tokens[run][2].islower()
                            and tokens[run][2] not in _NOUN_MODIFIER_PREPOSITIONS
                            and tokens[run + 1][2].lower() in _OBJECT_DETERMINERS)
                   and not (run + 3 == len(tokens) and tokens[run][2].endswith("s") and tokens[run][2].islower()
                            and tokens[run + 1][2] in _DEMONSTRATIVES and not _PAST.search(tokens[run + 2][2]))):
                run += 1
            if run == 1 and not tokens[0][2][:1].isupper():
                return None  # (a capitalised determiner alone, "Many", still stands for the subject)
        if (run == 0 and past_aside and tokens[0][2].isalpha() and tokens[0][2].islower()
                and tokens[0][2] not in NOT_A_SUBJECT):
            # the clause opens with its verb, its subject before an aside: "His attorney, Michael Brandt,
            # argued for a shorter sentence, citing" (not a lone lower-case word: "Trump, whose views ...
            # have upset his party, last year proposed")
            found = self.before(doc, lo, tokens[0][0])
            return None if found is None or (found.text.islower() and found.text.isalpha()
                                             and found.text not in PRONOUNS) else found
        if run == 0:
            return None
        s, e = tokens[0][0], tokens[run - 1][1]
        return SourceRef.spanning(doc.text, s, e, "unknown")

    def _past_role(self, tokens: list, run: int) -> int:
        """The end of a subject whose run of capitalised words (tokens[:run]) a role follows, with the name
        after it: "Pop star cancels", "Clinton spokesman Brian Fallon said", "The Texas senator" (not a
        possessive's: "His chief", "Clinton's chief"); or a body's description and its name: "Consumer group
        Choice welcomed"."""
        if (0 < run < len(tokens) and tokens[run][2] not in _NOT_A_ROLE_NOUN
                and (tokens[run][2] in self.roles
                     or tokens[run][2] in self.descriptors and run + 1 < len(tokens) and tokens[run + 1][2][:1].isupper())
                and tokens[run - 1][2].lower() not in _NOUN_OPENERS and not possessive(tokens[run - 1][2])):
            run += 1
            while run < len(tokens) and run < 8 and tokens[run][2][:1].isupper():
                run += 1
        return run

    def _noun_phrase_end(self, tokens: list, run: int) -> int:
        """The end of a determiner's noun phrase whose first noun may be a modifier (tokens[:run]): up to
        two more lower-case words, when a verb shows where it ends ("The three-day strike had idled",
        "The long strike threatened"); else `run` ("The company makes chips and said")."""
        for k in range(run, min(run + 3, len(tokens))):
            word = tokens[k][2]
            if k + 1 < len(tokens) and tokens[k + 1][2] in _COURTS and word.endswith("s") and not _PAST.search(word):
                # a court named by what it hears, no verb: "A federal appeals court (on Tuesday) struck down" (not
                # a verb before a court's people: "The lawyer visited court officials")
                return k + 2
            if (word in _BETWEEN_SUBJECT_AND_VERB or _PAST.search(word) or word in self.verb_words
                    or word in _IRREGULAR_PAST):
                return k if k > run else run
            if (not (word[:1].isalpha() and word.islower()) or word in NOT_A_SUBJECT or word in PRONOUNS
                    or word in DETERMINERS or word in _RELATIVE_CLAUSE_PREPOSITIONS or word.endswith("ly")):
                return run  # (a modifier's phrase or an adverb: "the head of the", "the court unanimously")
        return run

    def opening_subject(self, doc: Document, lo: int, hi: int) -> SourceRef | None:
        """The subject opening text[lo:hi], after clause openers and an introductory phrase ("In the
        spin room, Obama's aides ..."): a pronoun, "who", a run of capitalised words (with "'s", "of"
        and "the" inside it), or a determiner and the word after it ("The article"); past a short label
        opening it ("Success on Signature Issue: Mr. Ban focused")."""
        lo = after_label(doc.prose, lo, hi)
        tokens = _tokens(doc.prose, lo, hi)
        # (a clause opener, or a preposition or adverb opening a phrase that ends at a comma: "For weeks,
        # Trump had been tethered", "Recently, the senator"; a preposition's phrase may run longer: "For
        # those with incomes above $1 million, she would")
        opener = bool(tokens) and (tokens[0][2].lower() in CLAUSE_OPENERS or _introductory_comma(tokens) is not None or (
            tokens[0][2].endswith("ly") and tokens[0][2][:1].isupper() and any(t[2] == "," for t in tokens[1:8])))
        # "Rallying hundreds of service workers ..., Hillary Clinton tried": the subject follows the
        # participle phrase and its comma
        if opener or (tokens and _PARTICIPLE_OPENER.fullmatch(tokens[0][2])):
            comma = next((i for i, t in enumerate(tokens) if t[2] == ","), None)
            tokens = tokens[comma + 1:] if comma is not None else tokens[1:] if opener else []
            while tokens and tokens[0][2] in _CLOSING_QUOTES:  # (a quotation closing at the comma: 'the "phony system," Trump')
                tokens = tokens[1:]
        if opener and (comma := _introductory_comma(tokens)) is not None:
            # a second introductory phrase after the first: "However, over the past few days, the Obama
            # administration has"
            tokens = tokens[comma + 1:]
        while tokens and tokens[0][2].lower() in CLAUSE_OPENERS:
            tokens = tokens[1:]
        if not tokens:
            return None
        if tokens[0][2].lower() in PRONOUNS or tokens[0][2].lower() == "who":
            return SourceRef.spanning(doc.text, tokens[0][0], tokens[0][1], "person")
        run = 0
        while run < len(tokens) and run < 6 and (tokens[run][2][:1].isupper() or (
                run > 0 and tokens[run][2].lower() in ("'s", "\u2019s", "of", "the"))):
            run += 1
        while run > 0 and (tokens[run - 1][2].lower() == "of" or tokens[run - 1][2].lower() in ARTICLES):
            run -= 1  # (an article is no name: "A coalition of groups", "An assessment")
        if run == 1 and tokens[0][2].lower() in QUANTITY_WORDS and len(tokens) > 1 and tokens[1][2][:1].isdigit():
            return None  # a quantity, not a name: "Just 60% of patients"
        run = _with_affiliation(tokens, _with_head_noun(tokens, run))
        if (run == 1 and len(tokens) > 1 and _PLURAL.fullmatch(tokens[1][2]) and tokens[1][2] not in NOT_A_SUBJECT
                and tokens[1][2] not in self.verb_forms and tokens[0][2].lower() not in DETERMINERS
                and tokens[0][2].lower() not in CLAUSE_OPENERS):
            # a capitalised word and a plural noun: "Independent experts", "Clinton aides" (not a verb:
            # "Johnson tells MSNBC")
            run = 2
        elif (run == 1 and len(tokens) > 1 and tokens[0][2].lower() in _QUANTIFIERS and _PLURAL.fullmatch(tokens[1][2])
              and tokens[1][2].lower() not in NOT_A_SUBJECT and tokens[1][2] not in self.verb_forms):
            run = 2  # ... or a quantifier opening the sentence: "Some analysts", "Several Democrats"
        run = self._past_role(tokens, run)
        if run == 0 and tokens[0][2] == "the" and len(tokens) > 2 and tokens[1][2][:1].isupper():
            # "the GOP nominee", "the White House spokesman": the name of a body, then a role
            run = 1
            while run < len(tokens) and run < 6 and tokens[run][2][:1].isupper():
                run += 1
            run = run + 1 if run < len(tokens) and tokens[run][2] in self.roles else 0
        if (run == 0 and (tokens[0][2].lower() in DETERMINERS or tokens[0][2] in ("A", "An"))
                and len(tokens) > 1 and tokens[1][2][:1].islower()):
            # "The article ...", "A coalition ...": the determiner and its noun, or a role after it ("his
            # official spokesman"; not "an interview" inside "In an interview with CBS he named")
            run = 2
            role = next((k for k in (2, 3) if k < len(tokens) and tokens[k][2] in self.roles), None)
            if role is not None and all(t[2].isalpha() and t[2].islower() and t[2] not in NOT_A_SUBJECT
                                        for t in tokens[1:role]):
                run = role + 1
            else:
                run = self._noun_phrase_end(tokens, run)
        if run == 0:
            return None
        if possessive(tokens[run - 1][2]) or tokens[run - 1][2] in self.roles:
            # a possessive, what it owns and a name in apposition: "ChatPal's founder, Leo Brandt, acknowledged",
            # "Southwest Airlines' chief operating officer, Andrew Watterson, apologized"; or a role and the
            # name: "The chief operating officer, Andrew Watterson, apologized"
            k = run
            while (k < len(tokens) and k < run + 3 and tokens[k][2].isalpha() and tokens[k][2].islower()
                   and tokens[k][2] not in NOT_A_SUBJECT):
                k += 1
            named = (_NAME_IN_APPOSITION.match(doc.prose, tokens[k - 1][1], hi)
                     if k > run or not possessive(tokens[run - 1][2]) else None)
            if named:
                return SourceRef.spanning(doc.text, *named.span(1), "person")
            if possessive(tokens[run - 1][2]) and tokens[run - 1][2].lower()[:-2] not in _CONTRACTED_OWNERS:
                # ... or what it owns, up to the verb: "Brazil's central bank raised its rate ..., and signaled"
                # (not a contraction: "It's hard to")
                k = run
                while (k < len(tokens) and k < run + 3 and tokens[k][2].isalpha() and tokens[k][2].islower()
                       and tokens[k][2] not in NOT_A_SUBJECT and not _PAST.search(tokens[k][2])
                       and tokens[k][2] not in self.verb_words and tokens[k][2] not in _BETWEEN_SUBJECT_AND_VERB):
                    k += 1
                if k > run and k < len(tokens) and (_PAST.search(tokens[k][2]) or tokens[k][2] in self.verb_words
                                                    or tokens[k][2] in _BETWEEN_SUBJECT_AND_VERB):
                    run = k
        s, e = tokens[0][0], tokens[run - 1][1]
        return SourceRef.spanning(doc.text, s, e, "unknown")

    @staticmethod
    def content(text: str, lo: int, hi: int, cue_start: int, cue_end: int, src) -> tuple[int, int] | None:
        """The statement a verb cue attributes: what follows the cue when a clause follows it
        ("X said that ..."), otherwise what precedes the source and cue ("..., X said."); a quotation
        right before them is the statement, whatever follows ("'...,' Merkel said as she entered the
        talks", "'...,' said Nick Witney, a fellow at ...")."""
        end = min(cue_start, src.start) if src is not None else cue_start
        if (label_end := after_label(text, lo, hi)) <= end:
            lo = label_end  # (a label is no part of a statement before the source: "11:42 p.m. \u2014 AP calls")
        after = _WORDS_AFTER.match(text, cue_end, hi)
        if (src is not None and src.start >= cue_end and not any(c.isalpha() for c in text[cue_start:cue_end])
                and not text[cue_end:src.start].strip() and _SIGNATURE_CLOSE.match(text, src.end, hi)
                and text[lo:cue_start].strip()):
            # a mark followed only by its source, closing the sentence, credits what comes before it: a signature on
            # the line after a block quotation's ('> The stadium will create 4,000 jobs.\n> — Lisa Wu')
            return PhraseFinder.statement_before(text, lo, cue_start)
        if (src is not None and src.text.lower() in ("who", "which") and src.end <= cue_start and after
                and any(c.isalnum() for c in after.group(1))):
            # a relative clause's verb states what follows it, not the sentence its antecedent closes: '"We will
            # appeal," said Ana Ruiz, who called the ruling "a disgrace."'; a clause set off by dashes ends at the
            # closing one: "The study -- which notes that 58 companies would pay more -- finds"
            # (spaced as the opening one: not a range's "2014\u20132016" inside the clause)
            dash = _DASH_BEFORE.search(text, max(lo, src.start - 4), src.start)
            closing = -1
            if dash:
                spaced = text[dash.start() - 1:dash.start()] == " "
                closing = text.find((" " if spaced else "") + dash.group(1), after.start(1), hi)
            return PhraseFinder.statement_before(text, after.start(1), closing) if closing > 0 else (after.start(1), hi)
        near = src is None or src.start > cue_start or bool(_ADJACENT.fullmatch(text, src.end, cue_start)
                                                            or _APPOSITIVE_GAP.fullmatch(text, src.end, cue_start)
                                                            or _APPOSITIVE_CLOSE.fullmatch(text, src.end, cue_start))
        quoted_first = near and _quotation_first(text, after_label(text, lo, end), end)
        if (near and not quoted_first and src is not None and src.start < cue_start
                and any(q in text[lo:end] for q in "\"\u201d'\u2019")):
            # a role before the name in apposition: "'...,' the company's chief executive, Tom Reyes, wrote"
            # (the role is no part of a statement that only ends with a quotation either: 'Ortiz was "the heart
            # of the place," his sister, Elena Ortiz, told KTVU')
            role = _ROLE_BEFORE_NAME.search(text, lo, end)
            quoted_first = role is not None and _quotation_first(text, lo, role.start())
            if quoted_first or (role is not None and text[role.start() - 2:role.start()] in (',"', ",\u201d")
                                and _KIN_OR_ROLE.match(text, role.start(), end)):
                end = role.start()
        if (near and not quoted_first and src is not None and src.start < cue_start
                and _APPOSITIVE_CLOSE.fullmatch(text, src.end, cue_start)
                and (role := role_in_apposition(text, lo, end)) is not None
                and len(text[lo:role].split()) >= 3):
            # ... with no quotation: "The plan will fail, his lawyer, Tom Lee, said" (after a statement of its
            # own: not "On Tuesday, his lawyer, Tom Lee, said he ...")
            end = role
        if quoted_first and _QUOTATION_RESUMED.match(text, max(cue_end, src.end if src is not None else 0), hi):
            # a quotation split by its source and cue is one statement, both halves: the sentence (as a statement
            # the source and cue interrupt: "The agency, the report said, must act")
            return PhraseFinder.statement_before(text, lo, hi)
        before = text[lo:end].rstrip()  # what stands before the source and cue
        if closed_by_opening_mark(before):
            before = before[:-1]
        source_first = src is not None and src.start < cue_start
        words_after = after is not None and any(c.isalnum() for c in after.group(1))
        as_clause = _AS_ENDING.search(before) if source_first else None
        if as_clause and (not words_after or VENUE_ONLY.fullmatch(text, cue_end, hi)):
            # "..., as Reuters reported last year.": the statement is the clause before "as" (not when
            # the sentence goes on: "Of course, as Smith observed, the biggest victor was ...")
            before = before[:as_clause.start() + 1]
            end = lo + len(before)
        # an inverted cue after a statement: "Sanders' win marks a first, said Dante Scala, a professor" (or after a
        # quotation closing with its comma: 'may be "strategic," said Jeffery Hemsley')
        inverted = (src is not None and src.start > cue_start and before.rstrip("\"\u201d\u2019'").endswith(",")
                    and len(before.split()) >= 3 and _SOURCE_ENDS.match(text, src.end, hi) is not None)
        # (what stands before the source may be no statement but an introduction: "In her 2003 book,
        # Clinton noted the clot's existence", "Through a spokesman, he declined to comment")
        introduced = (source_first and not quoted_first and words_after
                      and (_INTRODUCTION.match(text, lo, end) is not None or len(before.split()) <= 2))
        # a comma after the cue sets off more about the telling, not the statement: "..., the report said,
        # citing two people"
        told = text[cue_start:cue_end].lower() in TOLD
        set_off = (source_first and before.strip()
                   and (_TOLD_SET_OFF if told else _SET_OFF).match(text, cue_end, hi) is not None)
        # where and when it was said, closing the sentence after a statement and its comma: "..., Santos
        # said in an interview Wednesday."
        set_off = set_off or (source_first and before.endswith(",")
                              and (_TOLD_ONLY if told else VENUE_ONLY).fullmatch(text, cue_end, hi) is not None)
        # ... or before another clause: "Job openings fell, the government reported earlier this week, and a
        # separate survey showed ..."
        set_off = set_off or (source_first and before.endswith(",") and not told
                              and (venue := VENUE_ONLY.match(text, cue_end, hi)) is not None
                              and _ANOTHER_CLAUSE.match(text, venue.end(), hi) is not None)
        if (introduced and set_off and _PREPOSITION_PHRASE_ONLY.fullmatch(before)
                and not after.group(1).split(None, 1)[0].lower().endswith("ing")):
            # the source and cue set off after an introduction, the statement after them: "During his years in office,
            # Mr. Obama said, a majority of Americans have come to believe ..." (not "..., citing")
            return after.start(1), hi
        if src is not None and before.endswith(",") and RESUMED.match(text, max(cue_end, src.end), hi):
            # the source and cue set off inside the statement, which goes on with its verb: "The agency, the
            # report said, must act within 30 days", "The plan, said the chief executive, would cut costs" (the
            # statement is the sentence, the aside within it)
            return PhraseFinder.statement_before(text, lo, hi)
        # ("that" after the cue opens the statement, however short: "argued that taxes must rise")
        that_after = after is not None and _THAT_OPENS.search(text, cue_end, after.start(1)) is not None
        if after and (len(after.group(1).split()) >= 4 or introduced or that_after) and not quoted_first and not inverted \
                and not set_off:
            # the one told and a colon or "that" before the statement: "told the Yorkshire Evening Post:
            # '...'", "told reporters in Doha that"
            colon = _the_one_told(text, after.start(1), hi) if told else None
            # where and how it was said, then "that": "wrote in a note to clients that ..."; or a few words and a
            # colon before a quotation: 'posted on Truth Social: "..."', 'said only: "..."'
            colon = colon or _PLACE_THEN_THAT.match(text, after.start(1), hi) or _WORDS_THEN_COLON.match(text, cue_end, hi)
            return (colon.end(), hi) if colon else (after.start(1), hi)
        # a role set off before the name, not a statement: "The owner of the bakery, Luis Moreno, said he
        # was disappointed" (not when, where or how it was said: "..., a spokeswoman, Ann White, said Friday.")
        role_first = (source_first and words_after and before.endswith(",") and text[src.end:cue_start].strip() == ","
                      and after.group(1).split(None, 1)[0].lower().strip(".,") not in _NOT_OPENING_A_STATEMENT
                      # (nor only the one told: "..., his agent, Rich Paul, told reporters last month.")
                      and not (told and _TOLD_ONLY.fullmatch(text, cue_end, hi)))
        if words_after and source_first and (before[-1:] not in STATEMENT_END or role_first):
            # nothing marks off a statement before the source, so what follows is the statement, however
            # short: "Reports in Spain say the club has agreed a fee" is no statement of the club's (past
            # the one told: "told reporters he knew")
            told_to = _the_one_told(text, after.start(1), hi) if told else None
            return (told_to.end() if told_to and told_to.end() < hi else after.start(1)), hi
        if source_first and _CONJUNCTION_END.search(before):
            # a clause a conjunction joins is no statement of the one after it: "Notices were served in March
            # but none of them responded."
            return None
        return PhraseFinder.statement_before(text, lo, end)

    @staticmethod
    def statement_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
        """text[lo:end] as a statement, without a label opening it ("Who was affected: ...") and the
        punctuation and spaces that end it, or None."""
        lo = after_label(text, lo, end)
        while end > lo and (text[end - 1] in ",\u201d\"'\u2019\u2014-\u201c" or text[end - 1].isspace()):
            end -= 1
        return (lo, end) if end > lo else None

"""One regex pass that finds every phrase of the taxonomy, every gazetteer name and every number.

All phrases go into a single regex built as a character trie (so the engine does not loop over
thousands of patterns), wrapped in word-boundary checks. Where phrases overlap, the trie's
greedy branches plus the boundary check give the longest phrase at a position ("hunger strike"
before "strike"), and a phrase that starts earlier wins over one that starts inside it.

A phrase starts a word: the regex matches it with the character before it (the text is read with
a space in front), rather than behind a look-behind. Opening with a character class, the regex lets
the engine skip in C the characters that cannot precede a word; a look-behind tried at every
character of the text cost a quarter more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import chain
from operator import attrgetter
from typing import Final

from bot.classify.lowered import lowered as lowered_text
from bot.classify.numbers import NUMBER_PATTERN, NUMBER_START, counts_no_one, parse_number

#: A day or a year after a word: "May 6", "May 2020".
_DAY_OR_YEAR_AFTER: Final = re.compile(r"\s+\d{1,4}(?:st|nd|rd|th)?(?!\w)")
#: A determiner or a preposition of time before a word: "the May rocket attack", "after a May raid", "weeks
#: after May fighting", "last
#: May", "in early May", "mid-May". A modal follows its subject, never one of these: "militants may attack"
#: keeps its modal. ("this" and "that" are left out: "this may end", "attacks that may follow".)
_MONTH_WORD_BEFORE: Final = re.compile(
    r"\b(?:the|a|last|next|early|late|mid|in|since|until|till|during|of|from|through|between|by|after|before|"
    r"following|throughout)[\s-]+$"
    # and a day of the month before it, as dates are written day first: "on 12 May", "the 3rd May raid"
    # (a count before a modal is a number of people, "3 may die", in lower case: the month has its capital)
    r"|(?<![\w.,])(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s+$",
    re.IGNORECASE)
#: A passive read with an adverb, as the matcher's regex finds it: its auxiliary, and what follows the adverb.
_PASSIVE_WITH_ADVERB: Final = re.compile(r"(\S+)\s+\S+\s+(.+)", re.DOTALL)
#: Pseudo-category of number hits.
NUMBER: Final = "number"
#: The category of the phrases that open with an auxiliary and give way to a longer phrase after it
#: (taxonomy.toml's auxiliary_outside: "is shot" before "shot dead").
AUXILIARY_OUTSIDE: Final = "auxiliary_outside"
#: The auxiliary at the start of a phrase, with its space.
_AUXILIARY: Final = re.compile(r"\S+\s+")
#: Categories whose presence makes the matcher look for numbers too (a verb of slaughter may count its people
#: as the subject of its passive: "30 villagers were massacred").
NEEDS_NUMBERS: Final = ("killed", "injured", "toll", "slaughter_verb")
_WORD_START: Final = re.compile(r"\w")
#: The auxiliaries of a passive ("were shot", "been killed") that an adverb may follow inside it.
_PASSIVE_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: A past participle opening what follows a passive's auxiliary: "shot", "killed", "shot down".
_PARTICIPLE: Final = re.compile(r"(?:\w+ed|shot|hurt|hit|struck|slain)(?:\s|$)")
#: An adverb of manner, time or report that may stand between a passive's auxiliary and its participle and leaves
#: the passive what it is ("were reportedly shot", "was later shot", "were all killed"): a word in "-ly" or one of
#: a small closed class. Adverbs of degree that deny the act ("nearly", "narrowly", "barely", "hardly",
#: "scarcely") are none of them: "was nearly shot" tells no one was.
_PASSIVE_ADVERB: Final = (
    r"(?!(?:near|narrow|bare|hard|scarce)ly\s)(?:[a-z]{2,}ly|also|later|then|again|first|all|both|already|still|"
    r"just|since|soon)")
#: Marks the adverb's place in the phrases of a passive read with one (see PhraseMatcher.find).
_ADVERB_SLOT: Final = "\x00"


class Hit:
    """One match: where it is, what it says, and every category/gazetteer role of the phrase.
    (A plain class with slots: items have dozens of hits, and the rules read them all the time.)"""

    __slots__ = ("start", "end", "text", "categories", "names", "value")

    def __init__(self, start: int, end: int, text: str, categories: frozenset[str],
                 names: tuple[tuple[str, str, str, bool], ...] = (), value: int | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.categories = categories
        #: gazetteer roles: ("actor", name, kind, is_demonym) or ("place", name, "", False)
        self.names = names
        self.value = value

    def with_categories(self, categories: frozenset[str]) -> Hit:
        """The same span read as other categories (a rule that tells what a word does here)."""
        return Hit(self.start, self.end, self.text, categories, self.names, self.value)

    def __repr__(self) -> str:
        return f"Hit({self.start}, {self.end}, {self.text!r}, {sorted(self.categories)}, {self.names!r}, {self.value!r})"


def _is_acronym(phrase: str) -> bool:
    if not phrase.isupper():
        # (no letter in upper case, or one in lower case: no acronym, told in C for the thousands of
        # phrases that are none before the letters of the few left are counted)
        return False
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _trie_regex(phrases: Iterable[str], adverb: str = "") -> str:
    """Regex source matching any of `phrases` (already lower-cased), longest first at each branch; `adverb` is
    the source of the words that may stand at _ADVERB_SLOT."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def piece(char: str) -> str:
        if char == _ADVERB_SLOT:
            return rf"\s+{adverb}\s+"
        if char == " ":
            return r"\s+"
        if char in "'’":
            return "['’]"
        if char == "-":
            return r"[-‐‑–]"
        return re.escape(char)

    def render(node: dict) -> str:
        ends_here = "" in node
        branches = [piece(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:
            # optional longer continuation, tried first (greedy) so the longest phrase wins
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return render(trie)


def _normalise(phrase: str) -> str:
    return " ".join(phrase.split()).lower().replace("’", "'").replace("‐", "-").replace("‑", "-").replace("–", "-")


class PhraseMatcher:
    """Finds the hits of a fixed vocabulary in a text in one regex pass."""

    def __init__(
        self,
        categories: dict[str, Iterable[str]],
        names: dict[str, list[tuple[str, str, str, bool]]] | None = None,
    ) -> None:
        # normalised phrase -> (categories, gazetteer roles, exact spellings required or None)
        index: dict[str, tuple[set[str], list[tuple[str, str, str, bool]], set[str], list[bool]]] = {}

        def add(phrase: str) -> tuple[set[str], list[tuple[str, str, str, bool]], set[str], list[bool]]:
            slot = index.setdefault(_normalise(phrase), (set(), [], set(), [False]))
            if _is_acronym(phrase):
                slot[2].add(" ".join(phrase.split()))
            else:
                slot[3][0] = True  # listed once as an ordinary word: any case matches
            return slot

        for category, phrases in categories.items():
            for phrase in phrases:
                add(phrase)[0].add(category)
        for phrase, roles in (names or {}).items():
            add(phrase)[1].extend(roles)
        # "is shot" before "shot dead": the longer phrase after the auxiliary is matched with it ("is shot dead",
        # which the shorter one would take the first words of) and read as that phrase, its hit after the auxiliary
        outside: dict[str, str] = {}
        for key, slot in list(index.items()):
            if AUXILIARY_OUTSIDE not in slot[0]:
                continue
            slot[0].discard(AUXILIARY_OUTSIDE)
            auxiliary, rest = key.split(" ", 1)
            for longer in [other for other in index if other.startswith(rest + " ")]:
                if f"{auxiliary} {longer}" not in index:
                    outside[f"{auxiliary} {longer}"] = longer
        #: the phrases matched with their auxiliary -> the phrase read (see AUXILIARY_OUTSIDE)
        self._auxiliary_outside: dict[str, str] = outside
        # key -> (categories, roles, exact spellings or None, whether it calls for the number pass)
        self._entries: dict[str, tuple[frozenset[str], tuple[tuple[str, str, str, bool], ...], frozenset[str] | None,
                                       bool]] = {
            key: (frozenset(cats), tuple(roles), None if any_case[0] else frozenset(exact),
                  not cats.isdisjoint(NEEDS_NUMBERS))
            for key, (cats, roles, exact, any_case) in index.items()
        }
        # The text is lower-cased before matching instead of using re.IGNORECASE: case-folding
        # inside the regex engine made the pass about three times slower.
        words = [key for key in chain(self._entries, outside) if _WORD_START.match(key)]
        signs = [key for key in self._entries if not _WORD_START.match(key)]
        # A passive's auxiliary and participle with an adverb between them ("were reportedly shot") read as the
        # passive without it ("were shot"): tried first where a passive opens. An adverb the vocabulary reads
        # itself ("fatally", "allegedly", "accidentally") is no such adverb: it keeps its own hit, and what
        # follows it its own reading ("fatally shot").
        passives = []
        for key in words:
            auxiliary, _, rest = key.partition(" ")
            if auxiliary in _PASSIVE_AUXILIARIES and _PARTICIPLE.match(rest):
                passives.append(auxiliary + _ADVERB_SLOT + rest)
        # (only the vocabulary's words that could be read as such an adverb: the lookahead listed
        # every word, a tenth of a second to compile and tried word by word at every passive)
        own_adverbs = sorted(key for key in words if re.fullmatch(_PASSIVE_ADVERB, key))
        adverb = (rf"(?!(?:{'|'.join(map(re.escape, own_adverbs))})\s)" if own_adverbs else "") + _PASSIVE_ADVERB
        phrase = rf"\W({_trie_regex(words)})"
        if passives:
            phrase = rf"\W({_trie_regex(passives, adverb)})|{phrase}"
        if signs:
            # a phrase that starts with a sign ("-backed") may start right where the last match
            # ended: it is tried first, behind a look-behind (the regex no longer opens with a class)
            phrase = rf"(?<!\w)({_trie_regex(signs)})|{phrase}"
        self._regex = re.compile(rf"(?:{phrase})(?!\w)")
        #: the regex's group of a passive read with an adverb (0: none)
        self._adverb_group = (2 if signs else 1) if passives else 0
        # Numbers only matter next to casualty words, so they have their own pass, run only then
        # (on the text read with a space in front too: a number starts a word, and is matched with
        # the character before it, as the phrases are).
        self._number_regex = re.compile(rf"\W(?={NUMBER_START})({NUMBER_PATTERN})(?!\w)")
        self._number_categories = frozenset((NUMBER,))

    def find(self, text: str) -> list[Hit]:
        """All hits in `text`, in order of position; numbers only when a casualty word is present."""
        lowered = lowered_text(text)  # offsets stay those of the original text
        hits: list[Hit] = []
        append = hits.append
        entries = self._entries
        outside = self._auxiliary_outside
        adverb_group = self._adverb_group
        want_numbers = False
        spaced = " " + lowered
        for match in self._regex.finditer(spaced):
            # (the phrase is the group that matched, and ends where the match ends: the look-ahead
            # after it takes no character; offsets in the text are one less)
            key = match[match.lastindex]
            end = match.end() - 1
            start = end - len(key)
            entry = entries.get(key)
            shown = None
            if match.lastindex == adverb_group and (passive := _PASSIVE_WITH_ADVERB.match(key)) is not None:
                # "were reportedly shot": read as "were shot", the hit's text the passive without its adverb
                auxiliary_end, rest_start = start + passive.end(1), start + passive.start(2)
                read = _normalise(f"{passive[1]} {passive[2]}")
                entry = entries.get(read)
                if entry is not None:
                    shown = text[start:auxiliary_end] + text[rest_start - 1:end]
                else:  # "is later shot dead": as "is shot dead", the auxiliary (and adverb) outside the hit
                    start = rest_start
                    entry = entries[outside[read]]
            elif entry is None:
                read = outside.get(_normalise(key)) if outside else None
                if read is not None:
                    # "is shot dead": the hit is "shot dead", the auxiliary outside it
                    start += _AUXILIARY.match(key).end()  # type: ignore[union-attr]
                    entry = entries[read]
                else:
                    entry = entries.get(_normalise(key))
                    if entry is None:
                        continue
            categories, roles, exact, numbers = entry
            original = text[start:end] if shown is None else shown
            if exact is not None and " ".join(original.split()) not in exact:
                continue  # an acronym written in lower case is an ordinary word ("us", "ied")
            if original == "May" and (_DAY_OR_YEAR_AFTER.match(text, end)
                                      or _MONTH_WORD_BEFORE.search(text, max(0, start - 12), start)):
                continue  # the month, not the modal: "On May 6 gunmen killed 4", "the May rocket attack"
            if numbers:
                want_numbers = True
            append(Hit(start, end, original, categories, roles))
        if want_numbers:
            hits = self._merge_numbers(text, lowered, spaced, hits)
        return hits

    def _merge_numbers(self, text: str, lowered: str, spaced: str, hits: list[Hit]) -> list[Hit]:
        """Add the number hits; where a number overlaps a phrase the longer one stays ("no one" is a
        negation, "some 500" a number)."""
        numbers = []
        categories = self._number_categories
        for match in self._number_regex.finditer(spaced):
            phrase = match[1]
            end = match.end() - 1  # (the number ends the match, as a phrase does)
            start = end - len(phrase)
            if counts_no_one(text, lowered, start, end):
                continue
            numbers.append(Hit(start, end, text[start:end], categories, (), parse_number(phrase)))
        if not numbers:
            return hits
        if not _any_overlap(hits, numbers):
            # the common case: nothing to choose between, and no two hits share a start
            return sorted(hits + numbers, key=_start)
        merged = sorted(hits + numbers, key=_span)  # (stable: a phrase before a number of the same span)
        result: list[Hit] = []
        for hit in merged:
            if result and hit.start < result[-1].end:
                if hit.end - hit.start > result[-1].end - result[-1].start:
                    result[-1] = hit
                continue
            result.append(hit)
        return result


_span: Final = attrgetter("start", "end")
_start: Final = attrgetter("start")


def _any_overlap(hits: list[Hit], numbers: list[Hit]) -> bool:
    """Whether a number overlaps a phrase hit. Each list is sorted and free of overlaps within
    itself, so only the phrase hits on either side of a number's start need a look (bisection)."""
    for number in numbers:
        number_start = number.start
        after = bisect_right(hits, number_start, key=_start)
        if after and hits[after - 1].end > number_start:
            return True
        if after < len(hits) and hits[after].start < number.end:
            return True
    return False

"""The C phrase scanner (_phrase_scan.c), where it is built.

A PhraseTrie finds phrases only at word starts, and only whole (no word character after), the
longest at each start, and goes on after each: what finditer finds for (?<!\\w)(?:a|b|...)(?!\\w)
(a space in a phrase matches any run of white space, "'" both apostrophes, "-" four dashes).
Without a C compiler the callers run that regex instead; the tests compare the two.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

try:
    from bot.classify._phrase_scan import PhraseTrie
except ImportError:  # not built: the callers' regexes find the same spans, slower
    PhraseTrie = None  # type: ignore[assignment,misc]

#: Edge labels of PhraseTrie for the pieces that match a class of characters (see matcher._trie_regex: piece).
_EDGE_LABELS: Final = {" ": -1, "'": -2, "’": -2, "-": -3, "‐": -3, "‑": -3, "–": -3}


def build_trie(phrases: Iterable[str]) -> PhraseTrie | None:
    """The C scanner of `phrases` (lower case, single spaces), or None where it is not built. (The
    trie goes to C as arrays: node 0 is the root; the edges of node i are first_edge[i] up to
    first_edge[i + 1].)"""
    if PhraseTrie is None:
        return None
    children: list[dict[str, int]] = [{}]
    terminal = [0]
    for phrase in phrases:
        node = 0
        for char in phrase:
            child = children[node].get(char)
            if child is None:
                child = len(children)
                children[node][char] = child
                children.append({})
                terminal.append(0)
            node = child
        terminal[node] = 1
    first_edge: list[int] = []
    labels: list[int] = []
    targets: list[int] = []
    for edges in children:
        first_edge.append(len(labels))
        for char, child in edges.items():
            labels.append(_EDGE_LABELS.get(char, ord(char)))
            targets.append(child)
    first_edge.append(len(labels))
    return PhraseTrie(first_edge, labels, targets, terminal)

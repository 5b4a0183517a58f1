"""Load and validate the taxonomy (config/taxonomy.toml) and the gazetteers (config/gazetteers/*.toml).

Everything the classifier knows about words lives in these files so an operator can extend it. A
mistake in them stops start-up with a message naming the file, the line and the problem, instead of
silently classifying with half a vocabulary.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The category names the engine gives a role to (see the header of config/taxonomy.toml).
CATEGORIES: frozenset[str] = frozenset(
    {
        "strike", "strike_ambiguous", "fire", "attack", "killed", "injured", "toll", "threat", "foil",
        "mobilization", "deescalation", "negation", "modality", "hypothetical", "legal", "sense_block",
        "context_sports", "context_labour", "context_disaster", "context_cyber", "context_verbal", "context_protest",
        "context_business", "context_science", "accident_shared", "bare_death", "conflict", "vehicle", "crash", "military_place",
        "context_peacekeeping", "launch", "send", "show_of_force", "intercept", "release", "captive",
        "weapon", "distance_weapon", "state_force", "armed_group", "vague", "subset", "total", "background", "past",
        "road_vehicle", "vehicle_motion", "blast_source", "nonhuman_doer", "natural_cause", "mishap", "intent",
        "reaction", "capture", "armed_verb", "ship_taking", "armed_fire", "gathering_target", "military_target",
        "passenger_transport", "conflict_state", "execute_verb", "slaughter_verb", "wound_verb", "claim_verb", "loss_verb",
        "auxiliary_outside", "vessel_fire",
    }
)
ACTOR_KINDS: frozenset[str] = frozenset({"state", "group"})


class TaxonomyError(ValueError):
    """A config file the classifier cannot use; the message names file, line and problem."""


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str  # "state" or "group"
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Taxonomy:
    #: category name -> its phrases, as written in the file
    categories: dict[str, tuple[str, ...]]
    actors: tuple[Actor, ...]
    places: tuple[Place, ...]


def _line_of(source: str, needle: str) -> int:
    """1-based line of the first occurrence of `needle`, so errors can point into the file."""
    index = source.find(needle)
    return source.count("\n", 0, index) + 1 if index >= 0 else 1


class _LineOf:
    """The line of `needle` in `source` (_line_of), counted when an error message shows it: every table
    of the gazetteers has a line for its errors, and counting them all, the file read again from its start
    for each of a thousand names, cost a few per cent of the start-up for messages that are never shown."""

    __slots__ = ("source", "needle")

    def __init__(self, source: str, needle: str) -> None:
        self.source = source
        self.needle = needle

    def __str__(self) -> str:
        return str(_line_of(self.source, self.needle))


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise TaxonomyError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        return tomllib.loads(source), source
    except tomllib.TOMLDecodeError as exc:  # the message already says "(at line L, column C)"
        raise TaxonomyError(f"{path}: invalid TOML: {exc}") from exc


def _phrase_list(value: Any, where: str, path: Path, line: int | _LineOf) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TaxonomyError(f"{path}:{line}: {where} must be a list of strings")
    seen: set[str] = set()
    phrases: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise TaxonomyError(f"{path}:{line}: {where} has an entry that is not a non-empty string: {item!r}")
        key = " ".join(item.split()).lower()
        if key in seen:
            raise TaxonomyError(f"{path}:{line}: {where} lists {item!r} twice")
        seen.add(key)
        phrases.append(" ".join(item.split()))
    return tuple(phrases)


def load_categories(path: Path) -> dict[str, tuple[str, ...]]:
    data, source = _read_toml(path)
    table = data.get("category")
    if not isinstance(table, dict) or not table:
        raise TaxonomyError(f"{path}:1: no [category.NAME] tables found")
    categories: dict[str, tuple[str, ...]] = {}
    for name, body in table.items():
        line = _LineOf(source, f"[category.{name}]")
        if name not in CATEGORIES:
            known = ", ".join(sorted(CATEGORIES))
            raise TaxonomyError(f"{path}:{line}: unknown category {name!r} (known: {known})")
        if not isinstance(body, dict) or set(body) != {"phrases"}:
            raise TaxonomyError(f"{path}:{line}: [category.{name}] must have exactly one key, `phrases`")
        categories[name] = _phrase_list(body["phrases"], f"category.{name}.phrases", path, line)
    return categories


def load_actors(path: Path) -> tuple[Actor, ...]:
    data, source = _read_toml(path)
    unknown = set(data) - {"actor", "place"}
    if unknown:
        key = sorted(unknown)[0]
        raise TaxonomyError(f"{path}:{_line_of(source, key)}: unknown key {key!r} (expected [[actor]] tables)")
    actors: list[Actor] = []
    for entry in data.get("actor", []):
        name = entry.get("name") if isinstance(entry, dict) else None
        line = _LineOf(source, f'"{name}"') if isinstance(name, str) else 1
        if not isinstance(name, str) or not name.strip():
            raise TaxonomyError(f"{path}:{line}: an [[actor]] has no `name`")
        extra = set(entry) - {"name", "kind", "aliases", "demonyms"}
        if extra:
            raise TaxonomyError(f"{path}:{line}: actor {name!r} has unknown key {sorted(extra)[0]!r}")
        kind = entry.get("kind")
        if kind not in ACTOR_KINDS:
            raise TaxonomyError(f"{path}:{line}: actor {name!r} has kind {kind!r}; use \"state\" or \"group\"")
        aliases = _phrase_list(entry.get("aliases", [name]), f"actor {name!r} aliases", path, line)
        demonyms = _phrase_list(entry.get("demonyms", []), f"actor {name!r} demonyms", path, line)
        actors.append(Actor(name=name, kind=kind, aliases=aliases, demonyms=demonyms))
    return tuple(actors)


def load_places(path: Path) -> tuple[Place, ...]:
    data, source = _read_toml(path)
    unknown = set(data) - {"actor", "place"}
    if unknown:
        key = sorted(unknown)[0]
        raise TaxonomyError(f"{path}:{_line_of(source, key)}: unknown key {key!r} (expected [[place]] tables)")
    places: list[Place] = []
    for entry in data.get("place", []):
        name = entry.get("name") if isinstance(entry, dict) else None
        line = _LineOf(source, f'"{name}"') if isinstance(name, str) else 1
        if not isinstance(name, str) or not name.strip():
            raise TaxonomyError(f"{path}:{line}: a [[place]] has no `name`")
        extra = set(entry) - {"name", "aliases"}
        if extra:
            raise TaxonomyError(f"{path}:{line}: place {name!r} has unknown key {sorted(extra)[0]!r}")
        aliases = _phrase_list(entry.get("aliases", [name]), f"place {name!r} aliases", path, line)
        places.append(Place(name=name, aliases=aliases))
    return tuple(places)


def load_taxonomy(config_dir: Path) -> Taxonomy:
    """Read config_dir/taxonomy.toml and config_dir/gazetteers/{actors,places}.toml (plus any other
    gazetteer file, whose [[actor]]/[[place]] tables are merged in name order)."""
    taxonomy_path = config_dir / "taxonomy.toml"
    if not taxonomy_path.is_file():
        raise TaxonomyError(f"{taxonomy_path}: missing (the classifier's vocabulary)")
    categories = load_categories(taxonomy_path)
    actors: list[Actor] = []
    places: list[Place] = []
    gazetteer_dir = config_dir / "gazetteers"
    for path in sorted(gazetteer_dir.glob("*.toml")) if gazetteer_dir.is_dir() else []:
        data, _ = _read_toml(path)
        if "actor" in data:
            actors.extend(load_actors(path))
        if "place" in data:
            places.extend(load_places(path))
        if "actor" not in data and "place" not in data and data:
            raise TaxonomyError(f"{path}:1: expected [[actor]] or [[place]] tables")
    return Taxonomy(categories=categories, actors=tuple(actors), places=tuple(places))

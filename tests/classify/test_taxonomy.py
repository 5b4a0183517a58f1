"""The taxonomy and gazetteers are data an operator edits: mistakes name the file, line and problem."""

from __future__ import annotations

import shutil

import pytest

from bot.classify import Classifier, TaxonomyError
from bot.classify.taxonomy import load_taxonomy
from bot.paths import PROJECT_ROOT


@pytest.fixture()
def config(tmp_path):
    shutil.copytree(PROJECT_ROOT / "config" / "gazetteers", tmp_path / "gazetteers")
    shutil.copy(PROJECT_ROOT / "config" / "taxonomy.toml", tmp_path / "taxonomy.toml")
    return tmp_path


def test_bundled_config_loads():
    taxonomy = load_taxonomy(PROJECT_ROOT / "config")
    assert "attack" in taxonomy.categories
    assert any(actor.name == "United States" for actor in taxonomy.actors)
    assert any(place.name == "Al-Asad Air Base" for place in taxonomy.places)


def test_an_operator_can_extend_the_vocabulary(config):
    path = config / "taxonomy.toml"
    path.write_text(path.read_text().replace('[category.attack]\nphrases = [', '[category.attack]\nphrases = [\n  "machete rampage",'))
    places = config / "gazetteers" / "places.toml"
    places.write_text(places.read_text() + '\n[[place]]\nname = "Springfield"\naliases = ["Springfield"]\n')
    event = Classifier.from_config(config).classify("Machete rampage in Springfield")
    assert "attack" in event.types and event.locations == ("Springfield",)


def test_unknown_category_names_its_line(config):
    path = config / "taxonomy.toml"
    source = path.read_text()
    path.write_text(source + '\n[category.atack]\nphrases = ["x"]\n')
    line = source.count("\n") + 2
    with pytest.raises(TaxonomyError, match=rf"taxonomy.toml:{line}: unknown category 'atack'"):
        load_taxonomy(config)


def test_broken_toml_names_its_line(config):
    path = config / "taxonomy.toml"
    path.write_text('[category.attack]\nphrases = ["bombing" "raid"]\n\n[category.fire]\nphrases = []\n')
    with pytest.raises(TaxonomyError, match=r"taxonomy.toml: invalid TOML: .*line 2"):
        load_taxonomy(config)


def test_duplicate_and_empty_phrases(config):
    path = config / "taxonomy.toml"
    path.write_text('[category.attack]\nphrases = ["raid", "Raid"]\n')
    with pytest.raises(TaxonomyError, match=r"taxonomy.toml:1: category.attack.phrases lists 'Raid' twice"):
        load_taxonomy(config)
    path.write_text('[category.attack]\nphrases = ["raid", ""]\n')
    with pytest.raises(TaxonomyError, match="not a non-empty string"):
        load_taxonomy(config)


def test_bad_actor_kind(config):
    actors = config / "gazetteers" / "actors.toml"
    actors.write_text(actors.read_text() + '\n[[actor]]\nname = "Blue Army"\nkind = "army"\n')
    with pytest.raises(TaxonomyError, match=r"actors.toml:\d+: actor 'Blue Army' has kind 'army'"):
        load_taxonomy(config)


def test_missing_taxonomy_file(tmp_path):
    with pytest.raises(TaxonomyError, match="taxonomy.toml: missing"):
        load_taxonomy(tmp_path)

"""The project's own documentation stays true: its examples classify as it says, and its links
lead to files of this repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.classify import classify
from bot.paths import PROJECT_ROOT

DOCS = sorted((PROJECT_ROOT / "docs").glob("*.md"))
SEVERITY_ROW = re.compile(r"^\| (\d) \| [^|]+ \| (.+) \|$", re.MULTILINE)


def severity_examples() -> list[tuple[int, str]]:
    table = (PROJECT_ROOT / "docs" / "taxonomy.md").read_text()
    return [
        (int(level), example)
        for level, examples in SEVERITY_ROW.findall(table)
        for example in re.findall(r'"([^"]+)"', examples)
    ]


def test_every_severity_level_has_an_example() -> None:
    assert sorted({level for level, _ in severity_examples()}) == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(("level", "example"), severity_examples())
def test_the_severity_table_examples_classify_as_documented(level: int, example: str) -> None:
    assert classify(example, "").severity == level


@pytest.mark.parametrize("page", [PROJECT_ROOT / "README.md", *DOCS], ids=lambda path: path.name)
def test_links_lead_to_files_of_the_repository(page: Path) -> None:
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text()):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        resolved = (page.parent / target).resolve()
        assert resolved.is_relative_to(PROJECT_ROOT) and resolved.exists(), f"{page.name}: {target}"


@pytest.mark.parametrize("page", [PROJECT_ROOT / "README.md", *DOCS], ids=lambda path: path.name)
def test_table_rows_stay_on_one_line(page: Path) -> None:
    # A row wrapped onto a second line ends the table there: the rest of its cell shows as a stray paragraph.
    lines = page.read_text().split("\n")
    for number, (line, following) in enumerate(zip(lines, lines[1:], strict=False), start=1):
        if line.startswith("|") and following.strip() and not following.startswith("|"):
            assert line.rstrip().endswith("|"), f"{page.name}:{number}: a table row goes on past its line"

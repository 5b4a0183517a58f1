"""The wheel as a user installs it: built from this checkout, installed into a fresh virtualenv,
run from an unrelated directory. It carries its own config/, migrations and sample feed.

Marked `wheel`: it builds and installs the package (about 20 s with a warm pip cache; the first
run downloads the dependencies). `pytest -m "not wheel"` leaves it out while iterating.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from bot.paths import PROJECT_ROOT

#: Package folders that are data, not code: installed through the `bot._config` mapping.
CONFIG_PACKAGE = "bot._config"
INSTALL_TIMEOUT_SECONDS = 600
FIRST_ALERT_SECONDS = 30
STOP_SECONDS = 5


def listed_packages() -> set[str]:
    setuptools = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return set(setuptools["packages"])


def test_every_code_folder_is_a_listed_package() -> None:
    """pyproject.toml lists its packages (so config/ can be one): a new folder must be added there."""
    on_disk = {
        ".".join(folder.relative_to(PROJECT_ROOT).parts)
        for top in ("bot", "adapters")
        for folder in [PROJECT_ROOT / top, *(PROJECT_ROOT / top).rglob("*")]
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py"))
    }
    listed = {name for name in listed_packages() if not name.startswith(CONFIG_PACKAGE)}
    assert on_disk == listed, "bring [tool.setuptools] packages in pyproject.toml in line with the folders"


def clean_environment(**extra: str) -> dict[str, str]:
    env = {
        name: value for name, value in os.environ.items()
        if not name.startswith(("SITREP_", "DISCORD_", "SLACK_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(extra)
    return env


#: Files in the package folders that are no part of the installed package.
NOT_SHIPPED = {".pyc", ".so", ".c", ".pyi"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of this checkout (setuptools writes build/ beside the sources,
    and a stale build/ must neither end up in the wheel nor be left in the checkout)."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(PROJECT_ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "data", "__pycache__", "*.egg-info", ".*_cache", ".hypothesis",
    ))
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(root / "dist"), str(source)],
        capture_output=True, text=True, timeout=INSTALL_TIMEOUT_SECONDS, env=clean_environment(),
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (built,) = (root / "dist").glob("sitrep_bot-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the wheel installed; returns its bin/."""
    root = tmp_path_factory.mktemp("venv")
    venv.create(root, with_pip=True)
    install = subprocess.run(
        [str(root / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=INSTALL_TIMEOUT_SECONDS, env=clean_environment(),
    )
    assert install.returncode == 0, install.stderr[-3000:]
    return root / "bin"


@pytest.mark.wheel
def test_the_wheel_ships_every_file_of_the_packages_and_of_config(wheel: Path) -> None:
    on_disk = {
        path.relative_to(PROJECT_ROOT).as_posix()
        for top in ("bot", "adapters")
        for path in (PROJECT_ROOT / top).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in NOT_SHIPPED
    }
    on_disk |= {
        "bot/_config/" + path.relative_to(PROJECT_ROOT / "config").as_posix()
        for path in (PROJECT_ROOT / "config").rglob("*") if path.is_file()
    }
    with zipfile.ZipFile(wheel) as archive:
        shipped = {name for name in archive.namelist() if name.startswith(("bot/", "adapters/"))}
    assert on_disk - shipped == set(), "add these to [tool.setuptools.package-data] in pyproject.toml"


@pytest.mark.wheel
def test_installed_wheel_classifies(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "sitrep"), "classify", "An air strike killed 12 people in Gaza on Tuesday"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path, env=clean_environment(),
    )
    assert result.returncode == 0, result.stderr
    assert "strike" in result.stdout and "killed: 12" in result.stdout


@pytest.mark.wheel
def test_installed_wheel_runs_the_sample_feed_and_stops_on_sigterm(installed: Path, tmp_path: Path) -> None:
    env = clean_environment(SITREP_DB_URL=f"sqlite+aiosqlite:///{tmp_path}/wheel.db")
    proc = subprocess.Popen(
        [str(installed / "sitrep"), "run", "--console", "--jsonl"], cwd=tmp_path, env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    alerts: list[dict[str, object]] = []
    try:
        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
        deadline = time.monotonic() + FIRST_ALERT_SECONDS
        while not alerts and time.monotonic() < deadline:
            if selector.select(timeout=0.2):
                line = proc.stdout.readline()  # type: ignore[union-attr]
                if not line:
                    break
                if json.loads(line)["kind"] == "alert":
                    alerts.append(json.loads(line))
    finally:
        stop_started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
        stop_seconds = time.monotonic() - stop_started
    assert alerts, f"no alert within {FIRST_ALERT_SECONDS} s: {stderr[-3000:]}"
    # The feed is the sample shipped inside the installed package, not this checkout's config/.
    assert "/site-packages/bot/_config/samples/sample-feed.xml" in str(alerts[0]["feed_url"])
    assert proc.returncode == 0 and stop_seconds < STOP_SECONDS, (proc.returncode, stop_seconds, stderr[-2000:])
    assert "Traceback" not in stderr

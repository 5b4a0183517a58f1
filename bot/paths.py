"""Where sitrep finds its files: config/ beside the project root, unless SITREP_CONFIG says else;
its state (the default SQLite database) in one data folder that does not depend on the working
directory: `SITREP_DATA_DIR`, else `$XDG_DATA_HOME/sitrep`, else `~/.local/share/sitrep`."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def config_dir(environ: dict[str, str] | None = None) -> Path:
    """The config folder: `SITREP_CONFIG` if set (a folder, or a TOML file inside one), else
    `<project root>/config`, independent of the working directory."""
    env = os.environ if environ is None else environ
    override = env.get("SITREP_CONFIG")
    if override:
        path = Path(override).expanduser()
        return path.parent if path.suffix == ".toml" else path
    return PROJECT_ROOT / "config"


def default_data_dir(environ: dict[str, str] | None = None) -> Path:
    """The per-user data folder (XDG base directories); `SITREP_DATA_DIR` is read by Settings."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "sitrep"

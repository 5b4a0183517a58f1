"""The container deployment: compose.yaml, the Dockerfile and the env file agree with each other and
with sitrep's settings. `docker compose config` validates the file where the compose CLI exists."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from bot.paths import PROJECT_ROOT
from bot.settings import Settings

COMPOSE = PROJECT_ROOT / "compose.yaml"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
ENV_EXAMPLE = PROJECT_ROOT / "sitrep.env.example"


def compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(COMPOSE.read_text())


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the run stage (after the last FROM), continuation lines joined."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    pairs = [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]
    last_from = max(i for i, (instruction, _) in enumerate(pairs) if instruction == "FROM")
    return pairs[last_from:]


def test_compose_runs_the_bot_on_postgresql_with_a_data_volume_and_a_health_check() -> None:
    services = compose()["services"]
    db, bot = services["db"], services["bot"]
    assert db["image"].startswith("postgres:") and "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert bot["build"] == "." and bot["depends_on"]["db"]["condition"] == "service_healthy"
    url = bot["environment"]["SITREP_DB_URL"]
    assert url.startswith("postgresql+asyncpg://") and "@db:5432/" in url
    assert [entry["path"] for entry in bot["env_file"]] == ["sitrep.env"]
    assert "data:/data" in bot["volumes"] and {"data", "pgdata"} <= set(compose()["volumes"])
    assert "/healthz" in " ".join(bot["healthcheck"]["test"])
    assert all(port.startswith("127.0.0.1:") for port in bot["ports"]), "published on this host only"


def test_the_image_is_slim_non_root_and_runs_sitrep_with_its_data_on_the_volume() -> None:
    run_stage = dockerfile_instructions()
    instructions = dict(run_stage)  # the last of each
    assert run_stage[0][1].startswith("python:") and "-slim" in run_stage[0][1]
    assert instructions["USER"] not in ("root", "0")
    assert instructions["ENTRYPOINT"] == '["sitrep"]' and instructions["CMD"] == '["run"]'
    assert instructions["VOLUME"] == "/data" and "/data/" in instructions["ENV"]
    published = compose()["services"]["bot"]["ports"][0].rsplit(":", 1)[1]
    assert f"SITREP_HTTP_PORT={published}" in instructions["ENV"], "compose publishes the port the image serves"


def test_the_env_file_example_names_only_real_settings() -> None:
    names = re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", ENV_EXAMPLE.read_text(), re.MULTILINE)
    accepted = set()
    for name, field in Settings.model_fields.items():
        accepted.add(f"SITREP_{name.upper()}")
        choices = getattr(field.validation_alias, "choices", [])
        accepted.update(choice for choice in choices if isinstance(choice, str) and choice.isupper())
    assert names and not set(names) - accepted
    assert "sitrep.env" in (PROJECT_ROOT / ".gitignore").read_text().split(), "the filled-in file holds secrets"


def test_docker_compose_validates_the_file() -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("the docker CLI is not installed here, so `docker compose config` cannot run")
    if subprocess.run([docker, "compose", "version"], capture_output=True, timeout=30).returncode != 0:
        pytest.skip("the docker CLI here has no compose plugin, so `docker compose config` cannot run")
    result = subprocess.run(
        [docker, "compose", "-f", str(COMPOSE), "config", "--quiet"], capture_output=True, text=True, timeout=60,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stderr

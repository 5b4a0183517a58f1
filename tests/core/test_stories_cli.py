"""`sitrep stories list` and `sitrep stories explain ITEM` on a database that holds a story."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_cli import clean_env, sitrep
from tests.story_scenario import TOLD, open_core, tell


async def test_stories_list_and_explain(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    store, pipeline, _ = await open_core(env["SITREP_DB_URL"], [])
    for n in range(len(TOLD)):
        await tell(pipeline, n)
    await store.close()

    out, err = sitrep("stories", "list", env=env).communicate(timeout=30)
    assert "story 1: Death toll from Kharkiv apartment block strike rises to 21" in out, err
    assert "21 killed; 30 injured" in out and "4 source(s): Reuters, AP +2" in out

    proc = sitrep("stories", "explain", "2", env=env)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out.startswith("item 2 (Death toll from Kharkiv apartment block strike rises to 12): joined story 1:")
    proc = sitrep("stories", "explain", "1", env=env)
    assert "new story 1" in proc.communicate(timeout=30)[0]

    for bad, code, message in (("99", 1, "no item 99"), ("x'; drop", 2, "is not an item id")):
        proc = sitrep("stories", "explain", bad, env=env)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == code and message in err and "Traceback" not in err

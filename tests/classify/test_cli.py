"""The `sitrep classify` / `sitrep eval` contract of DESIGN.md, run as a user would."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys

from bot.classify.cli import classify_main, classify_stream, eval_main
from bot.paths import PROJECT_ROOT

FIELDS = ["id", "types", "severity", "killed", "injured", "actors", "locations", "evidence"]


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.classify.cli", *args], input=stdin, text=True,
                          capture_output=True, cwd=PROJECT_ROOT, timeout=60)


def test_jsonl_one_line_per_input_in_order():
    lines = [
        {"id": "a", "title": "US jets struck militia depots in Iraq", "summary": "Two fighters were killed."},
        {"id": 7, "title": "Dock workers strike for better pay", "summary": ""},
        {"id": "c", "summary": "Gunmen killed 3 people and wounded 5 in an attack on a bus."},
    ]
    result = run_cli("classify", "--jsonl", "-", stdin="".join(json.dumps(line) + "\n" for line in lines))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in out] == ["a", 7, "c"]
    for row in out:
        assert list(row) == FIELDS
        for span in row["evidence"]:
            assert set(span) == {"type", "text", "start", "end"}
    assert out[0]["types"] == ["strike", "casualty"] and out[0]["killed"] == 2
    assert out[1]["types"] == []
    assert (out[2]["killed"], out[2]["injured"]) == (3, 5)


def test_jsonl_malformed_lines_are_reported_with_their_number():
    stdin = '{"id": 1, "title": "Rocket attack on base"}\nnot json\n\n{"id": 2, "title": 5}\n{"id": 3, "title": "ok"}\n'
    result = run_cli("classify", "--jsonl", "-", stdin=stdin)
    assert result.returncode == 1
    assert "line 2" in result.stderr and "line 4" in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row.get("id") for row in out] == [1, None, 2, 3]
    assert "error" in out[1] and "error" in out[2] and "types" in out[3]


def test_jsonl_streams_without_reading_everything_first(classifier):
    class OneAtATime(io.StringIO):
        def __iter__(self):
            return self

        def __next__(self):
            line = self.readline()
            if not line:
                raise StopIteration
            return line

    out = io.StringIO()
    source = OneAtATime('{"id": 1, "title": "Shelling kills 2"}\n{"id": 2, "title": "Talks resume"}\n')
    assert classify_stream(classifier, source, out, io.StringIO()) == 0
    assert len(out.getvalue().splitlines()) == 2


def test_jsonl_file_argument(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x", "title": "Car bomb kills 4 in Mogadishu"}) + "\n", encoding="utf-8")
    result = run_cli("classify", "--jsonl", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout)["locations"] == ["Mogadishu"]
    missing = run_cli("classify", "--jsonl", str(tmp_path / "absent.jsonl"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr


def test_jsonl_file_compressed_with_gzip(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "x", "title": "Car bomb kills 4 in Mogadishu"}) + "\n")
    result = run_cli("classify", "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["killed"] == 4


def test_readable_verdict_shows_the_evidence():
    result = run_cli("classify", "Militants fired rockets at the base, wounding 4 soldiers")
    assert result.returncode == 0
    assert "attack" in result.stdout and "wounding 4 soldiers" in result.stdout


def test_classify_cli_does_not_import_platforms_or_the_database():
    code = (
        "import sys; from bot.classify.cli import classify_main; classify_main(['--json', 'x']);"
        "bad = [m for m in ('discord', 'slack_bolt', 'slack_sdk', 'apscheduler', 'sqlalchemy', 'httpx')"
        " if m in sys.modules]; print(bad)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr


def test_eval_json(eval_dir, capsys):
    assert eval_main([str(eval_dir / "seed.jsonl"), "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["seed"]["violent_f1"] == 1.0
    assert "overall" in metrics


def test_eval_table_shows_every_value_whole_in_80_columns(eval_dir, capsys, monkeypatch):
    # eleven metrics of a few groups: the metrics run down the rows, so no value is cut to "0.8…"
    monkeypatch.setenv("COLUMNS", "80")
    assert eval_main([str(eval_dir / "dev.jsonl")]) == 0
    table = capsys.readouterr().out
    assert "…" not in table, table
    assert max(map(len, table.splitlines())) <= 80
    for header in ("violent F1", "type macro R", "killed =", "injured ="):
        assert header in table, table
    assert eval_main([str(eval_dir / "dev.jsonl"), "--json"]) == 0
    overall = json.loads(capsys.readouterr().out)["overall"]
    assert f"{overall['injured_exact']:.3f}" in table


def test_a_reader_that_stops_early_ends_the_stream_quietly(tmp_path):
    # `sitrep classify --jsonl big.jsonl | head -1`: no traceback, the shell's SIGPIPE status
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": "Gunmen kill 3 in raid"}) + "\n" for i in range(20_000)))
    process = subprocess.Popen([sys.executable, "-m", "bot.classify.cli", "classify", "--jsonl", str(path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROJECT_ROOT)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=60) == 141
    assert json.loads(first)["id"] == 0
    assert b"Traceback" not in process.stderr.read()


def test_eval_reads_gzip_reports_false_alarms_per_group_and_restricts_to_a_split(tmp_path, capsys):
    quiet = {"violent": False, "type": None, "casualty": False, "killed": None, "injured": None}
    records = [
        {"id": "a", "source": "wcep", "group": "sport", "split": "train", "title": "",
         "summary": "Gunmen kill 3 in raid on a village.", "gold": quiet},
        {"id": "b", "source": "wcep", "group": "sport", "split": "test", "title": "",
         "summary": "The league announces next season's fixtures.", "gold": quiet},
        {"id": "c", "source": "wcep", "group": "sport", "split": "test", "title": "",
         "summary": "Gunmen kill 3 in raid on a village.", "gold": quiet},
        {"id": "d", "source": "wcep", "group": "politics", "split": "test", "title": "",
         "summary": "Parliament passes the budget.", "gold": quiet},
    ]
    path = tmp_path / "set.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)
    assert eval_main([str(path), "--split", "test", "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["sport"]["items"] == 2 and metrics["sport"]["false_alarm_rate"] == 0.5
    assert metrics["politics"]["false_alarm_rate"] == 0.0
    assert metrics["sport"]["violent_precision"] is None  # no gold violent item: no precision to speak of
    assert eval_main([str(path), "--split", "test"]) == 0
    assert "50.00%" in capsys.readouterr().out  # the table shows the rate as a percentage
    assert metrics["overall"]["support"]["quiet"] == 3
    assert eval_main([str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sport"]["false_alarm_rate"] == 2 / 3


def test_eval_names_a_truncated_gzip_file(tmp_path, capsys):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": 1, "gold": {}}\n' * 100)[:40])
    assert eval_main([str(path)]) == 2
    assert "sitrep eval:" in capsys.readouterr().err


def test_the_readable_verdict_names_the_model_features_when_the_topic_gate_decided(capsys):
    # (deaths told with no cause at all are quiet by the rules alone: "killed" is the word that needs the gate)
    assert classify_main(["Three tourists are killed at a ski resort in the Alps"]) == 0
    out = capsys.readouterr().out
    assert "no escalation" in out and "topic gate: reads as ordinary news" in out and "'ski'" in out
    assert classify_main(["Rebels attacked an army post, killing 3 soldiers"]) == 0
    assert "topic gate" not in capsys.readouterr().out

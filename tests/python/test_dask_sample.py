"""samples/dask_normalize.py on a LocalCluster of 2 worker processes: text shards come out byte
for byte as `textnorm normalize` writes them, JSONL fields as the CLI normalizes their strings."""

import json
import os
import subprocess
import sys

import pytest

from conftest import SOURCE_DIR

pytest.importorskip("distributed")

SAMPLE = SOURCE_DIR / "samples" / "dask_normalize.py"


def run_sample(input_dir, output_dir, *options):
    return subprocess.run([sys.executable, str(SAMPLE), str(input_dir), str(output_dir),
                           "--workers", "2", *options],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)


@pytest.fixture(scope="module")
def shards(tmp_path_factory, samples):
    """Text shards cut from the samples (CRLF, a BOM, a missing final line break among them)
    and a JSONL shard with a nested field and an untouched one."""
    directory = tmp_path_factory.mktemp("shards")
    lines = [line for _, text in samples for line in text.splitlines()]
    third = len(lines) // 3
    (directory / "part-0.txt").write_bytes(("\n".join(lines[:third]) + "\n").encode())
    (directory / "part-1.txt").write_bytes(("\ufeff" + "\r\n".join(lines[third:2 * third])).encode())
    (directory / "part-2").write_bytes(("\r".join(lines[2 * third:]) + "\n").encode())
    records = [{"id": i, "meta": {"title": line[:20]}, "text": line, "score": -0.0}
               for i, line in enumerate(lines[:40]) if line.strip()]
    (directory / "records.jsonl").write_bytes(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode())
    return directory


def test_text_shards_equal_the_cli_byte_for_byte(shards, tmp_path, cli):
    done = run_sample(shards, tmp_path / "out", "--field", "text", "--field", "meta.title")
    assert done.returncode == 0, done.stderr
    assert "4 of 4 shards normalized" in done.stderr
    for name in ["part-0.txt", "part-1.txt", "part-2"]:
        expected = cli(["normalize", "-j", "1"], (shards / name).read_bytes())
        assert (tmp_path / "out" / name).read_bytes() == expected, name

    records = [json.loads(line) for line in (shards / "records.jsonl").read_text().splitlines()]
    output = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    assert len(output) == len(records)
    texts = cli(["normalize"], "".join(r["text"] + "\n" for r in records).encode()).decode()
    titles = cli(["normalize"], "".join(r["meta"]["title"] + "\n" for r in records).encode()).decode()
    assert [r["text"] for r in output] == texts.splitlines()
    assert [r["meta"]["title"] for r in output] == titles.splitlines()
    assert [(r["id"], r["score"]) for r in output] == [(r["id"], r["score"]) for r in records]
    assert any(a["text"] != b["text"] for a, b in zip(records, output)), "nothing was normalized"


def test_a_record_without_the_field_fails_its_shard_only(tmp_path, cli):
    shards = tmp_path / "in"
    shards.mkdir()
    (shards / "good.txt").write_text("He said , yes .\n")
    (shards / "bad.jsonl").write_text('{"text": "ok"}\n{"body": "no text here"}\n')
    done = run_sample(shards, tmp_path / "out")
    assert done.returncode == 65
    assert "bad.jsonl:2: no field 'text'" in done.stderr
    assert (tmp_path / "out" / "good.txt").read_text() == "He said, yes.\n"
    assert not (tmp_path / "out" / "bad.jsonl").exists()
    assert not [n for n in os.listdir(tmp_path / "out") if n.startswith(".partial-")]

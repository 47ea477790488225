"""What Hadoop Streaming and Spark's RDD.pipe() need of the command, checked without them (they
are not installed here): the engine cuts its input into records at LF, CR or CRLF, writes each
record and an LF to the command, and cuts the command's output the same way, so every record
must give exactly one output line, whatever bytes it holds, with no CR in it; Hadoop also splits
each output line at its first tab into key and value."""

import random

import pytest

MAPPER = ["normalize", "-j", "1", "--invalid", "replace", "--no-progress"]


def garbage_records(count, seed=12):
    """Records as an engine hands them over: any bytes but the line breaks it cut at."""
    rng = random.Random(seed)
    alphabet = [b for b in range(256) if b not in (0x0A, 0x0D)]
    samples = ["plain text", "tab\there", "« guillemets »", "Pachinian said , yes .", "\u2028",
               "\ufeffbom", "x\u0301"]
    records = []
    for i in range(count):
        if i % 3 == 0:
            records.append(rng.choice(samples).encode())
        else:
            records.append(bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 60))))
    return records


def test_every_record_gives_one_line_with_no_cr_and_no_tab(cli):
    records = garbage_records(3000)
    out = cli(MAPPER, b"".join(r + b"\n" for r in records))
    lines = out.split(b"\n")
    assert lines[-1] == b"" and len(lines) - 1 == len(records)
    assert b"\r" not in out, "a CR would cut an output line in two for the engine"
    assert b"\t" not in out, "a tab would be read as Hadoop's key/value separator"
    for line in lines:
        line.decode("utf-8")  # valid UTF-8 even where the record was not


def test_splits_processed_apart_equal_the_whole(cli):
    records = garbage_records(900, seed=7)
    whole = cli(MAPPER, b"".join(r + b"\n" for r in records))
    parts = [cli(MAPPER, b"".join(r + b"\n" for r in records[a:a + 300])) for a in (0, 300, 600)]
    assert b"".join(parts) == whole, "a line's output never depends on the lines around it"


def test_without_invalid_replace_one_bad_record_fails_the_task(cli):
    import subprocess
    with pytest.raises(subprocess.CalledProcessError) as caught:
        cli(["normalize", "-j", "1"], b"good\nbad \xff\n")
    assert caught.value.returncode == 65

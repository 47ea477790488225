#!/usr/bin/env python3
"""textnorm normalize --format jsonl, --offsets, --on-error and --explain end to end.

usage: jsonl_test.py TEXTNORM SAMPLES_DIR

Prints one line per check, then "N passed, M failed"; exits 1 when a check failed. Expected
values come from the plain-text command on the same strings, never from the JSONL code path.
"""
import json
import os
import subprocess
import sys
import tempfile

TEXTNORM, SAMPLES = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"PASS {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}"[:2000])


def run(args, data):
    p = subprocess.run([TEXTNORM, "normalize", *args], input=data, capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def plain(value, *args):
    """The plain-text command's output for one string (which may hold line breaks)."""
    rc, out, err = run(["--lang", "en", *args], value.encode())
    assert rc == 0, err
    return out.decode()


def encode(value):
    """A JSON string with only the escapes JSON requires."""
    return json.dumps(value, ensure_ascii=False)


# --- Round trip: nested fields, arrays, escapes, numbers, key order and spacing --------------
# Each record is a list of raw JSON pieces; ("field", path, raw string or list of raw strings)
# marks the pieces that are normalized.
records = [
    ['{"id": 1.0e10, "neg": -0, "text":', ("text", "text", r'"She said \u201chi\u201d ...  twice"'),
     ', "meta" : {"title": ', ("title", "meta.title", r'"L\u2019homme \u00ab  libre \u00bb"'),
     ', "n": 1E+2, "tags":[', ("tags", "meta.tags", [r'"x\/y"']), ']}, "z" :false}'],
    ['{"meta":{"tags":[', ("tags", "meta.tags", [r'"a  b"', r'"\u00e9t\u00e9\tx"']),
     '],"title":', ("title", "meta.title", r'"plain"'), '},"text":',
     ("text", "text", r'"caf\u0065\u0301 \"quoted\" \\ back"'), ',"x":[1,{"y":null},true]}'],
    ['{"text":', ("text", "text", r'"line one \r\nline  two\n"'), ', "meta": {"title": ',
     ("title", "meta.title", r'"\u00e9t\u00e9"'), ', "tags": []}}'],
]


def build(record):
    """(input line, expected output line, {path: (decoded input, expected normalized)})."""
    line, expected, values = "", "", {}
    for piece in record:
        if isinstance(piece, str):
            line += piece
            expected += piece
            continue
        _, path, raw = piece
        for i, r in enumerate(raw if isinstance(raw, list) else [raw]):
            if isinstance(raw, list) and i:
                line += ","
                expected += ","
            decoded = json.loads(r)
            normalized = plain(decoded)
            line += r
            expected += r if normalized == decoded else encode(normalized)
            values[f"{path}[{i}]" if isinstance(raw, list) else path] = (decoded, normalized)
    return line, expected, values


built = [build(r) for r in records]
data = "".join(b[0] + "\n" for b in built).encode()
for b in built:
    json.loads(b[0])  # the test's own inputs are valid JSON
fields = ["--field", "text", "--field", "meta.title", "--field", "meta.tags"]
rc, out, err = run(["--lang", "en", "--format", "jsonl", *fields], data)
check("jsonl: exit 0", rc == 0, err)
out_lines = out.decode().split("\n")
for n, (line, expected, values) in enumerate(built, 1):
    got = out_lines[n - 1] if n - 1 < len(out_lines) else ""
    check(f"jsonl record {n}: every byte but the normalized values is as it was", got == expected,
          f"\n got {got!r}\nwant {expected!r}")
    obj = json.loads(got)
    for path, (_, normalized) in values.items():
        node = obj
        keys = path.split(".")
        for k in keys[:-1]:
            node = node[k]
        last = keys[-1]
        value = node[last.split("[")[0]][int(last.split("[")[1][:-1])] if "[" in last else node[last]
        check(f"jsonl record {n} {path}: equals plain-text normalize", value == normalized,
              f"{value!r} != {normalized!r}")
check("jsonl: the output has as many lines", out.decode().count("\n") == len(built))
check("jsonl: an unchanged value keeps its escapes",
      r'"\u00e9t\u00e9"' in out_lines[2] and '"plain"' in out_lines[1])

# --- --offsets: the edits turn each decoded value into the normalized one ----------------
rc, out, err = run(["--lang", "en", "--format", "jsonl", "--offsets", *fields], data)
check("--offsets: exit 0", rc == 0, err)
for n, (line, expected, values) in enumerate(built, 1):
    obj = json.loads(out.decode().split("\n")[n - 1])
    edits = obj.get("textnorm_edits", {})
    check(f"--offsets record {n}: one member per value, arrays as PATH[i]",
          sorted(edits) == sorted(values), f"{sorted(edits)} != {sorted(values)}")
    for path, (decoded, normalized) in values.items():
        raw = decoded.encode()
        rebuilt, pos, ok = b"", 0, True
        for e in edits.get(path, []):
            ok = ok and list(e) == ["start", "end", "text", "rule", "plugin"] and e["start"] >= pos
            rebuilt += raw[pos:e["start"]] + e["text"].encode()
            pos = e["end"]
        rebuilt += raw[pos:]
        check(f"--offsets record {n} {path}: applying the edits gives the value",
              ok and rebuilt.decode() == normalized, f"{edits.get(path)}")
    # Without the added member, the record is the one written without --offsets.
    plain_out = json.loads(built[n - 1][1])
    del obj["textnorm_edits"]
    check(f"--offsets record {n}: nothing else changes", obj == plain_out)
again = run(["--lang", "en", "--format", "jsonl", "--offsets", *fields], out)
check("--offsets: a second run replaces textnorm_edits, no duplicate member",
      again[0] == 0 and all(l.count('"textnorm_edits"') == 1 for l in again[1].decode().splitlines()),
      again[2])

# --- Errors: bad JSON, a missing field, a non-string field, for each --on-error ------------
bad_cases = {
    "bad JSON": ('{"text": "a", "n": 01}', "<stdin>:2:20: not valid JSON"),
    "a missing field": ('{"title": "a"}', "<stdin>:2: field 'text' is absent"),
    "a non-string field": ('{"text": {"a": 1}}', "<stdin>:2:10: field 'text' is an object"),
}
for case, (bad, message) in bad_cases.items():
    good1, good2 = '{"text": "a  b"}', '{"text": "c ... d"}'
    stream = f"{good1}\n{bad}\n{good2}\n".encode()
    rc, out, err = run(["--format", "jsonl"], stream)
    check(f"{case}, fail: exit 65 naming line and byte", rc == 65 and err.startswith("textnorm: " + message),
          err)
    check(f"{case}, fail: the lines before it are written", out == b'{"text": "a b"}\n', repr(out))
    rc, out, err = run(["--format", "jsonl", "--on-error", "skip"], stream)
    check(f"{case}, skip: the line is dropped and counted",
          rc == 0 and out.decode().splitlines() == ['{"text": "a b"}', '{"text": "c... d"}']
          and message in err and "1 line skipped" in err, err + repr(out))
    rc, out, err = run(["--format", "jsonl", "--on-error", "keep"], stream)
    check(f"{case}, keep: the line is written unchanged and counted",
          rc == 0 and out.decode().splitlines() == ['{"text": "a b"}', bad, '{"text": "c... d"}']
          and "1 line kept" in err, err + repr(out))

# --- -j N gives the bytes of -j 1, explanations and reports included -----------------------
lines = []
for name in sorted(os.listdir(SAMPLES)):
    if name.endswith(".txt"):
        with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
            lines += f.read().splitlines()
big = []
for i in range(3000):
    text = lines[i % len(lines)]
    if i % 97 == 0:
        big.append('{"broken": ')
    elif i % 3 == 0:
        big.append(json.dumps({"id": i, "meta": {"tags": [text, text[::-1]]}, "text": text}))
    else:
        big.append(json.dumps({"text": text, "id": i, "f": -0.0}, ensure_ascii=i % 2 == 0))
big_data = ("\n".join(big) + "\n").encode()
with tempfile.TemporaryDirectory() as work:
    outputs = []
    for jobs in ("1", "3"):
        explain = os.path.join(work, f"explain{jobs}")
        rc, out, err = run(["-j", jobs, "--format", "jsonl", "--field", "text", "--on-error", "keep",
                            "--offsets", "--explain-to", explain], big_data)
        with open(explain, "rb") as f:
            outputs.append((rc, out, err, f.read()))
    check("-j 3 writes the bytes of -j 1", outputs[0][:2] == outputs[1][:2] and outputs[0][0] == 0)
    check("-j 3 reports the bad lines of -j 1", outputs[0][2] == outputs[1][2] and "31 lines kept" in outputs[0][2],
          outputs[0][2][-300:])
    check("-j 3 explains like -j 1", outputs[0][3] == outputs[1][3] and len(outputs[0][3]) > 1000)

# --- Plain text: --on-error and --explain ------------------------------------------------
stream = b"one \xe2\x80\x9cquoted\xe2\x80\x9d\nbad \xff byte\nthree ...  end\n"
rc, out, err = run([], stream)
check("text, fail: invalid UTF-8 exits 65 naming line and byte", rc == 65 and "<stdin>:2:5:" in err, err)
rc, out, err = run(["--on-error", "skip"], stream)
check("text, skip: the line is dropped and counted",
      rc == 0 and out == b'one "quoted"\nthree... end\n' and "1 line skipped" in err, err)
rc, out, err = run(["--on-error", "keep"], stream)
check("text, keep: the line is written as it was",
      rc == 0 and out == b'one "quoted"\nbad \xff byte\nthree... end\n' and "1 line kept" in err, err)
long_line = b"x" * 5000
stream = b"a ... b\n" + long_line + b"\r\n{\"text\": \"c\"}\n" + long_line
for fmt in ("text", "jsonl"):
    for jobs in ("1", "2"):
        base = ["--format", fmt, "-j", jobs, "--max-line-bytes", "1K"]
        if fmt == "jsonl":
            stream_in = stream.replace(b"a ... b", b'{"text": "a ... b"}')
            first, third = b'{"text": "a... b"}', b'{"text": "c"}'
        else:
            stream_in, first, third = stream, b"a... b", b'{"text": "c"}'
        rc, out, err = run(base, stream_in)
        check(f"{fmt} -j {jobs}: a line over --max-line-bytes fails by default",
              rc == 65 and ":2: line 2 is longer than --max-line-bytes (1024 bytes)" in err, err)
        rc, out, err = run([*base, "--on-error", "skip"], stream_in)
        check(f"{fmt} -j {jobs}: skip drops lines over --max-line-bytes",
              rc == 0 and out == first + b"\n" + third + b"\n" and "2 lines skipped" in err, err)
        rc, out, err = run([*base, "--on-error", "keep"], stream_in)
        check(f"{fmt} -j {jobs}: keep passes lines over --max-line-bytes through",
              rc == 0 and out == first + b"\n" + long_line + b"\n" + third + b"\n" + long_line
              and "2 lines kept" in err, err)

rc, out, err = run(["--lang", "en", "--explain"],
                  b"A \xe2\x80\x9cquote\xe2\x80\x9d\xc2\xa0ok, wait\xe2\x80\xa6\nsame\n")
# The closing quote and the NBSP after it touch: one edit, named after the last rule.
check("--explain: each edit with span, before -> after, rule and plugin", rc == 0 and err == (
    "<stdin>:1:\n"
    '  2-5  "\u201c" \u2192 "\\""  quote.double (core)\n'
    '  10-15  "\u201d<U+00A0>" \u2192 "\\" "  quote.double (core)\n'
    '  23-26  "\u2026" \u2192 "..."  ellipsis (core)\n') and out == b'A "quote" ok, wait...\nsame\n',
      repr(err))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

#!/usr/bin/env python3
"""Helpers for stream_test.sh.

  stream_tools.py corpus SAMPLES_DIR SIZE OUT BAD_OUT
      OUT: the sample texts repeated to SIZE bytes, after a BOM, with LF, CRLF and lone CR line
      ends mixed, and no line end at the end. BAD_OUT: the same with invalid UTF-8 in two lines
      about two thirds in. Prints the line and column of the first invalid byte.
  stream_tools.py chunks FILE SEED
      Writes FILE to standard output in writes of random sizes (1 byte to 64 KiB).
  stream_tools.py pty OUT ERR COMMAND...
      Runs COMMAND with its standard error on a new pseudo-terminal and its standard output to
      OUT; writes what the terminal received to ERR, prints the seconds the run took, and exits
      with COMMAND's exit code.
"""
import os
import pathlib
import pty
import random
import subprocess
import sys
import time


def corpus(samples_dir, size, out_path, bad_path):
    rng = random.Random(2024)
    lines = []
    for path in sorted(pathlib.Path(samples_dir).glob("*.txt")):
        lines += path.read_bytes().splitlines()
    chosen, ends = [], []
    while sum(len(l) + 1 for l in chosen) < size:
        for line in lines:
            end = rng.choice([b"\n"] * 6 + [b"\r\n", b"\r"])
            if ends and ends[-1] == b"\r" and not line and end == b"\n":
                end = b"\r"  # CR then an empty LF line would read as one CRLF
            chosen.append(line)
            ends.append(end)
    ends[-1] = b""
    bad_index = next(i for i in range(len(chosen) * 2 // 3, len(chosen)) if chosen[i])
    good = b"\xef\xbb\xbf" + b"".join(l + e for l, e in zip(chosen, ends))
    chosen[bad_index] = b"ok \xff" + chosen[bad_index]
    chosen[bad_index + 1000] = b"\xfe" + chosen[bad_index + 1000]
    bad = b"\xef\xbb\xbf" + b"".join(l + e for l, e in zip(chosen, ends))
    pathlib.Path(out_path).write_bytes(good)
    pathlib.Path(bad_path).write_bytes(bad)
    print(bad_index + 1, 4)


def chunks(path, seed):
    rng = random.Random(seed)
    data = pathlib.Path(path).read_bytes()
    i = 0
    try:
        while i < len(data):
            n = rng.choice([1, rng.randint(1, 300), rng.randint(1, 65536)])
            i += os.write(1, data[i:i + n])
    except BrokenPipeError:  # the reader stopped at an error
        pass


def run_on_pty(out_path, err_path, command):
    master, slave = pty.openpty()
    start = time.monotonic()
    with open(out_path, "wb") as out:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=slave)
    os.close(slave)
    received = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the command closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    code = process.wait()
    print(f"{time.monotonic() - start:.2f}")
    pathlib.Path(err_path).write_bytes(bytes(received))
    return code


if __name__ == "__main__":
    verb, args = sys.argv[1], sys.argv[2:]
    if verb == "corpus":
        corpus(args[0], int(args[1]), args[2], args[3])
    elif verb == "chunks":
        chunks(args[0], int(args[1]))
    elif verb == "pty":
        sys.exit(run_on_pty(args[0], args[1], args[2:]))
    else:
        sys.exit(f"unknown verb {verb}")

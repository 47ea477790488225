#!/usr/bin/env python3
"""Times textnorm's command line against its baselines on corpus files; run_bench.sh calls it.

usage: time_commands.py --bin DIR [--runs N] [--moses SCRIPT] NAME=FILE...

For each corpus, every command reads FILE (as an argument or on standard input) and writes to
/dev/null; the figure is the best wall-clock time of N runs, as MB/s (10^6 bytes of input per
second). Also: textnorm's start-up time, peak RSS of the default run (on FILE and on FILE twice
over, to show that it does not grow with the input), ratios, what N cores give this machine on
this work (N `-j 1` runs at once, the ceiling of `-j N`), whether `-j N` writes the same bytes as
the default run, and JSON lines against plain text on the same strings (FILE.jsonl beside FILE:
each line as {"id":N,"text":LINE}).

Peak RSS is measured by GNU time (/usr/bin/time, Debian package `time`), not by this script's
own wait4(): Linux keeps a process's peak RSS across exec, so a child forked from this script
would report this script's memory (the corpus it read) as its own.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time


def nproc():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


GNU_TIME = "/usr/bin/time"


class Result:
    def __init__(self, seconds=None, error=None):
        self.seconds, self.error = seconds, error


def run_once(argv, stdin_path=None, stdout_path=None):
    """(seconds, exit code, stderr) of one run, timed around fork and wait."""
    with tempfile.TemporaryFile() as err, \
            open(stdin_path or os.devnull, "rb") as stdin, \
            open(stdout_path or os.devnull, "wb") as stdout:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=err)
        process.wait()
        seconds = time.perf_counter() - start
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    return seconds, process.returncode, message


def best_of(runs, argv, stdin_path=None):
    best = None
    for _ in range(runs):
        seconds, code, message = run_once(argv, stdin_path)
        if code != 0:
            first = next((line for line in message.split("\n") if line.strip()), "")
            return Result(error=f"exit {code}: {first[:200]}")
        best = seconds if best is None else min(best, seconds)
    return Result(best)


def run_together(argvs):
    """Seconds until every one of `argvs`, started at once, has finished; None if one failed."""
    with open(os.devnull, "wb") as sink:
        start = time.perf_counter()
        processes = [subprocess.Popen(argv, stdout=sink, stderr=subprocess.DEVNULL) for argv in argvs]
        codes = [process.wait() for process in processes]
        seconds = time.perf_counter() - start
    return None if any(codes) else seconds


def machine_scaling(runs, textnorm, path, jobs):
    """What `jobs` cores give this machine on textnorm's own work: `jobs` copies of the -j 1
    run at once against one alone, in alternating rounds (best of `runs` each). A VM's vCPUs
    may be hyperthreads or share a host, and then -j N cannot beat this."""
    single_argv = [textnorm, "normalize", "-j", "1", path]
    alone = together = None
    for _ in range(runs):
        seconds, code, _ = run_once(single_argv)
        if code != 0:
            return None
        alone = seconds if alone is None else min(alone, seconds)
        seconds = run_together([single_argv] * jobs)
        if seconds is None:
            return None
        together = seconds if together is None else min(together, seconds)
    return jobs * alone / together


def peak_rss_mib(argv, stdin_path=None):
    """Peak RSS of one run of `argv` in MiB, as GNU time reports it; a message when it cannot."""
    if not os.access(GNU_TIME, os.X_OK):
        return f"n/a (no {GNU_TIME}: apt-get install time)"
    with tempfile.NamedTemporaryFile("r") as report:
        _, code, message = run_once([GNU_TIME, "-f", "%M", "-o", report.name] + argv, stdin_path)
        if code != 0:
            return f"n/a (exit {code}: {message.strip()[:100]})"
        return f"{int(report.read().split()[-1]) / 1024:.1f} MiB"


def write_twice(path):
    """FILE.x2: FILE's bytes twice over, made again when FILE is newer."""
    doubled = path + ".x2"
    if os.path.exists(doubled) and os.path.getmtime(doubled) >= os.path.getmtime(path):
        return doubled
    with open(path, "rb") as f, open(doubled + ".tmp", "wb") as out:
        for _ in range(2):
            f.seek(0)
            while chunk := f.read(1 << 20):
                out.write(chunk)
    os.replace(doubled + ".tmp", doubled)
    return doubled


def write_jsonl(path):
    """FILE.jsonl: each line of FILE as {"id":N,"text":LINE}, made again when FILE is newer."""
    jsonl = path + ".jsonl"
    if os.path.exists(jsonl) and os.path.getmtime(jsonl) >= os.path.getmtime(path):
        return jsonl
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = re.split(rb"\r\n|\r|\n", data)
    if lines and lines[-1] == b"":
        lines.pop()
    with open(jsonl + ".tmp", "w", encoding="utf-8") as out:
        for i, line in enumerate(lines):
            text = json.dumps(line.decode("utf-8"), ensure_ascii=False)
            out.write(f'{{"id":{i},"text":{text}}}\n')
    os.replace(jsonl + ".tmp", jsonl)
    return jsonl


def has_jobs_option(textnorm):
    result = subprocess.run([textnorm, "normalize", "--help"], capture_output=True, text=True)
    return re.search(r"(^|[\s,])-j\b|--jobs\b", result.stdout + result.stderr) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="directory with textnorm and nfc_filter")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--moses", help="Moses normalize-punctuation.perl (omit to skip)")
    parser.add_argument("corpora", nargs="+", metavar="NAME=FILE")
    args = parser.parse_args()

    textnorm = os.path.join(args.bin, "textnorm")
    nfc_filter = os.path.join(args.bin, "nfc_filter")
    jobs = nproc()
    with_jobs = has_jobs_option(textnorm)

    startup = min(run_once([textnorm, "normalize"])[0] for _ in range(10))
    print(f"start-up (: | textnorm normalize, best of 10): {startup * 1e3:.1f} ms")
    if not with_jobs:
        print(f"textnorm -j {jobs}: n/a (no -j yet)")
    if not args.moses:
        print("Moses: skipped (../shared/peers/moses/normalize-punctuation.perl not found)")
    print(f"best of {args.runs} run(s) each; MB = 10^6 bytes of input; output to /dev/null")
    print()

    rows = []
    notes = []
    failures = []
    for spec in args.corpora:
        name, _, path = spec.partition("=")
        size = os.path.getsize(path)
        commands = [
            ("textnorm normalize FILE", [textnorm, "normalize", path], None),
            ("textnorm normalize --lang en --names off FILE",
             [textnorm, "normalize", "--lang", "en", "--names", "off", path], None),
        ]
        parallel_label = f"textnorm normalize -j {jobs} FILE"
        if with_jobs:
            commands += [
                (parallel_label, [textnorm, "normalize", "-j", str(jobs), path], None),
                ("textnorm normalize -j 1 FILE", [textnorm, "normalize", "-j", "1", path], None),
            ]
        jsonl = write_jsonl(path)
        commands += [
            # MB/s of the text file's bytes: the same strings, so the rate compares with -j 1's.
            ("textnorm normalize -j 1 --format jsonl FILE.jsonl",
             [textnorm, "normalize", "-j", "1", "--format", "jsonl", jsonl], None),
        ]
        commands += [
            ("nfc_filter < FILE (ICU NFC per line)", [nfc_filter], path),
            ("cat FILE", ["cat", path], None),
        ]
        if args.moses:
            commands.append(("normalize-punctuation.perl -l en < FILE (Moses)",
                             ["perl", args.moses, "-l", "en"], path))

        results = {}
        for label, argv, stdin_path in commands:
            print(f"  {name}: {label} ...", file=sys.stderr, flush=True)
            results[label] = best_of(args.runs, argv, stdin_path)

        def rate(label):
            r = results.get(label)
            return size / 1e6 / r.seconds if r and r.seconds else None

        nfc = rate("nfc_filter < FILE (ICU NFC per line)")
        for label, _, _ in commands:
            r = results[label]
            mbs = rate(label)
            if r.error:
                failures.append(f"{name}: {label}: {r.error}")
            rows.append((name, label,
                         f"{mbs:.1f}" if mbs else "failed",
                         f"{mbs / nfc:.3f}" if mbs and nfc else ""))
            if label.startswith("textnorm normalize --lang en") and not with_jobs:
                rows.append((name, parallel_label, "n/a (no -j yet)", ""))

        default = rate("textnorm normalize FILE")
        summary = [f"{name} ({size / 1e6:.1f} MB, {path}):"]
        if results["textnorm normalize FILE"].seconds:
            doubled = write_twice(path)
            summary.append(f"  peak RSS of the default run (GNU time): "
                           f"{peak_rss_mib([textnorm, 'normalize', path])} on FILE, "
                           f"{peak_rss_mib([textnorm, 'normalize', doubled])} on FILE twice over "
                           f"({2 * size / 1e6:.0f} MB)")
        if default and nfc:
            summary.append(f"  default / NFC filter: {default / nfc:.3f}")
        if with_jobs:
            parallel, single = rate(parallel_label), rate("textnorm normalize -j 1 FILE")
            if parallel and single:
                summary.append(f"  -j {jobs} / -j 1: {parallel / single:.2f}")
            if jobs > 1:
                print(f"  {name}: {jobs} x (textnorm normalize -j 1 FILE) at once ...",
                      file=sys.stderr, flush=True)
                ceiling = machine_scaling(args.runs, textnorm, path, jobs)
                summary.append(f"  this machine's own scaling, {jobs} -j 1 runs at once / one alone: "
                               + (f"{ceiling:.2f}" if ceiling else "failed"))
            summary.append(f"  -j {jobs} output vs default output: "
                           + compare_outputs(textnorm, path, jobs))
        else:
            summary.append(f"  -j {jobs} / -j 1: n/a (no -j yet)")
        text_run = results.get("textnorm normalize -j 1 FILE", Result())
        jsonl_run = results["textnorm normalize -j 1 --format jsonl FILE.jsonl"]
        if text_run.seconds and jsonl_run.seconds:
            summary.append(f"  JSONL / text throughput on the same strings (-j 1, time ratio): "
                           f"{text_run.seconds / jsonl_run.seconds:.3f}")
        moses = rate("normalize-punctuation.perl -l en < FILE (Moses)")
        if default and moses:
            summary.append(f"  default / Moses: {default / moses:.2f}")
        elif not args.moses:
            summary.append("  default / Moses: n/a (no ../shared)")
        notes.append(summary)

    widths = [max(len(row[i]) for row in rows + [("corpus", "command", "MB/s", "x NFC filter")])
              for i in range(4)]
    header = ("corpus", "command", "MB/s", "x NFC filter")
    line = f"{{:<{widths[0]}}}  {{:<{widths[1]}}}  {{:>{widths[2]}}}  {{:>{widths[3]}}}"
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    previous = None
    for row in rows:
        if previous is not None and row[0] != previous:
            print()
        print(line.format(*row))
        previous = row[0]
    print()
    for failure in failures:
        print(f"failed: {failure}")
    if failures:
        print()
    for summary in notes:
        print("\n".join(summary))


def compare_outputs(textnorm, path, jobs):
    """'identical' when `-j jobs` writes the default run's bytes, else cmp's message."""
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(path))) as tmp:
        default_out = os.path.join(tmp, "default.out")
        parallel_out = os.path.join(tmp, "parallel.out")
        for argv, out in (([textnorm, "normalize", path], default_out),
                          ([textnorm, "normalize", "-j", str(jobs), path], parallel_out)):
            _, code, message = run_once(argv, stdout_path=out)
            if code != 0:
                return f"not compared (exit {code}: {message.strip()[:100]})"
        result = subprocess.run(["cmp", default_out, parallel_out], capture_output=True, text=True)
        if result.returncode == 0:
            return "identical (cmp)"
        return "DIFFERENT: " + (result.stdout + result.stderr).strip()


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Throughput of the Python module's normalize_batch against the CLI on the same text, at the
same thread count (issue 12 aims at >= 0.8x the CLI).

    PYTHONPATH=build/python /usr/bin/python3 tests/bench/python_batch.py CORPUS \
        --cli build/bin/textnorm [--threads 2] [--runs 3] [--batch 1000]

The CLI time is `textnorm normalize -j N CORPUS > /dev/null`, start-up included. The Python time
is normalize_batch over the corpus's lines (already read into a list of str, as a datasets.map
or pandas column hands them over), whole and in batches of --batch lines, results included; the
outputs are checked equal to the CLI's. MB/s are 10^6 input bytes per second of wall-clock
time; "MB/cpu-s" per second of CPU time of all the run's threads, which a busy machine disturbs
less and which shows the per-call cost directly.
"""

import argparse
import resource
import subprocess
import sys
import time

import textnorm


def cpu_seconds():
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def best_of(runs, function):
    """(best wall-clock seconds, best CPU seconds, result) of `runs` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        result = function()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_seconds() - start_cpu)
    return min(walls), min(cpus), result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--cli", required=True)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()

    data = open(args.corpus, "rb").read()
    megabytes = len(data) / 1e6
    lines = data.decode("utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    normalizer = textnorm.Normalizer()

    def run_cli():
        with open(args.corpus, "rb") as f:
            return subprocess.run([args.cli, "normalize", "-j", str(args.threads), "--no-progress"],
                                  stdin=f, stdout=subprocess.PIPE, check=True).stdout

    cli_time, cli_cpu, cli_out = best_of(args.runs, run_cli)
    expected = cli_out.decode("utf-8").split("\n")[:len(lines)]

    whole_time, whole_cpu, whole = best_of(args.runs, lambda: normalizer.normalize_batch(lines, threads=args.threads))
    assert whole == expected, "normalize_batch differs from the CLI"

    def batched():
        out = []
        for i in range(0, len(lines), args.batch):
            out.extend(normalizer.normalize_batch(lines[i:i + args.batch], threads=args.threads))
        return out

    batch_time, batch_cpu, batches = best_of(args.runs, batched)
    assert batches == expected, "batched normalize_batch differs from the CLI"

    print(f"corpus: {args.corpus}, {megabytes:.1f} MB, {len(lines)} lines, "
          f"{args.threads} threads, best of {args.runs}")
    print(f"{'CLI textnorm normalize -j ' + str(args.threads):39s} {megabytes / cli_time:7.1f} MB/s"
          f"        {megabytes / cli_cpu:7.1f} MB/cpu-s")
    for name, seconds, cpu in [("normalize_batch(all lines)", whole_time, whole_cpu),
                               (f"normalize_batch({args.batch} lines) x n", batch_time, batch_cpu)]:
        print(f"Python {name:32s} {megabytes / seconds:7.1f} MB/s {cli_time / seconds:5.2f}x "
              f"{megabytes / cpu:7.1f} MB/cpu-s {cli_cpu / cpu:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Normalize a directory of text or JSONL shards with textnorm on a Dask cluster.

    dask_normalize.py IN_DIR OUT_DIR [--workers N | --scheduler ADDRESS] [--field PATH] [options]

Every file of IN_DIR is one shard and one task; OUT_DIR gets a file of the same name. A shard
named *.jsonl is JSON lines: the string (or list of strings) at --field (a dotted path, default
"text") of each record is normalized and the record written again with json.dumps; any other
shard is text, and its output is byte for byte what `textnorm normalize` writes for it.

Without --scheduler a LocalCluster of --workers processes runs on this machine; with
--scheduler tcp://HOST:8786 the same code runs on that cluster, whose workers must be able to
import textnorm (installed with its plugins on each) and read IN_DIR and write OUT_DIR (a shared
file system). The options are those of textnorm.Normalizer; the normalizer is built here first,
so bad options fail before any task runs, then shipped to the workers, which rebuild it from its
options once each.
"""

import argparse
import json
import os
import sys
import tempfile

import textnorm


def normalize_text_shard(normalizer, data):
    # The shard's bytes, line breaks included, reach textnorm, which cuts lines at LF, CRLF and
    # a lone CR and drops a leading BOM as the command does.
    return normalizer.normalize(data.decode("utf-8")).encode("utf-8")


def field_path(record, path, where):
    *parents, last = path.split(".")
    for key in parents:
        record = record.get(key) if isinstance(record, dict) else None
    if not isinstance(record, dict) or last not in record:
        raise ValueError(f"{where}: no field '{path}'")
    return record, last


def normalize_jsonl_shard(normalizer, data, fields, name):
    out = []
    lines = data.decode("utf-8").split("\n")  # not splitlines(): U+2028 may be inside a string
    if lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r")
        if not line.strip():
            out.append(line)
            continue
        record = json.loads(line)
        for path in fields:
            parent, key = field_path(record, path, f"{name}:{number}")
            value = parent[key]
            if isinstance(value, str):
                parent[key] = normalizer.normalize(value)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                parent[key] = normalizer.normalize_batch(value, threads=1)
            else:
                raise ValueError(f"{name}:{number}: field '{path}' is not a string")
        out.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8") if out else b""


def normalize_shard(source, target, normalizer, fields):
    """One task: reads a shard, writes its normalized copy (atomically), returns its sizes."""
    with open(source, "rb") as f:
        data = f.read()
    name = os.path.basename(source)
    try:
        if name.endswith(".jsonl"):
            result = normalize_jsonl_shard(normalizer, data, fields, name)
        else:
            result = normalize_text_shard(normalizer, data)
    except textnorm.Error as e:
        raise ValueError(f"{name}: {e}") from None
    directory = os.path.dirname(target)
    with tempfile.NamedTemporaryFile(dir=directory, prefix=".partial-", delete=False) as f:
        f.write(result)
    os.replace(f.name, target)
    return name, len(data), len(result)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    cluster = parser.add_mutually_exclusive_group()
    cluster.add_argument("--scheduler", help="address of a running Dask scheduler")
    cluster.add_argument("--workers", type=int, default=2,
                         help="worker processes of the local cluster (default 2)")
    parser.add_argument("--field", action="append", help="JSONL field path (repeatable; default text)")
    parser.add_argument("--profile", default="default")
    parser.add_argument("--lang", default="auto")
    parser.add_argument("--names", default="canonical")
    parser.add_argument("--transliterate", action="store_true")
    parser.add_argument("--plugins", help="comma-separated plugins to use")
    parser.add_argument("--plugin-path", action="append", default=[])
    parser.add_argument("--lexicon", action="append", default=[])
    parser.add_argument("--disable", default="", help="comma-separated rule ids")
    return parser.parse_args(argv)


def main(argv):
    from distributed import Client, LocalCluster, as_completed

    args = parse_arguments(argv)
    normalizer = textnorm.Normalizer(
        profile=args.profile, lang=args.lang, names=args.names, transliterate=args.transliterate,
        plugins=args.plugins.split(",") if args.plugins else None,
        plugin_path=[os.path.abspath(p) for p in args.plugin_path],
        lexicons=[os.path.abspath(p) for p in args.lexicon],
        disable=[r for r in args.disable.split(",") if r])
    names = sorted(n for n in os.listdir(args.input_dir)
                   if os.path.isfile(os.path.join(args.input_dir, n)) and not n.startswith("."))
    os.makedirs(args.output_dir, exist_ok=True)
    sources = [os.path.abspath(os.path.join(args.input_dir, n)) for n in names]
    targets = [os.path.abspath(os.path.join(args.output_dir, n)) for n in names]

    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    failed = 0
    try:
        # Each worker unpickles the normalizer once (it is rebuilt from its options there).
        shared = client.scatter(normalizer, broadcast=True)
        futures = client.map(normalize_shard, sources, targets, normalizer=shared,
                             fields=args.field or ["text"], pure=False)
        for future in as_completed(futures):
            try:
                name, size_in, size_out = future.result()
                print(f"{name}: {size_in} -> {size_out} bytes", file=sys.stderr)
            except (ValueError, textnorm.Error) as e:
                print(f"dask_normalize: {e}", file=sys.stderr)
                failed += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"{len(names) - failed} of {len(names)} shards normalized", file=sys.stderr)
    return 65 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

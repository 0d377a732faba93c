#!/usr/bin/env python3
"""Finding statistics from `xborder -format=json` output.

    stats.py FINDINGS.json [--top N]        human-readable summary
    stats.py FINDINGS.json --row            one line: total nontest positions unknown categories

Counts: total findings, findings outside _test.go files, distinct positions (file:line:col),
unknown-destination findings, findings per category; then (summary only) the positions reported
most often, findings per destination host, and distinct flows by (function, destination, data)
to show how many findings repeat the same flow.
"""
import collections
import json
import sys


def load(path):
    with open(path) as f:
        text = f.read()
    if not text.strip():
        return []
    return json.loads(text)


def pos(f):
    p = f.get("position") or {}
    return "%s:%s:%s" % (p.get("file", "?"), p.get("line", 0), p.get("column", 0))


def host(f):
    d = (f.get("flow") or {}).get("destination") or {}
    return d.get("host") or d.get("display") or d.get("endpoint") or "?"


def stats(findings):
    cats = collections.Counter(f.get("category", "?") for f in findings)
    nontest = [f for f in findings if not (f.get("position") or {}).get("file", "").endswith("_test.go")]
    return {
        "total": len(findings),
        "nontest": len(nontest),
        "positions": len({pos(f) for f in findings}),
        "nontest_positions": len({pos(f) for f in nontest}),
        "unknown": cats.get("unknown-destination", 0),
        "categories": dict(sorted(cats.items())),
    }


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    findings = load(args[0])
    s = stats(findings)
    if "--row" in args:
        cats = ",".join("%s=%d" % kv for kv in s["categories"].items()) or "-"
        print(s["total"], s["nontest"], s["positions"], s["unknown"], cats)
        return
    top = 10
    if "--top" in args:
        top = int(args[args.index("--top") + 1])
    print("findings: %d total, %d outside _test.go, %d distinct positions (%d outside tests), %d unknown-destination"
          % (s["total"], s["nontest"], s["positions"], s["nontest_positions"], s["unknown"]))
    for c, n in s["categories"].items():
        print("  %-22s %d" % (c, n))
    byhost = collections.Counter(host(f) for f in findings)
    print("by destination host:")
    for h, n in byhost.most_common(top):
        print("  %5d  %s" % (n, h))
    bypos = collections.Counter(pos(f) for f in findings)
    print("most reported positions:")
    for p, n in bypos.most_common(top):
        print("  %5d  %s" % (n, p))
    flows = collections.Counter()
    for f in findings:
        fl = f.get("flow") or {}
        data = tuple(sorted(d.get("key", d.get("name", "?")) for d in fl.get("data") or []))
        flows[(fl.get("function", "?"), host(f), data)] += 1
    print("distinct (function, host, data) flows: %d" % len(flows))
    cats_by_pos_host = collections.Counter((pos(f), host(f)) for f in findings)
    dup = sum(n - 1 for n in cats_by_pos_host.values() if n > 1)
    print("findings repeating an earlier (position, host): %d" % dup)


if __name__ == "__main__":
    main()

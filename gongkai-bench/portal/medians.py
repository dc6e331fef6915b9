"""Medians of bench-portal.sh's wrk rounds: `medians.py page RESULTS` or `medians.py search RESULTS`.

Each line of RESULTS is "LABEL round=N p50=… p95=… p99=… rps=… requests=… non2xx=… errors=…" (ms, requests/s).
"""
import re
import statistics
import sys


def read(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        values = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
        rows.setdefault(line.split()[0], []).append(values)
    return rows


def median(rows, field):
    return statistics.median(r[field] for r in rows)


def failures(rows):
    return int(sum(r["non2xx"] + r["errors"] for v in rows.values() for r in v))


def page(rows):
    g, n = rows["gongkai"], rows["nginx"]
    print("== document page, medians of %d rounds each (latency in ms)" % len(g))
    print(f'{"":10}{"p50":>10}{"p99":>10}{"req/s":>12}')
    for name, v in (("gongkai", g), ("nginx", n)):
        print(f'{name:10}{median(v, "p50"):10.2f}{median(v, "p99"):10.2f}{median(v, "rps"):12.1f}')
    ratio = median(g, "rps") / median(n, "rps")
    print(f'gongkai/nginx: throughput {ratio:.1%} (goal >= 25%), p99 {median(g, "p99") / median(n, "p99"):.1f}x; '
          f'gongkai p99 {median(g, "p99"):.1f} ms (goal <= 50 ms)')


def search(rows):
    print("== search, medians (latency in ms; goal: p95 <= 20 ms)")
    print(f'{"":24}{"p50":>9}{"p95":>9}{"p99":>9}{"req/s":>10}')
    for name, v in rows.items():
        print(f'{name:24}{median(v, "p50"):9.2f}{median(v, "p95"):9.2f}{median(v, "p99"):9.2f}{median(v, "rps"):10.1f}')


if __name__ == "__main__":
    rows = read(sys.argv[2])
    {"page": page, "search": search}[sys.argv[1]](rows)
    bad = failures(rows)
    if bad:
        print(f"WARNING: {bad} non-2xx responses or socket errors: the figures above are not valid")

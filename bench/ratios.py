#!/usr/bin/env python3
"""Prints the ratio table of a Hookwire benchmark run from JMH's JSON results (bench/run calls it).

Every figure is a ratio of two means measured in the same run, with an error propagated from JMH's 99.9%
confidence half-widths (scoreError): err(a/b) = a/b * sqrt((ea/a)^2 + (eb/b)^2). A verdict says PASS or MISS on the
mean; "(CI spans target)" marks one whose confidence interval reaches across the target.

usage: ratios.py RESULTS.json [MORE.json ...] [--merge-into OUT.json] [--raw]
"""
import json
import math
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

HEADLINE = 20  # the handler count the targets are stated for


def load(paths):
    runs = []
    for path in paths:
        with open(path) as f:
            runs.extend(json.load(f))
    return runs


def index(runs):
    """(mechanism, kind, handlers, shape, variant, threads) -> (score, error)."""
    names = {
        "BaselineActions": ("baseline", "action"), "BaselineFilters": ("baseline", "filter"),
        "HookwireActions": ("hookwire", "action"), "HookwireFilters": ("hookwire", "filter"),
        "GuavaActions": ("guava", "action"), "EventAdminActions": ("eventadmin", "action"),
    }
    table = {}
    for run in runs:
        cls = run["benchmark"].split(".")[-2]
        if cls not in names:
            continue
        p = run.get("params", {})
        if p.get("sampleEvery", "default") != "default":
            continue  # diagnostic runs are not part of the report
        mech, kind = names[cls]
        variant = p.get("budgets") or p.get("timeout")
        m = run["primaryMetric"]
        err = m["scoreError"]
        if isinstance(err, str) or err != err:  # "NaN" when there were too few iterations for an interval
            err = None
        table[(mech, kind, int(p["handlers"]), p["shape"], variant, run["threads"])] = (m["score"], err)
    return table


def db_index(runs):
    """(method, source) -> (score, error) for DbQueryBenchmark."""
    table = {}
    for run in runs:
        cls, method = run["benchmark"].split(".")[-2:]
        if cls != "DbQueryBenchmark":
            continue
        m = run["primaryMetric"]
        err = m["scoreError"]
        if isinstance(err, str) or err != err:
            err = None
        table[(method, run["params"]["source"])] = (m["score"], err)
    return table


def ratio(a, b):
    if a is None or b is None:
        return None
    (sa, ea), (sb, eb) = a, b
    r = sa / sb
    return r, None if ea is None or eb is None else r * math.sqrt((ea / sa) ** 2 + (eb / sb) ** 2)


def overhead_ratio(peer, hookwire, loop):
    """(peer - loop) / (hookwire - loop): how many times the dispatch overhead of the peer is Hookwire's."""
    if peer is None or hookwire is None or loop is None:
        return None
    (sp, ep), (sh, eh), (sl, el) = peer, hookwire, loop
    num, den = sp - sl, sh - sl
    if den <= 0:
        return None
    r = num / den
    if None in (ep, eh, el) or num <= 0:
        return r, None
    e_num, e_den = math.hypot(ep, el), math.hypot(eh, el)
    return r, abs(r) * math.sqrt((e_num / num) ** 2 + (e_den / den) ** 2)


def fmt(r):
    if r is None:
        return "-"
    value, err = r
    digits = 1 if abs(value) >= 10 else 2
    return f"{value:.{digits}f}" + ("" if err is None else f" ± {err:.{digits}f}")


def verdict(r, target, at_most):
    if r is None:
        return "not measured"
    value, err = r
    ok = value <= target if at_most else value >= target
    spans = err is not None and value - err <= target <= value + err
    return ("PASS" if ok else "MISS") + (" (CI spans target)" if spans else "")


def print_table(title, header, rows):
    if not rows:
        return  # nothing of this kind was measured (for example, a run of one benchmark class)
    print(title)
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()
    print("  " + line(header))
    for row in rows:
        print("  " + line(row))
    print()


def machine():
    model = ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        model = next((l.split(":", 1)[1].strip() for l in out.splitlines() if l.startswith("Model name")), "")
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {model or platform.processor()}"


def main(argv):
    raw = "--raw" in argv
    argv = [a for a in argv if a != "--raw"]
    merge = None
    if "--merge-into" in argv:
        i = argv.index("--merge-into")
        merge = argv[i + 1]
        del argv[i:i + 2]
    if not argv:
        sys.exit(__doc__)
    runs = load(argv)
    if merge:
        with open(merge, "w") as f:
            json.dump(runs, f, indent=1)
    t = index(runs)
    db = db_index(runs)
    if not t and not db:
        sys.exit("no Hookwire benchmark results in " + ", ".join(argv))
    first = runs[0]
    print(f"Hookwire benchmarks, {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}; {machine()}; "
          f"JDK {first.get('jdkVersion')} ({first.get('vmName')}), JMH {first.get('jmhVersion')}")
    print("Ratios of mean time/op measured in this run, ± propagated 99.9% error. mega = 4 handler classes"
          " interleaved, mono = one class.\n")

    kinds = ["action", "filter"]
    counts = sorted({k[2] for k in t})
    summary = []

    # 1. Hookwire against the hand-written loop
    rows = []
    for kind in kinds:
        for shape in ["mega", "mono"]:
            for n in counts:
                for threads in [1, 2]:
                    base = t.get(("baseline", kind, n, shape, None, threads))
                    on = ratio(t.get(("hookwire", kind, n, shape, "on", threads)), base)
                    off = ratio(t.get(("hookwire", kind, n, shape, "off", threads)), base)
                    if on is None and off is None:
                        continue
                    target = verdict(on, 1.5, True) if (shape, n, threads) == ("mega", HEADLINE, 1) else ""
                    rows.append([kind, shape, n, threads, fmt(on), fmt(off), target])
                    if target:
                        summary.append((f"{kind}s: Hookwire (budgets on) <= 1.5x the loop, {n} mega handlers",
                                        fmt(on), target))
    print_table("1. Hookwire time/op / hand-written loop (same handlers, count, threads). Lower is better;"
                " target <= 1.5 at 20 mega, 1 thread.",
                ["kind", "shape", "handlers", "threads", "budgets on", "budgets off", "target <= 1.5"], rows)

    # 2. Budgets on against budgets off
    rows = []
    for kind in kinds:
        for shape in ["mega", "mono"]:
            for n in counts:
                for threads in [1, 2]:
                    r = ratio(t.get(("hookwire", kind, n, shape, "on", threads)),
                              t.get(("hookwire", kind, n, shape, "off", threads)))
                    if r is None:
                        continue
                    v = verdict(r, 1.1, True)
                    rows.append([kind, shape, n, threads, fmt(r), v])
                    if (shape, n, threads) == ("mega", HEADLINE, 1):
                        summary.append((f"{kind}s: budgets on <= 1.1x budgets off, {n} mega handlers", fmt(r), v))
    print_table("2. Hookwire budgets on / budgets off (time/op). Target <= 1.1.",
                ["kind", "shape", "handlers", "threads", "on / off", "target <= 1.1"], rows)

    # 3. Peers against Hookwire (actions, budgets on)
    rows, ceiling_rows = [], []
    for n in counts:
        hw = t.get(("hookwire", "action", n, "mega", "on", 1))
        loop = t.get(("baseline", "action", n, "mega", None, 1))
        peers = [("EventAdmin 5 s timeout", t.get(("eventadmin", "action", n, "mega", "5000", 1)), 50),
                 ("EventAdmin no timeout", t.get(("eventadmin", "action", n, "mega", "0", 1)), 10),
                 ("Guava EventBus", t.get(("guava", "action", n, "mega", None, 1)), 3)]
        if all(p is None for _, p, _ in peers):
            continue
        row, ceiling_row = [n], [n]
        for name, peer, target in peers:
            r = ratio(peer, hw)
            row += [fmt(r), verdict(r, target, False)]
            ceiling_row += [fmt(ratio(peer, loop)), fmt(overhead_ratio(peer, hw, loop))]
            if n == HEADLINE:
                summary.append((f"Hookwire >= {target}x faster than {name}, {n} mega", fmt(r),
                                verdict(r, target, False)))
        rows.append(row)
        ceiling_rows.append(ceiling_row)
    print_table("3. Peer time/op / Hookwire action time/op (budgets on, mega, 1 thread): how many times faster"
                " Hookwire is.",
                ["handlers", "EventAdmin 5 s timeout", ">= 50", "EventAdmin no timeout", ">= 10", "Guava EventBus",
                 ">= 3"], rows)
    print_table("3b. Context for 3, same runs. 'ceiling' = peer / hand-written loop: the most any dispatcher could"
                " reach with this handler work.\n    'overhead' = (peer - loop) / (Hookwire - loop): the peer's own"
                " dispatch cost as a multiple of Hookwire's.",
                ["handlers", "EA 5 s: ceiling", "EA 5 s: overhead", "EA no timeout: ceiling",
                 "EA no timeout: overhead", "Guava: ceiling", "Guava: overhead"], ceiling_rows)

    # 4. Two threads against one: throughput = threads / avgt
    rows = []
    for kind in kinds:
        for n in counts:
            for mech, variant in [("hookwire", "on"), ("hookwire", "off"), ("baseline", None)]:
                one = t.get((mech, kind, n, "mega", variant, 1))
                two = t.get((mech, kind, n, "mega", variant, 2))
                if one is None or two is None:
                    continue
                r = ratio(one, two)
                r = (2 * r[0], None if r[1] is None else 2 * r[1])
                label = mech + (f" budgets {variant}" if variant else " (loop)")
                v = verdict(r, 1.8, False) if mech == "hookwire" else "(reference)"
                rows.append([kind, n, label, fmt(r), v])
                if mech == "hookwire":
                    summary.append((f"{kind}s: 2 threads >= 1.8x the throughput of 1, {label}, {n} mega",
                                    fmt(r), v))
    print_table("4. Throughput with 2 threads / throughput with 1 (mega). Target >= 1.8 for Hookwire.",
                ["kind", "handlers", "what", "2T / 1T", "target >= 1.8"], rows)

    # 5. db:query against plain H2
    rows = []
    for method, what in [("select", "prepare, bind, execute, read, close (held connection)"),
                         ("borrowAndSelect", "the same, borrowing the connection each time")]:
        plain = db.get((method, "plain"))
        if plain is None:
            continue
        no_handler = ratio(db.get((method, "hooked")), plain)
        one = ratio(db.get((method, "handler")), plain)
        proxy = ratio(db.get((method, "proxy")), plain)
        v = verdict(no_handler, 1.05, True)
        rows.append([method, what, f"{plain[0]:.0f}", fmt(no_handler), v, fmt(one), fmt(proxy)])
        summary.append((f"db:query, no handler <= 1.05x plain H2 ({method})", fmt(no_handler), v))
    if rows:
        print_table("5. db:query: time/op through the host's DataSource / time/op on plain H2 (HikariCP over H2,"
                    " as the host opens it), same run.\n    A PreparedStatement selecting one row by primary key,"
                    " in-memory H2; 'proxy' = the same reporting with java.lang.reflect.Proxy, no handler.",
                    ["benchmark", "what one operation is", "plain ns/op", "no handler", "target <= 1.05",
                     "one handler", "proxy, no handler"], rows)

    print_table("Targets (headline configuration):", ["target", "measured", "verdict"],
                [list(s) for s in summary])

    if raw:
        rows = [[m, k, n, s, v or "", th, f"{sc:.1f} ± {er:.1f}"] for (m, k, n, s, v, th), (sc, er) in sorted(
            t.items(), key=lambda e: (e[0][0], e[0][1], e[0][2], e[0][3], str(e[0][4]), e[0][5]))]
        print_table("Raw means (ns/op ± 99.9% error):", ["mechanism", "kind", "handlers", "shape", "variant",
                                                         "threads", "ns/op"], rows)


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Independent reference for the three-year fixture.

Projects this folder's input set with the steps of DESIGN.md written out
directly in plain Python (no code shared with the Swift engine), and prints
the end-of-year populations and components the end-to-end test expects.
Year 2025 under `end` timing is also worked by hand in ProjectCommandTests.swift.

Usage: python3 reference.py [end|even]
"""
import csv, sys, os

here = os.path.dirname(os.path.abspath(__file__))
timing = sys.argv[1] if len(sys.argv) > 1 else "end"
SEXES = ("female", "male")

def rows(name):
    with open(os.path.join(here, name)) as f:
        return list(csv.DictReader(f))

def age(label):
    return int(label.rstrip("+"))

P = {s: [0.0] * 4 for s in SEXES}
for r in rows("population.csv"):
    P[r["sex"]][age(r["age"])] = float(r["population"])
S, F, SRB, M = {}, {}, {}, {}
for r in rows("mortality.csv"):
    S.setdefault(int(r["year"]), {s: [0.0] * 4 for s in SEXES})[r["sex"]][age(r["age"])] = float(r["survival"])
for r in rows("fertility.csv"):
    F.setdefault(int(r["year"]), [0.0] * 4)[age(r["age"])] = float(r["asfr"])
for r in rows("srb.csv"):
    SRB[int(r["year"])] = float(r["srb"])
for r in rows("migration.csv"):
    M.setdefault(int(r["year"]), {s: [0.0] * 4 for s in SEXES})[r["sex"]][age(r["age"])] = float(r["net_migrants"])

for year in sorted(S):
    s, f, srb, m = S[year], F[year], SRB[year], M[year]
    net = {x: 0.0 for x in SEXES}
    cut = {x: 0.0 for x in SEXES}
    def move(pop, a, amount, x):
        applied = max(amount, -pop[a])
        pop[a] += applied
        net[x] += applied
        cut[x] += applied - amount
    start = {x: P[x][:] for x in SEXES}
    if timing == "even":
        for x in SEXES:
            for a in range(4):
                move(start[x], a, m[x][a] / 2, x)
    new, deaths = {}, {}
    for x in SEXES:
        st, sv = start[x], s[x]
        n = [0.0, sv[1] * st[0], sv[2] * st[1], sv[3] * (st[2] + st[3])]
        deaths[x] = sum(st) - sum(n)
        if timing == "even":
            for a in (1, 2, 3):
                move(n, a, m[x][a] / 2, x)
        new[x] = n
    births = sum(f[a] * (start["female"][a] + (new["female"][a] if a >= 1 else 0)) / 2 for a in range(4))
    born = {"female": births / (1 + srb), "male": births * srb / (1 + srb)}
    for x in SEXES:
        new[x][0] = s[x][0] * born[x]
        deaths[x] += born[x] - new[x][0]
        if timing == "even":
            move(new[x], 0, m[x][0] / 2, x)
        else:
            for a in range(4):
                move(new[x], a, m[x][a], x)
    for x in SEXES:
        print(f"{year},{x},births={born[x]:.9f},deaths={deaths[x]:.9f},net={net[x]:.9f},"
              f"pop={sum(new[x]):.9f},cut={cut[x]:.9f},ages=" + ";".join(f"{v:.9f}" for v in new[x]))
    P = new

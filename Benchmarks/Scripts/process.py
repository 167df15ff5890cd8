#!/usr/bin/env python3
"""Whole-process timings of `cohort simulate` as issue 17 measures them:
taiwan-medium, 10,000 draws, seed 1, to 2100, the default uncertainty, once
per kernel this CPU runs, interleaved, 7 rounds; prints each kernel's median
wall-clock time, its peak resident memory and its ratio to the scalar kernel
of the same run, and checks that every kernel printed the same table.

Usage (from the repository root, after `swift build -c release`):
    python3 Benchmarks/Scripts/process.py [path/to/cohort] [--out]
--out also writes quantiles.csv (every indicator and year) to a temporary folder.
"""
import os, resource, statistics, subprocess, sys, tempfile, time

binary = next((a for a in sys.argv[1:] if not a.startswith("--")), ".build/release/cohort")
write = "--out" in sys.argv
base = [binary, "simulate", "--scenario", "taiwan-medium", "--draws", "10000", "--seed", "1", "--to", "2100"]
kernels = [k for k in ["scalar", "portable", "avx2", "avx512"]
           if subprocess.run(base[:2] + ["--draws", "1", "--to", "2026", "--kernel", k],
                             capture_output=True).returncode == 0]
times = {k: [] for k in kernels}
peak = {k: 0 for k in kernels}
tables = {}
for round in range(7):
    for k in kernels:
        args = base + ["--kernel", k]
        if write:
            args += ["--out", tempfile.mkdtemp() + "/q"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True, check=True)
        times[k].append(time.perf_counter() - start)
        # ru_maxrss of children is the largest so far; a kernel's own peak shows when it exceeds the others'.
        peak[k] = max(peak[k], resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        tables.setdefault(k, done.stdout.split("\n", 1)[1])
scalar = statistics.median(times["scalar"]) if "scalar" in times else None
print(f"{'kernel':10} {'median wall':>12} {'peak memory (max so far)':>26} {'vs scalar':>10}")
for k in kernels:
    m = statistics.median(times[k])
    print(f"{k:10} {m:10.3f} s {peak[k] / 1024:22.0f} MB {scalar / m if scalar else 0:9.2f}×")
same = len(set(tables.values())) == 1
print("every kernel printed the same table" if same else "KERNELS DIFFER")
sys.exit(0 if same else 1)

#!/usr/bin/env python3
"""Reads the text output of `swift package benchmark` (standard input) and
prints every workload's median wall-clock time, its peak memory and its
ratio to the scalar baseline measured in the same run.

Usage: swift package benchmark --no-progress | tee run.txt | python3 Scripts/ratios.py
"""
import re, sys

scale = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}
median, memory, phases, name = {}, {}, {}, None
for line in sys.stdin:
    sys.stdout.write(line) if "--quiet" not in sys.argv else None
    text = line.strip()
    if re.match(r"^[1-9] ", text) and "│" not in text:
        name = text
        continue
    cells = [c.strip() for c in text.strip("│").split("│")]
    if name and len(cells) >= 4 and cells[0].startswith("Time (wall clock)"):
        unit = re.search(r"\((ns|μs|us|ms|s)\)", cells[0]).group(1)
        median[name] = float(cells[3].replace(",", "")) * scale[unit]
    if name and len(cells) >= 4 and cells[0].startswith("phase "):
        # Microseconds, printed in thousands (K) or millions (M) when large.
        factor = {"(K)": 1e3, "(M)": 1e6}.get(next((t for t in cells[0].split() if t in ("(K)", "(M)")), ""), 1)
        phases.setdefault(name, {})[cells[0].split(" ")[1]] = float(cells[3].replace(",", "")) * factor / 1000
    if name and len(cells) >= 4 and cells[0].startswith("Memory (resident peak)"):
        unit = re.search(r"\((\w+)\)", cells[0]).group(1)
        memory[name] = f"{cells[3]} {unit}B"

def baseline(name):
    if name.startswith("4 "):
        columns = re.search(r"(\d+) columns", name).group(1)
        return f"4 leslie 10y {columns} columns: scalar baseline"
    if "UN-calibrated" in name:
        # Against the history-fitted engine of the same run (a ratio above 1 would be a speed-up).
        return name.replace("UN-calibrated engine", "engine")
    if name.startswith("6 simulate"):
        return re.sub(r": \w+$", ": scalar", name)
    if name.startswith("5 simulate"):
        return name.replace(": engine", ": one draw at a time")
    return name.replace(": engine", ": scalar baseline")

print()
print(f"{'workload':40} {'median':>12} {'peak memory':>12} {'baseline':>12} {'speed-up':>9}")
for name, ms in median.items():
    if "scalar baseline" in name or "one draw at a time" in name or name.endswith(": scalar"):
        continue
    base = median.get(baseline(name)) if baseline(name) != name else None
    print(f"{name:40} {ms:9.3f} ms {memory.get(name, ''):>12} "
          + (f"{base:9.3f} ms {base / ms:8.1f}×" if base and ms > 0 else ""))

if phases:
    print()
    print(f"{'workload 6 phases (median ms)':40} {'paths':>10} {'projection':>11} {'quantiles':>10}")
    for name, p in phases.items():
        print(f"{name:40} {p.get('paths', 0):10.1f} {p.get('projection', 0):11.1f} {p.get('quantiles', 0):10.1f}")

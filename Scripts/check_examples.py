#!/usr/bin/env python3
"""Runs the Examples/ program and checks what it prints against the `cohort`
command's own output for the same run: the waves table byte for byte
(`cohort waves --format csv`), and the 15–64 prediction intervals and centre
number for number (`cohort simulate --format csv`, same draws and seed).

Usage: check_examples.py --cohort PATH --example PATH [--draws N] [--seed S]
"""
import argparse, csv, io, subprocess, sys

parser = argparse.ArgumentParser()
parser.add_argument("--cohort", required=True)
parser.add_argument("--example", required=True)
parser.add_argument("--draws", default="300")
parser.add_argument("--seed", default="7")
args = parser.parse_args()

def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
    return done.stdout

example = run([args.example, "data", args.draws, args.seed])
waves, intervals = example.split("\n\n", 1)
cli_waves = run([args.cohort, "waves", "--format", "csv"])
if waves + "\n" != cli_waves:
    sys.exit(f"the example's waves table differs from cohort waves --format csv:\n{waves}\n---\n{cli_waves}")

cli = run([args.cohort, "simulate", "--draws", args.draws, "--seed", args.seed, "--quantiles", "0.025,0.1,0.9,0.975", "--format", "csv"])
rows = {r["year"]: r for r in csv.DictReader(io.StringIO(cli)) if r["indicator"] == "age_15_64"}
checked = 0
for r in csv.DictReader(io.StringIO(intervals)):
    c = rows.get(r["year"])
    if c is None:
        sys.exit(f"cohort simulate has no age_15_64 row for {r['year']}")
    for column in ["q2.5", "q10", "q90", "q97.5", "centre"]:
        if r[column] != c[column]:
            sys.exit(f"{r['year']} {column}: the example says {r[column]}, cohort simulate {c[column]}")
    checked += 1
if checked == 0:
    sys.exit("the example printed no intervals")
print(f"Examples/waves-and-intervals agrees with cohort waves and cohort simulate ({checked} years of intervals)")

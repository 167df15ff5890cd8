#!/usr/bin/env python3
"""Fuzzing harness for cohort: mutates the bundled input set (data/taiwan's
five input files) and the bundled scenario files, runs `cohort validate` and
`cohort project --out` on each case, and classifies every run:

  clean error   exit 1 or 64, one message on standard error starting "Error:",
                no control characters, at most 4,000 bytes
  accepted      exit 0 (and, for project --out, a complete output folder)
  crash         killed by a signal, "Fatal error", or a non-zero exit without a message
  hang          still running after the time limit (killed)
  partial       a failed project left its output folder or a hidden .partial- folder,
                or a successful one left an incomplete folder

Exit status 1 when any run is a crash, hang or partial (or a bad message),
0 otherwise. Deterministic for a given --seed.

  python3 Scripts/fuzz.py --cases 200            # the short run of `make test`
  python3 Scripts/fuzz.py --cases 5000 --jobs 2  # `make fuzz`

Only the standard library; the cases live in a temporary folder that is
removed afterwards (kept with --keep for a failing case).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INPUT_FILES = ["population.csv", "mortality.csv", "fertility.csv", "srb.csv", "migration.csv"]

# Values a user or an attacker might put in a cell.
CELLS = [
    "", " ", "0", "-0", "1", "-1", "5", "1000", "0.5", "-5", "1e19", "-1e308", "1e308", "1e400", "99999999999999999999999",
    "9223372036854775808", "-9223372036854775809", "nan", "NaN", "inf", "-Infinity", "0x10", "1,000", "1.2.3", "--1",
    "1e-400", "4.9e-324", "abc", "female", "male", "both", "100+", "85+", "0+", "999+", "-3", "2024", "1900", "99999",
    "\"quoted\"", "\"unclosed", "a\"b", "\u001b[2J", "\u0000", "\u202e", "é", "🙂", "\t12\t", "12 ", "+7",
]


def mutate_csv(text, rng):
    """One random change to a CSV file's text."""
    lines = text.split("\n")
    kind = rng.choice(["cell", "cell", "cell", "cell", "delete", "duplicate", "swap", "truncate", "bytes", "header",
                       "column", "crlf", "bom", "blank", "huge", "openage", "sign"])
    body = [i for i in range(1, len(lines)) if lines[i]]
    if kind == "cell" and body:
        i = rng.choice(body)
        fields = lines[i].split(",")
        fields[rng.randrange(len(fields))] = rng.choice(CELLS)
        lines[i] = ",".join(fields)
    elif kind == "delete" and body:
        del lines[rng.choice(body)]
    elif kind == "duplicate" and body:
        i = rng.choice(body)
        lines.insert(rng.choice(body), lines[i])
    elif kind == "swap" and len(body) > 1:
        i, j = rng.sample(body, 2)
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "truncate":
        return text[: rng.randrange(max(1, len(text)))]
    elif kind == "bytes":
        at = rng.randrange(max(1, len(text)))
        junk = "".join(chr(rng.choice([0, 9, 10, 13, 27, 34, 44, 0x7F, 0xFFFD, rng.randrange(32, 127)])) for _ in range(rng.randrange(1, 8)))
        return text[:at] + junk + text[at:]
    elif kind == "header":
        lines[0] = rng.choice(["", "year,sex,age", "year,sex,age,value,value", lines[0].upper(), "root:x:0:0", lines[0] + ",extra"])
    elif kind == "column":
        names = lines[0].split(",")
        names[rng.randrange(len(names))] = rng.choice(["yaer", "", "mx", "survival", "net_migrants", "asfr", "population"])
        lines[0] = ",".join(names)
    elif kind == "crlf":
        return "\r\n".join(lines)
    elif kind == "bom":
        return "\ufeff" + text
    elif kind == "blank":
        lines.insert(rng.randrange(len(lines)), "")
    elif kind == "huge" and body:
        i = rng.choice(body)
        fields = lines[i].split(",")
        fields[-1] = "7" * rng.choice([100, 10_000, 1_000_000])
        lines[i] = ",".join(fields)
    elif kind == "openage" and body:
        i = rng.choice(body)
        fields = lines[i].split(",")
        for k, f in enumerate(fields):
            if f.endswith("+") or (f.isdigit() and k == 2):
                fields[k] = rng.choice(["85+", "70+", "130+", "1+", "0+", "99", "100", "101"])
        lines[i] = ",".join(fields)
    elif kind == "sign" and body:
        i = rng.choice(body)
        fields = lines[i].split(",")
        if fields[-1] and fields[-1][0] != "-":
            fields[-1] = "-" + fields[-1]
        lines[i] = ",".join(fields)
    return "\n".join(lines)


# Lines a scenario file might hold.
TOML_LINES = [
    "tfr = " + "[" * 30_000 + "]" * 30_000,
    "x = " + "{a = " * 5_000 + "1" + "}" * 5_000,
    "tfr = [[[[[[",
    "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s = 1",
    "[fertility]\ntfr_csv = \"/etc/passwd\"",
    "[fertility]\ntfr_csv = \"../../../../proc/self/environ\"",
    "[migration]\ntotal = 5\nprofile_csv = \"/proc/self/environ\"",
    "[fertility]\ntfr = 1.2\ntfr_csv = \"t.csv\"",
    "[migration]\nnet = \"none\"\ntotal = 1000",
    "[mortality]\nimprovement = 0.01\ne0_female = 85",
    "[mortality]\ne0_female = 19",
    "[mortality]\ne0_male = 200",
    "[mortality]\nimprovement = -0.5",
    "[analysis]\nretirement_age = 15",
    "[analysis]\nworking_age = [15, 98]",
    "[analysis]\nworking_age = [64, 15]",
    "to = 1900", "to = 99999", "to = -5", "to = 2030.5", "to = \"2030\"",
    "dataset = \"../../etc\"", "dataset = \"atlantis\"", "inputs = \"/\"", "inputs = \"..\"",
    "extends = \"taiwan-medium\"", "extends = \"/etc/passwd\"", "extends = \"nonexistent\"",
    "description = \"\\u001B[2J\\u001B[31mred\"", "name = \"\\u0000\"", "description = \"" + "d" * 100_000 + "\"",
    "[fertility]\ntfr = 10", "[fertility]\ntfr = 0.01", "[fertility]\ntfr = nan", "[fertility]\ntfr = inf",
    "[fertility]\ntfr = [[2025, 1.0], [2024, 1.5]]", "[fertility]\ntfr = \"lowest\"",
    "[migration]\ntotal = 1e8", "[migration]\ntotal = -1e8", "[migration]\ntiming = \"middle\"",
    "[[array]]", "key = \"unclosed", "key = '''multi'''", "= 5", "[fertility", "a = 1\na = 2",
    "\u0000\u0001\u0002", "\u202e", "# comment only",
]


def mutate_toml(text, rng):
    """One or two random changes to a scenario file's text."""
    for _ in range(rng.choice([1, 1, 2])):
        kind = rng.choice(["line", "line", "line", "delete", "bytes", "truncate"])
        lines = text.split("\n")
        if kind == "line":
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(TOML_LINES))
        elif kind == "delete" and lines:
            del lines[rng.randrange(len(lines))]
        elif kind == "bytes":
            at = rng.randrange(max(1, len(text)))
            lines = (text[:at] + rng.choice(["[", "]", "{", "}", "\"", "=", "\n", "\u0000", ".", "#", "\\"]) + text[at:]).split("\n")
        elif kind == "truncate":
            lines = text[: rng.randrange(max(1, len(text)))].split("\n")
        text = "\n".join(lines)
    return text


def make_input_case(folder, rng):
    """A mutated copy of the bundled input set in `folder`; returns the arguments selecting it."""
    inputs = os.path.join(folder, "inputs")
    os.makedirs(inputs)
    source = os.path.join(ROOT, "data", "taiwan")
    for name in INPUT_FILES:
        shutil.copyfile(os.path.join(source, name), os.path.join(inputs, name))
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        name = rng.choice(INPUT_FILES)
        path = os.path.join(inputs, name)
        if os.path.islink(path) or not os.path.isfile(path):
            continue   # already removed, a folder, a FIFO or a link: mutated enough
        special = rng.random()
        if special < 0.03:
            os.remove(path)
        elif special < 0.05:
            os.remove(path)
            os.mkdir(path)
        elif special < 0.07:
            os.remove(path)
            os.symlink("/nonexistent/" + name, path)
        elif special < 0.08:
            os.remove(path)
            os.mkfifo(path)
        else:
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(mutate_csv(text, rng))
    return ["--inputs", inputs]


def make_scenario_case(folder, rng):
    """A mutated copy of a bundled scenario file in `folder`; returns the arguments selecting it."""
    scenarios = os.path.join(ROOT, "data", "scenarios")
    name = rng.choice(sorted(n for n in os.listdir(scenarios) if n.endswith(".toml")))
    with open(os.path.join(scenarios, name), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(folder, "t.csv"), "w") as f:
        f.write("year,tfr\n" + "".join(f"{y},1.1\n" for y in range(2025, 2101)))
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(mutate_toml(text, rng))
    return ["--scenario", path, "--data", os.path.join(ROOT, "data")]


def classify(binary, arguments, folder, timeout, out=None):
    """Runs cohort once; returns (class, detail)."""
    try:
        run = subprocess.run([binary] + arguments, cwd=folder, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", f"no answer in {timeout} s"
    stderr = run.stderr.decode("utf-8", errors="replace")
    if run.returncode < 0 or run.returncode >= 128 or "Fatal error" in stderr:
        return "crash", f"exit {run.returncode}: {stderr[-300:]}"
    leftovers = [n for n in os.listdir(folder) if ".partial-" in n or ".old-" in n]
    if run.returncode == 0:
        if out is not None:
            names = set(os.listdir(out)) if os.path.isdir(out) else set()
            # Every file of project --out, and the labour force's three when the data have participation rates.
            written = {".cohort-output", "population.csv", "components.csv", "indicators.csv"}
            if names not in (written, written | {"labour_force.csv", "labour_flows.csv", "labour_flows_by_age.csv"}) or leftovers:
                return "partial", f"accepted, but the output folder holds {sorted(names)} and {leftovers}"
        return "accepted", ""
    if out is not None and (os.path.exists(out) or leftovers):
        return "partial", f"exit {run.returncode}, yet {out} or {leftovers} exists"
    lines = [l for l in stderr.split("\n") if l]
    errors = [l for l in lines if l.startswith("Error: ")]
    if not errors:
        return "crash", f"exit {run.returncode} without a message: {stderr[-300:]!r}"
    if any(ord(c) < 32 and c not in "\n" for c in stderr) or "\x1b" in stderr or len(run.stderr) > 4_000:
        return "bad message", f"control characters or {len(run.stderr)} bytes: {stderr[:200]!r}"
    if "NSCocoaErrorDomain" in stderr or "Foundation" in stderr:
        return "bad message", stderr[:300]
    return "clean error", ""


def one_case(k, seed, binary, timeout, keep):
    rng = random.Random(seed * 1_000_003 + k)
    folder = tempfile.mkdtemp(prefix=f"cohort-fuzz-{k}-")
    results = []
    try:
        selection = make_input_case(folder, rng) if rng.random() < 0.7 else make_scenario_case(folder, rng)
        results.append(classify(binary, ["validate"] + selection, folder, timeout))
        out = os.path.join(folder, "out")
        results.append(classify(binary, ["project", "--to", "2027"] + selection + ["--out", out], folder, timeout, out=out))
    finally:
        bad = any(r[0] in FAILURES for r in results)
        if not (bad and keep):
            shutil.rmtree(folder, ignore_errors=True)
    return k, results, folder if bad and keep else None


FAILURES = ("crash", "hang", "partial", "bad message")


def main():
    parser = argparse.ArgumentParser(description="Fuzz cohort validate and project with mutated inputs and scenarios.")
    parser.add_argument("--cases", type=int, default=200, help="number of mutated cases (each runs validate and project)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the mutations")
    parser.add_argument("--cohort", default=os.path.join(ROOT, ".build", "debug", "cohort"), help="the cohort binary")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="cases run at once")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a run counts as a hang")
    parser.add_argument("--keep", action="store_true", help="keep the folders of failing cases")
    args = parser.parse_args()
    if not os.access(args.cohort, os.X_OK):
        sys.exit(f"fuzz: no cohort binary at {args.cohort}; build it first (swift build)")
    # A private copy of the binary, so that a rebuild during a long run cannot change or block it.
    workspace = tempfile.mkdtemp(prefix="cohort-fuzz-bin-")
    binary = os.path.join(workspace, "cohort")
    shutil.copy2(args.cohort, binary)
    start = time.time()
    counts = {}
    failures = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for k, results, kept in pool.map(lambda k: one_case(k, args.seed, binary, args.timeout, args.keep), range(args.cases)):
            for name, (cls, detail) in zip(["validate", "project"], results):
                counts[cls] = counts.get(cls, 0) + 1
                if cls in FAILURES:
                    failures.append(f"case {k} ({name}): {cls}: {detail}" + (f" [kept in {kept}]" if kept else ""))
    shutil.rmtree(workspace, ignore_errors=True)
    for line in failures[:50]:
        print(line)
    runs = sum(counts.values())
    order = ["clean error", "accepted", "crash", "hang", "partial", "bad message"]
    summary = ", ".join(f"{counts.get(c, 0)} {c}" for c in order)
    print(f"fuzz: {args.cases} cases, {runs} runs in {time.time() - start:.0f} s (seed {args.seed}): {summary}")
    bad = sum(counts.get(c, 0) for c in FAILURES)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

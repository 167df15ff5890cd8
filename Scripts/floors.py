#!/usr/bin/env python3
"""Checks CohortKit's floor plan: a folder may use the types of its own floor
and of the floors below it, never of a floor above (so no folder loops).

A folder's floor is the first entry of FLOORS that its path starts with. A
"use" is a type name declared in one folder's files (top-level struct, enum,
class, protocol, typealias, or an extension's new nested type is not counted)
appearing as a whole word in another folder's code (comments and strings
removed). Prints the folder graph with --graph; exits 1 on a use upward.
"""
import re, sys, glob, os
from collections import defaultdict

ROOT = "Sources/CohortKit"
# Lowest floor first.
FLOORS = ["Vocabulary", "IO", "Tables", "Numerics", "Graduation", "LifeTable", "Projection", "Data",
          "Scenario", "Analysis", "Stochastic/Models", "Stochastic/Simulation", "Run"]

def folder(path):
    rel = os.path.relpath(path, ROOT)
    for f in sorted(FLOORS, key=len, reverse=True):
        if rel.startswith(f + "/"):
            return f
    return rel.split("/")[0]

def strip(code):
    code = re.sub(r'"""(.|\n)*?"""', '""', code)
    code = re.sub(r'"(\\.|[^"\\\n])*"', '""', code)
    code = re.sub(r'//[^\n]*', '', code)
    code = re.sub(r'/\*(.|\n)*?\*/', '', code)
    return code

files = glob.glob(f"{ROOT}/**/*.swift", recursive=True)
decl = re.compile(r'^(?:public |internal |fileprivate |private |final |indirect )*(?:struct|enum|class|protocol|typealias|actor)\s+(\w+)', re.M)
owner = {}
code = {}
for f in files:
    text = strip(open(f).read())
    code[f] = text
    for name in decl.findall(text):
        owner[name] = folder(f)
uses = defaultdict(set)
for f, text in code.items():
    here = folder(f)
    words = set(re.findall(r'\b[A-Z]\w*\b', text))
    for w in words:
        there = owner.get(w)
        if there and there != here:
            uses[(here, there)].add(w)

rank = {f: i for i, f in enumerate(FLOORS)}
bad = 0
for (a, b), names in sorted(uses.items()):
    if "--graph" in sys.argv:
        print(f"{a} -> {b}: {', '.join(sorted(names))}")
    if a not in rank or b not in rank:
        print(f"folder not on the floor plan: {a if a not in rank else b}")
        bad += 1
    elif rank[b] > rank[a]:
        print(f"upward use: {a} uses {b} ({', '.join(sorted(names))})")
        bad += 1
sys.exit(1 if bad else 0)

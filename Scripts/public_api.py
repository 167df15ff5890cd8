#!/usr/bin/env python3
"""Counts the public declarations of each library module and checks that
every one carries a `///` doc comment (attributes skipped), as the design
review's appendix counts them. Exits 1 when one is undocumented.

Usage: python3 Scripts/public_api.py [--root DIR] [--list]
"""
import re, glob, sys, os

decl = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*public\s+(?:(?:static|final|mutating|indirect|private\(set\)|internal\(set\))\s+)*'
                  r'(func|var|let|struct|enum|class|init|subscript|typealias|protocol|case)\b')
top = re.compile(r'^(?:@\w+(?:\([^)]*\))?\s+)*public\s+(?:final\s+|indirect\s+)?(struct|enum|class|protocol|typealias)\s+(\w+)')
root = sys.argv[sys.argv.index("--root") + 1] if "--root" in sys.argv else "."
missing = 0
for module in ["CohortKit", "CohortReport"]:
    total = documented = types = 0
    for path in sorted(glob.glob(f"{root}/Sources/{module}/**/*.swift", recursive=True)):
        lines = open(path).read().split("\n")
        for i, line in enumerate(lines):
            if top.match(line):
                types += 1
            if not decl.match(line):
                continue
            total += 1
            j = i - 1
            while j >= 0 and re.match(r'^\s*@', lines[j]):
                j -= 1
            if j >= 0 and lines[j].strip().startswith("///"):
                documented += 1
            else:
                missing += 1
                print(f"undocumented: {os.path.relpath(path, root)}:{i + 1}: {line.strip()}")
    print(f"{module}: {types} top-level public types, {total} public declarations, {documented} documented")
sys.exit(1 if missing else 0)

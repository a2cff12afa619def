#!/usr/bin/env python3
"""The include graph of app/core between its folders (layers).

Prints each folder with the folders it includes, in layer order, and fails if
two folders lean on each other (a cycle), if a file sits at the root of
app/core, or if a project include is not written as "folder/file.h" or names
a file that does not exist. The build enforces the allowed directions
(app/CMakeLists.txt); this check keeps the picture readable and cycle-free.
"""
import re
import sys
from pathlib import Path

core = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "app" / "core")
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
problems = []
graph = {}
for f in sorted(core.rglob("*")):
    if f.suffix not in (".h", ".cpp"):
        continue
    rel = f.relative_to(core)
    if len(rel.parts) != 2:
        problems.append(f"app/core/{rel}: every core file belongs to one folder (layer)")
        continue
    folder = rel.parts[0]
    graph.setdefault(folder, set())
    for line_no, text in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        m = include.match(text)
        if not m:
            continue
        target = m.group(1)
        parts = target.split("/")
        if len(parts) != 2 or ".." in parts:
            problems.append(f'app/core/{rel}:{line_no}: include "{target}" is not written as "folder/file.h"')
            continue
        if not (core / target).exists():
            problems.append(f'app/core/{rel}:{line_no}: include "{target}" names no file of app/core')
            continue
        if parts[0] != folder:
            graph[folder].add(parts[0])

# Layer order: a folder after everything it includes (Kahn's algorithm).
order, left = [], {k: set(v) for k, v in graph.items()}
while left:
    ready = sorted(k for k, v in left.items() if not (v - set(order)))
    if not ready:
        break
    order += ready
    for k in ready:
        del left[k]

print("include graph of app/core (a folder -> the folders it includes), lowest layer first:")
for folder in order + sorted(left):
    uses = ", ".join(sorted(graph[folder])) or "(nothing)"
    print(f"  {folder:12} -> {uses}")

if left:
    # Name one cycle so it can be fixed.
    start = sorted(left)[0]
    path, node = [start], start
    while True:
        node = sorted(n for n in graph[node] if n in left)[0]
        if node in path:
            cycle = path[path.index(node):] + [node]
            break
        path.append(node)
    problems.append("folders include each other: " + " -> ".join(cycle))

for p in problems:
    print("problem: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)

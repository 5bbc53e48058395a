#!/usr/bin/env python3
"""Checks the two structural rules of framework/ (docs/architecture.md).

1. Modules include one another one way only. The layer order is the order
   in which framework/CMakeLists.txt adds the module folders (bottom first),
   followed by web and cli. A module may include only modules listed before
   it; an include that points up the list (and so any circle of modules) is
   printed as `file:line: module includes module, which lies above it`.
2. One way to write events: outside the store's own implementation, only
   engine/event_writer.cpp appends events or puts state rows.

Any finding fails the check (exit 1). Run by ctest as `layers.include_order`.
"""

import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"')
ORDER = re.compile(r"foreach\(module\s+([^)]*)\)", re.S)


def layer_order(framework):
    text = open(os.path.join(framework, "CMakeLists.txt"), encoding="utf-8").read()
    match = ORDER.search(text)
    if not match:
        sys.exit("check_layers: no 'foreach(module …)' list in framework/CMakeLists.txt")
    order = match.group(1).split()
    # Added after the foreach, in this order: the two front ends on top.
    return order + [m for m in ("web", "cli") if m not in order]


def includes(framework, modules):
    """Yields (file, line number, from module, to module) for every include
    of another module's header."""
    for module in modules:
        for folder, _, files in os.walk(os.path.join(framework, module)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".hpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if m and m.group(1) in modules and m.group(1) != module:
                            yield path, number, module, m.group(1)


WRITE = re.compile(r"(?:->|\.)(append|put_task|put_run|put_record)\(")
# Calls named like a store write that are something else (strings, CSV text).
NOT_A_STORE = re.compile(r"\b(out|line|text|text_|result|s|buffer)\.append\(")


def direct_writes(framework):
    """Yields (file, line number) of store writes outside EventWriter."""
    for folder, _, files in os.walk(framework):
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, framework)
            if not name.endswith(".cpp") or rel.startswith("store" + os.sep):
                continue
            if rel == os.path.join("engine", "event_writer.cpp"):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    if WRITE.search(line) and not NOT_A_STORE.search(line) and \
                            ("writer" in line or "store" in line or line.strip().startswith("w.")):
                        yield path, number


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    framework = os.path.join(root, "framework")
    order = layer_order(framework)
    on_disk = sorted(d for d in os.listdir(framework) if os.path.isdir(os.path.join(framework, d)))
    unlisted = [d for d in on_disk if d not in order]
    problems = [f"framework/{d}: a module missing from the layer order in framework/CMakeLists.txt"
                for d in unlisted]
    rank = {m: i for i, m in enumerate(order)}
    for path, number, src, dst in includes(framework, order):
        if rank[dst] > rank[src]:
            rel = os.path.relpath(path, root)
            problems.append(f"{rel}:{number}: {src} includes {dst}, which lies above it")
    for path, number in direct_writes(framework):
        problems.append(f"{os.path.relpath(path, root)}:{number}: writes the store directly; "
                        "write an event through EventWriter")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s); the layer order is {' < '.join(order)}")
        return 1
    print(f"layers ok: {len(order)} modules, every include points down; "
          "only EventWriter writes events")
    return 0


if __name__ == "__main__":
    sys.exit(main())

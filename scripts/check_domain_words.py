#!/usr/bin/env python3
"""Checks that the core names no domain: framework/ and include/ hold no
word of a particular office's work.

The core knows tasks, units, people and deadline policies; what a bureau,
a village posting or a civilised-city campaign is lives in plugins/ and
workflows/ (DESIGN.md). Every line of a file under framework/ or include/
that holds one of DOMAIN_WORDS, in code or in a comment, is printed as
`path:line: word` and fails the check (exit 1). Examples of domain words
belong in docs/. Run by ctest as `messages.no_domain_words`.
"""

import os
import re
import sys

# Lower case; matched anywhere in a line, in any letter case. A word that
# only starts a longer one (civiliz…) catches its forms.
DOMAIN_WORDS = [
    "bureau",
    "civiliz",
    "civilis",
    "village",
    "volunteer",
    "statistics bureau",
    "13710",  # the default deadline policy's name: data in workflows/
    "创文",
    "创卫",
    "文明城市",
    "驻村",
    "志愿",
    "统计局",
]

FOLDERS = ("framework", "include")
PATTERN = re.compile("|".join(re.escape(w) for w in DOMAIN_WORDS), re.IGNORECASE)


def findings(root):
    """Yields (relative path, line number, word) for every domain word."""
    for top in FOLDERS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        for match in PATTERN.finditer(line):
                            yield os.path.relpath(path, root), number, match.group(0)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    problems = [f"{path}:{number}: domain word '{word}'" for path, number, word in findings(root)]
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} domain word(s) in {' and '.join(FOLDERS)}: the core names no "
              "domain (move the word to plugins/, workflows/ or docs/)")
        return 1
    print(f"no domain words in {' and '.join(FOLDERS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The script a user would otherwise write: Python's re with one alternation
of the (normalized) names, each with optional proclitics, over the article
texts of a JSON Lines corpus. Prints the number of matches.

Usage: baseline_re.py NAMES.txt CORPUS.jsonl
"""
import json
import re
import sys

FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
MARKS = re.compile("[\u064B-\u065F\u0640]")


def normalize(text: str) -> str:
    return MARKS.sub("", text).translate(FOLDS)


def main() -> None:
    names = [normalize(n.strip()) for n in open(sys.argv[1], encoding="utf-8") if n.strip()]
    names.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:و|ف|ب|ل|ك|وب|ول|فب|ال|وال|بال|لل)?(" +
                         "|".join(map(re.escape, names)) + r")(?!\w)")
    matches = 0
    with open(sys.argv[2], encoding="utf-8") as lines:
        for line in lines:
            content = json.loads(line).get("content") or ""
            matches += sum(1 for _ in pattern.finditer(normalize(content)))
    print(matches)


if __name__ == "__main__":
    main()

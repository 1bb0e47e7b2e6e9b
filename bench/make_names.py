#!/usr/bin/env python3
"""Synthetic entity rules for the name-count benchmark: N names drawn from the
corpus's own most frequent word n-grams (1 to 3 words), so matches really
happen. Writes an entity rule file and a plain list (for ripgrep and the
Python baseline).

With --absent, only the 100 most frequent n-grams are kept as they are; the
others get a letter Arabic news does not use (ژ) at the end of their last
word, so that they occur nowhere. Their first words are still the corpus's
frequent words, as in a large gazetteer, and the matches (and so the output)
stay those of 100 names: what the number of names itself costs.

Usage: make_names.py CORPUS.jsonl N OUT.yaml OUT_NAMES.txt [--absent]
"""
import collections
import json
import re
import sys

WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A]{3,}")  # letters, not the tatweel (U+0640)
ABSENT_LETTER = "\u0698"  # ژ, Persian jeh


def main() -> None:
    corpus, count, yaml_path, names_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    absent = sys.argv[5:] == ["--absent"]
    grams = collections.Counter()
    with open(corpus, encoding="utf-8") as lines:
        for line_number, line in enumerate(lines):
            if line_number >= 4000:
                break
            words = WORD.findall(json.loads(line).get("content") or "")
            for n in (1, 2, 3):
                for i in range(len(words) - n + 1):
                    grams[" ".join(words[i:i + n])] += 1
    names = [gram for gram, _ in grams.most_common(count)]
    if absent:
        names = names[:100] + [name + ABSENT_LETTER for name in names[100:]]
    with open(yaml_path, "w", encoding="utf-8") as out:
        for index, name in enumerate(names):
            out.write(f"- {{id: bench_{index}, type: other, names: ['{name}']}}\n")
    with open(names_path, "w", encoding="utf-8") as out:
        out.write("\n".join(names) + "\n")
    print(f"{len(names)} names", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Small article files for the per-file overhead benchmark: the articles of
a JSON Lines corpus cut at paragraph boundaries into COUNT pieces of about
equal size, written both as COUNT .txt files in OUT_DIR and as OUT.jsonl
(field "content", id "file"), so that the two inputs hold the same text.

Usage: split_corpus.py CORPUS.jsonl COUNT OUT_DIR OUT.jsonl
"""
import json
import pathlib
import sys


def main() -> int:
    corpus, count = sys.argv[1], int(sys.argv[2])
    out_dir, out_jsonl = pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
    paragraphs = []
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("content") or ""
            paragraphs.extend(p for p in text.split("\n") if p.strip())
    out_dir.mkdir(parents=True, exist_ok=True)
    with out_jsonl.open("w", encoding="utf-8") as out:
        for piece in range(count):
            begin = piece * len(paragraphs) // count
            end = (piece + 1) * len(paragraphs) // count
            text = "\n".join(paragraphs[begin:end]) + "\n"
            name = f"{piece // 1000:03d}/{piece:06d}.txt"
            (out_dir / name).parent.mkdir(exist_ok=True)
            (out_dir / name).write_text(text, encoding="utf-8")
            out.write(json.dumps({"file": name, "content": text}, ensure_ascii=False) + "\n")
    print(f"{count} files from {len(paragraphs)} paragraphs -> {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

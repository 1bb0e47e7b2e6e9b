#!/usr/bin/env python3
"""Unpacks the SaudiNewsNet ZIPs (JSON arrays) into one JSON Lines file.

Usage: prepare_corpus.py CORPUS_DIR OUT.jsonl
Each line keeps url, date_extracted, source, title and content.
"""
import json
import pathlib
import sys
import zipfile


def main() -> int:
    corpus_dir, out_path = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    archives = sorted(corpus_dir.glob("*.zip"))
    if not archives:
        print(f"no ZIP files in {corpus_dir}", file=sys.stderr)
        return 1
    count = 0
    with out_path.open("w", encoding="utf-8") as out:
        for archive in archives:
            with zipfile.ZipFile(archive) as zipped:
                for name in sorted(zipped.namelist()):
                    if not name.endswith(".json"):
                        continue
                    for article in json.loads(zipped.read(name)):
                        record = {key: article.get(key) for key in
                                  ("url", "date_extracted", "source", "title", "content")}
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                        count += 1
    print(f"{count} articles -> {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Folds a labelled safety file into train.tsv and dev.tsv as one writer, printing counts only (never a row).

    python3 build/safety/fold.py SOURCE.tsv WRITER [--dry-run]

Python random.Random(20261130) shuffles each label's rows in sorted label order; the first half of each label goes to
train (the larger half when a label has an odd count), the rest to dev; each part is appended in the source file's
order with the writer column. This reproduces the extra12 and test11 folds of e446d12 byte for byte (and, as recorded
there, the test10 fold of c90338a and the extra11 fold of 36e9f3b).
"""
import os
import random
import sys
from collections import Counter

SEED = 20261130


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:]]
    if header[:3] != ["message", "label", "source"] or any(len(r) < 3 for r in rows):
        sys.exit(f"{path}: expected the columns message, label, source")
    return rows


def split(rows):
    rng = random.Random(SEED)
    to_train = set()
    for label in sorted({r[1] for r in rows}):
        indices = [i for i, r in enumerate(rows) if r[1] == label]
        rng.shuffle(indices)
        to_train.update(indices[: (len(indices) + 1) // 2])
    return to_train


def append(path, rows):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if not text.endswith("\n"):
        text += "\n"
    text += "".join("\t".join(r) + "\n" for r in rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    dry_run = "--dry-run" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--dry-run"]
    if len(args) != 2:
        sys.exit(__doc__)
    source, writer = args
    rows = [r[:3] + [writer] for r in read_rows(source)]
    to_train = split(rows)
    train = [r for i, r in enumerate(rows) if i in to_train]
    dev = [r for i, r in enumerate(rows) if i not in to_train]
    folder = os.path.dirname(os.path.abspath(source))
    for name, part in (("train", train), ("dev", dev)):
        counts = Counter(r[1] for r in part)
        red = sum(n for label, n in counts.items() if label != "none")
        print(f"{name}: {red} red flags / {counts['none']} negatives; " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
        if not dry_run:
            append(os.path.join(folder, f"{name}.tsv"), part)


if __name__ == "__main__":
    main()

"""Folds one writer's labelled file into train.tsv and dev.tsv (Answers README, "How the split was made").

Rows are grouped by (first label, style); the groups, in sorted order, are each shuffled and cut two thirds / one third
(Python round) with one random.Random(20261130); both parts are shuffled again with it and appended, train first, each
row given the origin. Reproduces the earlier folds byte for byte (checked on the holdout9 fold of a557d6a).

    python3 build/answers/fold.py FILE ORIGIN [ANSWERS_FOLDER]
"""

import random
import sys
from pathlib import Path

SEED = 20261130
COLUMNS = ["question", "label", "style", "source", "passage", "origin"]


def read(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line.strip()]


def split(rows):
    rng = random.Random(SEED)
    groups = {}
    for row in rows:
        groups.setdefault((row["label"].split("|")[0], row["style"]), []).append(row)
    train, dev = [], []
    for key in sorted(groups):
        group = groups[key]
        rng.shuffle(group)
        cut = round(len(group) * 2 / 3)
        train += group[:cut]
        dev += group[cut:]
    rng.shuffle(train)
    rng.shuffle(dev)
    return train, dev


def append(path, rows, origin):
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    text += "".join("\t".join(origin if c == "origin" else row.get(c, "") for c in COLUMNS) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")


def main():
    source, origin = Path(sys.argv[1]), sys.argv[2]
    folder = Path(sys.argv[3]) if len(sys.argv) > 3 else source.parent
    train, dev = split(read(source))
    append(folder / "train.tsv", train, origin)
    append(folder / "dev.tsv", dev, origin)
    print(f"{source.name}: {len(train)} rows to train.tsv, {len(dev)} to dev.tsv, origin {origin}")


if __name__ == "__main__":
    main()

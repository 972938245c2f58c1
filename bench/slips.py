#!/usr/bin/env python3
"""Make a list of typing slips for ../shared/tools/inject_typos.py: misspellings no list of real ones
holds, one edit (a letter dropped, doubled, swapped with the next, or replaced by a neighbouring key)
from each lower-case word of four letters or more in the articles of DIR. Writes the list in the
'$right' / 'wrong' format the injector reads, and the lexicon it needs (wordfreq's 200,000 most
frequent words), into OUT.

Usage: python bench/slips.py DIR OUT [--seed N]
then:  python ../shared/tools/inject_typos.py DIR OUT/text OUT/lexicon.txt OUT/slips.dat
       python ../shared/tools/typo_eval.py OUT/text OUT/text.gold.json DIR
"""
import argparse
import os
import random
import re

KEYS = "qwertyuiop asdfghjkl zxcvbnm".split()


def neighbours(c: str) -> str:
    """The keys beside `c` on a QWERTY keyboard's row."""
    for row in KEYS:
        i = row.find(c)
        if i >= 0:
            return row[max(i - 1, 0):i] + row[i + 1:i + 2]
    return ""


def slips(word: str, rng: random.Random, n: int = 3) -> list[str]:
    out = set()
    for _ in range(4 * n):
        i = rng.randrange(len(word))
        kind = rng.choice("dist")
        if kind == "d":
            wrong = word[:i] + word[i + 1:]
        elif kind == "i":
            wrong = word[:i] + word[i] + word[i:]
        elif kind == "s" and neighbours(word[i]):
            wrong = word[:i] + rng.choice(neighbours(word[i])) + word[i + 1:]
        elif kind == "t" and i < len(word) - 1:
            wrong = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        else:
            continue
        if wrong != word:
            out.add(wrong)
    return sorted(out)[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    from wordfreq import top_n_list

    rng = random.Random(a.seed)
    words = set()
    for name in sorted(os.listdir(a.dir)):
        if name.endswith(".txt"):
            with open(os.path.join(a.dir, name), encoding="utf-8") as f:
                words |= set(re.findall(r"\b[a-z]{4,}\b", f.read()))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "slips.dat"), "w", encoding="utf-8") as f:
        for word in sorted(words):
            f.write("$" + word + "\n" + "".join(w + "\n" for w in slips(word, rng)))
    with open(os.path.join(a.out, "lexicon.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(top_n_list("en", 200_000)) + "\n")


if __name__ == "__main__":
    main()

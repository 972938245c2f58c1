#!/usr/bin/env python3
"""Speed benchmark (targets from issue 4; figures go in README.md).

1. A full audit of PolNeAR train (840 articles) against `codespell` on the same files: both run in
   turn, several rounds, median wall time of each, ratio printed (target: citeaudit <= 1.5 x).
2. One article checked cold, interpreter start included (the pre-commit case; target <= 0.30 s).
3. One 20 MB article made of the corpus repeated (in a temporary directory): wall time and the
   process's peak memory.

Usage: python bench/bench.py [--rounds N] [--corpus DIR]   (default corpus: ../shared/corpora/polnear/train/text)
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=0, help="citeaudit --jobs (0: one per CPU)")
    ap.add_argument("--no-large", action="store_true", help="skip the 20 MB article")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"))
    a = ap.parse_args()
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    size = sum(os.path.getsize(f) for f in files)
    citeaudit = [sys.executable, "-m", "citeaudit", "check", "--no-report", "--format", "json", "--jobs", str(a.jobs),
                 *files]
    codespell = shutil.which("codespell")
    ours, theirs = [], []
    timed(citeaudit)  # warm the lexicon cache and the file cache
    for _ in range(a.rounds):
        ours.append(timed(citeaudit))
        if codespell:
            theirs.append(timed([codespell, *files]))
    print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB, {a.rounds} rounds")
    print(f"citeaudit check: median {statistics.median(ours):.2f} s")
    if theirs:
        print(f"codespell:       median {statistics.median(theirs):.2f} s")
        print(f"ratio citeaudit/codespell: {statistics.median(ours) / statistics.median(theirs):.2f} (target <= 1.5)")
    one = files[0]
    # the pre-commit hook runs the console script; fall back to python -m where there is none
    script = Path(sys.executable).with_name("citeaudit")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "citeaudit"]
    cold = [timed([*launcher, "check", "--no-report", one]) for _ in range(a.rounds)]
    print(f"one article, cold process: median {statistics.median(cold):.3f} s (target <= 0.30)")
    if not a.no_large:
        large(files)
    return 0


def large(files: list[str], size: int = 20_000_000) -> None:
    """Check one article of `size` characters (the corpus repeated) and report time and peak memory."""
    corpus = "\n\n".join(Path(f).read_text(encoding="utf-8") for f in files)
    text = ("\n\n".join([corpus] * (size // len(corpus) + 1)))[:size]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text(text, encoding="utf-8")
        # a wrapper process reports its child's peak resident memory
        probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
                 "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
                 "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "citeaudit", "check", "--no-report",
                              "--format", "json", str(path)], capture_output=True, text=True, check=False).stdout.split()
    if len(out) == 2:
        print(f"one {size / 1e6:.0f} MB article: {float(out[0]):.1f} s, peak memory {int(out[1]) / 1024:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())

"""Damages the workbook fixtures at random and runs `liaison inspect` on each copy: every run must end with
exit 0 (the damage missed anything that matters) or 65 (one clear error), never a crash. This reaches what the
workbook-xml libFuzzer target does not: ZIPFoundation's reading of damaged archives (bytes changed in headers
and deflate streams, archives cut short, runs of random bytes).

    python3 Fuzz/workbook-zip/mutate_workbooks.py [COUNT] [SEED] [LIAISON]   # default 400, 1, .build/debug/liaison

Prints the exit codes seen; keeps the copies that crashed under /tmp/liaison-mutations and exits 1 if any did.
"""
import collections
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "NetworkIOTests", "Fixtures", "workbooks")


def damaged(data, rng):
    data = bytearray(data)
    mode = rng.random()
    if mode < 0.5:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif mode < 0.75:
        data = data[:rng.randrange(len(data))]
    else:
        start = rng.randrange(len(data))
        data[start:start + rng.randint(1, 64)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return bytes(data)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    binary = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, ".build", "debug", "liaison")
    sources = [open(os.path.join(FIXTURES, name), "rb").read()
               for name in ("kumu.xlsx", "libreoffice.xlsx", "handmade.xlsx", "gaps.xlsx")]
    folder = "/tmp/liaison-mutations"
    os.makedirs(folder, exist_ok=True)
    codes = collections.Counter()
    crashed = []
    for index in range(count):
        path = os.path.join(folder, f"m{index}.xlsx")
        with open(path, "wb") as out:
            out.write(damaged(rng.choice(sources), rng))
        result = subprocess.run([binary, "inspect", path], capture_output=True, timeout=60)
        codes[result.returncode] += 1
        if result.returncode in (0, 65):
            os.remove(path)
        else:
            crashed.append((path, result.returncode, result.stderr[-300:]))
    print(dict(codes))
    for item in crashed[:10]:
        print(*item)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())

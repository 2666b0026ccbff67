#!/usr/bin/env python3
"""Regenerates the expectations of the MiniPython script corpus from CPython.

Every `Scripts/<feature>/*.py` is valid Python. This runs each one under python3 (with numpy
installed) from its own folder, drops the trailing block of `# expect` comments, and appends
one `# expect: <line>` per line of standard output, then `# expect error: <last line of the
traceback>` if the script ends with an uncaught exception. ScriptCorpusTests runs the same
scripts under Backprop and compares.

Usage:  python3 regenerate.py           rewrite every script's expectations
        python3 regenerate.py --check   only report scripts whose expectations are stale
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def body_of(text):
    lines = text.split("\n")
    while lines and (lines[-1].startswith("# expect") or lines[-1] == ""):
        lines.pop()
    return "\n".join(lines) + "\n"


def expectations(path):
    run = subprocess.run(
        [sys.executable, os.path.basename(path)], cwd=os.path.dirname(path),
        capture_output=True, text=True, timeout=120)
    out = []
    lines = run.stdout.split("\n") if run.stdout else []
    if run.stdout.endswith("\n"):
        lines.pop()
    for line in lines:
        out.append("# expect:" + (" " + line if line else ""))
    if run.returncode != 0:
        last = [l for l in run.stderr.strip().split("\n") if l][-1]
        out.append("# expect error: " + last)
    return "\n".join(out) + "\n"


HAND_WRITTEN = {"pyplot"}  # python3 here has no matplotlib: these expectations are written by hand


def main():
    check = "--check" in sys.argv
    stale = 0
    for folder, _, files in sorted(os.walk(HERE)):
        if os.path.relpath(folder, HERE).split(os.sep)[0] in HAND_WRITTEN:
            continue
        for name in sorted(files):
            if not name.endswith(".py") or name == "regenerate.py":
                continue
            path = os.path.join(folder, name)
            with open(path) as f:
                text = f.read()
            new = body_of(text) + "\n" + expectations(path)
            if new != text:
                stale += 1
                print(("stale: " if check else "updated: ") + os.path.relpath(path, HERE))
                if not check:
                    with open(path, "w") as f:
                        f.write(new)
    sys.exit(1 if check and stale else 0)


if __name__ == "__main__":
    main()

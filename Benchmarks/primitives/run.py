#!/usr/bin/env python3
"""Times single operations under python3 + numpy and under `backprop run`, side by side.

Usage: python3 Benchmarks/primitives/run.py [--backprop PATH] [--rounds N] [filter ...]

The course scripts spend their time in a few hundred kinds of small operation repeated thousands of
times: arithmetic on arrays the size of a hidden layer over a mini-batch (5x64), parameter dicts,
function and method calls, slices. This runner writes one script that times each operation in a
loop of its own (best of several rounds, minus the cost of an empty loop), runs that script under
both interpreters, and prints the nanoseconds per operation and the ratio. A ratio below 1 is an
operation where Backprop is slower than CPython + numpy; those are what the course table pays for.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PYTHON_ENV = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}

SETUP = """\
import numpy as np
import time
np.random.seed(0)
a = np.random.randn(5, 64)
b = np.random.randn(5, 64)
col = np.random.randn(5, 1)
W = np.random.randn(5, 5)
x = np.random.randn(5, 64)
y = a.copy()
big = np.zeros((5, 64, 10))
mask = a > 0
params = {"W1": W, "b1": col, "x": x}
values = [1.0, 2.0, 3.0, 4.0]
image = np.random.randn(7, 7, 4)
filters = np.random.randn(3, 3, 4, 8)
bias = np.random.randn(1, 1, 1, 8)
N = 3000


def three(p, q, r):
    return p, q


class Layer:
    def __init__(self):
        self.scale = 1.0

    def forward(self, v):
        return self.scale + v


layer = Layer()
"""

# Each case is one statement, timed in `for i in range(N):` with the module's names as locals.
CASES = [
    ("arrays", "z = a + b"),
    ("arrays", "z = 0.5 * a"),
    ("arrays", "z = a + col"),
    ("arrays", "z = (1 - a * a) * b"),
    ("arrays", "z = 1 / (1 + np.exp(-a))"),
    ("arrays", "z = np.tanh(a)"),
    ("arrays", "z = np.exp(a)"),
    ("arrays", "z = np.log(b * b + 1)"),
    ("arrays", "z = np.maximum(0, a)"),
    ("arrays", "z = a > 0"),
    ("arrays", "z = a ** 2"),
    ("arrays", "z = np.sqrt(a * a)"),
    ("arrays", "y += b"),
    ("arrays", "y *= 0.999"),
    ("products", "z = np.dot(W, x)"),
    ("products", "z = W @ x"),
    ("products", "z = np.dot(x, x.T)"),
    ("reductions", "z = np.sum(a)"),
    ("reductions", "z = np.sum(a, axis=1, keepdims=True)"),
    ("reductions", "z = a.sum(axis=0)"),
    ("reductions", "z = np.max(a)"),
    ("reductions", "z = np.mean(a)"),
    ("reductions", "z = np.argmax(a, axis=0)"),
    ("creation", "z = np.zeros((5, 64))"),
    ("creation", "z = np.random.randn(5, 64)"),
    ("creation", "z = np.array([1.0, 2.0, 3.0])"),
    ("creation", "z = np.concatenate((a, b))"),
    ("creation", "z = a.copy()"),
    ("views", "z = a.T"),
    ("views", "z = a.shape[1]"),
    ("views", "z = a.reshape(-1, 1)"),
    ("indexing", "z = a[2, 3]"),
    ("indexing", "z = a[2]"),
    ("indexing", "z = a[:, 1:3]"),
    ("indexing", "z = big[:, :, 3]"),
    ("indexing", "z = a[mask]"),
    ("indexing", "y[2, 3] = 1.5"),
    ("indexing", "big[:, :, 3] = a"),
    ("indexing", "y[mask] = 0"),
    ("python", "z = params['W1']"),
    ("python", "params['W1'] = W"),
    ("python", "z = three(1, 2, 3)"),
    ("python", "p, q = three(1, 2, 3)"),
    ("python", "z = layer.forward(2.0)"),
    ("python", "z = layer.scale"),
    ("python", "z = len(values)"),
    ("python", "z = values[2]"),
    ("python", "z = i * 2 + 1"),
    ("python", "z = float(a[0, 0])"),
    ("python", "z = '%.3f' % 1.5"),
    ("python", "z = [v * 2 for v in values]"),
    ("python", "z = 'dW' + str(i)"),
    # Whole lines of the course programs: a convolution step, pooling, an RNN cell, Adam.
    ("course", "z = np.sum(image[1:4, 2:5, :] * filters[:, :, :, 3]) + float(bias[0, 0, 0, 3])"),
    ("course", "z = np.max(image[1:4, 2:5, 1])"),
    ("course", "image[1:4, 2:5, :] += filters[:, :, :, 3] * 0.5"),
    ("course", "z = np.tanh(np.dot(W, x) + np.dot(W, x) + col)"),
    ("course", "z = 0.9 * y + (1 - 0.9) * np.power(b, 2)"),
    ("course", "z = y - 0.01 * b / (np.sqrt(a * a) + 1e-8)"),
    ("course", "z = np.power(0.9, 3)"),
]

# The names every case can use; they are passed in as parameters, so the cases read locals, as
# the course's functions do.
NAMES = "a, b, col, W, x, y, big, mask, params, values, layer, image, filters, bias"


def script(cases, rounds):
    lines = [SETUP]
    names = []
    for index, (_, statement) in enumerate([("", "z = 0")] + cases):
        names.append("case%d" % index)
        lines.append(
            f"def case{index}({NAMES}):\n"
            f"    start = time.perf_counter()\n"
            f"    for i in range(N):\n"
            f"        {statement}\n"
            f"    return time.perf_counter() - start\n")
    lines.append("cases = [%s]" % ", ".join(names))
    lines.append(
        f"best = [1e9] * len(cases)\n"
        f"for r in range({rounds}):\n"
        f"    for k in range(len(cases)):\n"
        f"        best[k] = min(best[k], cases[k]({NAMES}))\n"
        f"for k in range(1, len(cases)):\n"
        f"    print('%.1f' % (max(best[k] - best[0], 0.0) / N * 1e9))\n")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backprop", help="a built backprop binary (default: build the release one)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("filters", nargs="*", help="only cases whose group or text contains one of these")
    args = parser.parse_args()
    binary = args.backprop
    if binary is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "backprop"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, ".build", "release", "backprop")
    cases = [c for c in CASES if not args.filters or any(f in c[0] or f in c[1] for f in args.filters)]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(script(cases, args.rounds))
    try:
        timings = []
        for command, env in (([sys.executable, handle.name], PYTHON_ENV), ([binary, "run", handle.name], None)):
            result = subprocess.run(command, capture_output=True, text=True, env=env)
            if result.returncode != 0:
                sys.exit("%s failed:\n%s%s" % (command[0], result.stdout, result.stderr))
            timings.append([float(line) for line in result.stdout.split()])
    finally:
        os.unlink(handle.name)
    width = max(len(statement) for _, statement in cases)
    print("%-11s %-*s %10s %10s %8s" % ("group", width, "operation", "python ns", "backprop", "speed-up"))
    for (group, statement), py, bp in zip(cases, timings[0], timings[1]):
        ratio = py / bp if bp > 0 else float("inf")
        flag = "  <" if ratio < 1 else ""
        print("%-11s %-*s %10.1f %10.1f %7.2fx%s" % (group, width, statement, py, bp, ratio, flag))
    print("(best of %d rounds of %d, minus an empty loop; \"<\": slower than python3 + numpy)" % (args.rounds, 3000))


if __name__ == "__main__":
    main()

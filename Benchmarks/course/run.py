#!/usr/bin/env python3
"""Times the course programs under python3 + numpy and under `backprop run`, side by side.

Usage: python3 Benchmarks/course/run.py [--runs N] [--backprop PATH] [script.py ...]

Builds the release binary first (unless --backprop is given), runs each script N times under each
interpreter in interleaved rounds, reports the median wall time of each and the speed-up, and checks
that both print the same numbers (every number in the output, compared with a relative tolerance of
1e-6 and an absolute tolerance of 1e-9; text between the numbers must be identical). Numbers that
agree only to 1e-3 are reported as "close", with the worst pair.

Wall time is what a learner waits; CPU time (user + system, all threads) is reported beside it
because it is far steadier on a shared, loaded machine.

Each script states its size and goal in a "# Benchmark size:" line: 2x numpy where the arrays are
small (interpreter overhead per operation is what counts), no slower than numpy (1x) where large
matrix products or CIFAR-sized arrays dominate. The "goal" column compares the wall-clock speed-up
with that goal.
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|nan|inf")


# Some machines set these for old OpenBLAS builds; they slow a current numpy, so the python3 runs
# drop both together (and only there).
PYTHON_ENV = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command, env=None):
    start, cpu = time.perf_counter(), cpu_seconds()
    result = subprocess.run(command, capture_output=True, text=True, cwd=HERE, env=env)
    elapsed = time.perf_counter() - start
    return elapsed, cpu_seconds() - cpu, result


def same_numbers(a, b):
    """("yes", "") when every number agrees to 1e-6; otherwise the verdict and the worst pair.

    "close" means every number agrees to 1e-3 relative: what rounding differences (a different
    summation order in a matrix product, a last-bit difference in tanh) grow to over thousands of
    iterations of a chaotic training run. Anything further apart is "NO".
    """
    if NUMBER.sub("#", a) != NUMBER.sub("#", b):
        return "NO", "text differs"
    worst, pair = 0.0, ""
    for x, y in zip(NUMBER.findall(a), NUMBER.findall(b)):
        fx, fy = float(x), float(y)
        if fx == fy or (fx != fx and fy != fy):
            continue
        difference = abs(fx - fy) / max(abs(fx), abs(fy), 1e-300)
        if abs(fx - fy) > 1e-9 + 1e-6 * max(abs(fx), abs(fy)) and difference > worst:
            worst, pair = difference, f"{x} vs {y}"
    if not pair:
        return "yes", ""
    return ("close" if worst <= 1e-3 else "NO"), f"relative {worst:.0e}: {pair}"


def goal(script):
    """The speed-up a script's "# Benchmark size:" line asks for: 2.0 for "goal 2x", 1.0 for "(1x)"."""
    with open(os.path.join(HERE, script)) as handle:
        for line in handle:
            if line.startswith("# Benchmark size:"):
                found = re.findall(r"(\d+(?:\.\d+)?)x", line)
                return float(found[-1]) if found else None
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backprop", default=None)
    parser.add_argument("scripts", nargs="*")
    args = parser.parse_args()
    scripts = args.scripts or sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    scripts = [os.path.basename(s) if s.endswith(".py") else s + ".py" for s in scripts]
    backprop = os.path.abspath(args.backprop) if args.backprop else None
    if backprop is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "backprop"], cwd=ROOT, check=True)
        backprop = os.path.join(ROOT, ".build", "release", "backprop")
    print(f"{'script':28} {'python3+numpy':>14} {'backprop':>10} {'speed-up':>9} {'cpu py':>8} {'cpu bp':>8} {'cpu x':>6} {'goal':>11}  same numbers")
    for script in scripts:
        py_times, bp_times, py_cpus, bp_cpus = [], [], [], []
        py_out = bp_out = None
        for _ in range(args.runs):
            t, c, r = run([sys.executable, script], env=PYTHON_ENV)
            py_times.append(t)
            py_cpus.append(c)
            py_out = r
            t, c, r = run([backprop, "run", script])
            bp_times.append(t)
            bp_cpus.append(c)
            bp_out = r
        py, bp = statistics.median(py_times), statistics.median(bp_times)
        py_cpu, bp_cpu = statistics.median(py_cpus), statistics.median(bp_cpus)
        if bp_out.returncode != 0:
            verdict = "backprop failed: " + (bp_out.stderr.strip().splitlines() or ["?"])[-1]
        elif py_out.returncode != 0:
            verdict = "python3 failed: " + (py_out.stderr.strip().splitlines() or ["?"])[-1]
        else:
            verdict, why = same_numbers(py_out.stdout, bp_out.stdout)
            verdict += f" ({why})" if why else ""
        target = goal(script)
        met = "?" if target is None else f"{target:g}x " + ("met" if py / bp >= target else "NOT")
        print(f"{script:28} {py:13.3f}s {bp:9.3f}s {py / bp:8.2f}x {py_cpu:7.2f}s {bp_cpu:7.2f}s {py_cpu / max(bp_cpu, 1e-9):5.2f}x {met:>11}  {verdict}")
    print(f"(median of {args.runs} interleaved runs; numpy with its default threads)")


if __name__ == "__main__":
    main()

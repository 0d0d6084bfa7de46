"""One pack from a cold command, and start-up, measured side by side in one run.

    python benchmarks/single.py              # the README table: 9 rounds
    python benchmarks/single.py --rounds 3   # a quick look

Each round runs, in turn, as a user would (a new process each time, start-up included):

- `consentpack --help`;
- `consentpack generate` with `--no-cache`: everything laid out, as on a first run;
- `consentpack generate` with a warm layout cache (filled once before the first round):
  only the patient's own pages are laid out.

Taking the three in turn, round after round, lets a change in the shared machine's load weigh
on all of them alike. Wall time is the median; CPU time (user + system, from the operating
system's accounting of the finished child) is shown beside it, since on a busy machine wall
time also counts the time spent waiting for a core.
"""

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PATIENT = REPO / "tests" / "data" / "jane-smith.yaml"
COMMAND = [sys.executable, "-m", "consentpack"]


def timed(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(COMMAND + args, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=9)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        out, cache = Path(folder), Path(folder) / "cache"
        generate = ["generate", "sacroiliac-joint-fusion", "--patient", str(PATIENT), "--generated-at", "2026-11-27"]
        ways = {
            "consentpack --help": ["--help"],
            "generate, cold (--no-cache)": generate + ["--no-cache", "-o", str(out / "cold.pdf")],
            "generate, warm cache": generate + ["--cache-dir", str(cache), "-o", str(out / "warm.pdf")],
        }
        timed(ways["generate, warm cache"])  # fills the cache
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
        for _ in range(rounds):
            for name, args in ways.items():
                results[name].append(timed(args))
        if (out / "cold.pdf").read_bytes() != (out / "warm.pdf").read_bytes():
            raise SystemExit("the cold and warm packs differ")

    print(f"{rounds} rounds, each command in turn; medians\n")
    print("| command | wall s | CPU s |")
    print("| --- | ---: | ---: |")
    medians = {}
    for name, times in results.items():
        wall, cpu = statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)
        medians[name] = wall
        print(f"| {name} | {wall:.2f} | {cpu:.2f} |")
    ratios = [warm[0] / cold[0] for warm, cold in
              zip(results["generate, warm cache"], results["generate, cold (--no-cache)"], strict=True)]
    print(f"\nWarm over cold, round by round: median {statistics.median(ratios):.2f}")
    print(f"Targets: --help under 0.3 s ({medians['consentpack --help']:.2f}); "
          f"warm generate at most 1.2 s ({medians['generate, warm cache']:.2f})")


if __name__ == "__main__":
    main()

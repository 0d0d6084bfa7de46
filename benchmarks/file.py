"""Filing speed: a stack of scanned pages through `consentpack file`, as a user runs it.

    python benchmarks/file.py                # the README table: 300 pages, --jobs 2
    python benchmarks/file.py --pages 20     # a quick look

The stack is made from packs the tool printed (one `consentpack batch`), every page
rasterised at 200 dpi, fed every way up in turn, skewed by up to 2 degrees, greyscale,
JPEG quality 50, in scanner PDFs of 50 pages. `consentpack file` then runs in a subprocess,
start-up included, into an empty records folder, three times; the table gives the median.
Every page must be filed: a run that leaves any unfiled fails the benchmark.
"""

import argparse
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))

from batch import make_list  # noqa: E402

from helpers.scanning import degrade, rasterise, write_pdf  # noqa: E402

SCANNER_BATCH = 50  # pages per scanned PDF
TURNS = [0, 90, 180, 270]
SKEWS = [0.0, 2.0, -1.5, 1.0, -2.0]


def make_stack(work: Path, pages: int) -> list[Path]:
    """Scanned PDFs holding the first `pages` pages of as many packs as that takes."""
    listing = work / "list.csv"
    make_list(listing, pages // 12 + 1)
    packs = work / "packs"
    subprocess.run([sys.executable, str(REPO / "generate.py"), "batch", str(listing), "-o", str(packs), "-q"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wear = itertools.cycle(zip(itertools.cycle(TURNS), SKEWS * 4))

    def scanned():
        made = 0
        for pack in sorted(packs.glob("*.pdf")):
            for image in rasterise(pack, dpi=200):
                if made == pages:
                    return
                turn, skew = next(wear)
                yield degrade(image, turn=turn, skew=skew)
                made += 1

    stream = scanned()
    files = []
    for number in itertools.count(1):
        chunk = list(itertools.islice(stream, SCANNER_BATCH))
        if not chunk:
            return files
        files.append(write_pdf(chunk, work / f"scan-{number:02d}.pdf", dpi=200, quality=50))


def run_filing(scans: list[Path], pages: int, jobs: int) -> float:
    """Seconds for one run; exit code 1 is expected (the stack ends part way through a pack,
    whose consent form is then incomplete), but every page must be filed."""
    with tempfile.TemporaryDirectory() as records:
        start = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, str(REPO / "generate.py"), "file", *map(str, scans), "-o", records, "-q",
             "--jobs", str(jobs)], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        if completed.returncode not in (0, 1) or f"Read {pages} pages: {pages} filed," not in completed.stdout:
            raise SystemExit(f"file failed (exit {completed.returncode}):\n{completed.stderr}{completed.stdout}")
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        scans = make_stack(work, options.pages)
        megabytes = sum(path.stat().st_size for path in scans) / 2**20
        print(f"| pages | scanned PDFs | `--jobs` | seconds (median of {options.runs}) | pages a second |")
        print("| ---: | ---: | ---: | ---: | ---: |")
        for jobs in sorted({1, options.jobs}):
            seconds = statistics.median(run_filing(scans, options.pages, jobs) for _ in range(options.runs))
            print(f"| {options.pages} | {len(scans)} ({megabytes:.0f} MiB) | {jobs} | {seconds:.1f} | "
                  f"{options.pages / seconds:.1f} |")


if __name__ == "__main__":
    main()

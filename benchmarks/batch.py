"""Batch speed and memory, measured side by side in one run.

    python benchmarks/batch.py                 # the README tables: 200 patients, then 100 and 1,000
    python benchmarks/batch.py --memory-only   # only the 100 and 1,000 patient runs
    python benchmarks/batch.py --patients 40 --memory-sizes 20,40 --naive-sample 5 --rounds 1   # a quick look

(a) naive: the whole pack as one HTML document, one full WeasyPrint render per patient, in
    one process, tagged as PDF/UA-1 like ConsentPack's packs (the median of a sample, half
    timed before (b) and half after: it is the slow one);
(b) `consentpack batch` as a user runs it, in a subprocess, startup included: at `--jobs 1`
    for its CPU time per pack, and at `--jobs N` for its wall-clock throughput (with (c), in
    rounds: each round runs them in turn, and the tables give medians; a ratio is the median
    of each round's own ratio, so a change in the shared machine's load weighs on both sides);
(c) the peer, when LibreOffice is installed: the same pack mail-merged in Writer, 40 documents
    converted to tagged PDF/UA by one soffice process (benchmarks/mail_merge.py).

CPU time is user plus system time, of every process: the batch's and its workers' (the
benchmark's own children's usage, taken before and after), or the naive render's own. On a
machine of few cores, CPU per pack is the fair measure: wall-clock throughput at `--jobs N`
is mostly the number of cores.

Peak memory is the largest total resident size of the batch process and its workers,
sampled from /proc every 100 ms. For each list size the batch runs three times: without a
print file (packs only); again into the same folder with `--print-file`, where every pack is
unchanged, so the print file is nearly all the work; and with `--print-file` into an empty
folder, as a user runs it.
"""

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import weasyprint
from mail_merge import mail_merge
from measure import FAMILY, GIVEN, children_cpu

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from consentpack.actions import whole_pack_html  # noqa: E402
from consentpack.layout.renderer import Renderer  # noqa: E402
from consentpack.library.folders import Library  # noqa: E402
from consentpack.lists.rows import COLUMNS  # noqa: E402
from consentpack.patient.models import PackRequest, Patient  # noqa: E402

PROCEDURE = "sacroiliac-joint-fusion"
# How often peak memory is sampled. A sample reads every process's /proc entry, about 2 ms of
# CPU: every 20 ms that was a tenth of a core, taken from a --jobs 2 run on two cores.
SAMPLE_SECONDS = 0.1


def nhs_number(seed: int) -> str:
    """The seed-th valid NHS number in the test range (starting 999)."""
    while True:
        digits = f"999{seed:06d}"
        check = 11 - sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        seed += 1
        if check != 10:
            return digits + str(check)


def make_list(path: Path, patients: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for n in range(patients):
            writer.writerow({
                "family_name": FAMILY[n % len(FAMILY)], "given_name": GIVEN[n % len(GIVEN)],
                "date_of_birth": f"19{40 + n % 50}-0{1 + n % 9}-1{n % 9}",
                "nhs_number": nhs_number(n * 7), "procedure": PROCEDURE,
                "side": ("left", "right", "both")[n % 3], "procedure_date": "2030-06-04",
                "consultant": "Ms A Khan", "additional_risks": "Diabetes may slow wound healing" if n % 4 == 0 else "",
            })


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError):
                continue
    family, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    total = 0
    for pid in family:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run_batch(list_path: Path, jobs: int, out: Path | None = None, extra=()) -> tuple[float, int, float]:
    """Seconds, peak tree memory (bytes) and CPU seconds (every process) of one `consentpack
    batch` run, into `out` or a new folder."""
    with tempfile.TemporaryDirectory() as scratch:
        command = [sys.executable, str(REPO / "generate.py"), "batch", str(list_path), "-o",
                   str(out or scratch), "--jobs", str(jobs), "--quiet", *extra]
        start, cpu = time.perf_counter(), children_cpu()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = 0
        while True:
            peak = max(peak, tree_rss(process.pid))
            try:
                process.wait(SAMPLE_SECONDS)
                break
            except subprocess.TimeoutExpired:
                continue
        seconds, cpu = time.perf_counter() - start, children_cpu() - cpu
        if process.returncode != 0:
            raise SystemExit(f"batch failed with exit code {process.returncode}")
        return seconds, peak, cpu


def ratio(peaks: dict[int, int], what: str) -> None:
    sizes = sorted(peaks)
    if len(sizes) >= 2:
        print(f"Peak memory{what}, {sizes[-1]} patients over {sizes[0]}: "
              f"{peaks[sizes[-1]] / peaks[sizes[0]]:.2f}x (target: at most 1.3x)")


def memory(work: Path, sizes: list[int], jobs: int) -> None:
    """Packs only, then the print file alone (every pack unchanged), then both from nothing."""
    packs_only, print_only, both = {}, {}, {}
    print(f"\n| patients, `--jobs {jobs}` | run | peak memory | ms per patient | print file | packs |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for size in sizes:
        listing, out, fresh = work / f"list-{size}.csv", work / f"packs-{size}", work / f"fresh-{size}"
        make_list(listing, size)
        runs = [("packs only", packs_only, out), ("print file alone, packs unchanged", print_only, out),
                ("packs and print file", both, fresh)]
        for what, peaks, folder in runs:
            extra = () if peaks is packs_only else ("--print-file", str(folder / "print.pdf"))
            seconds, peaks[size], _ = run_batch(listing, jobs, folder, extra)
            packs = sum(p.stat().st_size for p in folder.glob("*.pdf") if p.name != "print.pdf")
            printed = folder / "print.pdf"
            size_text = f"{printed.stat().st_size / 2**20:.1f} MiB" if extra else ""
            print(f"| {size:,} | {what} | {peaks[size] / 2**20:.0f} MiB | {seconds / size * 1000:.0f} "
                  f"| {size_text} | {packs / 2**20:.1f} MiB |", flush=True)
        shutil.rmtree(out)
        shutil.rmtree(fresh)
    ratio(packs_only, ", packs only")
    ratio(print_only, ", print file alone")
    ratio(both, ", packs and print file")


def naive_per_patient(sample: int) -> list[tuple[float, float]]:
    """One full render of the whole pack per patient, the way a first version would do it:
    the pack as one HTML document (templates/preview.html), stylesheets and fonts loaded anew,
    written as tagged PDF/UA-1 as every pack is. (wall, CPU) seconds for each patient."""
    library = Library.open()
    renderer = Renderer(library)
    leaflet, site = library.leaflet(PROCEDURE), library.site()
    times = []
    with tempfile.TemporaryDirectory() as out:
        for n in range(sample):
            patient = Patient(family_name=FAMILY[n % len(FAMILY)], given_name=GIVEN[n % len(GIVEN)],
                              date_of_birth="1960-01-01", nhs_number=nhs_number(n * 7),
                              side="left", consultant="Ms A Khan")
            request = PackRequest(leaflet=leaflet, site=site, patient=patient, consent_form=1)
            start, cpu = time.perf_counter(), time.process_time()
            html = whole_pack_html(renderer, request, date.today())  # the pack's styles inlined
            css = [weasyprint.CSS(string=(
                ".identity { position: running(identity) }"
                "@page { @top-left { content: element(identity); width: 100% }"
                " @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages) } }"))]
            weasyprint.HTML(string=html).write_pdf(Path(out) / f"{n}.pdf", stylesheets=css,
                                                   pdf_variant="pdf/ua-1")
            times.append((time.perf_counter() - start, time.process_time() - cpu))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--naive-sample", type=int, default=20)
    parser.add_argument("--memory-sizes", default="100,1000")
    parser.add_argument("--memory-only", action="store_true", help="skip the naive comparison")
    parser.add_argument("--peer-documents", type=int, default=40, help="0 skips the LibreOffice peer")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of --jobs 1, --jobs N and the peer, taken in turn; medians are reported")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        if args.memory_only:
            memory(work, [int(s) for s in args.memory_sizes.split(",")], args.jobs)
            return
        # The machine is shared: time half the naive sample before the batches and half after,
        # so that a change in load between them weighs on both ways alike.
        make_list(work / "list.csv", args.patients)
        naive_runs = naive_per_patient((args.naive_sample + 1) // 2)
        rounds = []
        for _ in range(args.rounds):  # side by side: each round runs every way in turn
            one = run_batch(work / "list.csv", 1)
            many = one if args.jobs == 1 else run_batch(work / "list.csv", args.jobs)
            rounds.append((one, many, mail_merge(args.peer_documents) if args.peer_documents else None))
        naive_runs += naive_per_patient(args.naive_sample // 2)
        naive = statistics.median(wall for wall, _ in naive_runs)
        naive_cpu = statistics.median(cpu for _, cpu in naive_runs)
        patients = args.patients

        def median(values) -> float:
            return statistics.median(list(values))

        one_seconds, one_peak, one_cpu = (median(one[n] for one, _, _ in rounds) for n in range(3))
        seconds, peak, cpu = (median(many[n] for _, many, _ in rounds) for n in range(3))
        peers = [peer for _, _, peer in rounds if peer is not None]
        print(f"This machine: {os.cpu_count()} cores. The batches and the peer: medians of {args.rounds} "
              f"round{'s' if args.rounds > 1 else ''}, each running them in turn.\n")
        print("| way | patients | wall ms per patient | CPU ms per patient | peak memory |")
        print("| --- | ---: | ---: | ---: | ---: |")
        print(f"| (a) naive: full render per patient, 1 process | {args.naive_sample} | {naive * 1000:.0f} "
              f"| {naive_cpu * 1000:.0f} | |")
        print(f"| (b) consentpack batch --jobs 1 | {patients} | {one_seconds / patients * 1000:.0f} "
              f"| {one_cpu / patients * 1000:.0f} | {one_peak / 2**20:.0f} MiB |")
        if args.jobs != 1:
            print(f"| (b) consentpack batch --jobs {args.jobs} | {patients} | {seconds / patients * 1000:.0f} "
                  f"| {cpu / patients * 1000:.0f} | {peak / 2**20:.0f} MiB |")
        if peers:
            print(f"| (c) peer: LibreOffice Writer mail merge, 1 process ({peers[0].pages} pages) "
                  f"| {peers[0].documents} | {median(p.wall_ms for p in peers):.0f} "
                  f"| {median(p.cpu_ms for p in peers):.0f} | |")
        print(f"\nCPU per pack, (a) over (b) at --jobs 1: {naive_cpu / (one_cpu / patients):.1f}x "
              f"(target: at least 6x)")
        if peers:  # the ratio of each round's pair, then their median
            over_peer = median(one[2] / patients * 1000 / peer.cpu_ms for one, _, peer in rounds)
            print(f"CPU per pack, (b) at --jobs 1 over (c): {over_peer:.2f}x (target: below 1)")
        print(f"Throughput, (b) at --jobs {args.jobs} over (a): {naive / (seconds / patients):.1f}x "
              f"(target: at least 10x)")
        scaling = median(one[0] / many[0] for one, many, _ in rounds)
        print(f"--jobs {args.jobs} over --jobs 1: {scaling:.2f}x (target: at least 1.8x)")

        memory(work, [int(s) for s in args.memory_sizes.split(",")], args.jobs)

if __name__ == "__main__":
    main()

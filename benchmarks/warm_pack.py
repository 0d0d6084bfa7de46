"""What a warm pack costs, by edition and language: CPU per pack in one process with one builder
whose shared pages are already laid out, as in a batch worker or the desk.

    python benchmarks/warm_pack.py              # the README table: 12 packs of each kind
    python benchmarks/warm_pack.py --packs 2 --kind English   # a quick look

Each kind's first pack lays out the shared pages and is not counted; the next are made for
patients whose names differ, so nothing personal is reused. CPU is this process's own user
plus system time.
"""

import argparse
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from consentpack.actions import one_pack, patient_from_file  # noqa: E402
from consentpack.layout.renderer import Renderer  # noqa: E402
from consentpack.library.folders import Library  # noqa: E402
from consentpack.pdf.pack import PackBuilder  # noqa: E402

PROCEDURE = "sacroiliac-joint-fusion"
KINDS = {"English": ("en", False), "English, large print": ("en", True), "Polish (a draft)": ("pl", False)}


def cpu_per_pack(builder: PackBuilder, language: str, large_print: bool, packs: int) -> float:
    """Milliseconds of CPU per warm pack."""
    patient = patient_from_file(REPO / "tests" / "data" / "jane-smith.yaml")
    options = {"large_print": large_print, "language": language, "allow_draft_translation": True}
    today = date(2026, 11, 27)
    one_pack(builder, PROCEDURE, patient, today, **options)  # lays out the shared pages
    start = time.process_time()
    for n in range(packs):
        named = patient.model_copy(update={"given_name": f"Jane{chr(ord('A') + n % 26)}{n}"})
        one_pack(builder, PROCEDURE, named, today, **options)
    return (time.process_time() - start) / packs * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packs", type=int, default=12)
    parser.add_argument("--kind", action="append", choices=KINDS, help="only these kinds (default: all)")
    options = parser.parse_args()
    packs = options.packs
    builder = PackBuilder(Renderer(Library.open()))
    print("| pack | packs | CPU ms per pack |")
    print("| --- | ---: | ---: |")
    for name in options.kind or KINDS:
        language, large_print = KINDS[name]
        print(f"| {name} | {packs} | {cpu_per_pack(builder, language, large_print, packs):.0f} |", flush=True)


if __name__ == "__main__":
    main()

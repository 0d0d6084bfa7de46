"""What a warm pack costs, by edition and language: CPU per pack in one process with one builder
whose shared pages are already laid out, as in a batch worker or the desk; and how much of it
is WeasyPrint laying out and writing the patient's own pages (the strip, the cover and the
consent form's head), the floor that no cache can share.

    python benchmarks/warm_pack.py              # the README table: 12 packs of each kind
    python benchmarks/warm_pack.py --packs 2 --kind English   # a quick look

Each kind's first packs, for the shortest and the longest name measured, lay out the shared
pages for every strip height the names need, as a batch does once, and are not counted; the
next are made for patients whose names differ, so nothing personal is reused. CPU is this
process's own user plus system time.
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


class WeasyPrintClock(Renderer):
    """A Renderer that counts the CPU seconds WeasyPrint spends laying out the patient's own
    pages (personal.html, its template filled in not counted) and writing them as tagged PDF."""

    seconds = 0.0

    def html(self, template_name: str, **context) -> str:
        start = time.process_time()
        try:
            return super().html(template_name, **context)
        finally:
            if template_name == "personal.html":
                self.seconds -= time.process_time() - start  # Jinja's, not WeasyPrint's

    def document(self, template_name: str, context: dict, large_print: bool = False, margins=None):
        start = time.process_time()
        document = super().document(template_name, context, large_print, margins)
        if template_name != "personal.html":
            return document
        self.seconds += time.process_time() - start
        write_pdf = document.write_pdf

        def timed_write_pdf(*args, **kwargs):
            start = time.process_time()
            try:
                return write_pdf(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - start

        document.write_pdf = timed_write_pdf
        return document


KINDS = {"English": ("en", False), "English, large print": ("en", True), "Polish (a draft)": ("pl", False)}


def cpu_per_pack(builder: PackBuilder, language: str, large_print: bool, packs: int) -> tuple[float, float]:
    """Milliseconds of CPU per warm pack, and of that WeasyPrint's on the patient's own pages."""
    patient = patient_from_file(REPO / "tests" / "data" / "jane-smith.yaml")
    options = {"large_print": large_print, "language": language, "allow_draft_translation": True}
    today = date(2026, 11, 27)
    names = [f"Jane{chr(ord('A') + n % 26)}{n}" for n in range(packs)]
    for name in (min(names, key=len), max(names, key=len)):  # the shared pages, for every strip
        one_pack(builder, PROCEDURE, patient.model_copy(update={"given_name": name[::-1]}), today, **options)
    clock = builder.renderer
    clock.seconds = 0.0
    start = time.process_time()
    for name in names:
        one_pack(builder, PROCEDURE, patient.model_copy(update={"given_name": name}), today, **options)
    return (time.process_time() - start) / packs * 1000, clock.seconds / packs * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packs", type=int, default=12)
    parser.add_argument("--kind", action="append", choices=KINDS, help="only these kinds (default: all)")
    options = parser.parse_args()
    packs = options.packs
    builder = PackBuilder(WeasyPrintClock(Library.open()))
    print("| pack | packs | CPU ms per pack | of which WeasyPrint, the patient's own pages | the rest |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in options.kind or KINDS:
        language, large_print = KINDS[name]
        total, floor = cpu_per_pack(builder, language, large_print, packs)
        print(f"| {name} | {packs} | {total:.0f} | {floor:.0f} ({floor / total:.0%}) | {total - floor:.0f} |",
              flush=True)


if __name__ == "__main__":
    main()

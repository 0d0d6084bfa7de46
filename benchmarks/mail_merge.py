"""The peer: LibreOffice Writer mail-merging the same whole pack, as a clinic would without ConsentPack.

    python benchmarks/mail_merge.py                  # 40 documents
    python benchmarks/mail_merge.py --documents 5    # a quick look

A clinic administrator without ConsentPack would put the pack in a word processor and
mail-merge each patient's name into it. So: the whole pack (`consentpack preview`, one HTML
page with a sample patient) is imported into Writer once, as flat XML; each document is that
text with another made-up patient's name and NHS-number-like number in place of the sample's;
and ONE `soffice --headless` process converts all of them to tagged PDF with the PDF/UA flag
set. Only that conversion is timed: wall time, and CPU time (user plus system) of soffice and
the soffice.bin it starts and waits for, from the operating system's accounting of finished
children. The import, the substitution and the private LibreOffice profile (made by the import,
so the timed run starts warm and touches no user's profile) are not timed.

It is not the same product: LibreOffice's documents carry the patient's identity strip on the
first page only, no QR codes, and the system's fonts instead of bundled ones; and Writer's HTML
import drops the pack's inline SVG risk pictures. It shows what the familiar way costs per
document.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from measure import FAMILY, GIVEN, children_cpu
from pypdf import PdfReader

PROCEDURE = "sacroiliac-joint-fusion"
# The sample patient of `consentpack preview` (consentpack/actions.py, sample_patient), as written
# in the pack: family name in capitals, NHS number in groups of 3, 3 and 4 digits.
SAMPLE = {"family": "SAMPLE", "given": "Alex", "nhs": "999 000 0018"}
PDF_UA = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
          '"PDFUACompliance":{"type":"boolean","value":"true"}}')


@dataclass(frozen=True)
class MailMerge:
    documents: int
    pages: int  # per document
    cpu_ms: float  # per document
    wall_ms: float  # per document
    tagged: bool  # every PDF has a structure tree
    pdf_ua: bool  # every PDF claims PDF/UA in its XMP metadata
    version: str


def substitute(text: str, n: int) -> str:
    """The imported pack with the n-th made-up patient in place of the sample one."""
    family, given = FAMILY[n % len(FAMILY)].upper(), GIVEN[n % len(GIVEN)]
    digits = f"999{n:07d}"
    for old, new in ((SAMPLE["family"], family), (SAMPLE["given"], given),
                     (SAMPLE["nhs"], f"{digits[:3]} {digits[3:6]} {digits[6:]}")):
        if old not in text:
            raise SystemExit(f"'{old}' is not in the imported pack")
        text = text.replace(old, escape(new))
    return text


def mail_merge(documents: int = 40) -> MailMerge | None:
    """Time one soffice process converting `documents` merged packs to tagged PDF/UA; None without
    LibreOffice."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        office = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless"]
        subprocess.run([sys.executable, "-m", "consentpack", "preview", PROCEDURE, "-o", str(work / "pack.html")],
                       check=True, capture_output=True)
        subprocess.run(office + ["--infilter=HTML (StarWriter)", "--convert-to", "fodt", "--outdir", str(work),
                                 str(work / "pack.html")], check=True, capture_output=True)
        imported = (work / "pack.fodt").read_text(encoding="utf-8")
        merged, pdfs = work / "merged", work / "pdf"
        merged.mkdir()
        names = [merged / f"patient-{n:03d}.fodt" for n in range(documents)]
        for n, name in enumerate(names):
            name.write_text(substitute(imported, n), encoding="utf-8")

        start, cpu = time.perf_counter(), children_cpu()
        subprocess.run(office + ["--convert-to", PDF_UA, "--outdir", str(pdfs), *map(str, names)],
                       check=True, capture_output=True)
        wall, cpu = time.perf_counter() - start, children_cpu() - cpu

        pages, tagged, pdf_ua = set(), True, True
        for name in names:
            reader = PdfReader(pdfs / f"{name.stem}.pdf")  # soffice exits 0 even when one fails
            pages.add(len(reader.pages))
            root = reader.trailer["/Root"]
            tagged &= "/StructTreeRoot" in root
            metadata = root.get("/Metadata")
            pdf_ua &= metadata is not None and b"pdfuaid:part" in metadata.get_object().get_data()
    if len(pages) != 1:
        raise SystemExit(f"the merged documents differ in length: {sorted(pages)} pages")
    return MailMerge(documents, pages.pop(), cpu / documents * 1000, wall / documents * 1000,
                     tagged, pdf_ua, version)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=40)
    result = mail_merge(parser.parse_args().documents)
    if result is None:
        raise SystemExit("soffice (LibreOffice) is not installed")
    print(f"{result.version}; {result.pages} pages per document; tagged: {result.tagged}; "
          f"PDF/UA: {result.pdf_ua}\n")
    print("| way | documents | wall ms per document | CPU ms per document |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| LibreOffice mail merge, 1 soffice process | {result.documents} | {result.wall_ms:.0f} "
          f"| {result.cpu_ms:.0f} |")


if __name__ == "__main__":
    main()

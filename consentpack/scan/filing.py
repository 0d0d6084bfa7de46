"""`consentpack file`: scanned pages into one record per pack, by the QR code on each page.

Every page read ends in exactly one place: filed into its pack's record, already filed (by
an earlier run), left out as a duplicate (the same page scanned twice: the first is kept),
counted as blank, or put in unfiled.pdf with a line saying where it came from. Nothing is
dropped, and the log names no patient: a record appears only by its file name.

Every page is read before any is filed, so that whose pack a pack id is, is decided by all its
pages together (agreement.py), and the outcome never depends on the order they were read in.
"""

import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputError, UsageError
from ..files.atomic import remove_unfinished
from ..files.folder_lock import FolderLock
from ..files.naming import NameTemplate
from ..files.paths import display_path
from ..files.worker_life import start_worker
from ..pdf.filing_pdfs import NewPdf, PdfPages
from ..pdf.page_code import PageCode, parse
from .agreement import agreed_packs
from .reading import Reading, read_page
from .records import (
    FILING_CSV,
    STATE_KEY,
    UNFILED,
    RecordState,
    filing_rows,
    pack_identity,
    printed,
    read_folder,
    record_key,
    unfiled_state,
    write_filing_csv,
)
from .sources import Scan, ScanError, check_kind

CHUNK = 4  # pages a worker reads per task


@dataclass(frozen=True)
class FilingOptions:
    records: Path
    name_template: NameTemplate
    jobs: int


@dataclass
class FilingReport:
    pages: int = 0
    filed: int = 0
    already_filed: int = 0
    duplicates: int = 0
    blank: int = 0
    unfiled: int = 0
    records_written: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def accounted(self) -> int:
        return self.filed + self.already_filed + self.duplicates + self.blank + self.unfiled


@dataclass(frozen=True)
class _NewPage:
    scan: Scan
    index: int
    rotation: int


def file_scans(paths: list[Path], options: FilingOptions,
               start_progress: Callable[[int], Callable[[int], None]]) -> FilingReport:
    folder = options.records
    _check_paths(paths, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Cannot make {display_path(folder)}: {exc.strerror}", exc.strerror) from None
    report = FilingReport()
    with FolderLock(folder, "filing run") as lock:
        if lock.warning:
            report.warnings.append(lock.warning)
        remove_unfinished(folder, lambda name: name.endswith(".pdf") or name == FILING_CSV)
        scans = []
        for path in paths:
            try:
                scans.append(Scan(path))
            except ScanError as exc:
                report.problems.append(str(exc))
        pages = [(scan, index) for scan in scans for index in range(scan.count)]
        report.pages = len(pages)
        try:
            readings = _read_all(scans, options.jobs, start_progress(len(pages)))
            _file(pages, readings, options, report)
        finally:
            for scan in scans:
                scan.close()
    return report


def _check_paths(paths: list[Path], folder: Path) -> None:
    if not paths:
        raise UsageError("give at least one scanned file (PDF, TIFF, JPEG or PNG)")
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"-o {display_path(folder)} is a file; give the records folder")
    for path in paths:
        check_kind(path)
        if path.resolve().is_relative_to(folder.resolve()):
            raise UsageError(f"{display_path(path)} is inside the records folder {display_path(folder)}; "
                             "file scans from another folder")


def _file(pages: list[tuple[Scan, int]], readings: list[Reading], options: FilingOptions,
          report: FilingReport) -> None:
    folder = options.records
    existing = read_folder(folder)
    if existing.others:  # counted, not named: a file name can hold a patient's name
        report.warnings.append(f"{len(existing.others)} PDF files in {display_path(folder)} are not "
                               "ConsentPack records; they were left as they are")
    states = existing.records
    filed_before = {key: sorted(state.filed) for key, state in states.items()}
    new_pages: dict[str, dict[int, _NewPage]] = {}
    changed: set[str] = set()
    seen: set[str] = set()
    unfiled_known = list(existing.unfiled)
    unfiled_new: list[tuple[Scan, int]] = []

    def unfile(scan: Scan, index: int, reason: str) -> None:
        report.unfiled += 1
        fingerprint = scan.fingerprint(index)
        where = f"{display_path(scan.path)} page {index + 1}: {reason}"
        if fingerprint in unfiled_known:
            report.problems.append(f"{where} (already in {UNFILED})")
            return
        unfiled_known.append(fingerprint)
        unfiled_new.append((scan, index))
        report.problems.append(where)

    codes = [_page_code(reading) for reading in readings]
    agreed = agreed_packs([code for code in codes if isinstance(code, PageCode)], states)
    for (scan, index), reading, code in zip(pages, readings, codes, strict=True):
        if reading.blank:
            report.blank += 1
            continue
        if not isinstance(code, PageCode):
            unfile(scan, index, code)
            continue
        key = record_key(code)
        if agreed[key] is None:  # only a pack id's pages can disagree: other codes' keys hold all they say
            unfile(scan, index, f"the pages of pack {code.pack_id} disagree on whose it is or what it holds, "
                   "and no one version has the most pages; none of them was filed")
            continue
        if pack_identity(code) != agreed[key]:
            unfile(scan, index, f"its code disagrees with the "
                   f"{'pages already filed' if key in filed_before else 'other pages'} for pack {code.pack_id}")
            continue
        state = states.setdefault(key, RecordState.for_code(code))
        seen.add(key)
        fingerprint = scan.fingerprint(index)
        if state.filed.get(code.page) == fingerprint or fingerprint in state.left_out:
            report.already_filed += 1
        elif code.page in state.filed:
            state.left_out.append(fingerprint)
            report.duplicates += 1
            changed.add(key)
        else:
            state.filed[code.page] = fingerprint
            new_pages.setdefault(key, {})[code.page] = _NewPage(scan, index, reading.rotation)
            report.filed += 1
            changed.add(key)

    names = dict(existing.names)
    taken = set(names.values()) | set(existing.others) | {UNFILED}
    for key in sorted(changed - set(names)):
        name = options.name_template.file_name(_name_values(states[key]))
        if name in taken:  # another printing of the same pack on the same day
            name = f"{name[:-4]}-{states[key].pack_id or len(taken)}.pdf"
        names[key] = name
        taken.add(name)
    add_page = _adding([page.scan for pages in new_pages.values() for page in pages.values()]
                       + [scan for scan, _ in unfiled_new])
    for key in sorted(changed, key=lambda key: names[key]):
        _write_record(folder / names[key], states[key], filed_before.get(key, []), new_pages.get(key, {}),
                      add_page)
        report.records_written += 1
    if unfiled_new:
        _write_unfiled(folder / UNFILED, unfiled_known, unfiled_new, add_page)
    write_filing_csv(folder, filing_rows({key: states[key] for key in names}, names))

    for key in sorted(seen, key=lambda key: names[key]):
        state, stem = states[key], names[key][:-4]
        complete = state.consent_complete()
        if complete is None:
            report.problems.append(f"{stem}: printed before packs carried a pack id; check by hand that "
                                   "its consent form is complete")
        elif not complete:
            report.problems.append(f"{stem} consent form: {_pages(state.missing()['F'])} of {state.pages} missing")


def _page_code(reading: Reading) -> PageCode | str:
    """The page's code, or why it has none that can be filed."""
    codes, faults = set(), []
    for text in reading.texts:
        try:
            codes.add(parse(text))
        except ValueError as exc:
            faults.append(str(exc))
    if len(codes) == 1:
        return codes.pop()
    if reading.failure:
        return reading.failure
    if not reading.texts:
        return "no readable code"
    return "codes of more than one page" if codes else faults[0]


def _adding(uses: list[Scan]) -> Callable[[NewPdf, Scan, int, int], None]:
    """Adds a scanned page to a PDF being written, and lets go of its scan's open pixels once its
    last page in this run is in (an open TIFF keeps the page it last decoded)."""
    left = Counter(uses)

    def add(pdf: NewPdf, scan: Scan, index: int, rotation: int = 0) -> None:
        scan.add_page(pdf, index, rotation)
        left[scan] -= 1
        if not left[scan]:
            scan.close()
    return add


def _count(pages: int) -> str:
    return f"{pages} page" if pages == 1 else f"{pages} pages"


def _pages(numbers: list[int]) -> str:
    """[9] -> "page 9"; [9, 10, 11] -> "pages 9, 10 and 11"."""
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return "pages " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"


def _name_values(state: RecordState) -> dict[str, str]:
    return {"identifier": state.identifier[1:], "leaflet": state.leaflet, "form": str(state.form),
            "printed": printed(state) or "undated", "pack": state.pack_id or "no-pack-id"}


def _write_record(path: Path, state: RecordState, filed_before: list[int], new: dict[int, _NewPage],
                  add_page: Callable[[NewPdf, Scan, int, int], None]) -> None:
    """The record again, in pack order: the pages it had, and the new ones turned upright."""
    pdf = NewPdf()
    record, old = None, {}
    if filed_before:
        record = PdfPages(path)
        if record.count != len(filed_before):
            raise OutputError(f"{display_path(path)} has {_count(record.count)} but its filing state lists "
                              f"{_count(len(filed_before))}: it was changed outside ConsentPack; restore it from "
                              "a backup, or move it out of the records folder and file its scans again",
                              "changed outside ConsentPack")
        old = {number: index for index, number in enumerate(filed_before)}
    for number in sorted(state.filed):
        if number in new:
            add_page(pdf, new[number].scan, new[number].index, new[number].rotation)
        else:
            pdf.copy_page(record, old[number])
    pdf.write(path, {"/Title": f"Consent pack record {state.pack_id or ''}".strip(), STATE_KEY: state.to_json()})


def _write_unfiled(path: Path, fingerprints: list[str], new: list[tuple[Scan, int]],
                   add_page: Callable[[NewPdf, Scan, int, int], None]) -> None:
    pdf = NewPdf()
    if path.is_file():
        unfiled = PdfPages(path)
        for index in range(unfiled.count):
            pdf.copy_page(unfiled, index)
    for scan, index in new:
        add_page(pdf, scan, index, 0)
    pdf.write(path, {"/Title": "Pages ConsentPack could not file", STATE_KEY: unfiled_state(fingerprints)})


_reading: dict[Path, Scan] = {}  # the file a worker is reading: chunks come in order, so never an earlier one


def _read_chunk(path: Path, indices: list[int]) -> list[Reading]:
    if path not in _reading:
        for scan in _reading.values():
            scan.close()
        _reading.clear()
        _reading[path] = Scan(path)
    return [read_page(_reading[path], index) for index in indices]


def _read_all(scans: list[Scan], jobs: int, advance: Callable[[int], None]) -> list[Reading]:
    """Every page's reading, in order; in `jobs` worker processes when there is enough to share."""
    if jobs <= 1 or sum(scan.count for scan in scans) <= CHUNK:
        readings = []
        for scan in scans:
            for index in range(scan.count):
                readings.append(read_page(scan, index))
                advance(1)
            scan.close()  # its pixels are let go until its pages are filed
        return readings
    chunks = [(scan.path, list(range(start, min(start + CHUNK, scan.count))))
              for scan in scans for start in range(0, scan.count, CHUNK)]
    readings = []
    with ProcessPoolExecutor(jobs, initializer=start_worker, initargs=(os.getpid(),)) as pool:
        for chunk, result in zip(chunks, pool.map(_read_chunk, *zip(*chunks, strict=True)), strict=True):
            readings.extend(result)
            advance(len(chunk[1]))
    return readings

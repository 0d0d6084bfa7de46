"""A whole theatre list: every row validated first, then one pack per good row, in worker processes.

Bad rows are reported by row number and field and never stop the good ones. Each
worker keeps its own PackBuilder, so the leaflet is laid out at most once per worker, not
once per patient, and not at all when the layout cache on disk holds it from an earlier
run. The output folder is locked for the run, the manifest is kept up to
date as packs finish, and a run that was killed is finished by running it again.
"""

import hashlib
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Annotated, Callable

from pydantic import BeforeValidator, StringConstraints, ValidationError
from pydantic_core import PydanticCustomError

from ..actions import printing_fingerprint
from ..errors import ConsentPackError, ContentError, OutputError, UsageError
from ..files.atomic import remove_unfinished
from ..files.folder_lock import FolderLock
from ..files.naming import NameTemplate
from ..files.paths import display_path
from ..library.folders import Library
from ..library.languages import ENGLISH, english_name, language_tag
from ..library.models import LANGUAGE_TAGS, Strict
from ..library.validation import problems
from ..lists.rows import IDENTIFIERS, ListRow, TheatreList
from ..patient.models import ConsentFormChoice, PackRequest, Patient, YesOrNo
from ..patient.preflight import Preflight, Prepared, RowProblems
from ..patient.printing import password_key, printing_identity
from ..pdf.print_file import write_print_file
from ..pdf.standards import check_archive_options
from .identities import identifier_key, identity_conflicts
from .manifest import FAILED, MANIFEST_NAME, PRODUCED, UNCHANGED, LiveManifest, ManifestRow, read_manifest
from .workers import Job, Outcome, run_jobs


def _shipped_language(value):
    """A shipped language's tag from a cell: 'pl', 'Polish', 'polski'. The cell is never repeated
    in the message (a shifted column may hold a patient's name); whether this library prints the
    language, and a draft's permission, are the preflight's."""
    tag = language_tag(value) if isinstance(value, str) else None
    if tag is None:
        raise PydanticCustomError(
            "unknown_language", "is not a language ConsentPack prints; use one of: {known}",
            {"known": ", ".join(f"{english_name(t)} ({t})" for t in LANGUAGE_TAGS)},
        )
    return tag


class RowOptions(Strict):
    """The columns of a theatre list that are about the pack rather than the patient."""

    procedure: Annotated[str, StringConstraints(min_length=1),
                         BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v)]
    language: Annotated[str, BeforeValidator(_shipped_language)] = ENGLISH
    large_print: YesOrNo = False
    consent_form: ConsentFormChoice = "auto"
    # Filled in, it decides for its row; empty, the run's --allow-draft-translation does.
    allow_draft_translation: YesOrNo | None = None


ROW_OPTION_COLUMNS = tuple(RowOptions.model_fields)


@dataclass
class BatchReport:
    """What happened to every row; the CLI prints it and picks the exit code from it."""

    rows: int = 0
    problems: list[str] = field(default_factory=list)  # "LIST row N: field: problem"
    warnings: list[str] = field(default_factory=list)
    manifest: list[ManifestRow] = field(default_factory=list)
    manifest_path: Path | None = None
    print_file_pages: int | None = None
    not_made: int = 0  # rows left when the run was stopped (Ctrl-C, SIGTERM)

    def count(self, status: str) -> int:
        return sum(row.status == status for row in self.manifest)


@dataclass(frozen=True)
class BatchOptions:
    output_folder: Path
    name_template: NameTemplate
    jobs: int
    today: date
    check_only: bool = False
    strict: bool = False
    force: bool = False
    print_file: Path | None = None
    allow_expired: bool = False
    allow_draft_translation: bool = False  # a row's own allow_draft_translation cell decides for it
    password: str | None = None
    archive: bool = False
    fhir: bool = False  # also describe the packs as FHIR DocumentReferences (fhir/documents.py)
    layout_cache: Path | None = None  # the folder of laid-out leaflets kept between runs, if any
    # How worker processes start: None is the platform's default; a threaded server asks for
    # "forkserver" or "spawn", since forking a process with threads can copy a held lock.
    start_method: str | None = None
    # Held while batch lays out in its own process (one worker, or one pack): a server passes the
    # lock its other layouts take, so only batch knows when, and the server which lock.
    in_process_lock: AbstractContextManager = field(default_factory=nullcontext)


class _RowChecker:
    """Validates rows one at a time through the preflight, remembering patients already seen."""

    def __init__(self, library: Library, theatre_list: TheatreList, options: BatchOptions):
        # Whether a draft translation may be printed is all that differs between the two; the
        # run's own is the one that reads each leaflet, and a row asking otherwise uses the other.
        self._preflights = {allowed: Preflight(library, options.today, options.allow_expired,
                                               allow_draft_translation=allowed) for allowed in (False, True)}
        self._allow_draft_translation = options.allow_draft_translation
        self._preflight = self._preflights[options.allow_draft_translation]
        self._conflicts = identity_conflicts(theatre_list.rows, theatre_list.unit)
        self._unit = theatre_list.unit
        self._seen: dict[tuple, int] = {}  # (procedure, identifier field, value) -> row
        self.leaflet_problems: dict[str, str] = {}  # a broken or expired leaflet, reported once
        self.leaflet_warnings: dict[str, None] = {}  # once each, in the order found
        self.row_problems: dict[int, list[str]] = {}

    def _listed_twice(self, number: int, request: PackRequest) -> list[str]:
        """The same patient twice for one procedure fails the second row; the first is made."""
        keys = [(field_name, (request.leaflet.id, field_name, identifier_key(field_name, value)))
                for field_name in IDENTIFIERS if (value := getattr(request.patient, field_name))]
        for field_name, key in keys:
            if key in self._seen:
                return [f"{field_name}: the same patient is listed for {request.leaflet.id} "
                        f"in {self._unit} {self._seen[key]} already"]
        self._seen.update((key, number) for _, key in keys)
        return []

    def _validate(self, row: ListRow) -> tuple[Prepared | None, list[str]]:
        if row.stray_cells:
            return None, ["a cell is filled in under a column with no header; nothing was read from it"]
        if row.problems:
            return None, list(row.problems)
        options_values = {k: v for k, v in row.values.items() if k in ROW_OPTION_COLUMNS}
        patient_values = {k: v for k, v in row.values.items() if k not in ROW_OPTION_COLUMNS}
        lines, options, patient = [], None, None
        try:
            options = RowOptions.model_validate(options_values)
        except ValidationError as exc:
            lines += problems(exc)
        try:
            patient = Patient.model_validate(patient_values)
        except ValidationError as exc:
            lines += problems(exc)
        if options is not None:
            try:
                self._preflight.leaflet(options.procedure)
            except UsageError as exc:
                lines.append(f"procedure: {exc}")
            except ContentError as exc:
                self.leaflet_problems.setdefault(options.procedure, str(exc))
                lines.append(f"procedure: the leaflet '{options.procedure}' cannot be used (see above)")
        if lines or patient is None or options is None:
            return None, lines
        allowed = options.allow_draft_translation
        preflight = self._preflights[self._allow_draft_translation if allowed is None else allowed]
        try:
            prepared = preflight.prepare(options.procedure, patient, options.large_print,
                                         form=options.consent_form, language=options.language)
        except RowProblems as exc:
            return None, exc.problems
        self.leaflet_warnings.update(dict.fromkeys(prepared.leaflet_warnings))
        return prepared, []

    def check(self, row: ListRow) -> Prepared | None:
        """The row's prepared request, or None with its problems in row_problems: its own, and an
        identifier it shares with a different person, found on every row whatever else is wrong."""
        prepared, lines = self._validate(row)
        lines += self._conflicts.get(row.number, [])
        if prepared is not None and not lines:
            lines = self._listed_twice(row.number, prepared.request)
        if lines:
            self.row_problems[row.number] = lines
            return None
        return prepared


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_print_file(path: Path) -> None:
    """Before any work: a print file that cannot be written must not cost the run its report."""
    if path.suffix.lower() != ".pdf":
        raise UsageError(f"--print-file {display_path(path)} must be a file name ending in .pdf")
    if not path.parent.is_dir():
        raise UsageError(f"The folder for --print-file {display_path(path)} does not exist")


def _is_ours(name: str) -> bool:
    """The files a batch writes in its output folder: packs, a print file, the manifest."""
    return name.endswith(".pdf") or name == MANIFEST_NAME


def run_batch(theatre_list: TheatreList, library: Library, options: BatchOptions,
              progress_start: Callable[[int], Callable[[int], None]] = lambda total: lambda n: None,
              ) -> BatchReport:
    """Validate every row, then produce what can be produced; see BatchReport. The output
    folder is locked for the run (--check writes nothing and needs no lock)."""
    check_archive_options(options.archive, options.password)
    folder = options.output_folder
    if options.check_only:
        return _check_and_produce(theatre_list, library, options, progress_start)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"Cannot use {display_path(folder)} as the output folder: {exc.strerror}") from None
    with FolderLock(folder) as lock:
        removed = remove_unfinished(folder, _is_ours)
        report = _check_and_produce(theatre_list, library, options, progress_start)
        remove_unfinished(folder, _is_ours)  # a worker the pool stopped part way through a write
    if lock.warning:
        report.warnings.insert(0, lock.warning)
    if removed:
        report.warnings.insert(0, f"removed {removed} unfinished file{'s' if removed > 1 else ''} "
                                  "left by an interrupted run")
    return report


def _check_and_produce(theatre_list: TheatreList, library: Library, options: BatchOptions,
                       progress_start) -> BatchReport:
    report = BatchReport(rows=len(theatre_list.rows))
    folder = options.output_folder
    if options.print_file is not None:
        _check_print_file(options.print_file)
    checker = _RowChecker(library, theatre_list, options)
    prepared = {row.number: checker.check(row) for row in theatre_list.rows}
    requests = {number: row.request for number, row in prepared.items() if row is not None}
    if not theatre_list.rows:
        report.warnings.append(f"{theatre_list.name} has no patient rows")
    report.problems.extend(checker.leaflet_problems.values())
    report.warnings.extend(checker.leaflet_warnings)
    for number, lines in sorted(checker.row_problems.items()):
        report.problems.extend(f"{theatre_list.where(number)}: {line}" for line in lines)
        report.manifest.append(ManifestRow(row=number, status=FAILED, message="; ".join(lines)))

    print_name = options.print_file.resolve() if options.print_file else None
    used_names: dict[str, int] = {}
    jobs, unchanged = [], []
    fingerprint = library.fingerprint()  # with each language's catalog, below
    key = password_key(options.password)
    previous, manifest_problem = read_manifest(folder) if folder.is_dir() else ({}, None)
    if manifest_problem:
        report.warnings.append(manifest_problem)
    for number, row in prepared.items():
        if row is None:
            continue
        request = row.request
        report.warnings.extend(f"{theatre_list.where(number)}: {warning}" for warning in row.patient_warnings)
        name = options.name_template.file_name(request.name_values(number))
        if name in used_names:
            message = (f"output: its file name is also made for {theatre_list.unit} {used_names[name]}; "
                       "put {identifier} in --name-template")
            report.problems.append(f"{theatre_list.where(number)}: {message}")
            report.manifest.append(ManifestRow(row=number, status=FAILED, message=message))
            continue
        if print_name == (folder / name).resolve():
            raise UsageError(f"--print-file {display_path(options.print_file)} is the name of row "
                             f"{number}'s pack; choose another name for the print file")
        used_names[name] = number
        job = Job(number, request, folder / name,
                  printing_identity(request, options.today, printing_fingerprint(fingerprint, request, library),
                                    options.archive, name, key),
                  options.today, options.password, options.archive)
        before = previous.get(name)
        if (not options.force and before and before.input_sha256 == job.printing.input_hash
                and job.output.is_file() and _sha256(job.output) == before.pdf_sha256):
            unchanged.append((job, before))
        else:
            jobs.append(job)

    if options.check_only or (options.strict and report.problems):
        report.manifest.sort(key=lambda r: r.row)
        return report

    for job, before in unchanged:
        report.manifest.append(ManifestRow(
            row=job.row, status=UNCHANGED, output=job.output.name, pages=before.pages,
            pdf_sha256=before.pdf_sha256, leaflet_id=job.request.leaflet.id,
            leaflet_version=job.request.leaflet.version, consent_form=str(job.request.consent_form),
            input_sha256=job.printing.input_hash,
            generated_at=before.generated_at, language=job.request.language,
        ))
    _produce_all(jobs, library, options, theatre_list.where, report, progress_start(len(jobs)))
    ours = {row.output for row in report.manifest if row.output}
    stale = [path for path in folder.glob("*.pdf")
             if path.name not in ours and (options.print_file is None
                                           or path.resolve() != options.print_file.resolve())]
    if stale:  # counted, not named: their names hold patients' names
        report.warnings.append(
            f"{len(stale)} other PDF files in the output folder are not packs of this list "
            "(an earlier run, or a row that now fails); they were left as they are: check them before printing")
    if options.print_file is not None and not report.not_made:
        _print_file(requests, theatre_list, options, report)
    if options.fhir and not report.not_made:
        _describe(requests, theatre_list, library, options, report)
    return report


def _describe(requests: dict, theatre_list: TheatreList, library: Library, options: BatchOptions,
              report: BatchReport) -> None:
    """document-references.json: every pack of the list in the folder, made now or before."""
    from ..fhir.documents import DescribedPack, write_document_bundle  # only --fhir loads FHIR

    sources = {row.number: row.source for row in theatre_list.rows}
    packs = [DescribedPack(requests[row.row], options.output_folder / row.output,
                           datetime.fromisoformat(row.generated_at), sources.get(row.row) or None)
             for row in report.manifest if row.status in (PRODUCED, UNCHANGED)]
    try:
        write_document_bundle(options.output_folder, packs, library.site())
    except (ContentError, OutputError) as exc:
        report.problems.append(str(exc))


def _produce_all(jobs: list[Job], library: Library, options: BatchOptions, where: Callable[[int], str],
                 report: BatchReport, advance: Callable[[int], None]) -> None:
    """Makes the packs, recording each in the manifest as it finishes. Stopped by Ctrl-C or
    SIGTERM, it records the packs already begun and counts the rest as not made."""
    manifest = LiveManifest(options.output_folder, report.manifest)
    finished = 0

    def done(job: Job, outcome: Outcome) -> None:
        nonlocal finished
        finished += 1
        if isinstance(outcome, ConsentPackError):
            if isinstance(outcome, OutputError):  # its own message names the patient's file
                message = f"its pack could not be written ({outcome.reason})"
            else:
                message = str(outcome)
            report.problems.append(f"{where(job.row)}: {message}")
            manifest.add(ManifestRow(row=job.row, status=FAILED, message=message))
        else:
            pages, digest, warnings = outcome
            report.warnings.extend(warning for warning in warnings if warning not in report.warnings)
            manifest.add(ManifestRow(
                row=job.row, status=PRODUCED, output=job.output.name, pages=str(pages),
                pdf_sha256=digest, leaflet_id=job.request.leaflet.id,
                leaflet_version=job.request.leaflet.version, consent_form=str(job.request.consent_form),
                input_sha256=job.printing.input_hash,
                generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                language=job.request.language,
            ))
        advance(1)

    try:
        run_jobs(jobs, library.roots, options.jobs, done, options.start_method, options.in_process_lock,
                 options.layout_cache)
    except KeyboardInterrupt:
        report.not_made = len(jobs) - finished
    report.manifest.sort(key=lambda r: r.row)
    try:
        report.manifest_path = manifest.finish()
    except OutputError as exc:
        report.problems.append(f"{exc}; the next run makes again every pack it does not list")


def _print_file(requests: dict, theatre_list: TheatreList, options: BatchOptions, report: BatchReport) -> None:
    made = [row for row in report.manifest if row.status in (PRODUCED, UNCHANGED)]
    packs = [
        (f"{theatre_list.unit.capitalize()} {row.row}: {requests[row.row].patient.family_name.upper()}, "
         f"{requests[row.row].patient.given_name} ({row.leaflet_id})", options.output_folder / row.output)
        for row in made
    ]
    if not packs:
        return
    try:
        result = write_print_file(packs, options.print_file, options.password)
    except OutputError as exc:  # the packs are made; say so along with the failure
        report.problems.append(str(exc))
        return
    report.print_file_pages = result.pages
    for index, reason in sorted(result.left_out.items()):
        report.problems.append(f"{theatre_list.where(made[index].row)}: its pack could not be added "
                               f"to the print file ({reason})")

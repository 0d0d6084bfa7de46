"""ConsentPack command line: parses options, calls the engine, turns its errors into exit codes.

Run as `consentpack`, `python -m consentpack` or the checkout's `python generate.py`.

Exit codes: 0 all done; 1 a record or content failed, or a batch was stopped part way;
2 wrong usage, or another batch is writing to the output folder.
"""

import os
import signal
import sys
import threading
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path

import click

# Only what every command needs is imported here; each command imports the engine modules it
# uses, so `--help`, `list`, `check` and `new` never load WeasyPrint or pypdf.
from .errors import ConsentPackError, UsageError
from .files.naming import DEFAULT_TEMPLATE, RECORD_PLACEHOLDERS, RECORD_TEMPLATE
from .patient.fields import CONSENT_FORM, FORM_CHOICES, FORM_FIELDS, LACKS_CAPACITY, PATIENT_FIELDS, RISKS


def patient_options(command):
    """The patient's details as options, in the order a form asks for them."""
    command = click.option("--risk", RISKS.name, multiple=True, help=RISKS.hint)(command)
    for field in reversed(PATIENT_FIELDS):  # the option added last is listed first
        command = click.option(f"--{field.name.replace('_', '-')}", field.name, help=field.hint)(command)
    return command


def form_options(command):
    """Which NHS model consent form, and the details forms 2 and 4 ask for."""
    for field in reversed(FORM_FIELDS):
        command = click.option(f"--{field.name.replace('_', '-')}", field.name, help=field.hint)(command)
    command = click.option("--lacks-capacity", is_flag=True, default=None, help=LACKS_CAPACITY.hint)(command)
    return click.option("--consent-form", type=click.Choice(FORM_CHOICES), default="auto",
                        show_default=True, help=CONSENT_FORM.hint)(command)


def output_options(command):
    """--generated-at, --archive and --password-file, shared by generate and batch."""
    command = click.option(
        "--archive", is_flag=True,
        help="The archive edition for the patient record: PDF/A-2u as well as tagged PDF/UA-1 "
        "(every pack is tagged). Cannot be encrypted.")(command)
    command = click.option(
        "--generated-at", type=click.DateTime(formats=["%Y-%m-%d"]),
        help="The date printed on the packs (default: today, or SOURCE_DATE_EPOCH if set); "
        "the same inputs and date give byte-identical PDFs.")(command)
    return click.option(
        "--password-file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help="Encrypt the PDFs (AES-256) with the password on this file's first line; "
        "or set CONSENTPACK_PASSWORD. Never give a password on the command line.")(command)


def _generation_date(generated_at) -> date:
    if generated_at is not None:
        return generated_at.date()
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()


def draft_translation_option(more: str = ""):
    """--allow-draft-translation, for generate and batch (`more`: what else decides it)."""
    return click.option(
        "--allow-draft-translation", is_flag=True,
        help="Print in a language whose translation no qualified translator has reviewed yet; every page "
        "then says it is a draft translation." + more)


def cache_options(command):
    """--cache-dir and --no-cache, shared by generate and batch."""
    command = click.option("--no-cache", is_flag=True, help="Lay everything out afresh and keep nothing.")(command)
    return click.option(
        "--cache-dir", type=click.Path(file_okay=False, path_type=Path),
        help="Where to keep the laid-out leaflets between runs (default: your user cache folder), "
        "so the next pack is made in about half the time.")(command)


def cache_folder(cache_dir: Path | None, no_cache: bool) -> Path | None:
    from .layout.cache import default_folder

    return None if no_cache else cache_dir or default_folder()


def library_option(command):
    return click.option(
        "--library",
        "library_folder",
        type=click.Path(file_okay=False, path_type=Path),
        help="A hospital's library folder (leaflets/, templates/, styles/, site.yaml); "
        "anything it lacks comes from the built-in library.",
    )(command)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@contextmanager
def _sigterm_as_ctrl_c():
    """A batch stopped with SIGTERM (kill, a service manager, a closed session) shuts down as
    it does on Ctrl-C: packs already begun are finished and recorded, the rest are not made;
    so does a filing run, and the desk, which deletes the theatre lists it holds."""
    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Progress:
    """A bar on stderr with count and time left, once the engine says how much there is to do."""

    def __init__(self, label: str, quiet: bool):
        self._label, self._quiet, self._bar = label, quiet, None

    def start(self, total: int):
        if self._quiet or total == 0:
            return lambda done: None
        self._bar = click.progressbar(length=total, label=self._label, show_pos=True, show_eta=True,
                                      file=sys.stderr)
        return self._bar.update

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.render_finish()


def _run_long(action, progress: _Progress):
    """A batch or filing run: stopped by SIGTERM as by Ctrl-C, with its progress bar, then its
    report's problems (one line each) and warnings on stderr."""
    with _sigterm_as_ctrl_c():
        report = _run(action)
    progress.finish()
    for problem in report.problems:
        click.echo(problem, err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    return report


def _run(action):
    """Engine errors become messages and exit codes; usage errors are click's own (exit 2)."""
    try:
        return action()
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    except ConsentPackError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None


@click.group()
@click.version_option(package_name="consentpack")
def cli():
    """Patient information and consent packs as print-ready PDFs."""


@cli.command()
@click.argument("procedure")
@click.option("--patient", "patient_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="The patient's details as a YAML or JSON file, instead of the options below.")
@patient_options
@form_options
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="The PDF to write. It appears only when complete.")
@library_option
@click.option("--allow-expired", is_flag=True,
              help="Print a leaflet past its review date; every page then says so.")
@click.option("--large-print", is_flag=True, help="The large-print edition: 18 pt text throughout.")
@click.option("--language", default="en", show_default=True,
              help="The language to print the pack in: a BCP 47 tag (pl, cy, zh-Hans) or its English name "
              "(Polish); `consentpack check` lists the library's languages.")
@draft_translation_option()
@output_options
@cache_options
@click.option("--fhir", is_flag=True,
              help="Also write document-references.json beside the pack: a FHIR R4 Bundle describing it.")
def generate(procedure, patient_file, additional_risks, consent_form, output, library_folder, allow_expired,
             large_print, language, allow_draft_translation, generated_at, archive, password_file, cache_dir,
             no_cache, fhir, **fields):
    """Make one patient's consent pack for PROCEDURE.

    \b
    Example:
      consentpack generate sacroiliac-joint-fusion \\
        --family-name Smith --given-name Jane --date-of-birth 1961-03-12 \\
        --nhs-number "943 476 5919" --side left --consultant "Ms A Khan" \\
        -o smith-sij-fusion.pdf
    """
    from . import actions
    from .files.password import read_password
    from .files.paths import display_path
    from .layout.cache import LayoutCache
    from .library.folders import Library
    from .patient.models import form_choice

    typed = {k: v for k, v in fields.items() if v not in (None, False)}
    if patient_file and (typed or additional_risks):
        raise click.UsageError("Give the patient either as --patient FILE or as options, not both")
    if not patient_file and not typed:
        raise click.UsageError("Give the patient's details as options or with --patient FILE")
    password = _run(lambda: read_password(password_file))

    def action():
        library = Library.open(library_folder)
        if patient_file:
            patient = actions.patient_from_file(patient_file)
            source = f"{display_path(patient_file)} content"
        else:
            patient = actions.patient_from_fields({**typed, "additional_risks": list(additional_risks)})
            source = "patient details"
        folder = cache_folder(cache_dir, no_cache)
        cache = LayoutCache(folder) if folder else None
        return actions.generate(library, procedure, patient, output, today=_generation_date(generated_at),
                                 source=source, allow_expired=allow_expired, large_print=large_print,
                                 password=password, archive=archive, cache=cache,
                                 form=form_choice(consent_form), fhir=fhir, language=language,
                                 allow_draft_translation=allow_draft_translation)

    result = _run(action)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"Wrote {display_path(result.output)} ({result.pages} pages)")


@cli.command(name="file")
@click.argument("scans", nargs=-1, required=True,
                type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("-o", "--output", "records", required=True, type=click.Path(path_type=Path),
              help="Records folder (made if missing): a PDF per pack, unfiled.pdf and filing.csv.")
@click.option("--name-template", default=RECORD_TEMPLATE, show_default=True,
              help="File name of each record; placeholders "
              + " ".join(f"{{{name}}}" for name in RECORD_PLACEHOLDERS) + ".")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Worker processes reading pages.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def file_scans(scans, records, name_template, jobs, quiet):
    """File signed pages scanned back (PDF, TIFF, JPEG or PNG) into one record per pack, by the
    QR code on every page. A page without a readable code goes to unfiled.pdf, and each problem
    is one line: "SCAN page N: no readable code" or "RECORD consent form: page 9 of 15
    missing". Exit code 1 if any page is unfiled or any consent form incomplete.

    \b
    Example:
      consentpack file scans/monday.pdf scans/extra-page.jpg -o records/
    """
    from .files.naming import NameTemplate
    from .files.paths import display_path
    from .scan.filing import FilingOptions
    from .scan.filing import file_scans as run_filing
    from .scan.records import FILING_CSV, UNFILED

    progress = _Progress("Reading pages", quiet)

    def action():
        template = NameTemplate(name_template, RECORD_PLACEHOLDERS)
        return run_filing(list(scans), FilingOptions(records, template, jobs), progress.start)

    report = _run_long(action, progress)
    click.echo(f"Read {report.pages} pages: {report.filed} filed, {report.already_filed} filed before, "
               f"{report.duplicates} duplicates left out, {report.blank} blank, {report.unfiled} unfiled. "
               f"{report.records_written} records written; see {display_path(records / FILING_CSV)}"
               + (f" and {display_path(records / UNFILED)}" if report.unfiled else "") + ".")
    if report.problems:
        raise SystemExit(1)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback needs --token-file.")
@click.option("--port", type=click.IntRange(1, 65535), default=8750, show_default=True)
@click.option("--token-file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="A file whose first line is the token staff sign in with (and the API's bearer token).")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Another name the desk answers to, such as a reverse proxy's (repeatable). It answers to "
              "the address it listens on, and loopback's names, already.")
@library_option
@click.option("--max-upload-mb", type=click.FloatRange(min=0, min_open=True), default=5, show_default=True,
              help="The largest theatre list the desk takes.")
@click.option("--max-rows", type=click.IntRange(min=1), default=500, show_default=True,
              help="The most patients on one theatre list.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Worker processes making a theatre list's packs.")
def serve(host, port, token_file, allowed_hosts, library_folder, max_upload_mb, max_rows, jobs):
    """Run the clinic desk: a web page for one patient's pack, a theatre list's packs, and the
    library check, on this computer (http://127.0.0.1:8750/ by default).

    \b
    Example:
      consentpack serve --library /srv/our-hospital-leaflets
    """
    from .desk.app import DeskOptions
    from .desk.server import serve as run_desk

    options = DeskOptions(max_upload_bytes=int(max_upload_mb * 2**20), max_rows=max_rows, jobs=jobs)
    with _sigterm_as_ctrl_c():  # stopped either way, the desk deletes the lists it holds
        _run(lambda: run_desk(host, port, library_folder, token_file, options, say=click.echo,
                              allowed_hosts=allowed_hosts))


@cli.command(name="list")
@library_option
def list_command(library_folder):
    """List the procedures in the library: id, title, version, review date, and the languages
    each can be read in, with each translation's state (current, draft or stale).

    \b
    Example:
      consentpack list --library /srv/our-hospital-leaflets
    """
    from . import actions
    from .library.folders import Library

    listing = _run(lambda: actions.list_leaflets(Library.open(library_folder)))
    rows = [("ID", "TITLE", "VERSION", "REVIEW DUE", "LANGUAGES")] + [
        (l.id, l.title, l.version, l.review_due.isoformat(),
         ", ".join(["en"] + [str(language) for language in listing.languages[l.id]]))
        for l in listing.leaflets
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    for error in listing.errors:
        click.echo(f"error: {error}", err=True)
    if listing.errors:
        raise SystemExit(1)


@cli.command()
@click.argument("theatre_list", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "output_folder", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the packs and manifest.csv (made if missing). Not needed with --check.")
@click.option("--sheet", help="The sheet to read from an Excel list (default: the first).")
@click.option("--columns", "columns_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="YAML file mapping your column headers to ConsentPack's, e.g. 'Surname: family_name'.")
@click.option("--name-template", default=DEFAULT_TEMPLATE, show_default=True,
              help="File name of each pack; placeholders {identifier} {family_name} {given_name} "
              "{procedure} {procedure_date} {row}.")
@click.option("--print-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write one PDF of every pack for the printer, each starting on a right-hand page.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Worker processes.")
@click.option("--check", "check_only", is_flag=True, help="Only validate the list; write nothing.")
@click.option("--strict", is_flag=True, help="Produce nothing if any row is bad.")
@click.option("--force", is_flag=True, help="Rewrite packs even when their inputs have not changed.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--allow-expired", is_flag=True,
              help="Print leaflets past their review date; every page then says so.")
@draft_translation_option(" A row's own allow_draft_translation cell (yes or no) decides for that row.")
@output_options
@library_option
@cache_options
@click.option("--fhir", is_flag=True,
              help="Also write document-references.json: a FHIR R4 Bundle describing every pack for the record.")
def batch(theatre_list, output_folder, sheet, columns_file, name_template, print_file, jobs,
          check_only, strict, force, quiet, allow_expired, allow_draft_translation, generated_at, archive,
          password_file, library_folder, cache_dir, no_cache, fhir):
    """Make a pack for every patient on a theatre list (CSV or XLSX), or for every planned
    operation in a FHIR R4 Bundle (.json).

    Every row is checked before anything is made; each bad row is reported as
    "LIST row N: field: problem" (for a Bundle, "BUNDLE entry N (ServiceRequest/id): ...")
    and the good rows are still produced (exit code 1).

    \b
    Example:
      consentpack batch theatre-list.csv -o packs/ --print-file packs/print-all.pdf
    """
    from .batch.manifest import FAILED, PRODUCED, UNCHANGED
    from .batch.run import BatchOptions, run_batch
    from .files.naming import NameTemplate
    from .files.password import read_password
    from .files.paths import display_path
    from .library.folders import Library
    from .lists.reader import read_theatre_list
    from .lists.table import read_column_map

    if output_folder is None and not check_only:
        raise click.UsageError("Give the output folder with -o, or use --check")
    password = _run(lambda: read_password(password_file))
    progress = _Progress("Making packs", quiet)

    def action():
        library = Library.open(library_folder)
        column_map = read_column_map(columns_file) if columns_file else None
        rows = read_theatre_list(theatre_list, sheet, column_map, library)
        options = BatchOptions(
            output_folder=output_folder or Path("."), name_template=NameTemplate(name_template),
            jobs=jobs, today=_generation_date(generated_at), check_only=check_only, strict=strict,
            force=force, print_file=print_file, allow_expired=allow_expired,
            allow_draft_translation=allow_draft_translation, password=password, archive=archive, fhir=fhir,
            layout_cache=cache_folder(cache_dir, no_cache),
        )
        return run_batch(rows, library, options, progress.start)

    report = _run_long(action, progress)
    failed = report.count(FAILED)
    if check_only:
        click.echo(f"Checked {report.rows} rows: {failed} with problems.")
    elif strict and report.problems:
        click.echo("Nothing was produced because of the problems above (--strict).")
    else:
        manifest = display_path(report.manifest_path) if report.manifest_path else "not written"
        click.echo(f"Produced {report.count(PRODUCED)}, unchanged {report.count(UNCHANGED)}, "
                   f"failed {failed}. Manifest: {manifest}")
        if report.not_made:
            click.echo(f"Stopped before the end: {report.not_made} packs were not made"
                       + (" and no print file was written" if print_file else "")
                       + ". Run the same command again to make the rest.")
        if report.print_file_pages is not None:
            click.echo(f"Print file: {display_path(print_file)} ({report.print_file_pages} pages)")
    if report.problems or report.not_made:
        raise SystemExit(1)


@cli.command()
@click.argument("leaflets", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="json for a hospital's own CI.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--on", "on_date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Check review dates as on this day (default today), to plan reviews ahead.")
@library_option
def check(leaflets, output_format, strict, on_date, library_folder):
    """Check leaflets and the site file: format, completeness, risk figures, review dates,
    readability; and each language's catalog: reviewed or a draft, and whether it has every
    message. One row per finding, then the languages; exit code 1 if any finding is an error.

    \b
    Example:
      consentpack check --library /srv/our-hospital-leaflets sacroiliac-joint-fusion
    """
    from .library.check import ERROR, check_library, library_languages
    from .library.folders import Library

    day = on_date.date() if on_date else date.today()
    library = _run(lambda: Library.open(library_folder))
    findings = _run(lambda: check_library(library, list(leaflets), day, strict))
    if output_format == "json":
        import json

        click.echo(json.dumps([finding.as_dict() for finding in findings], indent=2, ensure_ascii=False))
    else:
        if findings:
            rows = [("FILE", "FIELD", "SEVERITY", "MESSAGE")] + [
                (f.file, f.field, f.severity, f.message) for f in findings]
            widths = [max(len(row[i]) for row in rows) for i in range(3)]
            for row in rows:
                click.echo("  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
                           + "  " + row[3])
        else:
            click.echo("No problems found.")
        click.echo("\nLanguages:")
        for language in library_languages(library):
            click.echo(f"  {language.line}")
    if any(finding.severity == ERROR for finding in findings):
        raise SystemExit(1)


@cli.command()
@click.argument("leaflet_id")
@click.option("--library", "library_folder", type=click.Path(file_okay=False, path_type=Path),
              help="The library folder to write into (default: the current folder).")
def new(leaflet_id, library_folder):
    """Write a leaflet skeleton to fill in: leaflets/LEAFLET_ID.yaml in the library folder.

    The library folder is the one given with --library, or else the current folder; its
    leaflets/ folder is made if missing. Nothing is ever written inside the installed
    package. The other commands read a library folder only when given it, as in
    `consentpack list --library .`.

    \b
    Example:
      consentpack new knee-replacement --library /srv/our-hospital-leaflets
    """
    import shlex

    from . import actions
    from .files.paths import display_path
    from .library.folders import Library

    folder = library_folder or Path(".")
    path = _run(lambda: actions.new_leaflet(Library.open(folder), leaflet_id))
    click.echo(f"Wrote {display_path(path)}; fill in every TODO, then run: "
               f"consentpack check --library {shlex.quote(str(folder))} {leaflet_id}")


@cli.command(name="import")
@click.argument("source", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The draft leaflet to write, FILE.yaml. Never replaces a file.")
@click.option("--id", "leaflet_id",
              help="The draft's id (default: the output file's name, or the words of the source's title).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write what went where as JSON: each heading's section, the paragraphs not placed, "
              "the risk figures found.")
@click.option("--library", "library_folder", type=click.Path(file_okay=False, path_type=Path),
              help="Write the draft into this library folder, as leaflets/ID.yaml, instead of -o.")
def import_command(source, output, leaflet_id, report_path, library_folder):
    """Bring in a hospital's own leaflet (a web page, Word file, PDF, Markdown or plain text) as
    a draft leaflet in its own words. What it lacks says TODO, so `consentpack check` fails the
    draft until a person has written it; the paragraphs it could not place are listed at the end
    of the draft.

    \b
    Example:
      consentpack import hernia-repair.docx --library /srv/our-hospital-leaflets \\
        --id inguinal-hernia-repair --report hernia-import.json
    """
    import shlex

    from . import actions
    from .files.paths import display_path
    from .library.folders import Library

    if output and library_folder:
        raise click.UsageError("Give the draft's file with -o or a library folder with --library, not both")

    def action():
        library = Library.open(library_folder) if library_folder else None
        return actions.import_leaflet(source, output, leaflet_id, report_path, library)

    result = _run(action)
    click.echo(result.table)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    unplaced = len(result.report["unplaced"])
    if unplaced:
        click.echo(f"{unplaced} paragraphs not placed: they are listed at the end of the draft.")
    check = (f"consentpack check --library {shlex.quote(str(library_folder))} {result.leaflet_id}"
             if library_folder else f"consentpack check --library DIR {result.leaflet_id}, with the draft in "
             "DIR/leaflets/")
    click.echo(f"Wrote {display_path(result.output)}"
               + (f" and {display_path(report_path)}" if report_path else "")
               + f"; {len(result.unfinished)} fields still say TODO. Write them, then run: {check}")


@cli.command()
@click.argument("leaflet_id")
@click.option("--docx", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The Word document to write, FILE.docx. Never replaces a file.")
@library_option
def export(leaflet_id, output, library_folder):
    """Write a leaflet as a Word document to edit in Word: its details in a table, a heading per
    section, its risks in a table of name, detail, figure and source. `consentpack import` reads
    the document back, edited or not, as the same leaflet.

    \b
    Example:
      consentpack export sacroiliac-joint-fusion --docx sij-fusion.docx
    """
    from . import actions
    from .files.paths import display_path
    from .library.folders import Library

    path = _run(lambda: actions.export_leaflet(Library.open(library_folder), leaflet_id, output))
    click.echo(f"Wrote {display_path(path)}; edit it in Word, then run: consentpack import "
               f"{display_path(path)} -o {leaflet_id}.yaml")


@cli.group()
def translate():
    """Send a leaflet's text to a translator and bring the translation back, as XLIFF 1.2 (CAT
    tools, Weblate) or gettext PO (Poedit): `translate export`, then `translate import`."""


@translate.command(name="export")
@click.argument("leaflet_id")
@click.argument("language")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file for the translator: FILE.xlf (XLIFF 1.2) or FILE.po (gettext). Never replaces a file.")
@library_option
def translate_export(leaflet_id, language, output, library_folder):
    """Write LEAFLET_ID's text for a translator into LANGUAGE (a tag or English name: pl, Polish),
    with the library's translation where it has one; a unit whose English changed since it was
    translated is marked needs-review-translation (XLIFF) or fuzzy (PO).

    \b
    Example:
      consentpack translate export sacroiliac-joint-fusion pl -o sij-fusion.pl.xlf
    """
    import shlex

    from . import actions
    from .files.paths import display_path
    from .library.folders import Library

    result = _run(lambda: actions.export_translation(Library.open(library_folder), leaflet_id, language, output))
    review = f", {len(result.needs_review)} to review as the English changed" if result.needs_review else ""
    command = shlex.join(["consentpack", "translate", "import", str(display_path(result.output))]
                         + (["--library", str(library_folder)] if library_folder else []))
    click.echo(f"Wrote {display_path(result.output)}: {result.units} units, {result.translated} translated"
               f"{review}, {result.untranslated} untranslated. When it is translated, run: {command}")


@translate.command(name="import")
@click.argument("source", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--library", "library_folder", type=click.Path(file_okay=False, path_type=Path),
              help="The library folder holding the leaflet; the translation is written beside it, as "
              "leaflets/ID.LANG.yaml (default: beside the built-in leaflet, in a checkout).")
def translate_import(source, library_folder):
    """Bring a translator's XLIFF or PO file back as the leaflet's translation, leaflets/ID.LANG.yaml,
    beside the leaflet it translates. A unit still marked needs-review or fuzzy keeps the source
    hash of the English it was translated from, so the translation stays stale until it is
    approved. The translation is reviewed only if the file approves every unit (XLIFF
    approved="yes" with state="final"; PO header Reviewed: yes, nothing fuzzy).

    \b
    Example:
      consentpack translate import sij-fusion.pl.xlf --library /srv/our-hospital-leaflets
    """
    from . import actions
    from .files.paths import display_path
    from .library.folders import Library

    imported = _run(lambda: actions.import_translation(Library.open(library_folder), source))
    result = imported.result
    translation = result.translation
    parts = [f"{len(result.current)} current"]
    if result.needs_review:
        parts.append(f"{len(result.needs_review)} still marked for review, kept stale: {', '.join(result.needs_review)}")
    if result.outdated:
        parts.append(f"{len(result.outdated)} translated from English that has changed since: "
                     f"{', '.join(result.outdated)}")
    if result.untranslated:
        parts.append(f"{len(result.untranslated)} untranslated")
    done = "Wrote" if imported.written else "Unchanged:"
    click.echo(f"{done} {display_path(imported.path)} ({translation.language}): " + "; ".join(parts) + ".")
    if translation.reviewed:
        by = (f" by {translation.translator}" if translation.translator
              else f", but no translator is named: put their name in {display_path(imported.path)} as translator:")
        click.echo(f"reviewed: true{by}.")
    elif not result.complete:
        click.echo("reviewed: false; the translation is not printed until every unit is current. "
                   "`consentpack check` names the units.")
    else:
        click.echo(f"reviewed: false; the file does not approve {result.not_approved} of the units "
                   "(XLIFF approved=\"yes\" with state=\"final\"; PO header Reviewed: yes). A draft is printed "
                   "only with --allow-draft-translation.")


@cli.command()
@click.argument("procedure")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="The HTML file to write.")
@library_option
def preview(procedure, output, library_folder):
    """Write PROCEDURE's pack for a sample patient as HTML with the print styles, to read in a browser.

    \b
    Example:
      consentpack preview sacroiliac-joint-fusion -o preview.html
    """
    from . import actions
    from .files.paths import display_path
    from .library.folders import Library

    result = _run(lambda: actions.preview(Library.open(library_folder), procedure, output))
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"Wrote {display_path(result.output)}")


def main():
    cli(prog_name="consentpack")


if __name__ == "__main__":
    main()

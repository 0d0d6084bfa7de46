"""What each CLI command does, as plain functions: the CLI parses options and calls one of these."""

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from .errors import ContentError, PatientError, UsageError
from .files.atomic import atomic_write
from .files.paths import display_path
from .layout.context import pack_context
from .library.folders import Library, load_model
from .library.languages import ENGLISH, catalog_digest
from .library.models import Leaflet
from .library.skeleton import SKELETON
from .library.translations import LeafletLanguage
from .library.validation import bulleted, problems
from .patient.models import FormChoice, PackRequest, Patient
from .patient.preflight import Preflight, RowProblems
from .patient.printing import Printing, printing_identity

if TYPE_CHECKING:
    from .importing.draft import Draft
    from .layout.cache import LayoutCache
    from .layout.renderer import Renderer
    from .library.translation_exchange import ImportedTranslation
    from .pdf.pack import PackBuilder


@dataclass(frozen=True)
class Generated:
    output: Path
    pages: int
    warnings: tuple[str, ...]


def patient_from_fields(fields: dict) -> Patient:
    """A patient typed on the command line; empty options are simply absent."""
    try:
        return Patient.model_validate({k: v for k, v in fields.items() if v not in (None, (), [])})
    except ValidationError as exc:
        lines = problems(exc)
        raise RowProblems(bulleted("Bad patient details", lines), lines) from None


def patient_from_file(path: Path) -> Patient:
    return load_model(Patient, path, error=PatientError)


@dataclass(frozen=True)
class MadePack:
    request: PackRequest
    pdf: bytes
    pages: int
    pack_id: str
    warnings: tuple[str, ...]


def make_pack(builder: "PackBuilder", request: PackRequest, today: date, printing: Printing,
              password: str | None = None, archive: bool = False) -> MadePack:
    """The one way a pack is made from a request the preflight has passed: every door ends here,
    in its own process (generate, the desk) or in batch's workers. `builder` may be kept warm."""
    pack = builder.build(request, today, printing.pack_id, password, archive)
    return MadePack(request, pack.pdf, pack.page_count, printing.pack_id, builder.warnings())


def printing_fingerprint(fingerprint: str, request: PackRequest, library: Library) -> str:
    """What a printing depends on beyond its request: the templates, styles and fonts
    (`fingerprint`), and the words of its language's catalog, so a changed translation is a new
    printing. English has no catalog: its fingerprint is unchanged."""
    return fingerprint + catalog_digest(request.language, library.folders("locales"))


def one_pack(builder: "PackBuilder", procedure: str, patient: Patient, today: date,
             source: str = "patient details", allow_expired: bool = False, large_print: bool = False,
             password: str | None = None, archive: bool = False, form: FormChoice = "auto",
             language: str = ENGLISH, allow_draft_translation: bool = False) -> MadePack:
    """One patient's pack in memory, through the preflight every door uses: `generate` writes
    it to a file, the desk sends it to the browser. `language` is a tag or a name ('pl',
    'Polish'); a draft translation is printed only with `allow_draft_translation`."""
    from .pdf.standards import check_archive_options

    check_archive_options(archive, password)
    renderer = builder.renderer
    preflight = Preflight(renderer.library, today, allow_expired, allow_draft_translation=allow_draft_translation)
    prepared = preflight.prepare(procedure, patient, large_print, source, form, language)
    # Not a file's name: the same pack written under two names is still one printing.
    fingerprint = printing_fingerprint(renderer.fingerprint, prepared.request, renderer.library)
    printing = printing_identity(prepared.request, today, fingerprint, archive)
    made = make_pack(builder, prepared.request, today, printing, password, archive)
    return replace(made, warnings=prepared.warnings + made.warnings)


def generate(library: Library, procedure: str, patient: Patient, output: Path,
             today: date | None = None, source: str = "patient details",
             allow_expired: bool = False, large_print: bool = False,
             password: str | None = None, archive: bool = False,
             cache: "LayoutCache | None" = None, form: FormChoice = "auto", fhir: bool = False,
             language: str = ENGLISH, allow_draft_translation: bool = False) -> Generated:
    """One patient's pack, written atomically to `output`; `today` is the date it is printed on;
    `form` is the consent form asked for (auto: the preflight's rules choose); `language` the
    language it is printed in (a draft translation only with `allow_draft_translation`). With a `cache`,
    the parts every patient shares are laid out once ever, not once per run. With `fhir`,
    document-references.json beside it describes it for the record."""
    from .layout.renderer import Renderer
    from .pdf.pack import PackBuilder  # only the commands that make a PDF load the PDF libraries

    if output.suffix.lower() != ".pdf":
        raise UsageError(f"Output {display_path(output)} must be a file name ending in .pdf")
    if not output.parent.is_dir():
        raise UsageError(f"Output folder {display_path(output.parent)} does not exist")
    if output.is_dir():
        raise UsageError(f"Output {display_path(output)} is a folder; give a file name ending in .pdf")
    made = one_pack(PackBuilder(Renderer(library), cache), procedure, patient, today or date.today(), source,
                     allow_expired, large_print, password, archive, form, language, allow_draft_translation)
    atomic_write(output, made.pdf)
    if fhir:
        from .fhir.documents import DescribedPack, write_document_bundle

        write_document_bundle(output.parent, [DescribedPack(made.request, output, datetime.now(timezone.utc))],
                              library.site())
    return Generated(output=output, pages=made.pages, warnings=made.warnings)


@dataclass(frozen=True)
class Listing:
    leaflets: tuple[Leaflet, ...]
    errors: tuple[str, ...]
    languages: dict[str, tuple["LeafletLanguage", ...]] = field(default_factory=dict)  # by leaflet id


def list_leaflets(library: Library) -> Listing:
    """Every leaflet that loads, with its translations' states, and a message for each one that
    does not load."""
    from .library.leaflet_languages import leaflet_languages

    leaflets, errors = [], []
    for path in library.leaflet_files().values():
        try:
            leaflets.append(library.load_leaflet(path))
        except ContentError as exc:
            errors.append(str(exc))
    languages = {leaflet.id: tuple(leaflet_languages(library, leaflet)) for leaflet in leaflets}
    return Listing(tuple(leaflets), tuple(errors), languages)


def sample_patient(leaflet: Leaflet) -> Patient:
    """A made-up patient for previews; the NHS number is in the range kept for testing."""
    return Patient(family_name="Sample", given_name="Alex", date_of_birth="1970-01-01",
                   nhs_number="9990000018", consultant="Consultant's name",
                   side="left" if leaflet.sided else None)


def whole_pack_html(renderer: "Renderer", request: PackRequest, today: date) -> str:
    """The whole pack as one HTML document (templates/preview.html) with the print styles inlined:
    the authors' preview, and the benchmark's naive baseline."""
    context = pack_context(request.leaflet, request.site, request.patient, today,
                           request.patient.procedure_date, request.consent_form)
    return renderer.html("preview.html", **context,
                         stylesheet=renderer.stylesheet_text(request.site, request.large_print))


def preview(library: Library, procedure: str, output: Path, today: date | None = None) -> Generated:
    """The whole pack for a sample patient as one HTML file, for authors: an unfinished or expired
    leaflet is shown, with what keeps it from patients as warnings."""
    from .layout.renderer import Renderer

    if output.suffix.lower() != ".html":
        raise UsageError(f"Output {display_path(output)} must be a file name ending in .html")
    today = today or date.today()
    preflight = Preflight(library, today, draft=True)
    leaflet, _ = preflight.leaflet(procedure)
    prepared = preflight.prepare(procedure, sample_patient(leaflet))
    html = whole_pack_html(Renderer(library), prepared.request, today)
    atomic_write(output, html.encode("utf-8"))
    return Generated(output=output, pages=0, warnings=prepared.leaflet_warnings)


def new_leaflet(library: Library, leaflet_id: str, today: date | None = None) -> Path:
    """A leaflet skeleton that passes the format check and fails the completeness check, written
    to leaflets/ in the library's own folder (made if missing), never into the built-in library:
    installed, that is inside the ConsentPack package."""
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", leaflet_id):
        raise UsageError(f"'{leaflet_id}' is not a leaflet id: use lower-case words and hyphens")
    if library.own_folder is None:
        raise UsageError("Give the library folder to write the new leaflet into")
    folder = library.own_folder / "leaflets"
    path = folder / f"{leaflet_id}.yaml"
    if existing := library.leaflet_files().get(leaflet_id):
        raise UsageError(f"{display_path(existing)} already has the id {leaflet_id}; a new leaflet "
                         "with it would replace that one. Choose another id")
    today = today or date.today()
    text = SKELETON.format(id=leaflet_id, title=leaflet_id.replace("-", " ").capitalize(),
                           published=today.isoformat(),
                           review_due=(today + timedelta(days=3 * 365)).isoformat())
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"))
    return path


@dataclass(frozen=True)
class Imported:
    output: Path
    leaflet_id: str
    report: dict  # what went where: see consentpack/importing/report.py
    table: str  # the report's short form, for the terminal
    unfinished: tuple[str, ...]  # the fields `consentpack check` names as still TODO
    notes: tuple[str, ...]


def _new_file(path: Path, suffix: str, what: str, verb: str = "an import") -> None:
    """An import or export writes only files that do not exist yet, so it never replaces a
    leaflet, a report or the source itself."""
    if path.suffix.lower() != suffix:
        raise UsageError(f"{what} {display_path(path)} must be a file name ending in {suffix}")
    if not path.parent.is_dir():
        raise UsageError(f"{what} folder {display_path(path.parent)} does not exist")
    if path.exists():
        raise UsageError(f"{display_path(path)} already exists; {verb} never replaces a file. Choose "
                         "another name, or move that file away")


class IdRefused(UsageError):
    """The draft's id is not a leaflet id, or the library already has it: the desk shows this
    beside its id field, the CLI as any other usage error."""


def _free_id(library: Library, leaflet_id: str) -> None:
    if existing := library.leaflet_files().get(leaflet_id):
        raise IdRefused(f"{display_path(existing)} already has the id {leaflet_id}; the draft would replace "
                        "that leaflet. Choose another id")


def draft_import(source_path: Path, leaflet_id: str | None = None, library: Library | None = None,
                 today: date | None = None, name: str | None = None) -> "Draft":
    """The draft leaflet and its report from a leaflet file, writing nothing: what both doors
    show. With a library, an id it already has (its own or built-in) is refused. `name` names the
    source in messages and in the draft (the desk's upload by its own name, not its folder)."""
    from .importing.draft import draft_leaflet
    from .importing.read import read_source

    if leaflet_id is not None and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", leaflet_id):
        raise IdRefused(f"'{leaflet_id}' is not a leaflet id: use lower-case words and hyphens")
    if library is not None and leaflet_id is not None:
        _free_id(library, leaflet_id)  # before the file is read: refused at once
    draft = draft_leaflet(read_source(source_path, name), leaflet_id, today)
    if library is not None:
        _free_id(library, draft.leaflet_id)
    return draft


def save_draft(draft: "Draft", library: Library) -> Path:
    """The draft as leaflets/ID.yaml in the library's own folder (made if missing), never into
    the built-in library and never over an existing file or id."""
    if library.own_folder is None:
        raise UsageError("Give the library folder to write the draft into")
    _free_id(library, draft.leaflet_id)
    output = library.own_folder / "leaflets" / f"{draft.leaflet_id}.yaml"
    output.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(output, draft.text.encode("utf-8"))
    return output


def import_leaflet(source_path: Path, output: Path | None, leaflet_id: str | None = None,
                   report_path: Path | None = None, library: Library | None = None,
                   today: date | None = None) -> Imported:
    """A hospital's own leaflet (a web page, Word file or PDF) as a draft leaflet in its own
    words, written atomically to `output`, or to leaflets/ID.yaml in the library's own folder;
    never over an existing file or id. `report_path` gets what went where, as JSON.
    The id is `leaflet_id`, else the output file's name, else the title's words."""
    import json

    from .importing.report import report_table

    if (output is None) == (library is None):
        raise UsageError("Give the draft's file with -o FILE.yaml, or a library folder with --library; not both")
    if library is not None and library.own_folder is None:
        raise UsageError("Give the library folder to write the draft into")
    if output is not None:
        _new_file(output, ".yaml", "Output")
        if leaflet_id is None and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", output.stem):
            leaflet_id = output.stem
    if report_path is not None:
        _new_file(report_path, ".json", "Report")
    draft = draft_import(source_path, leaflet_id, library, today)
    notes = draft.notes
    if library is not None:
        output = save_draft(draft, library)
    else:
        if output.stem != draft.leaflet_id:
            notes += (f"The draft's id is {draft.leaflet_id} but its file is {output.name}; rename the file "
                      f"{draft.leaflet_id}.yaml before running consentpack check",)
        atomic_write(output, draft.text.encode("utf-8"))
    if report_path is not None:
        atomic_write(report_path, (json.dumps(draft.report, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return Imported(output, draft.leaflet_id, draft.report, report_table(draft.report), draft.unfinished, notes)


def export_leaflet(library: Library, leaflet_id: str, output: Path) -> Path:
    """The leaflet as a Word document (.docx) that `consentpack import` reads back field for
    field, for an author who edits in Word; written atomically, never over an existing file."""
    from .importing.docx_export import write_leaflet_document

    _new_file(output, ".docx", "The Word document", "an export")
    write_leaflet_document(library.leaflet(leaflet_id), output)
    return output


@dataclass(frozen=True)
class TranslationExported:
    output: Path
    language: str
    units: int
    translated: int  # units with a translation whose English is unchanged
    needs_review: tuple[str, ...]  # units whose English changed since they were translated
    untranslated: int


def _translator_file(path: Path) -> str:
    """'xliff' or 'po', by the file's suffix."""
    from .library.translation_po import SUFFIXES as PO
    from .library.xliff import SUFFIXES as XLIFF

    suffix = path.suffix.lower()
    if suffix in XLIFF or suffix in PO:
        return "xliff" if suffix in XLIFF else "po"
    raise UsageError(f"The translator's file {display_path(path)} must be a file name ending in "
                     f"{', '.join(XLIFF)} (XLIFF 1.2) or {', '.join(PO)} (gettext PO)")


def export_translation(library: Library, leaflet_id: str, language: str, output: Path) -> TranslationExported:
    """The leaflet's text for a translator into `language`, as XLIFF 1.2 or PO by the output's
    suffix, with the translation the library has where it has one; written atomically, never
    over an existing file."""
    from .library.languages import english_name, language_tag
    from .library.models import LANGUAGE_TAGS
    from .library.translation_exchange import NEEDS_REVIEW, TRANSLATED, exchange_of
    from .library.translation_po import po_bytes
    from .library.xliff import xliff_bytes

    tag = language_tag(language)
    if tag is None or tag == ENGLISH:
        known = ", ".join(f"{english_name(t)} ({t})" for t in LANGUAGE_TAGS if t != ENGLISH)
        raise UsageError(f"'{language}' is not a language a leaflet is translated into; use one of: {known}")
    kind = _translator_file(output)
    _new_file(output, output.suffix.lower(), "The translator's file", "an export")
    master = library.leaflet(leaflet_id)
    path = library.translation_files(leaflet_id).get(tag)
    translation = library.load_translation(path, leaflet_id, tag) if path else None
    exchange = exchange_of(master, tag, translation)
    atomic_write(output, xliff_bytes(exchange) if kind == "xliff" else po_bytes(exchange))
    statuses = [unit.status for unit in exchange.units]
    return TranslationExported(output, tag, len(statuses), statuses.count(TRANSLATED),
                               tuple(unit.key for unit in exchange.units if unit.status == NEEDS_REVIEW),
                               len(statuses) - statuses.count(TRANSLATED) - statuses.count(NEEDS_REVIEW))


def _translation_target(library: Library, leaflet_id: str, tag: str) -> Path:
    """`leaflets/ID.LANG.yaml` beside the leaflet it translates, the only place a translation is
    read from: in the library's own folder when one was given (which must hold the leaflet), else
    beside the built-in leaflet in a checkout, never inside the installed package."""
    from .library.folders import builtin_root

    master = library.leaflet_files()[leaflet_id]
    if library.own_folder is not None and master.parent != library.own_folder / "leaflets":
        raise UsageError(f"{display_path(library.own_folder)} has no leaflet {leaflet_id} of its own, and a "
                         f"translation is read only beside its leaflet: copy {display_path(master)} into "
                         f"{display_path(library.own_folder / 'leaflets')} first, then import the translation again")
    if library.own_folder is None and builtin_root() == Path(__file__).resolve().parent / "builtin":
        raise UsageError("The built-in library is inside the installed ConsentPack package and is never written "
                         "to; give your library folder with --library, holding a copy of the leaflet")
    return master.parent / f"{leaflet_id}.{tag}.yaml"


@dataclass(frozen=True)
class TranslationImported:
    path: Path
    written: bool  # False when the file already said the same
    result: "ImportedTranslation"


def import_translation(library: Library, source: Path) -> TranslationImported:
    """A translator's XLIFF or PO file as the leaflet's translation file, `leaflets/ID.LANG.yaml`
    beside its leaflet: written atomically, only over that same translation, and not at all when
    it would say what the file already says (so its bytes stay as they are)."""
    from .library.translation_exchange import translation_from, translation_text
    from .library.translation_po import read_po
    from .library.xliff import read_xliff

    exchange = (read_xliff if _translator_file(source) == "xliff" else read_po)(source)
    master = library.leaflet(exchange.leaflet_id)
    target = _translation_target(library, master.id, exchange.language)
    existing = None
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise UsageError(f"{display_path(target)} is not a plain file; an import replaces only the translation "
                         "it wrote. Move it away first")
    if target.exists():
        try:
            existing = library.load_translation(target, master.id, exchange.language)
        except ContentError as exc:
            raise UsageError(f"{display_path(target)} is not a readable translation of {master.id}, so the import "
                             f"does not replace it; mend it or move it away first. {exc}") from None
    result = translation_from(master, exchange, existing, display_path(source))
    written = existing != result.translation
    if written:
        atomic_write(target, translation_text(result.translation).encode("utf-8"))
    return TranslationImported(target, written, result)

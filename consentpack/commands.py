"""What each CLI command does, as plain functions: the CLI parses options and calls one of these."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup
from pydantic import ValidationError

from .errors import ContentError, PatientError, UsageError
from .governance import cannot_print, past_procedure_date, print_warnings
from .library import Library, display_path, load_model
from .models import Leaflet, PackRequest, Patient, Site
from .output import atomic_write
from .recovery_dates import stage_dates
from .risk_figures import risk_figures
from .skeleton import SKELETON
from .validation import bulleted, problems

if TYPE_CHECKING:
    from .render import Renderer


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
        raise PatientError(bulleted("Bad patient details", problems(exc))) from None


def patient_from_file(path: Path) -> Patient:
    return load_model(Patient, path, error=PatientError)


def pack_request(library: Library, procedure: str, patient: Patient,
                 source: str = "patient details", large_print: bool = False) -> PackRequest:
    """Checks that the patient fits the procedure (side) before anything is drawn."""
    leaflet, site = library.leaflet(procedure), library.site()
    risk_figures(leaflet, site)  # the site's own figures must name the leaflet's risks
    try:
        return PackRequest(leaflet=leaflet, site=site, patient=patient, large_print=large_print)
    except ValidationError as exc:
        raise PatientError(bulleted(f"Bad {source}", problems(exc))) from None


def request_warnings(request: PackRequest, today: date) -> tuple[str, ...]:
    warnings = print_warnings(request.leaflet, today)
    if warning := past_procedure_date(request, today):
        warnings.append(warning)
    return tuple(warnings)


def generate(library: Library, procedure: str, patient: Patient, output: Path,
             today: date | None = None, source: str = "patient details",
             allow_expired: bool = False, large_print: bool = False,
             password: str | None = None, archive: bool = False) -> Generated:
    """One patient's pack, written atomically to `output`; `today` is the date it is printed on."""
    from .pdf.pack import PackBuilder  # only the commands that make a PDF load the PDF libraries
    from .pdf.standards import check_archive_options
    from .render import Renderer

    today = today or date.today()
    check_archive_options(archive, password)
    if output.suffix.lower() != ".pdf":
        raise UsageError(f"Output {display_path(output)} must be a file name ending in .pdf")
    if not output.parent.is_dir():
        raise UsageError(f"Output folder {display_path(output.parent)} does not exist")
    if output.is_dir():
        raise UsageError(f"Output {display_path(output)} is a folder; give a file name ending in .pdf")
    request = pack_request(library, procedure, patient, source, large_print)
    if problem := cannot_print(request.leaflet, today, allow_expired):
        raise ContentError(problem)
    pack = PackBuilder(Renderer(library)).build(request, today, password, archive)
    atomic_write(output, pack.pdf)
    return Generated(output=output, pages=pack.page_count, warnings=request_warnings(request, today))


@dataclass(frozen=True)
class Listing:
    leaflets: tuple[Leaflet, ...]
    errors: tuple[str, ...]


def list_leaflets(library: Library) -> Listing:
    """Every leaflet that loads, and a message for each one that does not."""
    leaflets, errors = [], []
    for path in library.leaflet_files().values():
        try:
            leaflets.append(library.load_leaflet(path))
        except ContentError as exc:
            errors.append(str(exc))
    return Listing(tuple(leaflets), tuple(errors))


def sample_patient(leaflet: Leaflet) -> Patient:
    """A made-up patient for previews; the NHS number is in the range kept for testing."""
    return Patient(family_name="Sample", given_name="Alex", date_of_birth="1970-01-01",
                   nhs_number="9990000018", consultant="Consultant's name",
                   side="left" if leaflet.sided else None)


def whole_pack_html(renderer: "Renderer", site: Site, leaflet: Leaflet, patient: Patient, today: date,
                    stylesheet: Markup) -> str:
    """The whole pack as one HTML document (templates/preview.html): the authors' preview, and
    the benchmark's naive baseline."""
    return renderer.html("preview.html", site=site, leaflet=leaflet, patient=patient, today=today,
                         stylesheet=stylesheet, risks=risk_figures(leaflet, site),
                         recovery_dates=stage_dates(leaflet, patient.procedure_date, site.locale))


def preview(library: Library, procedure: str, output: Path, today: date | None = None) -> Path:
    """The whole pack for a sample patient as one HTML file with the print styles, for authors."""
    if output.suffix.lower() != ".html":
        raise UsageError(f"Output {display_path(output)} must be a file name ending in .html")
    from .render import Renderer

    leaflet, site = library.leaflet(procedure), library.site()
    renderer = Renderer(library)
    html = whole_pack_html(renderer, site, leaflet, sample_patient(leaflet), today or date.today(),
                           renderer.stylesheet_text(site))
    atomic_write(output, html.encode("utf-8"))
    return output


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

"""What each CLI command does, as plain functions: the CLI parses options and calls one of these."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from .errors import ContentError, PatientError, UsageError
from .library import Library, display_path, load_model
from .models import Leaflet, PackRequest, Patient
from .output import atomic_write
from .pack import PackBuilder
from .render import Renderer
from .validation import bulleted, problems


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
                 source: str = "patient details") -> PackRequest:
    """Checks that the patient fits the procedure (side) before anything is drawn."""
    leaflet = library.leaflet(procedure)
    try:
        return PackRequest(leaflet=leaflet, site=library.site(), patient=patient)
    except ValidationError as exc:
        raise PatientError(bulleted(f"Bad {source}", problems(exc))) from None


def request_warnings(request: PackRequest, today: date) -> tuple[str, ...]:
    warnings = []
    when = request.patient.procedure_date
    if when is not None and when < today:
        warnings.append("procedure_date is in the past; check it is right")
    leaflet = request.leaflet
    if leaflet.review_due < today:
        warnings.append(f"leaflet {leaflet.id} version {leaflet.version} was due for review on "
                        f"{leaflet.review_due.isoformat()}; tell the patient information lead")
    return tuple(warnings)


def generate(library: Library, procedure: str, patient: Patient, output: Path,
             today: date | None = None, source: str = "patient details") -> Generated:
    """One patient's pack, written atomically to `output`."""
    today = today or date.today()
    if output.suffix.lower() != ".pdf":
        raise UsageError(f"Output {display_path(output)} must be a file name ending in .pdf")
    if not output.parent.is_dir():
        raise UsageError(f"Output folder {display_path(output.parent)} does not exist")
    if output.is_dir():
        raise UsageError(f"Output {display_path(output)} is a folder; give a file name ending in .pdf")
    request = pack_request(library, procedure, patient, source)
    pack = PackBuilder(Renderer(library)).build(request, today)
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

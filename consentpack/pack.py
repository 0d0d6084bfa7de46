"""One patient's pack, put together from layers so that only what is personal is laid out per patient.

Every page of a pack is a blank page with three Form XObjects drawn on it:

- its body: a page of the cover or of consent form sections 1-3 (laid out for this
  patient), or of the leaflet or consent form sections 4-8 (laid out once per leaflet
  and site, shared by every patient having the procedure);
- the patient's identity strip and reference line (laid out once per patient);
- its label, "Consent form · Page 7 of 14" (laid out once per process for each label);
- a QR code naming the patient, the part, the leaflet and the page (drawn directly).

A shared layer is only ever drawn, never written on, so no patient's details can end up
on another patient's page.
"""

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from . import __version__
from .models import Leaflet, PackRequest, Site
from .page_code import code_form, payload
from .recovery_dates import has_dated_stages, stage_dates
from .render import Renderer
from .risk_figures import risk_figures

COVER, LEAFLET, CONSENT, COPY = "Cover", "Leaflet", "Consent form", "Patient's copy"
CODE_KINDS = {COVER: "C", LEAFLET: "L", CONSENT: "F", COPY: "P"}
OUTLINE_TITLES = {
    COVER: "Your personal cover",
    LEAFLET: "Information leaflet",
    CONSENT: "Consent form",
    COPY: "Patient's copy of the consent form",
}


def _as_forms(pdf: bytes) -> list[StreamObject]:
    """Each page of `pdf` as a Form XObject, drawable on other pages without re-parsing."""
    forms = []
    for page in PdfReader(BytesIO(pdf)).pages:
        form = DecodedStreamObject()
        form.set_data(page.get_contents().get_data())
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject(page.mediabox)
        form[NameObject("/Resources")] = page[NameObject("/Resources")]
        forms.append(form.flate_encode())
    return forms


def _first_pages(document, anchors) -> dict[str, int]:
    starts = {}
    for index, page in enumerate(document.pages):
        for anchor in anchors:
            if anchor in page.anchors:
                starts.setdefault(anchor, index)
    return starts


@dataclass(frozen=True)
class SharedParts:
    """What every pack for one leaflet and site has in common, laid out once."""

    leaflet: tuple[StreamObject, ...]
    leaflet_sections: tuple[tuple[str, int], ...]  # (heading, page index within the leaflet)
    consent_rest: tuple[StreamObject, ...]


@dataclass(frozen=True)
class Pack:
    pdf: bytes
    page_count: int


class _Canvas:
    """A PdfWriter that draws Form XObjects on new pages, copying each form in once."""

    def __init__(self):
        self.writer = PdfWriter()
        self._refs: dict[int, object] = {}

    def _ref(self, form: StreamObject):
        if id(form) not in self._refs:
            # pypdf has no public way to add an indirect object; a stream must be one.
            self._refs[id(form)] = self.writer._add_object(form.clone(self.writer))
        return self._refs[id(form)]

    def page(self, *layers: StreamObject) -> None:
        width, height = (float(v) for v in layers[0]["/BBox"][2:4])
        page = self.writer.add_blank_page(width, height)
        names = DictionaryObject()
        drawing = []
        for number, form in enumerate(layers):
            name = NameObject(f"/Layer{number}")
            names[name] = self._ref(form)
            drawing.append(f"q {name} Do Q")
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): names})
        content = DecodedStreamObject()
        content.set_data("\n".join(drawing).encode())
        page[NameObject("/Contents")] = self.writer._add_object(content)


class PackBuilder:
    """Builds packs for any number of patients, laying out shared parts only once."""

    def __init__(self, renderer: Renderer):
        self._renderer = renderer
        self._shared: dict[tuple, SharedParts] = {}
        self._labels: dict[tuple, StreamObject] = {}

    def shared_parts(self, leaflet: Leaflet, site: Site, procedure_date: date | None,
                     large_print: bool) -> SharedParts:
        """Laid out once per leaflet, site and edition, and per operation date only for a leaflet
        whose recovery stages are dated (a theatre list is usually one date)."""
        dated = procedure_date if has_dated_stages(leaflet) else None
        key = (leaflet.model_dump_json(), site.model_dump_json(), dated, large_print)
        if key not in self._shared:
            document = self._renderer.document(
                "leaflet.html", site, large_print, leaflet=leaflet, risks=risk_figures(leaflet, site),
                recovery_dates=stage_dates(leaflet, dated, site.locale),
            )
            sections = tuple(
                (label, target[0]) for label, target, _children, _state in document.make_bookmark_tree()
            )
            rest = self._renderer.document("consent_rest.html", site, large_print, leaflet=leaflet)
            self._shared[key] = SharedParts(
                leaflet=tuple(_as_forms(document.write_pdf())),
                leaflet_sections=sections,
                consent_rest=tuple(_as_forms(rest.write_pdf())),
            )
        return self._shared[key]

    def _page_labels(self, labels: list[str], site: Site, large_print: bool) -> list[StreamObject]:
        edition = (site.model_dump_json(), large_print)
        missing = [label for label in labels if (edition, label) not in self._labels]
        if missing:
            document = self._renderer.document("page_labels.html", site, large_print, labels=missing)
            for label, form in zip(missing, _as_forms(document.write_pdf())):
                self._labels[(edition, label)] = form
        return [self._labels[(edition, label)] for label in labels]

    def build(self, request: PackRequest, today: date, password: str | None = None) -> Pack:
        """`today` is the date printed on the pack; with `password` the PDF is AES-256 encrypted."""
        leaflet, site, patient = request.leaflet, request.site, request.patient
        shared = self.shared_parts(leaflet, site, patient.procedure_date, request.large_print)
        document = self._renderer.document(
            "personal.html", site, request.large_print, leaflet=leaflet, patient=patient, today=today,
            risks=risk_figures(leaflet, site),
            recovery_dates=stage_dates(leaflet, patient.procedure_date, site.locale),
        )
        starts = _first_pages(document, ("cover", "consent-head"))
        personal = _as_forms(document.write_pdf())
        strip = personal[0]
        cover = personal[starts["cover"]:starts["consent-head"]]
        consent = personal[starts["consent-head"]:] + list(shared.consent_rest)

        bodies = (
            [(COVER, form) for form in cover]
            + [(LEAFLET, form) for form in shared.leaflet]
            + [(CONSENT, form) for form in consent]
            + [(COPY, form) for form in consent]
        )
        total = len(bodies)
        labels = self._page_labels(
            [f"{part} · Page {number} of {total}" for number, (part, _) in enumerate(bodies, 1)],
            request.site, request.large_print,
        )
        canvas = _Canvas()
        width, height = (float(v) for v in strip["/BBox"][2:4])
        for number, ((part, body), label) in enumerate(zip(bodies, labels), start=1):
            code = code_form(payload(patient, site, leaflet, CODE_KINDS[part], number, total), width, height)
            canvas.page(body, strip, label, code)
        _outline(canvas.writer, [part for part, _ in bodies], shared.leaflet_sections)
        _describe(canvas.writer, request, today)
        if password:
            canvas.writer.encrypt(user_password=password, algorithm="AES-256")
        buffer = BytesIO()
        canvas.writer.write(buffer)
        return Pack(pdf=buffer.getvalue(), page_count=total)


def _outline(writer: PdfWriter, parts: list[str], leaflet_sections) -> None:
    """A bookmark for each part, and under the leaflet one for each of its sections."""
    for part, title in OUTLINE_TITLES.items():
        first = parts.index(part)
        item = writer.add_outline_item(title=title, page_number=first)
        if part == LEAFLET:
            for heading, page in leaflet_sections:
                writer.add_outline_item(title=heading, page_number=first + page, parent=item)


def _describe(writer: PdfWriter, request: PackRequest, today: date) -> None:
    """Document metadata names the procedure and leaflet only: never the patient."""
    leaflet = request.leaflet
    writer.add_metadata(
        {
            "/Title": f"{leaflet.title}: information and consent pack",
            "/Subject": (
                f"Patient information leaflet {leaflet.id} version {leaflet.version} "
                f"(content {leaflet.content_hash}) and consent form for {leaflet.procedure_name}"
            ),
            "/Keywords": (
                f"leaflet={leaflet.id}; version={leaflet.version}; content={leaflet.content_hash}"
            ),
            "/Creator": f"ConsentPack {__version__}",
            "/CreationDate": f"D:{today:%Y%m%d}000000Z",
        }
    )
    writer.root_object[NameObject("/Lang")] = TextStringObject(request.site.language_tag)
    writer.page_mode = "/UseOutlines"

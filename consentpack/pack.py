"""One patient's pack: the shared leaflet pages merged into that patient's own document.

The leaflet body is the same for everyone having the procedure, so it is laid
out once per leaflet and site and kept. Each patient gets one WeasyPrint
document holding their cover, one empty "slot" page per leaflet page, and both
consent forms; its page margins carry the identity strip and "Page X of Y" on
every page. Each leaflet page, kept as a Form XObject, is then drawn into its
slot. The patient's own page is always the base, so a shared leaflet page is
never written on, and nothing is re-parsed per patient.
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
from .render import Renderer

PARTS = (
    ("cover", "Your personal cover"),
    ("leaflet", "Information leaflet"),
    ("consent-form", "Consent form"),
    ("patient-copy", "Patient's copy of the consent form"),
)


@dataclass(frozen=True)
class LeafletPart:
    forms: tuple[StreamObject, ...]  # one Form XObject per leaflet page
    sections: tuple[tuple[str, int], ...]  # (heading, page index within the leaflet)

    @property
    def page_count(self) -> int:
        return len(self.forms)


def _as_form(page) -> StreamObject:
    """A page as a Form XObject, so other pages can draw it without parsing its content."""
    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(page.mediabox)
    form[NameObject("/Resources")] = page[NameObject("/Resources")]
    return form.flate_encode()


def _draw_beneath(writer: PdfWriter, page, form: StreamObject, name: str) -> None:
    """Draw `form` on `page` (a page of `writer`) before the page's own content."""
    # pypdf has no public way to add a new indirect object; streams must be indirect.
    form_ref = writer._add_object(form.clone(writer))
    resources = page[NameObject("/Resources")].get_object()
    if NameObject("/XObject") not in resources:
        resources[NameObject("/XObject")] = DictionaryObject()
    resources[NameObject("/XObject")].get_object()[NameObject(name)] = form_ref
    draw = DecodedStreamObject()
    draw.set_data(f"q {name} Do Q\n".encode())
    contents = page.raw_get(NameObject("/Contents"))  # the reference, not the stream it names
    own = list(contents.get_object()) if isinstance(contents.get_object(), ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([writer._add_object(draw), *own])


@dataclass(frozen=True)
class Pack:
    pdf: bytes
    page_count: int


def _first_pages(document, anchors) -> dict[str, int]:
    starts = {}
    for index, page in enumerate(document.pages):
        for anchor in anchors:
            if anchor in page.anchors:
                starts.setdefault(anchor, index)
    return starts


class PackBuilder:
    """Builds packs for any number of patients, laying out each leaflet only once."""

    def __init__(self, renderer: Renderer):
        self._renderer = renderer
        self._leaflet_parts: dict[tuple[str, str], LeafletPart] = {}

    def leaflet_part(self, leaflet: Leaflet, site: Site) -> LeafletPart:
        key = (leaflet.model_dump_json(), site.model_dump_json())
        if key not in self._leaflet_parts:
            document = self._renderer.document("leaflet.html", site, leaflet=leaflet)
            sections = tuple(
                (label, target[0]) for label, target, _children, _state in document.make_bookmark_tree()
            )
            pages = PdfReader(BytesIO(document.write_pdf())).pages
            self._leaflet_parts[key] = LeafletPart(
                forms=tuple(_as_form(page) for page in pages), sections=sections
            )
        return self._leaflet_parts[key]

    def build(self, request: PackRequest, today: date) -> Pack:
        part = self.leaflet_part(request.leaflet, request.site)
        document = self._renderer.document(
            "personal.html",
            request.site,
            leaflet=request.leaflet,
            patient=request.patient,
            leaflet_pages=part.page_count,
            today=today,
        )
        starts = _first_pages(document, [anchor for anchor, _ in PARTS])
        personal = PdfReader(BytesIO(document.write_pdf()))
        first_slot = starts["leaflet"]

        writer = PdfWriter()
        for index, page in enumerate(personal.pages):
            own_page = writer.add_page(page)
            leaflet_index = index - first_slot
            if 0 <= leaflet_index < part.page_count:
                _draw_beneath(writer, own_page, part.forms[leaflet_index],
                              f"/ConsentPackLeaflet{leaflet_index + 1}")

        for anchor, title in PARTS:
            item = writer.add_outline_item(title=title, page_number=starts[anchor])
            if anchor == "leaflet":
                for heading, page in part.sections:
                    writer.add_outline_item(title=heading, page_number=first_slot + page, parent=item)
        _describe(writer, request)
        buffer = BytesIO()
        writer.write(buffer)
        return Pack(pdf=buffer.getvalue(), page_count=len(personal.pages))


def _describe(writer: PdfWriter, request: PackRequest) -> None:
    """Document metadata names the procedure and leaflet only: never the patient."""
    leaflet = request.leaflet
    writer.add_metadata(
        {
            "/Title": f"{leaflet.title}: information and consent pack",
            "/Subject": (
                f"Patient information leaflet {leaflet.id} version {leaflet.version} "
                f"and consent form for {leaflet.procedure_name}"
            ),
            "/Creator": f"ConsentPack {__version__}",
        }
    )
    writer.root_object[NameObject("/Lang")] = TextStringObject(request.site.language_tag)
    writer.page_mode = "/UseOutlines"

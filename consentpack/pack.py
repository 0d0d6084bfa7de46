"""One patient's pack: the shared leaflet pages merged into that patient's own document.

The leaflet body is the same for everyone having the procedure, so it is laid
out once per leaflet and site and kept. Each patient gets one WeasyPrint
document holding their cover, one empty "slot" page per leaflet page, and both
consent forms; its page margins carry the identity strip and "Page X of Y" on
every page. The leaflet pages are then drawn into the slots. The patient's own
page is always the base, so a shared leaflet page is never written on.
"""

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

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
    pdf: bytes
    page_count: int
    sections: tuple[tuple[str, int], ...]  # (heading, page index within the leaflet)


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
            self._leaflet_parts[key] = LeafletPart(
                pdf=document.write_pdf(), page_count=len(document.pages), sections=sections
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
        leaflet_pages = PdfReader(BytesIO(part.pdf)).pages
        first_slot = starts["leaflet"]

        writer = PdfWriter()
        for index, page in enumerate(personal.pages):
            own_page = writer.add_page(page)
            if first_slot <= index < first_slot + part.page_count:
                own_page.merge_page(leaflet_pages[index - first_slot])

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

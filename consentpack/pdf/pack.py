"""One patient's pack, put together from layers so that only what is personal is laid out per patient.

Every page of a pack is its body, with three layers (Form XObjects) drawn over it:

- the body: a page of the cover or of the consent form's head (laid out for this
  patient), or of the leaflet or the rest of the consent form (laid out once per leaflet,
  site and form, shared by every patient having the procedure), with its tagged structure;
- the patient's identity strip and reference line (laid out once per patient);
- its label, "Consent form · Page 7 of 14" (laid out once per process for each label);
- a QR code naming the patient, the part, the form, the leaflet and the page (drawn directly).

The three layers are page artifacts: a screen reader reads the bodies, in pack order, and
skips what repeats on every page. A shared part is only ever copied, never written on, so
no patient's details can end up on another patient's page.
"""

from dataclasses import dataclass, replace
from datetime import date
from io import BytesIO
from typing import Callable, TypeVar

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from ..layout.cache import Entry, LayoutCache, cache_key
from ..layout.context import pack_context
from ..layout.recovery_dates import has_dated_stages
from ..layout.renderer import Renderer
from ..layout.strip_layout import BodyMargins, StripMargins
from ..layout.template_contract import check_labels, personal_starts
from ..library.languages import IN_ENGLISH, PackLanguage, catalog_digest
from ..library.models import Leaflet, Site
from ..patient.consent_forms import FORMS, ConsentForm
from ..patient.models import PackRequest
from .collection import collected_after
from .damaged import DAMAGED_PDF_ERRORS
from .page_code import PageCode, identifier
from .pypdf_private import add_object
from .qr_code import code_form
from .standards import archivable, describe, encrypt
from .structure import StructureTree, TaggedPage, tagged_pages, untagged

T = TypeVar("T")
COVER, LEAFLET, CONSENT, COPY = "cover", "leaflet", "consent", "copy"
CODE_KINDS = {COVER: "C", LEAFLET: "L", CONSENT: "F", COPY: "P"}


@dataclass(frozen=True)
class PartName:
    label: str  # on each page: "Consent form · Page 7 of 14"
    title: str  # its bookmark, and its Part element's title for a screen reader


def N_(message: str) -> str:
    """Marks a message for the catalogs; it is translated where it is printed."""
    return message


PAGE_LABEL = N_("%(part)s · Page %(number)s of %(total)s")


def part_names(form: ConsentForm, language: PackLanguage = IN_ENGLISH) -> dict[str, PartName]:
    """The parts of a pack carrying `form`, in order, in the pack's words: Form 4 has no
    reader's copy."""
    say = language.gettext
    names = {
        COVER: PartName(say(N_("Cover")), say(N_("Your personal cover"))),
        LEAFLET: PartName(say(N_("Leaflet")), say(N_("Information leaflet"))),
        CONSENT: PartName(say(N_("Consent form")), form.heading_in(say)),
    }
    if form.copy:
        names[COPY] = PartName(say(form.copy), say(N_("%(copy)s of the consent form")) % {"copy": say(form.copy)})
    return names


def _as_forms(pdf: bytes) -> list[StreamObject]:
    """Each page of an untagged `pdf` as a Form XObject, drawable on other pages."""
    forms = []
    for page in PdfReader(BytesIO(pdf)).pages:
        forms.append(_form(page.get_contents().get_data(), page["/Resources"], page.mediabox))
    return forms


def _form(content: bytes, resources, box) -> StreamObject:
    form = DecodedStreamObject()
    form.set_data(archivable(content))
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(value) for value in box)
    form[NameObject("/Resources")] = resources
    return form.flate_encode()


@dataclass(frozen=True, eq=False)
class Body:
    """A page of the cover, leaflet or consent form, with its whole content stream: the body
    itself, then the identity strip, label and QR code drawn over it as page artifacts."""

    page: TaggedPage
    content: StreamObject


LAYERS = ("/CPStrip", "/CPLabel", "/CPCode")
_ARTIFACTS = "\n".join(
    f"/Artifact <</Type /Pagination>> BDC q {name} Do Q EMC" for name in LAYERS
).encode()


def _bodies(pages: list[TaggedPage]) -> list[Body]:
    bodies = []
    for page in pages:
        content = DecodedStreamObject()
        content.set_data(archivable(b"q\n" + page.content + b"\nQ\n" + _ARTIFACTS))
        bodies.append(Body(page, content.flate_encode()))
    return bodies


def _tagged(document) -> list[TaggedPage]:
    return tagged_pages(document.write_pdf(pdf_tags=True))



@dataclass(frozen=True)
class SharedLeaflet:
    """The leaflet every pack for one leaflet and site has in common, laid out once."""

    pages: tuple[Body, ...]
    sections: tuple[tuple[str, int], ...]  # (heading, page index within the leaflet)


def _leaflet_from(entry: Entry) -> SharedLeaflet:
    """The leaflet from its laid-out PDF and its (heading, page index) pairs."""
    return SharedLeaflet(pages=tuple(_bodies(tagged_pages(entry.pdfs[0]))),
                         sections=tuple((str(heading), int(page)) for heading, page in entry.meta))


def _rest_from(entry: Entry) -> tuple[Body, ...]:
    return tuple(_bodies(tagged_pages(entry.pdfs[0])))


@dataclass(frozen=True)
class Pack:
    pdf: bytes
    page_count: int


class _Canvas:
    """A PdfWriter that puts bodies on new pages with the layers drawn over them, copying each
    body and form in once, and tagging each page as it goes."""

    def __init__(self):
        self.writer = PdfWriter()
        self.structure = StructureTree(self.writer)
        self._refs: dict[int, tuple[StreamObject, IndirectObject]] = {}

    def _ref(self, stream: StreamObject) -> IndirectObject:
        """The stream's copy in this PDF. The cache holds the stream itself, so its id cannot
        be reused by another stream (a page's QR code) while the cache lives."""
        if id(stream) not in self._refs:
            # pypdf has no public way to add an indirect object; a stream must be one.
            self._refs[id(stream)] = (stream, add_object(self.writer, stream.clone(self.writer)))
        return self._refs[id(stream)][1]

    def page(self, part_title: str, body: Body, strip: StreamObject, label: StreamObject,
             code: StreamObject) -> None:
        page = self.writer.add_blank_page(*body.page.size)
        # pypdf copies the source document's resources into this PDF once, however often asked
        resources = DictionaryObject(body.page.resources.clone(self.writer))
        drawn = DictionaryObject(resources.get("/XObject", {}))
        for name, layer in zip(LAYERS, (strip, label, code), strict=True):
            drawn[NameObject(name)] = self._ref(layer)
        resources[NameObject("/XObject")] = drawn
        page[NameObject("/Resources")] = resources
        page[NameObject("/Contents")] = self._ref(body.content)
        self.structure.add_page(page, part_title, body.page.elements)


class _Recent(dict):
    """A dict that keeps only the `size` entries used last: the desk's builder lives as long as
    the server and meets a new operation date, each with its own leaflet pages, every day."""

    def __init__(self, size: int):
        super().__init__()
        self._size = size

    def __getitem__(self, key):
        value = super().pop(key)
        super().__setitem__(key, value)  # now the newest
        return value

    def __setitem__(self, key, value):
        super().pop(key, None)
        super().__setitem__(key, value)
        if len(self) > self._size:
            super().__delitem__(next(iter(self)))  # the one used longest ago


class PackBuilder:
    """Builds packs for any number of patients, laying out shared parts only once: once per
    builder, and with a `cache`, once ever."""

    RECENT = 32  # shared parts kept in memory (with a `cache`, every one stays on disk)

    def __init__(self, renderer: Renderer, cache: LayoutCache | None = None):
        self._renderer = renderer
        self._cache = cache
        self._leaflets: dict[tuple, SharedLeaflet] = _Recent(self.RECENT)
        self._rests: dict[tuple, tuple[Body, ...]] = _Recent(self.RECENT)
        self._labels: dict[tuple, list[StreamObject]] = _Recent(self.RECENT)
        self._strip_margins = StripMargins()

    @property
    def renderer(self) -> Renderer:
        return self._renderer

    def shared_leaflet(self, leaflet: Leaflet, site: Site, procedure_date: date | None, large_print: bool,
                       margins: BodyMargins | None = None, language: PackLanguage = IN_ENGLISH) -> SharedLeaflet:
        """Laid out once per leaflet, site and edition, whatever the consent form, and per
        operation date only for a leaflet whose recovery stages are dated (a theatre list is
        usually one date); again only for the rare strip too tall for the style sheets' margins."""
        dated = procedure_date if has_dated_stages(leaflet) else None
        material = ("leaflet", leaflet.model_dump_json(), site.model_dump_json(), str(dated),
                    str(large_print), repr(margins), *self._language_material(language, site))
        if material not in self._leaflets:
            def lay_out() -> Entry:
                shared = pack_context(leaflet, site, procedure_date=dated, language=language)
                document = self._renderer.document("leaflet.html", shared, large_print, margins)
                sections = [[label, target[0]] for label, target, _, _ in document.make_bookmark_tree()]
                return Entry(sections, (document.write_pdf(pdf_tags=True),))

            self._leaflets[material] = self._cached(material, lay_out, _leaflet_from)
        return self._leaflets[material]

    def consent_rest(self, leaflet: Leaflet, site: Site, form: int, large_print: bool,
                     margins: BodyMargins | None = None, language: PackLanguage = IN_ENGLISH) -> tuple[Body, ...]:
        """The consent form after its per-patient head, laid out once per leaflet, site, form and
        edition, and drawn into both the form and the reader's copy."""
        material = ("consent-rest", leaflet.model_dump_json(), site.model_dump_json(), str(form),
                    str(large_print), repr(margins), *self._language_material(language, site))
        if material not in self._rests:
            def lay_out() -> Entry:
                shared = pack_context(leaflet, site, form=form, language=language)
                document = self._renderer.document("consent_rest.html", shared, large_print, margins)
                return Entry(None, (document.write_pdf(pdf_tags=True),))

            self._rests[material] = self._cached(material, lay_out, _rest_from)
        return self._rests[material]

    def _language_material(self, language: PackLanguage, site: Site) -> tuple[str, ...]:
        """What a shared part laid out in `language` depends on: nothing more for English, so
        its cache keys stay as they were."""
        if language.english:
            return ()
        return (language.tag, language.leaflet, str(language.bilingual), str(language.draft),
                catalog_digest(language.tag, self._renderer.library.folders("locales")))

    def _cached(self, material: tuple[str, ...], lay_out: Callable[[], Entry], use: Callable[[Entry], T]) -> T:
        """`use` of the entry kept for `material`, or of a fresh `lay_out()`, then kept. An entry
        `use` cannot read is laid out again: it is never trusted. Only damage is caught (see
        damaged.py), and only around `use` of a kept entry, so a bug still raises."""
        key = cache_key(self._renderer.fingerprint, *material)
        if self._cache is not None and (entry := self._cache.load(key)) is not None:
            try:
                return use(entry)
            except DAMAGED_PDF_ERRORS:  # a damaged entry is laid out again
                pass
        entry = lay_out()
        if self._cache is not None:
            self._cache.store(key, entry)
        return use(entry)

    def warnings(self) -> tuple[str, ...]:
        """What WeasyPrint found wrong in the library's templates and styles, so far."""
        return self._renderer.warnings()

    def _page_labels(self, labels: list[str], site: Site, large_print: bool,
                     language: PackLanguage = IN_ENGLISH) -> list[StreamObject]:
        """A pack's page labels, laid out together and kept for the next pack with the same
        labels (the same parts and length). Laid out as one set per pack, never only those an
        earlier pack lacked: a label's font subset then depends on its own pack alone, so a
        pack is the same bytes whichever worker, after whichever packs, made it."""
        material = ("labels", site.model_dump_json(), str(large_print),
                    *self._language_material(language, site), *labels)
        if material not in self._labels:
            def lay_out() -> Entry:
                document = self._renderer.document("page_labels.html",
                                                   {"site": site, "labels": labels, "language": language},
                                                   large_print)
                check_labels(document, labels, self._renderer.template_file("page_labels.html"))
                return Entry(None, (document.write_pdf(),))

            def use(entry: Entry) -> list[StreamObject]:
                forms = _as_forms(entry.pdfs[0])
                if len(forms) != len(labels):
                    raise ValueError("an entry with the wrong number of labels")
                return forms

            self._labels[material] = self._cached(material, lay_out, use)
        return self._labels[material]

    def build(self, request: PackRequest, today: date, pack_id: str, password: str | None = None,
              archive: bool = False) -> Pack:
        """`today` is the date printed on the pack; `pack_id` names this printing (see
        pack_id.py); with `password` the PDF is AES-256 encrypted; `archive` makes the PDF/A
        edition for the patient record (see pdf_standards)."""
        with collected_after():
            return self._build(request, today, pack_id, password, archive)

    def _build(self, request: PackRequest, today: date, pack_id: str, password: str | None,
               archive: bool) -> Pack:
        leaflet, site, patient = request.leaflet, request.site, request.patient
        form = FORMS[request.consent_form]
        language = replace(self._renderer.language(request.language, site), leaflet=request.leaflet_language)
        language = replace(language, draft=language.draft or request.translation_draft)
        context = pack_context(leaflet, site, patient, today, patient.procedure_date, form.number, pack_id, language)

        template = self._renderer.template_file("personal.html")

        def personal(margins: BodyMargins | None):
            document = self._renderer.document("personal.html", context, request.large_print, margins)
            personal_starts(document, template)  # the template's contract, before its pages are measured
            return document

        # what chooses the style sheets, and so their page margins (the patient's scripts add fonts only)
        kind = (site.paper, request.large_print, language.tag)
        document, margins = self._strip_margins.lay_out(kind, personal)
        common = self.shared_leaflet(leaflet, site, patient.procedure_date, request.large_print, margins, language)
        rest = self.consent_rest(leaflet, site, form.number, request.large_print, margins, language)
        _, consent_start = personal_starts(document, template)
        strip_page, *pages = _tagged(document)  # the strip is page 0, the cover starts on page 1
        strip = _form(untagged(strip_page.content), strip_page.resources, (0, 0) + strip_page.size)
        own = _bodies(pages)
        cover, consent = own[:consent_start - 1], own[consent_start - 1:] + list(rest)

        names = part_names(form, language)
        bodies = (
            [(COVER, body) for body in cover]
            + [(LEAFLET, body) for body in common.pages]
            + [(CONSENT, body) for body in consent]
            + ([(COPY, body) for body in consent] if COPY in names else [])
        )
        total = len(bodies)
        labels = self._page_labels(
            [language.gettext(PAGE_LABEL) % {"part": names[part].label, "number": number, "total": total}
             for number, (part, _) in enumerate(bodies, 1)],
            request.site, request.large_print, language,
        )
        parts = [part for part, _ in bodies]
        part_ends = tuple(number for number in range(1, total) if parts[number] != parts[number - 1])
        canvas = _Canvas()
        width, height = strip_page.size
        for number, ((part, body), label) in enumerate(zip(bodies, labels, strict=True), start=1):
            code = PageCode(3, CODE_KINDS[part], form.number, identifier(patient, site), leaflet.id,
                            leaflet.version, pack_id, part_ends, number, total)
            canvas.page(names[part].title, body, strip, label, code_form(code.text(), width, height))
        canvas.structure.finish(canvas.writer.root_object)
        _outline(canvas.writer, parts, names, common.sections)
        describe(canvas.writer, request, today, archive, language)
        if password:
            encrypt(canvas.writer, password)
        buffer = BytesIO()
        canvas.writer.write(buffer)
        return Pack(pdf=buffer.getvalue(), page_count=total)


def _outline(writer: PdfWriter, parts: list[str], names: dict[str, PartName], leaflet_sections) -> None:
    """A bookmark for each part, and under the leaflet one for each of its sections."""
    for part, name in names.items():
        first = parts.index(part)
        item = writer.add_outline_item(title=name.title, page_number=first)
        if part == LEAFLET:
            for heading, page in leaflet_sections:
                writer.add_outline_item(title=heading, page_number=first + page, parent=item)

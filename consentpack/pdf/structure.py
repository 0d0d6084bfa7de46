"""The tagged structure of a pack: what a screen reader reads, and in which order.

WeasyPrint tags each laid-out document (headings, paragraphs, lists, tables, figures) and
builds one structure subtree per page. A pack is composed from pages of several documents,
some used twice (the consent form and the reader's copy), so each page's subtree is read
once into Element objects and written again, for every pack page that shows it, under the
pack's own structure tree root, in page order. Only what WeasyPrint 70 writes is read: a
Document element whose kids each belong to one page, marked-content ids, link annotation
references, and /A and /Alt attributes.
"""

from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from .pypdf_private import add_object

KEPT_ATTRIBUTES = ("/A", "/Alt", "/Lang")  # /Lang: the English beneath a translated statement
# A pack is printed: link annotations are not carried, so a link's text is just text.
ROLES = {"/Link": "/Span"}
GROUPINGS = {"/Div", "/NonStruct"}
TABLE_PARTS = {"/Table", "/THead", "/TBody", "/TFoot", "/TR", "/TH", "/TD"}


@dataclass(frozen=True)
class Element:
    """A structure element; its kids are elements or marked-content ids on the same page.
    `attributes` are pypdf objects of the source document, copied into each pack;
    `identifier` and `headers` are a table header cell's id and the ids a data cell names."""

    role: str
    attributes: tuple[tuple[str, PdfObject], ...]
    identifier: str | None
    headers: tuple[str, ...]
    kids: tuple["Element | int", ...]


@dataclass(frozen=True)
class TaggedPage:
    """One laid-out page: what it draws, the resources it draws with, and what it means."""

    content: bytes
    resources: DictionaryObject
    size: tuple[float, float]
    elements: tuple[Element, ...]


def _kids(value) -> list:
    value = value.get_object() if isinstance(value, IndirectObject) else value
    return list(value) if isinstance(value, ArrayObject) else [value]


def _transparent(element: Element) -> bool:
    """A grouping that means nothing to a reader: a div, an anonymous box, or a span of plain
    text. Its kids are read in the same order without it, and a pack has about a quarter
    fewer elements to write."""
    if element.attributes or element.identifier:
        return False
    if element.role == "/Span":
        return all(isinstance(kid, int) for kid in element.kids)
    return element.role in GROUPINGS


def _element(source: DictionaryObject) -> Element | None:
    """The element without link annotations and without transparent groupings; None for an
    empty one (a ruled line to write on), except in a table, where an empty cell is still a
    cell."""
    kids: list[Element | int] = []
    for kid in _kids(source.get("/K", ArrayObject())):
        kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
        if isinstance(kid, int):
            kids.append(int(kid))
        elif kid.get("/Type") != "/OBJR" and (element := _element(kid)) is not None:
            if _transparent(element):
                kids.extend(element.kids)
            else:
                kids.append(element)
    role = str(source["/S"])
    if not kids and role not in TABLE_PARTS:
        return None
    attributes = tuple((key, source[key]) for key in KEPT_ATTRIBUTES if key in source)
    identifier = str(source["/ID"]) if "/ID" in source else None
    headers = tuple(str(header) for header in source.get("/A", {}).get("/Headers", ()))
    return Element(ROLES.get(role, role), attributes, identifier, headers, tuple(kids))


def tagged_pages(pdf: bytes) -> list[TaggedPage]:
    """Each page of a PDF that WeasyPrint wrote with `pdf_tags=True`, with its structure."""
    reader = PdfReader(BytesIO(pdf))
    numbers = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    per_page: list[list[Element]] = [[] for _ in reader.pages]
    document = reader.trailer["/Root"]["/StructTreeRoot"]["/K"][0].get_object()
    for kid in _kids(document["/K"]):
        kid = kid.get_object()
        if (element := _element(kid)) is not None:
            per_page[numbers[kid.raw_get("/Pg").idnum]].append(element)
    return [
        TaggedPage(
            content=page.get_contents().get_data(),
            resources=page["/Resources"],
            size=(float(page.mediabox.width), float(page.mediabox.height)),
            elements=tuple(elements),
        )
        for page, elements in zip(reader.pages, per_page, strict=True)
    ]


def untagged(content: bytes) -> bytes:
    """The content with its marked-content ids removed, for a layer drawn as an artifact:
    tagged content inside an artifact would be neither read nor skipped cleanly."""
    stream = ContentStream(None, None)
    stream.set_data(content)
    stream.operations = [
        ([operands[0]], b"BMC") if operator == b"BDC" else (operands, operator)
        for operands, operator in stream.operations
    ]
    return stream.get_data()


class StructureTree:
    """The pack's structure tree, filled page by page in reading order."""

    def __init__(self, writer):
        self._writer = writer
        self._document = DictionaryObject({
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/K"): ArrayObject(),
        })
        self._document_ref = add_object(writer, self._document)
        self._parents = ArrayObject()
        self._ids: list[tuple[str, IndirectObject]] = []
        self._pages = 0
        self._part: tuple[str, DictionaryObject, IndirectObject] | None = None

    def _part_for(self, title: str, page) -> tuple[DictionaryObject, IndirectObject]:
        """The pack's parts (cover, leaflet, consent form, reader's copy) as titled Part
        elements, so the two copies of the consent form can be told apart."""
        if self._part is None or self._part[0] != title:
            part = DictionaryObject({
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject("/Part"),
                NameObject("/T"): TextStringObject(title),
                NameObject("/P"): self._document_ref,
                NameObject("/Pg"): page,
                NameObject("/K"): ArrayObject(),
            })
            reference = add_object(self._writer, part)
            self._document["/K"].append(reference)
            self._part = (title, part, reference)
        return self._part[1], self._part[2]

    def add_page(self, page: DictionaryObject, part_title: str, elements: tuple[Element, ...]) -> None:
        """`page`, in the part `part_title`, shows content whose marked-content ids belong to
        `elements`."""
        key = self._pages
        self._pages += 1
        page[NameObject("/StructParents")] = NumberObject(key)
        page[NameObject("/Tabs")] = NameObject("/S")
        part, part_ref = self._part_for(part_title, page.indirect_reference)
        by_mcid: dict[int, IndirectObject] = {}
        for element in elements:
            part["/K"].append(self._write(element, part_ref, page.indirect_reference, by_mcid, key))
        parents = ArrayObject(by_mcid.get(mcid, NullObject())
                              for mcid in range(max(by_mcid, default=-1) + 1))
        self._parents.extend([NumberObject(key), add_object(self._writer, parents)])

    def _write(self, element: Element, parent, page, by_mcid, key) -> IndirectObject:
        node = DictionaryObject({
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject(element.role),
            NameObject("/P"): parent,
            NameObject("/Pg"): page,
        })
        reference = add_object(self._writer, node)
        for name, value in element.attributes:
            # a copy per pack page: the consent form's pages are written twice in one pack
            node[NameObject(name)] = value.clone(self._writer, force_duplicate=True)
        if element.identifier is not None:
            identifier = _page_identifier(key, element.identifier)
            node[NameObject("/ID")] = TextStringObject(identifier)
            self._ids.append((identifier, reference))
        if element.headers:
            node["/A"][NameObject("/Headers")] = ArrayObject(
                TextStringObject(_page_identifier(key, header)) for header in element.headers)
        kids = ArrayObject()
        for kid in element.kids:
            if isinstance(kid, int):
                kids.append(NumberObject(kid))
                by_mcid[kid] = reference
            else:
                kids.append(self._write(kid, reference, page, by_mcid, key))
        node[NameObject("/K")] = kids
        return reference

    def finish(self, catalog: DictionaryObject) -> None:
        """Hang the tree on the catalog and mark the document as tagged."""
        root = DictionaryObject({
            NameObject("/Type"): NameObject("/StructTreeRoot"),
            NameObject("/K"): ArrayObject([self._document_ref]),
            NameObject("/ParentTree"): add_object(self._writer, 
                DictionaryObject({NameObject("/Nums"): self._parents})),
            NameObject("/ParentTreeNextKey"): NumberObject(self._pages),
        })
        if self._ids:
            names = ArrayObject()
            for identifier, reference in sorted(self._ids):
                names.extend([TextStringObject(identifier), reference])
            root[NameObject("/IDTree")] = DictionaryObject({NameObject("/Names"): names})
        root_ref = add_object(self._writer, root)
        self._document[NameObject("/P")] = root_ref
        catalog[NameObject("/StructTreeRoot")] = root_ref
        catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})


def _page_identifier(key: int, identifier: str) -> str:
    """Table header ids are unique in their source document; a pack repeats pages, so the
    pack page's number makes them unique again."""
    return f"p{key}-{identifier}"

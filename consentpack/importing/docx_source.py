"""A Word file (.docx) as blocks: mammoth turns its styles into plain HTML (Heading 1-6 to
h1-h6, lists to ul/ol, tables, bold to strong) and the web page reader reads that, so a Word
leaflet is read by the same rules as a web page.

A .docx is a zip of XML, so it is measured before mammoth opens it: a few kilobytes can unpack
to gigabytes, and an XML part could declare entities that do. Pictures are never opened and no
outside file is fetched: the text is all that is kept. Macros are never run (nothing here runs
anything); a file that holds them is read for its text like any other, with a note.
"""

import io
import lzma
import zipfile
import zlib
from xml.parsers import expat

import mammoth
import mammoth.documents

from ..errors import ContentError
from ..files.xml_prolog import declares_document_type
from ..limits import (
    WORD_PACKING_RATIO,
    WORD_PARTS,
    WORD_RATIO_FROM_BYTES,
    WORD_UNPACKED_BYTES,
    WORD_XML_BYTES,
)
from .blocks import Source
from .html_source import BOLD_DEPTH_CLASS, html_blocks, parse_html
from .text_shapes import fold

# What zipfile raises for a damaged package: a broken archive or CRC (BadZipFile), damaged packed
# data (zlib.error, lzma.LZMAError, OSError from bz2, EOFError when it ends early), a part packed
# or encrypted in a way it cannot undo (RuntimeError, NotImplementedError).
_DAMAGED_PACKAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, RuntimeError,
                    NotImplementedError)
# What mammoth raises for parts it cannot make sense of: XML that does not parse, a part or
# relationship that is missing, a value of the wrong kind; RecursionError for XML nested deeper
# than its recursive reader goes.
_DAMAGED_CONTENT = (expat.ExpatError, KeyError, IndexError, ValueError, TypeError, AttributeError, RecursionError)
_XML_SUFFIXES = (".xml", ".rels")
_MACROS = "vbaProject.bin"
# Word's title style is the leaflet's title; mammoth leaves it a paragraph. A wholly bold
# paragraph used as a heading is marked with how many font sizes of such paragraphs are as large
# or larger (see _bold_paragraph_depths), which the web page reader takes as its depth.
_DEPTH_STYLE = "ConsentPack bold paragraph {}"
_STYLE_MAP = "\n".join(["p[style-name='Title'] => h1:fresh",
                        *(f"p[style-name='{_DEPTH_STYLE.format(depth)}'] => p.{BOLD_DEPTH_CLASS}{depth}:fresh"
                          for depth in range(1, 7))])


def _save_as_docx(name: str, problem: str) -> ContentError:
    return ContentError(f"{name}: {problem}; open it in Word or LibreOffice and save it as "
                        "'Word Document (.docx)' without a password")


def read_docx(data: bytes, name: str) -> Source:
    """The Word file's text as blocks. Its running headers and footers (which mammoth leaves out)
    are counted as furniture; its title is its first heading (Word's own title field is most often
    empty or another document's)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            _check_package(package, name)
            furniture = _running_headers_and_footers(package)
            macros = any(part.rpartition("/")[2] == _MACROS for part in package.namelist())
    except _DAMAGED_PACKAGE:
        raise _save_as_docx(name, "is not a Word document (.docx) ConsentPack can read (a Word 97-2003 .doc, "
                                  "a renamed file, or a damaged one)") from None
    except expat.ExpatError:
        raise _save_as_docx(name, "is damaged (a part of it is not well-formed XML)") from None
    try:
        converted = mammoth.convert_to_html(io.BytesIO(data), convert_image=_no_image, style_map=_STYLE_MAP,
                                            external_file_access=False, transform_document=_bold_paragraph_depths)
    except (*_DAMAGED_PACKAGE, *_DAMAGED_CONTENT):
        raise _save_as_docx(name, "is damaged or is not a Word document") from None
    blocks, _ = html_blocks(parse_html(converted.value.encode("utf-8"), name, "utf-8"))
    title = next((block.text for block in blocks if block.kind == "heading"), "")
    notes = ("the file holds macros (Visual Basic); they were not run, and only its text was read",) if macros else ()
    return Source(name=name, kind="docx", blocks=blocks, boilerplate=furniture, title=title, notes=notes)


def _bold_paragraph_depths(document):
    """Wholly bold paragraphs outside tables with their depth among such paragraphs by font size:
    a leaflet whose headings are bold paragraphs (14 pt sections, 12 pt sub-sections) keeps its
    sub-headings under their sections. The largest size is depth 1; a paragraph with no size of
    its own (the body's) comes after every size given. One size only changes nothing, and the
    document's first paragraph (its title) is not counted."""
    found, paragraphs = [], []

    def visit(element):
        if isinstance(element, mammoth.documents.Table):
            return
        if isinstance(element, mammoth.documents.Paragraph):
            size = _bold_size(element)
            # the first paragraph, bold, is the title: above every heading whatever its size
            if (size is not None and element.numbering is None and element.style_name in (None, "Normal")
                    and paragraphs):
                found.append((element, size))
            if _runs(element):
                paragraphs.append(element)
            return
        for child in getattr(element, "children", ()):
            visit(child)

    visit(document)
    sizes = sorted({size for _, size in found}, reverse=True)
    if len(sizes) < 2:
        return document
    depths = {id(paragraph): min(sizes.index(size) + 1, 6) for paragraph, size in found}

    def mark(element):
        if id(element) in depths:
            return element.copy(style_name=_DEPTH_STYLE.format(depths[id(element)]))
        if isinstance(element, mammoth.documents.Table) or not hasattr(element, "children"):
            return element
        return element.copy(children=[mark(child) for child in element.children])

    return mark(document)


def _bold_size(paragraph) -> float | None:
    """The largest font size of a paragraph whose text is all bold (0 for the body's size), or None."""
    runs = [run for run in _runs(paragraph) if any(
        isinstance(child, mammoth.documents.Text) and child.value.strip() for child in run.children)]
    if not runs or not all(run.is_bold for run in runs):
        return None
    return max(run.font_size or 0 for run in runs)


def _runs(element) -> list:
    if isinstance(element, mammoth.documents.Run):
        return [element]
    return [run for child in getattr(element, "children", ()) for run in _runs(child)]


def _no_image(image) -> list:
    """Pictures are left out whole: neither their data nor a link to them is kept or opened."""
    return []


def _check_package(package: zipfile.ZipFile, name: str) -> None:
    """Refused before mammoth unpacks anything: too many parts, too much unpacked, a part packed
    like a zip bomb, or XML that declares entities. zipfile never unpacks more than a part
    declares, so the declared sizes are a real bound."""
    parts = package.infolist()
    xml_parts = [part for part in parts if part.filename.lower().endswith(_XML_SUFFIXES)]
    if (len(parts) > WORD_PARTS or sum(part.file_size for part in parts) > WORD_UNPACKED_BYTES
            or sum(part.file_size for part in xml_parts) > WORD_XML_BYTES):
        raise ContentError(f"{name}: unpacks to more than {WORD_PARTS:,} files, {WORD_UNPACKED_BYTES // 2**20} MB "
                           f"in all or {WORD_XML_BYTES // 2**20} MB of text and layout, more than any leaflet; "
                           "check it is the right file, or save the leaflet on its own")
    for part in parts:
        if part.file_size > WORD_RATIO_FROM_BYTES and part.file_size > WORD_PACKING_RATIO * max(part.compress_size, 1):
            raise ContentError(f"{name}: its part {part.filename} is packed more than {WORD_PACKING_RATIO} to 1, "
                               "as no Word file is but a zip bomb is; it was not unpacked")
    for part in xml_parts:
        with package.open(part) as source:
            if declares_document_type(source):
                raise _save_as_docx(name, f"its part {part.filename} declares a document type, which Word "
                                          "never writes (it can define entities that unpack to gigabytes)")


def _running_headers_and_footers(package: zipfile.ZipFile) -> int:
    """How many of Word's header and footer parts (word/header1.xml, word/footer2.xml...) hold text."""
    count = 0
    for part in package.namelist():
        folder, _, file = part.rpartition("/")
        if folder == "word" and file.startswith(("header", "footer")) and file.endswith(".xml"):
            texts = []
            parser = expat.ParserCreate()
            parser.CharacterDataHandler = texts.append
            with package.open(part) as source:
                parser.ParseFile(source)
            count += bool(fold("".join(texts)))
    return count

"""What a pack says about itself: its metadata, and the standards it claims to meet.

Every pack claims PDF/UA-1 (accessible: tagged, titled, with its language). The archive
edition, for the patient record, also claims PDF/A-2u: the level honestly reachable here,
since WeasyPrint embeds every font with a Unicode map but nothing validates the full
semantics that level "a" would need. The metadata names the leaflet, never the patient.
"""

import base64
import hashlib
import zlib
from datetime import date
from functools import cache
from importlib.resources import files
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from .. import __version__
from ..errors import UsageError
from ..library.languages import IN_ENGLISH, PackLanguage
from ..patient.models import PackRequest
from .pypdf_private import add_object, encoded_data, indirect_objects, set_encoded_data, set_file_identifier

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"{archive_namespaces}>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <pdf:Producer>{producer}</pdf:Producer>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{created}</xmp:ModifyDate>
   <xmp:MetadataDate>{created}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>{archive_properties}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""
# PDF/A allows only the XMP schemas it predefines, unless the file declares the others:
# this declares PDF/UA's identification schema.
_ARCHIVE_NAMESPACES = """
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#\""""
_ARCHIVE_PROPERTIES = """
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>U</pdfaid:conformance>
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>"""


def archivable(content: bytes) -> bytes:
    """A content stream padded with spaces until its compressed form does not end in a carriage
    return. pypdf writes a line feed before `endstream`, and a stream ending CR LF there reads as
    one ending at the CR: /Length then looks a byte too long, which PDF/A forbids. About one
    stream in 256 would (a page's QR code, say); the spaces change nothing drawn. A zlib stream
    ends with the Adler-32 checksum of what it holds, so its last byte is known without
    compressing."""
    while zlib.adler32(content) & 0xFF == ord("\r"):
        content += b" "
    return content


def check_archive_options(archive: bool, password: str | None) -> None:
    """Refused before any work, so a batch does not fail on every row."""
    if archive and password is not None:
        raise UsageError("--archive and a password cannot be used together: PDF/A forbids "
                         "encryption. Make the archive copy for the record and an encrypted "
                         "copy for email separately")


@cache
def _srgb_profile() -> bytes:
    """The sRGB colour profile WeasyPrint ships for its own PDF/A output."""
    return (files("weasyprint.pdf") / "sRGB2014.icc").read_bytes()


def _metadata_stream(writer: PdfWriter, text: str) -> IndirectObject:
    stream = DecodedStreamObject()  # uncompressed: archive checkers read XMP as plain text
    stream.set_data(text.encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    return add_object(writer, stream)


def _output_intent(writer: PdfWriter) -> DictionaryObject:
    profile = DecodedStreamObject()
    profile.set_data(_srgb_profile())
    profile[NameObject("/N")] = NumberObject(3)
    return DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/DestOutputProfile"): add_object(writer, profile.flate_encode()),
    })


def N_(message: str) -> str:
    """Marks a message for the catalogs; it is translated where it is printed."""
    return message


def describe(writer: PdfWriter, request: PackRequest, today: date, archive: bool,
             language: PackLanguage = IN_ENGLISH) -> None:
    """Title, subject, keywords and dates in the Info dictionary and, the same, as XMP; the
    catalog entries PDF/UA asks for; and for the archive edition, PDF/A's colour profile and
    file identifier (derived from the pack's inputs, so the same inputs give the same bytes;
    an archive pack is never encrypted, so the identifier reveals nothing its pages do not).
    The title and the document's language are the pack's language; the rest is for machines."""
    leaflet = request.leaflet
    info = {
        "/Title": language.gettext(N_("%(title)s: information and consent pack")) % {"title": leaflet.title},
        "/Subject": (
            f"Patient information leaflet {leaflet.id} version {leaflet.version} "
            f"(content {leaflet.content_hash}) and consent form {request.consent_form} for "
            f"{leaflet.procedure_name}"
        ),
        "/Keywords": (f"leaflet={leaflet.id}; version={leaflet.version}; content={leaflet.content_hash}; "
                      f"consent-form={request.consent_form}"),
        "/Creator": f"ConsentPack {__version__}",
        "/Producer": f"ConsentPack {__version__} with WeasyPrint and pypdf",
        "/CreationDate": f"D:{today:%Y%m%d}000000Z",
        "/ModDate": f"D:{today:%Y%m%d}000000Z",
    }
    writer.add_metadata(info)
    tag = request.site.language_tag if language.english else language.tag
    xmp = _XMP.format(
        title=escape(info["/Title"]), subject=escape(info["/Subject"]),
        keywords=escape(info["/Keywords"]), producer=escape(info["/Producer"]),
        creator=escape(info["/Creator"]),
        language=escape(tag), created=f"{today:%Y-%m-%d}T00:00:00Z",
        archive_namespaces=_ARCHIVE_NAMESPACES if archive else "",
        archive_properties=_ARCHIVE_PROPERTIES if archive else "",
    )
    catalog = writer.root_object
    catalog[NameObject("/Metadata")] = _metadata_stream(writer, xmp)
    catalog[NameObject("/Lang")] = TextStringObject(tag)
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)})
    writer.page_mode = "/UseOutlines"
    writer.pdf_header = b"%PDF-1.7"
    if archive:
        catalog[NameObject("/OutputIntents")] = ArrayObject([_output_intent(writer)])
        digest = hashlib.sha256(
            f"{__version__}\n{today}\n{request.model_dump_json()}".encode()).digest()[:16]
        set_file_identifier(writer, digest)
        wrap_streams_ending_in_cr(writer)


def wrap_streams_ending_in_cr(writer: PdfWriter) -> None:
    """The streams `archivable` cannot pad, WeasyPrint's fonts and Unicode maps among them,
    wrapped in ASCII85 (which ends `~>`) when their compressed bytes end in a carriage return.
    Compressing again cannot help: zlib's last bytes are a checksum of the content. Only the
    encoding changes, for about one stream in 256: what each stream holds is the same."""
    for obj in indirect_objects(writer):
        if not (isinstance(obj, StreamObject) and obj.get("/Filter") == "/FlateDecode"
                and encoded_data(obj).endswith(b"\r")):
            continue
        set_encoded_data(obj, base64.a85encode(encoded_data(obj)) + b"~>")
        obj[NameObject("/Filter")] = ArrayObject([NameObject("/ASCII85Decode"), NameObject("/FlateDecode")])
        if "/DecodeParms" in obj:
            obj[NameObject("/DecodeParms")] = ArrayObject([NullObject(), obj["/DecodeParms"]])


def aes_256_extension() -> DictionaryObject:
    """The catalog's /Extensions for AES-256 (security handler revision 6): it is PDF 2.0's,
    or Adobe extension level 8 to PDF 1.7, the base of PDF/UA-1."""
    return DictionaryObject({
        NameObject("/ADBE"): DictionaryObject({
            NameObject("/BaseVersion"): NameObject("/1.7"),
            NameObject("/ExtensionLevel"): NumberObject(8),
        })
    })


def encrypt(writer: PdfWriter, password: str) -> None:
    writer.root_object[NameObject("/Extensions")] = aes_256_extension()
    writer.encrypt(user_password=password, algorithm="AES-256")

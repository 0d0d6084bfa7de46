"""The import readers: each kind of file (web page, Word, PDF, Markdown, plain text) becomes the
same blocks, its furniture dropped and counted; hostile and damaged files are refused in seconds
with a message naming the file, never a traceback; and nothing is ever fetched.

The leaflets read here are test data (tests/helpers/leaflet_fixtures.py), never for patients."""

import io
import re
import zipfile
import zlib

import pytest

from consentpack.errors import ContentError, UsageError
from consentpack.importing import docx_source, pdf_source
from consentpack.importing.blocks import Block
from consentpack.importing.read import read_source
from consentpack.limits import HTML_DEPTH, HTML_ELEMENTS, IMPORT_BYTES, IMPORT_TEXT_BYTES, PDF_PAGES
from helpers.leaflet_fixtures import LEAFLETS, TRUST, fixture_files
from helpers.library import seed_source


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    """Every fixture leaflet in every format, made once for the module."""
    return fixture_files(tmp_path_factory.mktemp("leaflets"))


@pytest.fixture(scope="module")
def read(fixtures):
    """Each fixture file as read, by (name, format)."""
    return {(name, file_format): (read_source(path), expected) for name, file_format, path, expected in fixtures}


@pytest.fixture
def here(tmp_path, monkeypatch):
    """Run in an empty folder, so messages name files as the user typed them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


CASES = [(leaflet.name, file_format) for leaflet in LEAFLETS
         for file_format in ("html", "docx", "pdf", "markdown", "text")]


def texts(source) -> list[str]:
    return [block.text for block in source.blocks] + [cell for block in source.blocks for cell in block.cells]


# Every fixture leaflet in every format.

@pytest.mark.parametrize(("name", "file_format"), CASES)
def test_headings_are_found_in_order_at_their_levels(read, name, file_format):
    source, expected = read[name, file_format]
    headings = [block for block in source.blocks if block.kind == "heading"]
    assert tuple(heading.text for heading in headings) == expected.headings
    assert tuple(heading.level for heading in headings) == expected.levels
    assert source.title == expected.headings[0]
    assert source.kind == file_format


@pytest.mark.parametrize(("name", "file_format"), CASES)
def test_every_risk_is_read_with_its_figure_exactly_as_written(read, name, file_format):
    source, expected = read[name, file_format]
    assert expected.risks
    missing = [risk for risk in expected.risks if risk not in source.blocks]
    assert not missing, [block for block in source.blocks if block.kind != "heading"]


@pytest.mark.parametrize(("name", "file_format"), CASES)
def test_no_furniture_is_read_and_what_there_was_is_counted(read, name, file_format):
    source, expected = read[name, file_format]
    held = [text for text in texts(source) for furniture in expected.furniture if furniture in text]
    assert not held
    assert not [text for text in texts(source) if re.search(r"Page [0-9]+ of [0-9]+", text)]
    assert (source.boilerplate > 0) == expected.has_furniture, source.boilerplate


def test_a_web_page_counts_each_piece_of_furniture_once(read):
    source, _ = read["inguinal-hernia-repair", "html"]
    # skip link, cookie banner, header (its menu and search inside it), breadcrumb, print link,
    # share links, feedback box, related pages, newsletter banner, footer
    assert source.boilerplate == 10


def test_a_pdf_drops_the_running_header_and_footer_of_every_page(read):
    source, _ = read["cataract-surgery", "pdf"]
    assert source.boilerplate == 4  # 2 pages: a header and a footer (with its page number) on each
    assert not [text for text in texts(source) if TRUST in text]


def test_a_word_table_with_a_bold_first_row_has_a_header_row(read):
    source, _ = read["carpal-tunnel-release", "docx"]
    rows = [block for block in source.blocks if block.kind == "row"]
    assert [row.header for row in rows] == [True] + [False] * 5


def test_wrapped_lines_of_a_pdf_are_one_paragraph(read):
    source, _ = read["inguinal-hernia-repair", "pdf"]
    assert Block("paragraph", "An inguinal hernia is a bulge in the groin. It happens when fatty tissue or a loop "
                              "of bowel pushes through a weak spot in the muscles of the tummy wall.") in source.blocks


# The seed source: a real page copied as plain text, its first line the site's breadcrumb.

def test_the_seed_source_read_as_text():
    source = read_source(seed_source())
    headings = [block.text for block in source.blocks if block.kind == "heading"]
    assert headings[:10] == [
        "Sacroiliac Joint Fusion: How It Works & Recovery", "What is sacroiliac joint fusion?",
        "Who is a candidate? (Indications)", "How the procedure is performed", "Benefits and risks",
        "Alternatives", "Recovery and outlook", "When to seek a specialist opinion", "Frequently asked questions",
        "How do I know my pain is from the SI joint?",
    ]
    assert source.title == "Sacroiliac Joint Fusion: How It Works & Recovery"
    assert "Treatment · sacral" not in texts(source)
    assert source.boilerplate == 1
    assert Block("item", "Bleeding.") in source.blocks
    levels = [block.level for block in source.blocks if block.kind == "heading"]
    assert levels == [1] + [2] * 8 + [3] * 7  # the questions sit under "Frequently asked questions"


# Smaller points of each reader.

def test_a_web_page_without_a_declared_encoding_is_read_as_windows_1252_when_not_utf8(here):
    (here / "old.htm").write_bytes(b"<html><body><h1>Risks</h1><p>Bleeding \x96 about 1 in 100</p></body></html>")
    assert Block("paragraph", "Bleeding – about 1 in 100") in read_source(here / "old.htm").blocks


def test_a_web_page_bold_paragraph_heading_lead_and_nested_list(here):
    (here / "page.html").write_text(
        "<h1>Hernia</h1><h2>Risks</h2><p><b>Going home</b></p><p><strong>Pain.</strong> Mild, 1 in 10.</p>"
        "<ul><li><b>Bleeding</b> (1 in 100)<ul><li>inner item</li></ul></li></ul>"
        "<p><strong>This whole sentence is bold and ends with a full stop.</strong></p>", encoding="utf-8")
    blocks = read_source(here / "page.html").blocks
    assert blocks == (
        Block("heading", "Hernia", level=1), Block("heading", "Risks", level=2),
        Block("heading", "Going home", level=3), Block("paragraph", "Pain. Mild, 1 in 10.", lead="Pain."),
        Block("item", "Bleeding (1 in 100)", lead="Bleeding"), Block("item", "inner item"),
        Block("paragraph", "This whole sentence is bold and ends with a full stop."),
    )


def test_a_pdf_bold_numbered_line_is_a_heading_and_a_bold_bulleted_one_an_item(here):
    import weasyprint

    weasyprint.HTML(string="<body style='font: 10pt sans-serif'><h1>Hernia</h1><p><b>3. Risks</b></p>"
                           "<ul><li><b>Bleeding</b></li><li>Pain, which may last for a few weeks and go on to a "
                           "second line (1 in 10)</li></ul><p>Going home is on the same day.</p></body>"
                    ).write_pdf(here / "leaflet.pdf")
    assert read_source(here / "leaflet.pdf").blocks == (
        Block("heading", "Hernia", level=1), Block("heading", "3. Risks", level=2), Block("item", "Bleeding"),
        Block("item", "Pain, which may last for a few weeks and go on to a second line (1 in 10)"),
        Block("paragraph", "Going home is on the same day."),
    )


def test_a_pdf_set_with_airy_lines_and_a_larger_first_page_header_reads_as_written(here):
    """Line spacing of 1.5 leaves half the size between a paragraph's lines; the trust's name set
    large on the first page runs small beside "Patient information" on the others."""
    import weasyprint

    words = "The fluid muffles sound, so a child with glue ear may seem not to listen or may turn the television up. "
    weasyprint.HTML(string="<style>@page { size: A6; @top-left { content: 'Penhallow Trust'; font-size: 7pt } "
                           "@top-right { content: 'Patient information'; font-size: 7pt } } "
                           "@page :first { @top-left { content: 'Penhallow Trust'; font-size: 11pt; font-weight: bold }"
                           " @top-right { content: none } } body { font: 10pt/1.5 sans-serif } p { margin: 1em 0 }"
                           f"</style><h1>Grommets</h1><p>{words * 3}</p><p>{words * 12}</p><p>Short one.</p>"
                    ).write_pdf(here / "leaflet.pdf")
    source = read_source(here / "leaflet.pdf")  # three pages
    assert [block.kind for block in source.blocks] == ["heading", "paragraph", "paragraph", "paragraph"]
    assert [block.text for block in source.blocks[1:]] == [(words * 3).strip(), (words * 12).strip(), "Short one."]
    assert source.boilerplate == 3


@pytest.mark.parametrize("rules", [
    "th, td { border-bottom: 0.6pt solid teal } th { background: #d8ece9 }",  # each cell's bottom border
    "tr:nth-child(even) td { background: #eef }",  # striped rows, no rules at all
    # striped, the header shaded and set in the middle of its row, its second cell wrapped
    "tr:nth-child(even) td { background: #eef } th { vertical-align: middle; background: #dde } th + th { width: 22% }",
    # no rules, the figures set to the right, the header in the middle of its row
    "td + td { text-align: right } th { vertical-align: middle } th + th { width: 22% }",
    # ruled round the header and round the whole body, not between rows: found as one tall row
    "table { border: 0.6pt solid } th { border: 0.6pt solid } td { border-left: 0.6pt solid }",
])
def test_a_pdf_table_without_a_rule_round_every_cell_is_read_from_its_columns(here, rules):
    """And what stands above the title on the first page (the trust's masthead) is furniture."""
    import weasyprint

    rows = "".join(f"<tr><td>Complication number {n}, which needs enough words to wrap onto a second line of its "
                   f"cell</td><td>1 in {n}00</td></tr>" for n in range(1, 5))
    intro = "The table shows each risk, as we know it from our own patients over the last five years. " * 3
    weasyprint.HTML(string=f"<style>body {{ font: 11pt sans-serif }} table {{ border-collapse: collapse; width: 100% }}"
                           f" th, td {{ text-align: left; vertical-align: top; padding: 4pt 6pt }} {rules}</style>"
                           "<p>Brantwick and Selmoor Hospitals NHS Trust Cardiology</p>"
                           f"<h1>Risks</h1><p>{intro}</p><table><tr><th>Complication</th>"
                           f"<th>Chance of it happening to your child</th></tr>{rows}</table><p>Ask us.</p>"
                    ).write_pdf(here / "leaflet.pdf")
    source = read_source(here / "leaflet.pdf")
    blocks = source.blocks
    assert [block.kind for block in blocks] == ["heading", "paragraph"] + ["row"] * 5 + ["paragraph"]
    assert [block.cells for block in blocks[2:7]] == [("Complication", "Chance of it happening to your child")] + [
        (f"Complication number {n}, which needs enough words to wrap onto a second line of its cell", f"1 in {n}00")
        for n in range(1, 5)]
    assert source.boilerplate == 1
    assert blocks[2].header
    assert not any(block.header for block in blocks[3:7])


def test_a_pdf_title_wrapped_after_its_colon_is_one_heading_and_justified_text_no_table(here):
    import weasyprint

    words = ("While your child is asleep, the dentist takes out the teeth that are badly decayed or infected, and "
             "most of the teeth we take out are baby teeth. ") * 4
    weasyprint.HTML(string="<style>@page { size: A5 } body { font: 9.5pt sans-serif; text-align: justify } "
                           "h1 { font-size: 20pt }</style><h1>Circumcision for your son: information for parents</h1>"
                           f"<p>{words}</p>").write_pdf(here / "leaflet.pdf")
    assert read_source(here / "leaflet.pdf").blocks == (
        Block("heading", "Circumcision for your son: information for parents", level=1),
        Block("paragraph", words.strip()))


def test_a_web_pages_bar_of_links_is_furniture_and_a_long_bold_question_a_heading(here):
    (here / "page.html").write_text(
        "<main><h1>Dental extractions</h1><div class='actions'><a href='mailto:'>Email this page</a> | "
        "<a href='x.pdf'>PDF version (1 MB)</a><button>Print</button></div>"
        "<p><b>Why can't my child have the teeth out at our own dentist?</b></p><p>Most children can.</p>"
        "<p>See <a href='a'>one page</a> and <a href='b'>another</a> for more.</p></main>", encoding="utf-8")
    source = read_source(here / "page.html")
    assert source.blocks == (
        Block("heading", "Dental extractions", level=1),
        Block("heading", "Why can't my child have the teeth out at our own dentist?", level=2),
        Block("paragraph", "Most children can."), Block("paragraph", "See one page and another for more."))
    assert source.boilerplate == 1


def test_markdown_leads_tables_and_raw_html_as_text(here):
    (here / "leaflet.md").write_text(
        "# Hernia\n\n## 3. Risks\n\n**Bleeding.** About 1 in 100.\n\n| Risk | How often |\n|---|---|\n"
        "| Pain | 1% |\n\n<b>raw</b>\n", encoding="utf-8")
    blocks = read_source(here / "leaflet.md").blocks
    assert Block("heading", "3. Risks", level=2) in blocks
    assert Block("paragraph", "Bleeding. About 1 in 100.", lead="Bleeding.") in blocks
    assert Block("row", "Risk | How often", cells=("Risk", "How often"), header=True) in blocks
    assert Block("paragraph", "<b>raw</b>") in blocks


def test_a_word_file_with_macros_is_read_for_its_text_only(here, fixtures):
    docx = next(path for _, file_format, path, _ in fixtures if file_format == "docx")
    with zipfile.ZipFile(docx) as original, zipfile.ZipFile(here / "macros.docx", "w") as copy:
        for part in original.infolist():
            copy.writestr(part, original.read(part))
        copy.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    source = read_source(here / "macros.docx")
    assert source.blocks == read_source(docx).blocks
    assert source.notes == ("the file holds macros (Visual Basic); they were not run, and only its text was read",)


# Hostile and damaged files: refused by name, as ContentError or UsageError, nothing else.

def refused(path, error=ContentError) -> str:
    with pytest.raises(error) as raised:
        read_source(path)
    message = str(raised.value)
    assert message.startswith(path.name), message
    return message


@pytest.mark.parametrize(("name", "problem"), [
    ("leaflet.png", "cannot import .png files; import a web page (.html, .htm), a Word file (.docx), a PDF"),
    ("leaflet", "cannot import a file without a suffix; import a web page"),
    ("leaflet.doc", "cannot import Word 97-2003 files; open it in Word or LibreOffice and save it as"),
    ("leaflet.docm", "cannot import Word files with macros"),
    ("missing.pdf", "does not exist"),
])
def test_a_file_that_cannot_be_imported_is_a_usage_error(here, name, problem):
    assert problem in refused(here / name, UsageError)


def test_a_folder_is_not_read(here):
    (here / "folder.pdf").mkdir()
    assert "(it is not a file)" in refused(here / "folder.pdf", UsageError)


@pytest.mark.parametrize(("name", "limit"), [("big.pdf", IMPORT_BYTES), ("big.docx", IMPORT_BYTES),
                                             ("big.html", IMPORT_BYTES), ("big.md", IMPORT_TEXT_BYTES),
                                             ("big.txt", IMPORT_TEXT_BYTES)])
def test_a_file_over_its_size_limit_is_refused_unread(here, name, limit):
    with (here / name).open("wb") as handle:
        handle.truncate(limit + 1)  # sparse: nothing is written
    size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} KB"
    assert f"is larger than {size}, more than any leaflet" in refused(here / name)


def test_text_that_is_not_utf8_is_refused(here):
    (here / "leaflet.txt").write_bytes("Risks\n\nBleeding – 1 in 100.\n".encode("cp1252"))
    assert "is not UTF-8 text; save it as UTF-8" in refused(here / "leaflet.txt")


@pytest.mark.parametrize("data", [b"", b"   \n", b"<html><body><nav>Home</nav><footer>(c)</footer></body></html>"])
def test_a_web_page_with_no_leaflet_text_is_refused(here, data):
    (here / "page.html").write_bytes(data)
    assert "text" in refused(here / "page.html")


def test_a_web_page_nested_too_deep_is_refused_and_one_just_within_is_read(here):
    (here / "deep.html").write_text("<div>" * HTML_DEPTH + "deep" + "</div>" * HTML_DEPTH)
    assert f"nests them more than {HTML_DEPTH} deep" in refused(here / "deep.html")
    (here / "deep-lists.html").write_text("<ul><li>x" * (HTML_DEPTH // 2 - 5))
    assert len(read_source(here / "deep-lists.html").blocks) == HTML_DEPTH // 2 - 5


def test_a_web_page_with_too_many_elements_is_refused(here):
    (here / "many.html").write_text("<p>x</p>" * HTML_ELEMENTS)
    assert f"has more than {HTML_ELEMENTS:,} elements" in refused(here / "many.html")


def docx_with(here, name: str, parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED):
    path = here / name
    with zipfile.ZipFile(path, "w", compression) as package:
        for part, data in parts.items():
            package.writestr(part, data)
    return path


@pytest.mark.parametrize("data", [b"plain text, renamed", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600])
def test_a_docx_that_is_not_a_zip_is_refused(here, data):
    (here / "leaflet.docx").write_bytes(data)
    assert ("is not a Word document (.docx) ConsentPack can read (a Word 97-2003 .doc, a renamed file, or a "
            "damaged one); open it in Word or LibreOffice and save it as 'Word Document (.docx)' without a password"
            ) in refused(here / "leaflet.docx")


def test_a_zip_that_is_not_a_word_document_is_refused(here):
    path = docx_with(here, "leaflet.docx", {"notes.txt": b"hello"})
    assert "is damaged or is not a Word document" in refused(path)


def test_a_docx_with_malformed_xml_is_refused(here, fixtures):
    docx = next(path for _, file_format, path, _ in fixtures if file_format == "docx")
    with zipfile.ZipFile(docx) as original:
        parts = {part: original.read(part) for part in original.namelist()}
    parts["word/document.xml"] = b"<w:document><w:body><w:p>"
    assert "damaged" in refused(docx_with(here, "broken.docx", parts))


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(here):
    path = docx_with(here, "bomb.docx", {"word/document.xml": b"<a>" + b" " * (4 * 2**20) + b"</a>"})
    assert "its part word/document.xml is packed more than 100 to 1" in refused(path)


def test_a_docx_of_too_many_parts_or_too_much_unpacked_is_refused(here, monkeypatch):
    path = docx_with(here, "parts.docx", {f"word/media/{number}.bin": b"" for number in range(1001)})
    assert "unpacks to more than 1,000 files" in refused(path)
    monkeypatch.setattr(docx_source, "WORD_XML_BYTES", 1000)
    path = docx_with(here, "xml.docx", {"word/document.xml": b"<a>" + b"x" * 1000 + b"</a>"},
                     zipfile.ZIP_STORED)
    assert "unpacks to more than" in refused(path)


def test_a_docx_declaring_entities_is_refused(here):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
              b"<w:document><w:body>&b;</w:body></w:document>")
    path = docx_with(here, "laughs.docx", {"word/document.xml": laughs})
    assert "its part word/document.xml declares a document type" in refused(path)


def pdf_from(fixtures, name: str = "cataract-surgery"):
    return next(path for leaflet, file_format, path, _ in fixtures if file_format == "pdf" and leaflet == name)


@pytest.mark.parametrize(("data", "problem"), [
    (b"Just some text, renamed to .pdf", "is not a PDF (it does not start like one)"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
     "is damaged and cannot be read as a PDF"),
    (b"%PDF-1.7\n" + zlib.compress(b"x" * 1000), "is damaged and cannot be read as a PDF"),
])
def test_a_pdf_that_is_not_one_or_is_damaged_is_refused(here, data, problem):
    (here / "leaflet.pdf").write_bytes(data)
    assert problem in refused(here / "leaflet.pdf")


def test_a_pdf_that_needs_a_password_is_refused(here, fixtures):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=pdf_from(fixtures))
    writer.encrypt(user_password="open sesame", owner_password="owner")
    writer.write(here / "locked.pdf")
    assert "is protected by a password; save a copy without the password" in refused(here / "locked.pdf")


def test_a_pdf_that_only_restricts_copying_is_read_with_a_note(here, fixtures):
    from pypdf import PdfWriter
    from pypdf.constants import UserAccessPermissions

    writer = PdfWriter(clone_from=pdf_from(fixtures))
    no_copying = UserAccessPermissions.all() & ~UserAccessPermissions.EXTRACT
    writer.encrypt(user_password="", owner_password="owner", permissions_flag=no_copying)
    writer.write(here / "restricted.pdf")
    source = read_source(here / "restricted.pdf")
    assert source.blocks == read_source(pdf_from(fixtures)).blocks
    assert source.notes == ("the PDF restricts copying or printing; its text was read as a PDF viewer shows it",)


def test_a_scanned_pdf_with_no_text_layer_is_refused(here):
    from PIL import Image

    Image.new("L", (300, 400), 200).save(here / "scan.pdf", "PDF")
    assert "has no text to read, only pictures of pages (a scan)" in refused(here / "scan.pdf")


def test_a_pdf_of_too_many_pages_is_refused(here):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(PDF_PAGES + 1):
        writer.add_blank_page(100, 100)
    writer.write(here / "long.pdf")
    assert f"has more than {PDF_PAGES} pages" in refused(here / "long.pdf")


def test_pdf_page_limit_is_checked_as_found_not_only_as_declared(here, fixtures, monkeypatch):
    monkeypatch.setattr(pdf_source, "PDF_PAGES", 1)
    (here / "two.pdf").write_bytes(pdf_from(fixtures).read_bytes())
    assert "has more than 1 pages" in refused(here / "two.pdf")


# Nothing outside the file is ever fetched.

@pytest.mark.network
def test_a_web_page_fetches_nothing(here, counting_server):
    url, requests = counting_server
    (here / "page.html").write_text(f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{url}/x.dtd">
<?xml-stylesheet href="{url}/pi.css"?>
<html><head><link rel="stylesheet" href="{url}/style.css"><script src="{url}/app.js"></script>
<base href="{url}/"></head><body style="background: url({url}/bg.png)">
<h1>Hernia</h1><img src="{url}/photo.png" srcset="{url}/photo2.png 2x" alt="a photo">
<iframe src="{url}/frame"></iframe><object data="{url}/object"></object><video poster="{url}/poster.png"></video>
<p>Bleeding (about 1 in 100)</p></body></html>""")
    assert Block("paragraph", "Bleeding (about 1 in 100)") in read_source(here / "page.html").blocks
    assert requests == []


@pytest.mark.network
def test_a_word_file_fetches_nothing_and_keeps_no_picture(here, fixtures, counting_server):
    url, requests = counting_server
    docx = next(path for _, file_format, path, _ in fixtures if file_format == "docx")
    with zipfile.ZipFile(docx) as original:
        parts = {part: original.read(part) for part in original.namelist()}
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", (
        f'<Relationship Id="rIdPicture" TargetMode="External" Target="{url}/linked.png" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/image"/>'
        f'<Relationship Id="rIdLink" TargetMode="External" Target="{url}/page" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/hyperlink"/></Relationships>').encode())
    drawing = (
        '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="9" name="Linked" '
        'descr="a linked picture"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic='
        '"http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdPicture"/>'
        '</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
        '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>More about hernias</w:t></w:r></w:hyperlink></w:p>')
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + drawing.encode())
    parts["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" TargetMode="External" Target="{url}/template.dotm" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"/></Relationships>').encode()
    source = read_source(docx_with(here, "linked.docx", parts))
    assert source.blocks[0] == Block("paragraph", "More about hernias")
    assert not [text for text in texts(source) if "linked picture" in text]
    assert requests == []


@pytest.mark.network
def test_markdown_and_a_pdf_fetch_nothing(here, counting_server):
    import weasyprint

    url, requests = counting_server
    (here / "leaflet.md").write_text(f"# Hernia\n\n![photo]({url}/photo.png) <img src=\"{url}/raw.png\">\n\n"
                                     f"[More]({url}/more)\n")
    assert [block.text for block in read_source(here / "leaflet.md").blocks][0] == "Hernia"
    weasyprint.HTML(string=f'<h1>Hernia</h1><p><a href="{url}/more">More about hernias</a></p>').write_pdf(
        here / "leaflet.pdf")
    assert Block("paragraph", "More about hernias") in read_source(here / "leaflet.pdf").blocks
    assert requests == []


def test_a_damaged_zip_part_is_refused(here, fixtures):
    docx = next(path for _, file_format, path, _ in fixtures if file_format == "docx")
    data = bytearray(docx.read_bytes())
    start = data.index(b"word/document.xml") + len("word/document.xml") + 40  # inside its packed data
    data[start:start + 200] = bytes(200)
    (here / "damaged.docx").write_bytes(bytes(data))
    assert "damaged" in refused(here / "damaged.docx")


def test_a_file_is_named_as_the_caller_says(here):
    """The desk names an upload by the name it was sent with, not its temporary file's."""
    (here / "tmp123.html").write_text("<nav>Home</nav><h1>Hernia</h1><p>Text.</p>")
    assert read_source(here / "tmp123.html", name="hernia.html").name == "hernia.html"
    (here / "tmp456.html").write_text("<nav>Home</nav>")
    with pytest.raises(ContentError, match=r"^hernia\.html: holds no leaflet text"):
        read_source(here / "tmp456.html", name="hernia.html")


def test_a_docx_part_larger_than_it_declares_is_refused(here):
    """zipfile never unpacks more than a part declares, so the declared sizes measured are a bound."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<a>" + b"x" * 5000 + b"</a>")
    data = bytearray(buffer.getvalue())
    central = data.rindex(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")  # its unpacked size, as declared
    (here / "liar.docx").write_bytes(bytes(data))
    assert "is not a Word document (.docx) ConsentPack can read" in refused(here / "liar.docx")


def test_a_word_files_bold_paragraph_headings_keep_their_levels_by_font_size(here):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for text, size in (("Shoulder surgery", 22), ("Your recovery", 14), ("Wearing a sling", 12),
                       ("Warning signs", 14)):
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
        document.add_paragraph("Some words under it.")
    document.save(here / "leaflet.docx")
    headings = [(b.text, b.level) for b in read_source(here / "leaflet.docx").blocks if b.kind == "heading"]
    assert headings == [("Shoulder surgery", 1), ("Your recovery", 2), ("Wearing a sling", 3), ("Warning signs", 2)]


@pytest.mark.parametrize(("first", "header"), [
    (("Complication", "What this means", "How often"), True),
    (("Risk", "Chance", ""), True),
    (("Bleeding", "Some oozing", "About 1 in 20"), False),  # a risk, not labels
    (("Infection", "Needs antibiotics", "Rare"), False),
])
def test_a_word_table_without_bold_has_a_header_row_when_its_cells_are_column_labels(here, first, header):
    import docx

    document = docx.Document()
    document.add_paragraph("Risks")
    table = document.add_table(rows=2, cols=3)
    table.style = "Light Grid Accent 1"
    for column, text in enumerate(first):
        table.cell(0, column).text = text
    for column, text in enumerate(("Dry socket", "A painful socket", "About 1 in 20")):
        table.cell(1, column).text = text
    document.save(here / "leaflet.docx")
    rows = [b for b in read_source(here / "leaflet.docx").blocks if b.kind == "row"]
    assert [row.header for row in rows] == [header, False]


def test_a_pdf_table_row_cut_by_the_page_break_is_one_row(here):
    import weasyprint

    rows = "".join(f"<tr><td>Risk {n}</td><td>{'Words that fill the page. ' * 12}</td><td>1 in {n + 10}</td></tr>"
                   for n in range(1, 9))
    weasyprint.HTML(string="<style>@page { size: A5 } table { border-collapse: collapse } td, th { border: 1px solid "
                           "black }</style><h1>Hernia</h1><table><thead><tr><th>Risk</th><th>What this means</th>"
                           f"<th>How often</th></tr></thead>{rows}</table>").write_pdf(here / "leaflet.pdf")
    found = [b for b in read_source(here / "leaflet.pdf").blocks if b.kind in ("row", "paragraph")]
    assert [b.cells[0] for b in found if b.kind == "row" and not b.header] == [f"Risk {n}" for n in range(1, 9)]
    assert [b.kind for b in found] == ["row"] * 9


def test_pdf_row_cut_by_page_break_with_its_first_cell_moved_over_is_joined():
    # Set 3's knee table: the page break left "Less than 1%" behind and moved the first cell on.
    from consentpack.importing.figures import find_figures
    from consentpack.importing.pdf_layout import Line, Page, Table, Word, pdf_blocks

    head = ("Complication", "How often it happens", "What this means")
    body = Line(1, 100, 112, 60, 11, (Word("The", False), Word("risks", False), Word("are", False)))
    pages = [Page(1, 842, (body,), (Table(1, 600, (head, ("Wound infection", "About 1 in 100", "Antibiotics."),
                                                  ("", "Less than 1%", "")), True),)),
             Page(2, 842, (), (Table(2, 80, (head, ("Deep infection of the new joint", "",
                                                    "You may need further operations.")), True),))]
    rows = [block.cells for block in pdf_blocks(pages)[0] if block.kind == "row"]
    assert rows[-1] == ("Deep infection of the new joint", "Less than 1%", "You may need further operations.")
    assert [(f.count, f.per) for f in find_figures(rows[-1][1])] == [(1, 100)]


def test_a_booklets_running_lines_go_but_its_title_stays():
    """Mirrored pages: the trust's name runs on even pages (and, with more words, on the first);
    the title runs small on odd ones; page numbers open or close a footer ("p. 2/3 ...", "... p. 3/3")."""
    from consentpack.importing.pdf_layout import Line, Page, Word, pdf_blocks

    def line(page, top, text, size=11.0, bold=False):
        return Line(page, top, top + size, 60, size, tuple(Word(word, bold) for word in text.split()))

    trust, title = "Kestlebury and Wendmoor Hospitals NHS Trust", "Having a pacemaker fitted"
    body = "A pacemaker is a small device that keeps your heart beating."
    pages = [Page(1, 842, (line(1, 34, f"{trust} Information for patients", 10), line(1, 97, title, 21, True),
                           line(1, 140, body), line(1, 803, "KW/0142 · Review 2031 p. 1/3", 7)), ()),
             Page(2, 842, (line(2, 35, trust, 8), line(2, 140, body), line(2, 803, "p. 2/3 Patient Information", 7)), ()),
             Page(3, 842, (line(3, 35, title, 8), line(3, 140, body), line(3, 803, "KW/0142 · Review 2031 p. 3/3", 7)),
                  ())]
    blocks, furniture = pdf_blocks(pages)
    assert [block.text for block in blocks] == [title, body, body, body]
    assert furniture == 6


def test_text_at_the_top_of_a_first_page_whose_largest_line_is_far_below_is_kept():
    """The masthead above the title goes; but a page that opens with text and sets its largest
    heading halfway down has no title at the top, and nothing above that heading is dropped."""
    from consentpack.importing.pdf_layout import Line, Page, Word, pdf_blocks

    def line(top, text, size=11.0):
        return Line(1, top, top + size, 60, size, tuple(Word(word, False) for word in text.split()))

    opening = "Your surgeon has asked us to see you before your operation, and this leaflet explains why."
    blocks, furniture = pdf_blocks([Page(1, 842, (line(40, opening), line(420, "Risks", 20.0),
                                                  line(460, "Bleeding is rare and usually stops.")), ())])
    assert [block.text for block in blocks] == [opening, "Risks", "Bleeding is rare and usually stops."]
    assert furniture == 0

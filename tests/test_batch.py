"""A theatre list in one command: every good row produced, every bad row named, nothing mixed up."""

import hashlib
import re
import subprocess

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from consentpack.batch.manifest import ManifestRow, write_manifest
from consentpack.lists.rows import COLUMNS
from helpers.cli import run
from helpers.library import PROCEDURE, REPO
from helpers.pdf import flat, page_texts
from helpers.theatre_lists import manifest_rows, patient_row, strip_of, write_list


@pytest.fixture(scope="session")
def twenty_two(tmp_path_factory, library):
    """22 different patients on two procedures, with a print file."""
    folder = tmp_path_factory.mktemp("batch")
    rows = [patient_row(n) for n in range(22)]
    listing = write_list(folder / "list.csv", rows)
    out = folder / "packs"
    out.mkdir()
    result = run("batch", listing, "-o", out, "--library", library, "--jobs", "2",
                 "--print-file", out / "print.pdf")
    assert result.exit_code == 0, result.output
    return rows, out, result


def nhs_display(digits: str) -> str:
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


@pytest.mark.slow
def test_every_page_carries_its_own_patient_and_no_other(twenty_two):
    rows, out, _ = twenty_two
    manifest = manifest_rows(out)
    assert [int(m["row"]) for m in manifest] == list(range(2, 24))
    for row, record in zip(rows, manifest, strict=True):
        own = (strip_of(row), nhs_display(row["nhs_number"]))
        others = [(strip_of(r), nhs_display(r["nhs_number"])) for r in rows if r is not row]
        for text in page_texts(out / record["output"]):
            line = flat(text)
            assert own[0] in line
            assert own[1] in line
            for name, number in others:
                assert name not in line
                assert number not in line


def print_file_packs(reader: PdfReader) -> list[tuple]:
    """Each patient's bookmark, the bookmarks under it, and the pages it files, [start, end)."""
    pairs = zip(reader.outline, reader.outline[1:] + [None], strict=True)
    tops = [(item, after if isinstance(after, list) else [])
            for item, after in pairs if not isinstance(item, list)]
    starts = [reader.get_destination_page_number(item) for item, _ in tops] + [len(reader.pages)]
    return [(item, children, start, end) for (item, children), start, end in zip(tops, starts, starts[1:], strict=False)]


@pytest.mark.slow
def test_print_file_pages_each_belong_to_the_pack_they_are_filed_under(twenty_two):
    """Grouped by the patients' bookmarks: each pack on a right-hand page, every page of it
    with its patient's name and NHS number and no other patient's name, then a blank back if
    its page count is odd."""
    rows, out, _ = twenty_two
    reader = PdfReader(out / "print.pdf")
    packs = print_file_packs(reader)
    assert len(packs) == len(rows)
    texts = [flat(text) for text in page_texts(out / "print.pdf")]
    for row, record, (bookmark, _, start, end) in zip(rows, manifest_rows(out), packs, strict=True):
        assert bookmark.title.endswith(f"{strip_of(row)} ({row['procedure']})")
        assert start % 2 == 0, "every pack starts on a right-hand (odd-numbered) page"
        pages = int(record["pages"])
        assert end - start == pages + pages % 2
        assert not any(texts[start + pages:end]), "the back is blank"
        for text in texts[start:start + pages]:
            assert strip_of(row) in text
            assert nhs_display(row["nhs_number"]) in text
            for other in rows:
                if other is not row:
                    assert strip_of(other) not in text


def bookmarks(items: list, reader: PdfReader, shift: int = 0) -> list:
    """Bookmarks as (title, page index + shift), nested as in the outline."""
    return [bookmarks(item, reader, shift) if isinstance(item, list)
            else (item.title, reader.get_destination_page_number(item) + shift) for item in items]


def test_print_file_keeps_each_packs_own_bookmarks_under_its_patient(twenty_two):
    _, out, _ = twenty_two
    reader = PdfReader(out / "print.pdf")
    assert reader.page_mode == "/UseOutlines"
    assert reader.metadata.title == "Consent packs for printing"
    for record, (_, children, start, _) in zip(manifest_rows(out), print_file_packs(reader), strict=True):
        pack = PdfReader(out / record["output"])
        own = bookmarks(children, reader)
        assert own == bookmarks(pack.outline, pack, start)
        assert [title for title, _ in own[:2]] == ["Your personal cover", "Information leaflet"]


def test_print_file_is_sound_for_qpdf(twenty_two):
    _, out, _ = twenty_two
    check = subprocess.run(["qpdf", "--check", out / "print.pdf"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert "No syntax or stream encoding errors" in check.stdout, check.stdout


def test_odd_length_packs_get_a_blank_back_page(twenty_two):
    rows, out, _ = twenty_two
    manifest = manifest_rows(out)
    odd = [m for m in manifest if int(m["pages"]) % 2]
    assert odd, "the short leaflet should make some packs odd"
    total = sum(int(m["pages"]) + int(m["pages"]) % 2 for m in manifest)
    assert len(PdfReader(out / "print.pdf").pages) == total


@pytest.mark.slow
def test_print_file_stores_shared_leaflet_pages_and_fonts_once(twenty_two):
    """Every pack shows the same leaflet page from one content stream, not a copy per patient."""
    rows, out, _ = twenty_two
    reader = PdfReader(out / "print.pdf")
    texts = page_texts(out / "print.pdf")
    drawn_from = {}
    for row, (_, _, start, end) in zip(rows, print_file_packs(reader), strict=True):
        for page, text in zip(reader.pages[start:end], texts[start:end], strict=True):
            label = re.search(r"Leaflet · Page (\d+)", text)
            if label:
                body = page.raw_get("/Contents")
                drawn_from.setdefault((row["procedure"], label.group(1)), set()).add(body.idnum)
    assert len(drawn_from) == 15  # 8 pages of the full leaflet, 7 of the short one
    assert all(len(objects) == 1 for objects in drawn_from.values()), drawn_from
    packs = sum((out / m["output"]).stat().st_size for m in manifest_rows(out))
    assert (out / "print.pdf").stat().st_size < packs / 2


def digest(stream) -> str:
    return hashlib.sha256(stream.get_data()).hexdigest()


def streams_used(reader: PdfReader) -> list:
    """Every stream the pages draw or use (contents, forms, fonts, images), each object once."""
    seen, found = set(), []
    todo = [page.raw_get(key) for page in reader.pages for key in ("/Contents", "/Resources")]
    while todo:
        obj = todo.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, StreamObject):
            found.append(obj)
        if isinstance(obj, DictionaryObject):
            todo.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            todo.extend(obj)
    return found


def test_print_file_stores_every_stream_once_and_loses_none(twenty_two):
    """The streams of all the packs (page contents, fonts, page labels, strips, QR codes),
    each stored once, and a content stream of its own for each blank back."""
    _, out, _ = twenty_two
    reader = PdfReader(out / "print.pdf")
    packs = [PdfReader(out / m["output"]) for m in manifest_rows(out)]
    in_print_file = [digest(stream) for stream in streams_used(reader)]
    in_packs = {digest(stream) for pack in packs for stream in streams_used(pack)}
    backs = sum(len(pack.pages) % 2 for pack in packs)
    assert len(set(in_print_file)) == len(in_print_file), "a stream stored twice"
    assert len(in_print_file) == len(in_packs) + backs
    assert set(in_print_file) >= in_packs

    contents = {page.raw_get("/Contents").idnum for page in reader.pages}
    distinct = {digest(page["/Contents"]) for pack in packs for page in pack.pages}
    assert len(contents) == len(distinct) + backs
    assert len(distinct) < sum(len(pack.pages) for pack in packs) / 2  # the shared pages, once


def test_manifest_records_what_each_patient_received(twenty_two):
    rows, out, result = twenty_two
    for row, record in zip(rows, manifest_rows(out), strict=True):
        assert record["status"] == "produced"
        pdf = out / record["output"]
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == record["pdf_sha256"]
        assert int(record["pages"]) == len(PdfReader(pdf).pages)
        assert record["leaflet_id"] == row["procedure"]
        assert record["leaflet_version"] == "1.1"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", record["generated_at"])
    assert "Produced 22, unchanged 0, failed 0." in result.output


def test_default_file_names_are_identifier_family_name_procedure(twenty_two):
    rows, out, _ = twenty_two
    names = [m["output"] for m in manifest_rows(out)]
    assert names[0] == f"{rows[0]['nhs_number']}-smith-{PROCEDURE}.pdf"
    assert names[2] == f"{rows[2]['nhs_number']}-nguyen-{PROCEDURE}.pdf"
    assert len(set(names)) == len(names)


def test_bad_rows_are_named_and_the_rows_after_them_still_produced(tmp_path, library):
    rows = [
        patient_row(0),
        patient_row(1, nhs_number="943 476 5918"),
        None,  # a blank line: skipped, but it still counts in the row numbers
        patient_row(2, side="", date_of_birth="31/02/1980"),
        patient_row(3, procedure="knee-thing"),
        patient_row(4),
        {**patient_row(0), "side": "right"},  # the same patient again
        patient_row(7),
    ]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    out.mkdir()
    result = run("batch", listing, "-o", out, "--library", library, "-q", "--jobs", "1")
    assert result.exit_code == 1
    name = "list.csv" if (tmp_path / "list.csv").resolve().is_relative_to(REPO) else str(listing)
    for expected in [
        f"{name} row 3: nhs_number: fails the NHS number check digit; check it was copied correctly",
        f"{name} row 5: date_of_birth: is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY",
        f"{name} row 6: procedure: No leaflet called 'knee-thing'.",
        f"{name} row 8: nhs_number: the same patient is listed for {PROCEDURE} in row 2 already",
    ]:
        assert expected in result.output
    statuses = {int(m["row"]): m["status"] for m in manifest_rows(out)}
    assert statuses == {2: "produced", 3: "failed", 5: "failed", 6: "failed", 7: "produced",
                        8: "failed", 9: "produced"}
    assert len(list(out.glob("*.pdf"))) == 3
    assert "Produced 3, unchanged 0, failed 4." in result.output


def test_check_validates_only_and_strict_produces_nothing(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(0), patient_row(1, consultant="")])
    out = tmp_path / "out"
    out.mkdir()
    checked = run("batch", listing, "--check", "--library", library)
    assert checked.exit_code == 1
    assert "row 3: consultant: is required" in checked.output
    assert "Checked 2 rows: 1 with problems." in checked.output
    strict = run("batch", listing, "-o", out, "--strict", "--library", library, "-q")
    assert strict.exit_code == 1
    assert "Nothing was produced because of the problems above (--strict)." in strict.output
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("delimiter", "encoding", "newline"),
    [(",", "utf-8-sig", "\r\n"), (";", "utf-8", "\n"), (";", "utf-8-sig", "\r\n")],
    ids=["excel-bom-crlf", "libreoffice-semicolon", "bom-semicolon-crlf"],
)
def test_csv_as_spreadsheets_save_it(tmp_path, library, delimiter, encoding, newline):
    header = [c.upper().replace("_", " ") for c in COLUMNS]  # "FAMILY NAME": case and spaces ignored
    listing = write_list(tmp_path / "list.csv", [patient_row(2)], delimiter, encoding, newline, header)
    result = run("batch", listing, "--check", "--library", library)
    assert result.exit_code == 0, result.output
    assert "Checked 1 rows: 0 with problems." in result.output


def test_xlsx_first_sheet_or_named_sheet(tmp_path, library):
    workbook = Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["not a theatre list"])
    sheet = workbook.create_sheet("Monday")
    sheet.append(list(COLUMNS))
    row = patient_row(0)
    values = [row.get(c, "") for c in COLUMNS]
    values[COLUMNS.index("nhs_number")] = int(row["nhs_number"])  # Excel turns it into a number
    sheet.append(values)
    workbook.save(tmp_path / "list.xlsx")
    out = tmp_path / "out"
    out.mkdir()
    first = run("batch", tmp_path / "list.xlsx", "--check", "--library", library)
    assert first.exit_code == 1
    assert "row 1: is not a header row: the first row must name the columns" in first.output
    named = run("batch", tmp_path / "list.xlsx", "--sheet", "Monday", "-o", out, "--library", library, "-q")
    assert named.exit_code == 0, named.output
    assert strip_of(row) in page_texts(next(out.glob("*.pdf")))[0]
    missing = run("batch", tmp_path / "list.xlsx", "--sheet", "Tuesday", "--check")
    assert missing.exit_code == 2
    assert "has no sheet 'Tuesday'; its sheets are: Notes, Monday" in missing.output


def test_other_headers_are_mapped_with_a_columns_file(tmp_path, library):
    ours = {"Surname": "family_name", "Forename": "given_name", "DOB": "date_of_birth"}
    header = [next((theirs for theirs, mine in ours.items() if mine == c), c) for c in COLUMNS]
    listing = write_list(tmp_path / "list.csv", [patient_row(0)], header=header)
    unmapped = run("batch", listing, "--check", "--library", library)
    assert unmapped.exit_code == 1
    assert "row 1: unknown column 'Surname', 'Forename', 'DOB'" in unmapped.output
    (tmp_path / "columns.yaml").write_text("Surname: family_name\nForename: given name\nDOB: date_of_birth\n")
    mapped = run("batch", listing, "--check", "--columns", tmp_path / "columns.yaml", "--library", library)
    assert mapped.exit_code == 0, mapped.output


def test_a_missing_required_column_is_named(tmp_path):
    header = [c for c in COLUMNS if c not in ("consultant", "nhs_number", "hospital_number")]
    (tmp_path / "list.csv").write_text(",".join(header) + "\n")
    result = run("batch", tmp_path / "list.csv", "--check")
    assert result.exit_code == 1
    assert "row 1: missing column consultant, nhs_number or hospital_number" in result.output


def test_no_name_template_or_field_can_escape_the_output_folder(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(0, family_name="../../etc/passwd"),
                                                 patient_row(2, family_name="..")])
    out = tmp_path / "out"
    out.mkdir()
    escape = run("batch", listing, "-o", out, "--name-template", "../{family_name}")
    assert escape.exit_code == 2
    assert "'../' may only hold letters, digits, '.', '_' and '-'" in escape.output
    attribute = run("batch", listing, "-o", out, "--name-template", "{family_name.__class__}")
    assert attribute.exit_code == 2
    result = run("batch", listing, "-o", out, "--library", library, "-q",
                 "--name-template", "{family_name}-{row}")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.rglob("*.pdf")) == ["etc-passwd-2.pdf", "x-3.pdf"]


def test_two_patients_never_write_to_the_same_file(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(0), patient_row(2, family_name="Smith")])
    out = tmp_path / "out"
    out.mkdir()
    result = run("batch", listing, "-o", out, "--library", library, "-q",
                 "--name-template", "{family_name}-{procedure}")
    assert result.exit_code == 1
    assert ("row 3: output: its file name is also made for row 2; "
            "put {identifier} in --name-template") in result.output
    assert len(list(out.glob("*.pdf"))) == 1


def test_rerun_rewrites_only_what_changed(tmp_path, library):
    rows = [patient_row(0), patient_row(1)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    out.mkdir()
    assert run("batch", listing, "-o", out, "--library", library, "-q").exit_code == 0
    first = {m["output"]: m for m in manifest_rows(out)}
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}

    again = run("batch", listing, "-o", out, "--library", library, "-q")
    assert "Produced 0, unchanged 2, failed 0." in again.output
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")} == stamps
    assert {m["output"]: m["pdf_sha256"] for m in manifest_rows(out)} == \
           {name: m["pdf_sha256"] for name, m in first.items()}

    write_list(listing, [rows[0], {**rows[1], "consultant": "Mr B Osei"}])
    changed = run("batch", listing, "-o", out, "--library", library, "-q")
    assert "Produced 1, unchanged 1, failed 0." in changed.output

    forced = run("batch", listing, "-o", out, "--library", library, "-q", "--force")
    assert "Produced 2, unchanged 0, failed 0." in forced.output


def test_progress_bar_goes_to_stderr_unless_quiet(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(0)])
    out = tmp_path / "out"
    out.mkdir()
    shown = run("batch", listing, "-o", out, "--library", library, "--force")
    assert "Making packs" in shown.stderr
    assert "Making packs" not in shown.stdout
    quiet = run("batch", listing, "-o", out, "--library", library, "--force", "-q")
    assert "Making packs" not in quiet.output


def test_manifest_cells_cannot_become_spreadsheet_formulas(tmp_path):
    write_manifest(tmp_path, [ManifestRow(row=2, status="failed", message="=HYPERLINK(\"x\")"),
                              ManifestRow(row=3, status="failed", message="+1"),
                              ManifestRow(row=4, status="failed", message="@SUM(A1)")])
    messages = [m["message"] for m in manifest_rows(tmp_path)]
    assert messages == ["'=HYPERLINK(\"x\")", "'+1", "'@SUM(A1)"]


def test_one_identifier_for_two_people_fails_both_rows(tmp_path, library):
    rows = [patient_row(0, hospital_number="RX1"),
            patient_row(2, nhs_number="", hospital_number="RX1"),
            patient_row(4, nhs_number=patient_row(0)["nhs_number"], hospital_number="")]
    listing = write_list(tmp_path / "list.csv", rows)
    result = run("batch", listing, "--check", "--library", library)
    assert result.exit_code == 1
    for row in (2, 3):
        assert f"row {row}: hospital_number: rows 2 and 3 give it to different people; check which is right" in result.output
    assert "row 4: nhs_number: rows 2 and 4 give it to different people" in result.output


def test_the_same_patient_twice_is_found_by_any_of_their_identifiers(tmp_path, library):
    first = patient_row(0, hospital_number="RX1")
    second = {**first, "nhs_number": "", "side": "right"}
    result = run("batch", write_list(tmp_path / "list.csv", [first, second]), "--check", "--library", library)
    assert f"row 3: hospital_number: the same patient is listed for {PROCEDURE} in row 2 already" in result.output


def test_print_file_must_not_replace_a_pack_or_the_manifest(tmp_path, library):
    rows = [patient_row(0)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    pack_name = f"{rows[0]['nhs_number']}-smith-{PROCEDURE}.pdf"
    for target, message in [(out / pack_name, "is the name of row 2's pack"),
                            (out / "manifest.csv", "must be a file name ending in .pdf"),
                            (tmp_path / "nowhere" / "print.pdf", "does not exist")]:
        result = run("batch", listing, "-o", out, "-q", "--library", library, "--print-file", target)
        assert result.exit_code == 2
        assert message in result.output
    assert not list(out.glob("*.pdf"))


def test_a_damaged_manifest_means_making_every_pack_again(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(0)])
    out = tmp_path / "out"
    assert run("batch", listing, "-o", out, "-q", "--library", library).exit_code == 0
    (out / "manifest.csv").write_bytes(b"row,status\nnot a number,\xff\n")
    result = run("batch", listing, "-o", out, "-q", "--library", library)
    assert result.exit_code == 0
    assert "warning: manifest.csv in the output folder could not be read" in result.output
    assert "Produced 1, unchanged 0, failed 0." in result.output


def test_a_pack_whose_leaflet_expires_is_made_again_with_the_notice(tmp_path, library):
    from datetime import date

    from consentpack.batch.run import BatchOptions, run_batch
    from consentpack.files.naming import DEFAULT_TEMPLATE, NameTemplate
    from consentpack.library.folders import Library
    from consentpack.lists.reader import read_theatre_list

    listing = read_theatre_list(write_list(tmp_path / "list.csv", [patient_row(0)]))
    out = tmp_path / "out"

    def batch(day, **options):
        return run_batch(listing, Library.open(library), BatchOptions(
            output_folder=out, name_template=NameTemplate(DEFAULT_TEMPLATE), jobs=1, today=day, **options))

    assert batch(date(2029, 11, 1)).count("produced") == 1
    later = batch(date(2029, 12, 4), allow_expired=True)
    assert later.count("produced") == 1, "the expiry notice must reach the pack"
    assert "This leaflet was due for review on" in flat(page_texts(next(out.glob("*.pdf")))[0])


def test_line_breaks_inside_a_cell_become_spaces(tmp_path, library):
    rows = [patient_row(0, notes="Needs an interpreter\nWheelchair user")]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    result = run("batch", listing, "-o", out, "-q", "--library", library)
    assert result.exit_code == 0, result.output
    text = " ".join(flat(t) for t in page_texts(next(out.glob("*.pdf"))))
    assert "Needs an interpreter Wheelchair user" in text


def test_a_pack_that_cannot_be_written_is_reported_without_the_patients_name(tmp_path, library):
    rows = [patient_row(0)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    (out / f"{rows[0]['nhs_number']}-smith-{PROCEDURE}.pdf").mkdir(parents=True)
    result = run("batch", listing, "-o", out, "-q", "--library", library)
    assert result.exit_code == 1
    assert "row 2: its pack could not be written (Is a directory)" in result.output
    assert "smith" not in result.output.lower()
    assert rows[0]["nhs_number"] not in result.output


def test_a_list_with_no_rows_says_so(tmp_path):
    (tmp_path / "list.csv").write_text(",".join(COLUMNS) + "\n")
    result = run("batch", tmp_path / "list.csv", "-o", tmp_path / "out", "-q")
    assert "warning: " in result.output
    assert "has no patient rows" in result.output


def test_a_formula_with_no_saved_result_is_refused_not_read_as_empty(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(COLUMNS))
    row = patient_row(0)
    values = [row.get(c, "") for c in COLUMNS]
    values[COLUMNS.index("family_name")] = '=UPPER("smith")'  # openpyxl saves no result for it
    sheet.append(values)
    workbook.save(tmp_path / "list.xlsx")
    result = run("batch", tmp_path / "list.xlsx", "--check")
    assert result.exit_code == 1
    assert "row 2: column 1 holds a formula with no saved result" in result.output


def test_pdfs_left_from_an_earlier_run_are_counted_not_named(tmp_path, library):
    rows = [patient_row(0), patient_row(2)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    assert run("batch", listing, "-o", out, "-q", "--library", library).exit_code == 0
    write_list(listing, [{**rows[0], "family_name": "Smyth"}, rows[1]])  # a spelling corrected
    result = run("batch", listing, "-o", out, "-q", "--library", library, "--print-file", out / "print.pdf")
    assert result.exit_code == 0
    assert ("warning: 1 other PDF files in the output folder are not packs of this list") in result.output
    assert "smith" not in result.output.lower()

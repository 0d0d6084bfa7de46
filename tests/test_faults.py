"""A batch survives faults: killed runs, dead workers, a full disk, two runs at once, a new
password. Real processes are started and killed; every check reads what the tool wrote."""

import hashlib
import inspect
import pickle

import pytest
from pypdf import PdfReader
from pypdf.errors import WrongPasswordError

from conftest import flat, run
from consentpack import errors
from consentpack.manifest import ManifestRow, read_manifest, write_manifest
from test_batch import library  # noqa: F401 (a fixture)
from test_batch import patient_row, read_manifest as manifest_rows, strip_of, write_list


# --- the exception family crosses process boundaries ---------------------------------------


EXAMPLES = {
    errors.ConsentPackError: ("row 3: could not be produced (KeyError); nothing was written",),
    errors.UsageError: ("packs/ is being written by another ConsentPack batch (process 1234)",),
    errors.ContentError: ("leaflets/x.yaml: review_due: is required",),
    errors.PatientError: ("Bad patient details",),
    errors.OutputError: ("Cannot write packs/x.pdf: Is a directory", "Is a directory"),
}


def test_every_error_survives_the_trip_back_from_a_worker():
    family = {cls for _, cls in inspect.getmembers(errors, inspect.isclass)
              if issubclass(cls, errors.ConsentPackError)}
    assert family == set(EXAMPLES), "give every class in consentpack/errors.py an example here"
    for cls, args in EXAMPLES.items():
        error = cls(*args)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is cls and str(copy) == str(error) and vars(copy) == vars(error)


def test_a_pack_that_cannot_be_written_fails_only_its_row_with_workers(tmp_path, library):
    rows = [patient_row(0), patient_row(1), patient_row(2), patient_row(3)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    (out / f"{rows[1]['nhs_number']}-jones-short-procedure.pdf").mkdir(parents=True)
    result = run("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "2")
    assert result.exit_code == 1
    assert "row 3: its pack could not be written (Is a directory)" in result.output
    assert "BrokenProcessPool" not in result.output
    assert "jones" not in result.output.lower() and rows[1]["nhs_number"] not in result.output
    assert "Produced 3, unchanged 0, failed 1." in result.output
    assert {int(m["row"]): m["status"] for m in manifest_rows(out)} == {
        2: "produced", 3: "failed", 4: "produced", 5: "produced"}


# --- one identifier, two people ----------------------------------------------------------------


def test_an_identifier_conflict_is_found_even_when_a_row_has_another_problem(tmp_path, library):
    shared = patient_row(0)["nhs_number"]
    spaced = f"{shared[:3]} {shared[3:6]}-{shared[6:]}"
    rows = [
        patient_row(0, hospital_number="rx1"),
        patient_row(2, nhs_number=spaced, date_of_birth="31/02/1980"),  # also a bad date
        patient_row(4, nhs_number="", hospital_number="RX1", consultant=""),  # also no consultant
        patient_row(6),
        {**patient_row(0), "family_name": "SMITH", "date_of_birth": "15/01/1950", "side": "right"},
    ]
    result = run("batch", write_list(tmp_path / "list.csv", rows), "--check", "--library", library)
    assert result.exit_code == 1
    nhs = "nhs_number: rows 2, 3 and 6 give it to different people; check which is right"
    hospital = "hospital_number: rows 2 and 4 give it to different people; check which is right"
    for expected in [
        f"row 2: {nhs}", f"row 2: {hospital}",
        "row 3: date_of_birth: is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY", f"row 3: {nhs}",
        "row 4: consultant: is required", f"row 4: {hospital}",
        f"row 6: {nhs}",
    ]:
        assert expected in result.output
    assert "row 5:" not in result.output
    assert shared not in result.output and "RX1" not in result.output.upper().replace("ROWS", "")
    assert "Checked 5 rows: 4 with problems." in result.output

# --- the manifest keeps naming every file -----------------------------------------------------


def test_manifest_reads_back_exactly_what_it_wrote(tmp_path):
    names = ["-2.pdf", "=x.pdf", "+x.pdf", "@x.pdf", "'-x.pdf", "''x.pdf", "plain.pdf"]
    write_manifest(tmp_path, [ManifestRow(row=n, status="produced", output=name, message=f"-{name}")
                              for n, name in enumerate(names, start=2)])
    back = read_manifest(tmp_path)[0]
    assert sorted(back) == sorted(names)
    assert all(row.message == f"-{name}" for name, row in back.items())
    cells = [m["output"] for m in manifest_rows(tmp_path)]
    assert cells[:5] == ["'-2.pdf", "'=x.pdf", "'+x.pdf", "'@x.pdf", "''-x.pdf"]


def test_a_file_name_starting_with_a_hyphen_is_still_recognised_on_a_rerun(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(0), patient_row(1)])
    out = tmp_path / "out"
    batch = ("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "1", "--name-template=-{row}")
    assert "Produced 2, unchanged 0" in run(*batch).output
    assert sorted(p.name for p in out.glob("*.pdf")) == ["-2.pdf", "-3.pdf"]
    again = run(*batch)
    assert "Produced 0, unchanged 2, failed 0." in again.output


# --- a new password, the print file ---------------------------------------------------------


def test_a_new_password_or_archive_setting_makes_every_pack_again(tmp_path, library):
    rows = [patient_row(0), patient_row(1)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("correct horse battery\n")
    new.write_text("staple in the margin\n")
    batch = ("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "1")
    assert "Produced 2, unchanged 0" in run(*batch, "--password-file", old).output
    first = {m["output"]: (out / m["output"]).read_bytes() for m in manifest_rows(out)}
    assert "Produced 0, unchanged 2" in run(*batch, "--password-file", old).output
    assert "correct horse" not in (out / "manifest.csv").read_text()

    changed = run(*batch, "--password-file", new, "--print-file", out / "print.pdf")
    assert changed.exit_code == 0, changed.output
    assert "Produced 2, unchanged 0, failed 0." in changed.output
    for record in manifest_rows(out):
        with pytest.raises(WrongPasswordError):
            PdfReader(out / record["output"], password="correct horse battery")
        reader = PdfReader(out / record["output"], password="staple in the margin")
        assert strip_of(rows[int(record["row"]) - 2]) in flat(reader.pages[0].extract_text())
    assert PdfReader(out / "print.pdf", password="staple in the margin").pages

    # A pack the manifest vouches for but encrypted with the old password (as an earlier
    # version of ConsentPack left them) is named, and the print file is made without it.
    name = manifest_rows(out)[1]["output"]
    (out / name).write_bytes(first[name])
    records = read_manifest(out)[0]
    write_manifest(out, [ManifestRow(**{**vars(r), "pdf_sha256": hashlib.sha256(first[name]).hexdigest()})
                         if r.output == name else r for r in records.values()])
    printed = run(*batch, "--password-file", new, "--print-file", out / "print.pdf")
    assert printed.exit_code == 1
    assert ("list.csv row 3: its pack could not be added to the print file "
            "(it is encrypted with another password)") in printed.output
    assert "Traceback" not in printed.output
    reader = PdfReader(out / "print.pdf", password="staple in the margin")
    assert all(strip_of(rows[0]) in flat(page.extract_text()) for page in reader.pages if page.extract_text())

    plain = run(*batch)
    assert "Produced 2, unchanged 0" in plain.output
    archived = run(*batch, "--archive")
    assert "Produced 2, unchanged 0" in archived.output

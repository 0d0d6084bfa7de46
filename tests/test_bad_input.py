"""Every bad input gets a message naming the field and what is expected, and no file is written."""

import pytest

from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO

PDF_MAGIC = b"%PDF"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"family_name": None}, "family_name: is required"),
        ({"given_name": "   "}, "given_name: must not be empty"),
        ({"nhs_number": "943 476 5918"}, "nhs_number: fails the NHS number check digit"),
        ({"nhs_number": "12345"}, "nhs_number: must be 10 digits (spaces allowed)"),
        ({"nhs_number": None}, "nhs_number or hospital_number: give an NHS number or a hospital number"),
        ({"date_of_birth": "2999-01-01"}, "date_of_birth: is in the future"),
        ({"date_of_birth": "31/02/1961"}, "date_of_birth: is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY"),
        ({"date_of_birth": "1880-01-01"}, "date_of_birth: is more than 130 years ago"),
        ({"side": None}, "side: is required for sacroiliac joint fusion: left, right or both"),
        ({"side": "middle"}, "side: must be one of 'left', 'right' or 'both'"),
        ({"family_name": "Smith\x07"}, "family_name: contains control or invisible formatting characters"),
        ({"family_name": "A" * 5000}, "family_name: is too long (at most 50 characters)"),
        ({"given_name": "\u1230\u120b\u121d"}, "given_name: has letters the bundled fonts cannot print"),  # Ethiopic
        ({"nhs_number": "９４３４７６５９１９"}, "nhs_number: must be 10 digits (spaces allowed)"),
        ({"hospital_number": "RX 12", "nhs_number": None},
         "hospital_number: may hold only letters, digits, / and -, at most 20 characters"),
        ({"procedure_date": "1950-01-01"}, "procedure_date: is before the date of birth"),
        ({"procedure_date": "next week"}, "procedure_date: is not a real date"),
        ({"consultant": None}, "consultant: is required"),
        ({"notes": "x" * 501}, "notes: is too long (at most 500 characters)"),
        ({"family_name": "Zalgo" + "\u0301\u0302\u0303\u0304"}, "family_name: has more than two accents stacked on one letter"),
        ({"given_name": "A" + "\u0300" * 40}, "given_name: has more than two accents stacked on one letter"),
        ({"notes": "Needs \u0f56\u0f40\u0fb2\u0f0b\u0f64\u0f72\u0f66"}, "notes: has letters the bundled fonts cannot print"),
        ({"risk": "\u0e40\u0e1a\u0e32\u0e2b\u0e27\u0e32\u0e19"}, "additional_risks[0]: has letters the bundled fonts cannot print"),
    ],
)
def test_bad_patient_detail_is_named_and_nothing_is_written(tmp_path, changes, message):
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(**changes), "-o", output)
    assert result.exit_code == 1
    assert "error: Bad patient details:" in result.output
    assert f"  - {message}" in result.output
    assert list(tmp_path.iterdir()) == []


def test_messages_never_repeat_the_patients_details(tmp_path):
    result = run("generate", PROCEDURE, *patient_args(nhs_number="943 476 5918", side="sideways"),
                 "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert "943" not in result.output
    assert "sideways" not in result.output


def test_an_existing_file_is_left_untouched_when_the_input_is_bad(tmp_path):
    output = tmp_path / "pack.pdf"
    output.write_bytes(b"the pack printed yesterday")
    result = run("generate", PROCEDURE, *patient_args(nhs_number="943 476 5918"), "-o", output)
    assert result.exit_code == 1
    assert output.read_bytes() == b"the pack printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["generate", "knee-thing", *patient_args()], "No leaflet called 'knee-thing'. Known procedures: sacroiliac-joint-fusion"),
        (["generate", PROCEDURE], "Give the patient's details as options or with --patient FILE"),
        (["generate", PROCEDURE, "--patient", "jane.yaml", "--side", "left"],
         "Give the patient either as --patient FILE or as options, not both"),
        (["generate", PROCEDURE, *patient_args(), "--library", "no/such/folder"],
         "Library folder no/such/folder does not exist"),
    ],
)
def test_wrong_usage_exits_2_and_writes_nothing(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jane.yaml").write_text("family_name: Smith\n")
    result = run(*args, "-o", "pack.pdf")
    assert result.exit_code == 2
    assert message in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["jane.yaml"]


def test_output_must_be_a_pdf_file_name(tmp_path):
    patient_file = tmp_path / "jane.yaml"
    patient_file.write_text((REPO / "tests" / "data" / "jane-smith.yaml").read_text())
    before = patient_file.read_text()
    result = run("generate", PROCEDURE, "--patient", patient_file, "-o", patient_file)
    assert result.exit_code == 2
    assert "must be a file name ending in .pdf" in result.output
    assert patient_file.read_text() == before


def test_a_folder_that_cannot_be_written_is_named():
    result = run("generate", PROCEDURE, *patient_args(), "-o", "/proc/consentpack-pack.pdf")
    assert result.exit_code == 1
    assert "error: Cannot write /proc/consentpack-pack.pdf:" in result.output


def test_missing_output_folder_is_a_usage_error(tmp_path):
    result = run("generate", PROCEDURE, *patient_args(), "-o", tmp_path / "nope" / "pack.pdf")
    assert result.exit_code == 2
    assert "Output folder" in result.output
    assert "does not exist" in result.output


def test_side_given_for_a_procedure_without_sides(tmp_path):
    library = tmp_path / "lib"
    (library / "leaflets").mkdir(parents=True)
    source = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()
    (library / "leaflets" / "unsided.yaml").write_text(
        source.replace(f"id: {PROCEDURE}", "id: unsided").replace("sided: true", "sided: false")
    )
    result = run("generate", "unsided", *patient_args(), "--library", library, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert "side: must be left empty: sacroiliac joint fusion has no side" in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_patient_file_problems_name_file_field_and_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jane.yaml").write_text(
        "family_name: Smith\ngiven_name: Jane\nfavourite_colour: blue\n"
        "date_of_birth: 1961-03-12\nnhs_number: '943 476 5918'\nconsultant: Ms A Khan\nside: left\n"
    )
    result = run("generate", PROCEDURE, "--patient", "jane.yaml", "-o", "pack.pdf")
    assert result.exit_code == 1
    assert "error: Bad jane.yaml content:" in result.output
    assert "  - favourite_colour (line 3): is not a known field (check the spelling)" in result.output
    assert "  - nhs_number (line 5): fails the NHS number check digit" in result.output
    assert not (tmp_path / "pack.pdf").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("family_name: Smith\nfamily_name: Jones\n", "jane.yaml: line 2: not valid YAML: 'family_name' is given twice"),
        ("family_name: Smith\ngiven_name: Jane\ndate_of_birth: 19610312\nnhs_number: '9434765919'\n"
         "consultant: X\nside: left\n",
         "  - date_of_birth (line 3): is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY"),
        ("- family_name: Smith\n", "  - (top level): must be a mapping of fields"),
        ("family_name: Smith\ngiven_name: Jane\ndate_of_birth: 1961-03-12\nnhs_number: '9434765919'\n"
         "consultant: X\n",
         "error: Bad jane.yaml content:\n  - side: is required for sacroiliac joint fusion"),
    ],
    ids=["duplicate key", "date as a number", "a list, not a mapping", "side checked against the leaflet"],
)
def test_patient_file_mistakes(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jane.yaml").write_text(text)
    result = run("generate", PROCEDURE, "--patient", "jane.yaml", "-o", "pack.pdf")
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / "pack.pdf").exists()


def test_patient_file_that_is_not_yaml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jane.json").write_text('{"family_name": "Smith",\n "given_name": [}\n')
    result = run("generate", PROCEDURE, "--patient", "jane.json", "-o", "pack.pdf")
    assert result.exit_code == 1
    assert "error: jane.json: line 2: not valid YAML" in result.output


def test_patient_from_json_file_makes_a_pack(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jane.json").write_text(
        '{"family_name": "Smith", "given_name": "Jane", "date_of_birth": "12/03/1961",'
        ' "hospital_number": "H42", "side": "Right", "consultant": "Mr B Osei",'
        ' "additional_risks": "Smoker: slower bone healing; Previous back surgery"}'
    )
    result = run("generate", PROCEDURE, "--patient", "jane.json", "-o", "pack.pdf")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "pack.pdf").read_bytes().startswith(PDF_MAGIC)


def test_past_procedure_date_warns_but_still_makes_the_pack(tmp_path):
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(procedure_date="2020-01-01"), "-o", output)
    assert result.exit_code == 0
    assert "warning: procedure_date is in the past; check it is right" in result.output
    assert output.read_bytes().startswith(PDF_MAGIC)

"""Packs that survive the record and the post: QR codes that scan, byte-identical reruns,
encryption for email, and hostile input that fetches or runs nothing."""

import csv
import time
from datetime import date

import pytest
from pypdf import PdfReader

from consentpack.pdf.page_code import parse
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.packs import part_ends, printed_pack_id
from helpers.pdf import flat, fonts_used, page_texts
from helpers.scanning import decode_page_codes

LEAFLET = PROCEDURE.upper()


@pytest.mark.slow
@pytest.mark.parametrize("edition", [[], ["--large-print"]], ids=["standard", "large print"])
def test_every_page_has_a_qr_code_naming_patient_part_leaflet_and_page(tmp_path, edition):
    output = tmp_path / "pack.pdf"
    assert run("generate", PROCEDURE, *patient_args(), *edition, "-o", output).exit_code == 0
    codes = decode_page_codes(output)
    total = len(codes)
    labels = [flat(text) for text in page_texts(output)]
    kinds = {"Cover": "C", "Leaflet": "L", "Consent form": "F", "Patient's copy": "P"}
    pack = printed_pack_id(output)
    assert pack.startswith(date.today().strftime("%y%m%d-"))
    parts = [next(name for name in kinds if f"{name} · Page {number} of {total}" in label)
             for number, label in enumerate(labels, start=1)]
    ends = part_ends(parts)
    assert len(ends.split(".")) == 3  # cover, leaflet, consent form, patient's copy
    for number, (found, part) in enumerate(zip(codes, parts, strict=True), start=1):
        assert found == [f"CP3:{kinds[part]}:1:N9434765919:{LEAFLET}:1.1:{pack}:{ends}:{number}:{total}"]
        assert (parse(found[0]).form, parse(found[0]).page, parse(found[0]).leaflet) == (1, number, PROCEDURE)


def test_the_code_uses_the_hospital_number_where_the_site_leads_with_it(tmp_path):
    (tmp_path / "site.yaml").write_text(
        "hospital: X\ndepartment: Y\nphone: '01234 567890'\nidentifier: hospital_number\n")
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(hospital_number="rx12-3"), "--library", tmp_path,
                 "-o", output)
    assert result.exit_code == 0, result.output
    assert decode_page_codes(output)[0][0].startswith(f"CP3:C:1:HRX12-3:{LEAFLET}:1.1:")


def test_parse_reads_every_payload_version_and_nothing_else():
    new = parse("CP3:P:2:HRX12-3/4:SACROILIAC-JOINT-FUSION:1.0:261127-7KQ2M4:2.9.13:16:17")
    assert (new.version, new.kind, new.form, new.identifier, new.leaflet, new.leaflet_version, new.pack_id,
            new.page, new.pages) == (3, "P", 2, "HRX12-3/4", PROCEDURE, "1.0", "261127-7KQ2M4", 16, 17)
    assert new.parts() == {"C": range(1, 3), "L": range(3, 10), "F": range(10, 14), "P": range(14, 18)}
    assert parse(new.text()) == new
    assert parse("CP3:F:4:N9434765919:X:1.0:261127-7KQ2M4:2.9:16:17").parts()["F"] == range(10, 18)
    before = parse("CP2:P:2:HRX12-3/4:SACROILIAC-JOINT-FUSION:1.0:16:17")
    assert (before.version, before.form, before.pack_id, before.page) == (2, 2, None, 16)
    old = parse("CP1:F:N9434765919:SACROILIAC-JOINT-FUSION:1.0:7:15")
    assert (old.version, old.kind, old.form, old.identifier, old.page, old.pages) == (1, "F", 1, "N9434765919", 7, 15)
    for text in ("CP2:F:5:N9434765919:X:1.0:7:15", "CP1:F:1:N9434765919:X:1.0:7:15", "CP2:F:1:N943:X:1.0:7:15",
                 "CP2:F:1:N9434765919:X:1.0:16:15", "CP3:F:1:N9434765919:X:1.0:1:1",
                 "CP3:F:1:N9434765919:X:1.0:261327-7KQ2M4:2.9.13:11:17",  # no 27th of the 13th month
                 "CP3:F:1:N9434765919:X:1.0:261127-7KQ2MI:2.9.13:11:17",  # I is not in the alphabet
                 "CP3:L:1:N9434765919:X:1.0:261127-7KQ2M4:2.9.13:11:17",  # page 11 is in the form
                 "CP3:F:1:N9434765919:X:1.0:261127-7KQ2M4:2.9:11:17",  # form 1 has a copy
                 "CP3:F:4:N9434765919:X:1.0:261127-7KQ2M4:2.9.13:11:17",  # form 4 has none
                 "CP3:F:1:N9434765919:X:1.0:261127-7KQ2M4:9.2.13:11:17",  # parts out of order
                 "https://example.org"):
        with pytest.raises(ValueError, match="not a ConsentPack page code"):
            parse(text)


def test_same_inputs_and_date_give_byte_identical_pdfs(tmp_path, monkeypatch):
    paths = [tmp_path / f"{n}.pdf" for n in range(4)]
    for path in paths[:2]:
        assert run("generate", PROCEDURE, *patient_args(), "--generated-at", "2026-01-05",
                   "-o", path).exit_code == 0
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767571200")  # 2026-01-05 00:00 UTC
    assert run("generate", PROCEDURE, *patient_args(), "-o", paths[2]).exit_code == 0
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert run("generate", PROCEDURE, *patient_args(), "--generated-at", "2026-01-06",
               "-o", paths[3]).exit_code == 0
    first = paths[0].read_bytes()
    assert paths[1].read_bytes() == first
    assert paths[2].read_bytes() == first
    assert paths[3].read_bytes() != first
    assert "Pack printed on Monday 5 January 2026" in flat(page_texts(paths[0])[0])


def test_a_name_in_a_variable_font_gives_the_same_bytes_an_hour_later(tmp_path, monkeypatch):
    """Nguyễn's name prints in Noto Sans, a variable font WeasyPrint instantiates with fontTools,
    which used to stamp the instance with the time: no two runs were the same bytes."""
    name = ("--family-name", "Nguyễn", "--given-name", "Thị Lan", "--date-of-birth", "1961-03-12",
            "--nhs-number", "943 476 5919", "--side", "left", "--consultant", "Ms A Khan")
    first, later = tmp_path / "first.pdf", tmp_path / "later.pdf"
    assert run("generate", PROCEDURE, *name, "--generated-at", "2026-01-05", "--no-cache", "-o", first).exit_code == 0
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 3600)
    assert run("generate", PROCEDURE, *name, "--generated-at", "2026-01-05", "--no-cache", "-o", later).exit_code == 0
    assert later.read_bytes() == first.read_bytes()
    assert "Noto-Sans-Bold" in fonts_used(first)


def test_password_file_encrypts_with_aes_256(tmp_path):
    secret = tmp_path / "password.txt"
    secret.write_text("correct horse battery\n")
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--password-file", secret, "-o", output)
    assert result.exit_code == 0, result.output
    assert "correct horse" not in result.output
    reader = PdfReader(output)
    assert reader.is_encrypted
    encryption = reader.trailer["/Encrypt"].get_object()
    assert (encryption["/V"], encryption["/R"]) == (5, 6)  # AES-256
    assert not reader.decrypt("wrong password")
    assert reader.decrypt("correct horse battery")
    assert "SMITH, Jane" in reader.pages[0].extract_text()
    assert b"SMITH" not in output.read_bytes()


def test_password_from_the_environment_never_from_the_command_line(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENTPACK_PASSWORD", "an environment secret")
    output = tmp_path / "pack.pdf"
    assert run("generate", PROCEDURE, *patient_args(), "-o", output).exit_code == 0
    assert PdfReader(output).decrypt("an environment secret")
    refused = run("generate", PROCEDURE, *patient_args(), "--password", "x", "-o", tmp_path / "y.pdf")
    assert refused.exit_code == 2
    assert "No such option '--password'" in refused.output
    monkeypatch.setenv("CONSENTPACK_PASSWORD", "short")
    short = run("generate", PROCEDURE, *patient_args(), "-o", tmp_path / "z.pdf")
    assert short.exit_code == 2
    assert "at least 8 characters" in short.output


def test_batch_encrypts_every_pack_and_the_print_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENTPACK_PASSWORD", "theatre list secret")
    listing = tmp_path / "list.csv"
    listing.write_text("family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant\n"
                       f"Smith,Jane,1961-03-12,9434765919,{PROCEDURE},left,Ms A Khan\n"
                       f"Jones,John,1950-01-01,9990000018,{PROCEDURE},right,Ms A Khan\n")
    out = tmp_path / "out"
    result = run("batch", listing, "-o", out, "-q", "--print-file", out / "print.pdf")
    assert result.exit_code == 0, result.output
    for pdf in out.glob("*.pdf"):
        reader = PdfReader(pdf)
        assert reader.is_encrypted
        assert not reader.decrypt("nope")
        assert reader.decrypt("theatre list secret")
    again = run("batch", listing, "-o", out, "-q")
    assert "Produced 0, unchanged 2, failed 0." in again.output


@pytest.mark.network
def test_an_svg_logo_with_external_references_fetches_nothing(tmp_path, counting_server):
    base_url, requests = counting_server
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="40" height="20"><rect width="40" height="20" fill="#005eb8"/>'
        f'<image href="{base_url}/tracker.png" width="10" height="10"/>'
        '<image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>')
    (tmp_path / "site.yaml").write_text(
        "hospital: X\ndepartment: Y\nphone: '01234 567890'\nlogo: logo.svg\n")
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--library", tmp_path, "-o", output)
    assert result.exit_code == 0, result.output
    assert requests == []
    assert b"root:" not in output.read_bytes()


def test_a_leaflet_image_of_etc_passwd_is_refused(tmp_path):
    (tmp_path / "leaflets").mkdir()
    text = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()
    (tmp_path / "leaflets" / f"{PROCEDURE}.yaml").write_text(
        text.replace("    Most of the time the surgeon", '    <img src="file:///etc/passwd"> Most of the time the surgeon'))
    result = run("generate", PROCEDURE, *patient_args(), "--library", tmp_path, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert 'raw HTML is not allowed (<img src="file:///etc/passwd">)' in result.output


def test_spreadsheet_formulas_in_a_theatre_list_never_reach_the_manifest(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text(
        "family_name,given_name,date_of_birth,nhs_number,procedure,side,consultant,notes\n"
        f'"=HYPERLINK(""http://x"")",Jane,1961-03-12,9434765919,{PROCEDURE},left,"=1+1","@SUM(A1)"\n'
        f"Jones,=cmd,1950-01-01,9990000018,{PROCEDURE},=left,Ms A Khan,\n")
    out = tmp_path / "out"
    run("batch", listing, "-o", out, "-q")
    with (out / "manifest.csv").open(newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert any("side: must be one of" in cell for cell in cells)

"""A content owner's mistakes in a leaflet file are named by file, field path and line."""

import pytest

from consentpack.library.folders import Library
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO

BUNDLED = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def library_with(tmp_path, text: str, name: str = PROCEDURE):
    (tmp_path / "leaflets").mkdir(exist_ok=True)
    (tmp_path / "leaflets" / f"{name}.yaml").write_text(text)
    return tmp_path


def test_bundled_leaflet_is_valid_and_every_risk_has_a_figure_or_a_review_mark():
    leaflet = Library.open().leaflet(PROCEDURE)
    assert leaflet.sided
    assert leaflet.review_due > leaflet.published
    for risk in leaflet.sections.risks:
        assert risk.frequency is not None or risk.review


# The bundled leaflet's bleeding risk, which no source gives a figure for.
BLEEDING = ("    - name: Bleeding\n      detail: You may bleed during or after the operation.\n"
            "      review: >-\n        No source gives a figure. The hospital page gives none, and NICE IPG578 (2017)\n"
            "        section 5.2 names large haematomas (blood collecting under the skin) with no number.\n")
BROKEN = [
    # (what to replace, replacement, the field path, the line holding it, the message)
    (BLEEDING,
     "    - name: Bleeding\n      detail: You may bleed during or after the operation.\n"
     "      frequency: {count: 150, per: 100}\n",
     "sections.risks[1].frequency.count", "frequency: {count: 150",
     "count (150) must be less than per (100)"),
    (BLEEDING,
     "    - name: Bleeding\n      detail: You may bleed during or after the operation.\n",
     "sections.risks[1].frequency", "- name: Bleeding",
     "give a frequency, or write review: saying why there is no figure yet"),
    ("  benefits:\n", "  benfits:\n", "sections.benfits", "benfits:",
     "is not a known field (check the spelling)"),
    ('version: "1.1"', "version: 1.1", "version", "version: 1.1",
     'must be text (put quotes around numbers such as "1.0")'),
    ("    Sometimes one of these joints keeps on hurting.",
     "    Sometimes <img src=\"file:///etc/hostname\"> one of these joints keeps on hurting.",
     "sections.about", "  about: |-",
     "raw HTML is not allowed (<img src=\"file:///etc/hostname\">); write Markdown instead"),
    ("    - Your doctors have checked carefully",
     "    - See ![scan](http://127.0.0.1:9/x.png). Your doctors have checked carefully",
     "sections.candidates[0]", "![scan]", "images are not allowed in leaflet text (http://127.0.0.1:9/x.png)"),
    ("      text: Medicines to ease the pain.",
     "      text: \"[Medicines](javascript:alert(1)) to ease the pain.\"",
     "sections.alternatives[2].text", "[Medicines]",
     "link 'javascript:alert(1)' is not allowed; links must start with https:, http:, mailto: or tel:"),
    ("review_due: 2029-12-03", "review_due: 2025-12-03", "review_due", "review_due: 2025",
     "review_due must be later than published"),
    ("sided: true", "sided: perhaps", "sided", "sided: perhaps", "must be true or false"),
]


@pytest.mark.parametrize(("old", "new", "path", "line_text", "message"), BROKEN,
                         ids=[case[2] for case in BROKEN])
def test_broken_leaflet_is_named_with_field_line_and_problem(tmp_path, monkeypatch, old, new,
                                                             path, line_text, message):
    assert old in BUNDLED
    text = BUNDLED.replace(old, new, 1)
    monkeypatch.chdir(library_with(tmp_path, text))
    result = run("generate", PROCEDURE, *patient_args(), "--library", ".", "-o", "pack.pdf")
    assert result.exit_code == 1
    assert f"error: Bad leaflets/{PROCEDURE}.yaml content:" in result.output
    where = f"{path} (line {line_of(text, line_text)})"
    assert f"  - {where}: {message}" in result.output, result.output
    assert not (tmp_path / "pack.pdf").exists()


def test_yaml_syntax_error_names_the_line(tmp_path, monkeypatch):
    text = BUNDLED.replace("title: Sacroiliac joint fusion", "title: [Sacroiliac joint fusion")
    monkeypatch.chdir(library_with(tmp_path, text))
    result = run("list", "--library", ".")
    assert result.exit_code == 1
    assert f"error: leaflets/{PROCEDURE}.yaml: line" in result.output
    assert "not valid YAML" in result.output


def test_leaflet_id_must_match_its_file_name(tmp_path, monkeypatch):
    monkeypatch.chdir(library_with(tmp_path, BUNDLED, name="si-fusion"))
    result = run("list", "--library", ".")
    assert result.exit_code == 1
    assert ("  - id: is 'sacroiliac-joint-fusion' but the file is named 'si-fusion.yaml'; "
            "they must match") in result.output


def test_list_shows_good_leaflets_and_names_bad_ones(tmp_path, monkeypatch):
    monkeypatch.chdir(library_with(tmp_path, "id: broken\n", name="broken"))
    result = run("list", "--library", ".")
    assert result.exit_code == 1
    assert "sacroiliac-joint-fusion  Sacroiliac joint fusion  1.1      2029-12-03" in result.output
    assert "error: Bad leaflets/broken.yaml content:" in result.output
    assert "  - title: is required" in result.output

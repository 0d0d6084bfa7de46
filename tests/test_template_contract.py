"""A hospital template that breaks what the pack is composed from is named, with what is missing."""

import pytest

from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO


@pytest.mark.parametrize(
    ("template", "change", "message"),
    [
        ("personal.html", ('id="cover"', 'id="front"'),
         'personal.html has no element with id="cover"'),
        ("personal.html", ('id="consent-head"', 'id="form"'),
         'personal.html has no element with id="consent-head"'),
        ("_identity_strip.html", ('class="identity"', 'class="who"'),
         'personal.html has no identity strip (an element with class="identity") on its first page'),
        ("page_labels.html", ('{% for label in labels %}', '{% for label in labels + ["extra"] %}'),
         "page_labels.html made 20 pages for 19 page labels; it must make one page per label"),
    ],
)
def test_a_template_breaking_the_contract_is_named(tmp_path, template, change, message):
    library = tmp_path / "library"
    (library / "templates").mkdir(parents=True)
    text = (REPO / "templates" / template).read_text()
    assert change[0] in text
    (library / "templates" / template).write_text(text.replace(*change))
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--library", library, "-o", output)
    assert result.exit_code == 1
    assert message in result.output
    assert "see the template contract in the README" in result.output
    assert not output.exists()


def test_weasyprints_warnings_about_a_hospitals_styles_are_reported_once(tmp_path):
    library = tmp_path / "library"
    (library / "styles").mkdir(parents=True)
    (library / "styles" / "pack.css").write_text(
        (REPO / "styles" / "pack.css").read_text()
        + "\n.cover { colr: red; }\n.cover .for { background: url(https://example.org/x.png); }\n")
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--library", library, "-o", output)
    assert result.exit_code == 0, result.output
    assert output.exists()
    bad_property = [line for line in result.output.splitlines() if "colr: red" in line]
    line = len((REPO / "styles" / "pack.css").read_text().splitlines()) + 2  # the rule added above
    assert bad_property == [f"warning: {library / 'styles' / 'pack.css'}: Ignored `colr: red` at {line}:10, "
                            "unknown property."]
    refused = [line for line in result.output.splitlines() if "example.org" in line]
    assert len(refused) == 1
    assert refused[0].startswith("warning: ")
    assert "personal.html" in refused[0]

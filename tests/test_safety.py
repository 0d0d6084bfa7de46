"""Safety rules 1-3: nothing fetched from outside the project, patient fields never interpreted,
and every name printed as written."""

import unicodedata

import pytest
from weasyprint.urls import URLFetcher

from consentpack.layout.fetcher import AssetOnlyFetcher
from consentpack.library.fonts import font_folders
from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO
from helpers.pdf import bundled_fonts_only, flat, page_texts


@pytest.fixture
def opened_urls(monkeypatch):
    """Every URL that reaches WeasyPrint's real fetcher, i.e. that would actually be opened."""
    opened = []
    real_fetch = URLFetcher.fetch

    def recording_fetch(self, url, headers=None):
        opened.append(url)
        return real_fetch(self, url, headers)

    monkeypatch.setattr(URLFetcher, "fetch", recording_fetch)
    return opened


def hospital_library(tmp_path, base_url):
    """A library whose style and cover template reach for the network and for /etc."""
    library = tmp_path / "hospital"
    (library / "styles").mkdir(parents=True)
    (library / "templates").mkdir()
    pack_css = (REPO / "styles" / "pack.css").read_text()
    (library / "styles" / "pack.css").write_text(
        f'@import url("{base_url}/imported.css");\n'
        f'body {{ background: url("{base_url}/background.png"); }}\n'
        '.cover { background: url("file:///etc/hostname"); }\n' + pack_css
    )
    cover = (REPO / "templates" / "_cover.html").read_text()
    (library / "templates" / "_cover.html").write_text(
        f'<img src="{base_url}/logo.png" alt=""><img src="file:///etc/hostname" alt="">\n'
        f'<svg width="10" height="10"><image href="{base_url}/in-svg.png" width="10" height="10"/></svg>\n'
        + cover
    )
    return library


@pytest.mark.network
def test_hospital_style_and_template_cannot_reach_network_or_system_files(
    tmp_path, counting_server, opened_urls
):
    base_url, requests = counting_server
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(), "--library",
                 hospital_library(tmp_path, base_url), "-o", output)
    assert result.exit_code == 0, result.output
    assert requests == []
    assert not [url for url in opened_urls if "hostname" in url or "127.0.0.1" in url]
    assert opened_urls, "the bundled fonts should still have been loaded through the fetcher"
    assert "SMITH, Jane" in page_texts(output)[0]


@pytest.mark.network
def test_leaflet_image_pointing_at_local_server_is_refused_before_anything_is_fetched(
    tmp_path, counting_server, monkeypatch
):
    base_url, requests = counting_server
    (tmp_path / "leaflets").mkdir()
    text = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()
    (tmp_path / "leaflets" / f"{PROCEDURE}.yaml").write_text(
        text.replace("Special tests in your check-up", f"See ![x]({base_url}/x.png). Special tests")
    )
    monkeypatch.chdir(tmp_path)
    result = run("generate", PROCEDURE, *patient_args(), "--library", ".", "-o", "pack.pdf")
    assert result.exit_code == 1
    assert "images are not allowed in leaflet text" in result.output
    assert requests == []
    assert not (tmp_path / "pack.pdf").exists()


@pytest.mark.parametrize(
    "url",
    ["file:///etc/hostname", "http://127.0.0.1/x.css", "https://example.org/font.ttf",
     "data:image/svg+xml,<svg/>", f"file://{REPO}/styles/../../../etc/hostname",
     "file://remote-host/share/x.css"],
)
def test_fetcher_refuses_anything_outside_the_asset_folders(url):
    fetcher = AssetOnlyFetcher([REPO / "styles", *font_folders()])
    with pytest.raises(ValueError, match="only loads files from its own style and font folders"):
        fetcher.fetch(url)


def test_fetcher_serves_bundled_styles():
    fetcher = AssetOnlyFetcher([REPO / "styles"])
    response = fetcher.fetch((REPO / "styles" / "page.css").as_uri())
    assert b"@page" in response.read()
    response.close()


def test_markup_in_patient_fields_is_printed_literally(tmp_path):
    output = tmp_path / "pack.pdf"
    given = '<i>Jane</i> "}*{color:red}'
    notes = "<script>alert(1)</script> & <b>not bold</b>"
    result = run("generate", PROCEDURE, *patient_args(given_name=given), "--notes", notes,
                 "-o", output)
    assert result.exit_code == 0, result.output
    texts = [flat(text) for text in page_texts(output)]
    assert f"Information for {given} SMITH" in texts[0]
    for text in texts:
        assert f"SMITH, {given}" in text
    assert any(notes in text for text in texts)


@pytest.mark.parametrize(
    ("family", "given"),
    [("Nguyễn", "Thị Lan"), ("Ó Súilleabháin", "Łucja Wójcik"),
     # the same Vietnamese name typed with combining marks (NFD), as some systems export it
     (unicodedata.normalize("NFD", "Nguyễn"), unicodedata.normalize("NFD", "Thị Lan"))],
)
def test_names_with_diacritics_survive_text_extraction(tmp_path, family, given):
    output = tmp_path / "pack.pdf"
    result = run("generate", PROCEDURE, *patient_args(family_name=family, given_name=given),
                 "-o", output)
    assert result.exit_code == 0, result.output
    texts = page_texts(output)
    family, given = unicodedata.normalize("NFC", family), unicodedata.normalize("NFC", given)
    assert f"Information for {given} {family.upper()}" in flat(texts[0])
    for text in texts:
        assert f"{family.upper()}, {given}" in flat(text)


def test_only_bundled_fonts_are_embedded(jane_pack):
    bundled_fonts_only(jane_pack)

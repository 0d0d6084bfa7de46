"""What a surgeon checks before handing a pack over: whose it is, on every page, and that nothing is missing."""

import re
from datetime import date

from pypdf import PdfReader

from consentpack.layout.renderer import Renderer
from consentpack.library.folders import Library
from consentpack.patient.models import Patient
from consentpack.patient.preflight import Preflight
from consentpack.pdf.pack import PackBuilder
from helpers.packs import CONSENT_SECTIONS, LEAFLET_HEADINGS, parts
from helpers.pdf import flat, page_texts

PACK_ID = "261125-7KQ2M4"


def test_every_page_carries_identity_strip_and_its_own_page_number(jane_pack):
    texts = page_texts(jane_pack)
    total = len(texts)
    assert total >= 8
    for number, text in enumerate(texts, start=1):
        line = flat(text)
        assert "SMITH, Jane" in line
        assert "Born 12-Mar-1961" in line
        assert "NHS No. 943 476 5919" in line
        assert "Hospital No. H123456" in line
        assert f"Page {number} of {total}" in line
        assert "leaflet sacroiliac-joint-fusion version 1.1" in line


def test_parts_come_in_order(jane_pack):
    order = [re.search(r"(Cover|Leaflet|Consent form|Patient's copy) · Page", t).group(1)
             for t in page_texts(jane_pack)]
    first = {name: order.index(name) for name in set(order)}
    assert first["Cover"] == 0
    assert first["Cover"] < first["Leaflet"] < first["Consent form"] < first["Patient's copy"]
    assert order == sorted(order, key=lambda name: first[name]), "parts are interleaved"


def test_cover_is_personal(jane_pack):
    cover = " ".join(parts(page_texts(jane_pack))["Cover"])
    assert "Information for Jane SMITH about your left sacroiliac joint fusion" in cover
    assert "Ms A Khan" in cover
    assert "Saturday 1 June 2030" in cover
    assert "Call Spinal Surgery on 01234 567890" in cover
    assert "Your questions" in cover


def test_every_leaflet_section_is_present_in_order(jane_pack):
    leaflet = " ".join(parts(page_texts(jane_pack))["Leaflet"])
    positions = [leaflet.find(heading) for heading in LEAFLET_HEADINGS]
    assert -1 not in positions, [h for h, p in zip(LEAFLET_HEADINGS, positions, strict=True) if p == -1]
    assert positions == sorted(positions)


def test_risks_without_a_source_figure_say_the_surgeon_will_discuss_them(jane_pack):
    leaflet = " ".join(parts(page_texts(jane_pack))["Leaflet"])
    # bleeding, pain that does not go away, the bone not joining, needing another operation
    assert leaflet.count("How likely: your surgeon will talk to you about this.") == 4
    assert ("How likely: common. Between 39 and 40 in 1,000 people get this. Source: NICE IPG578 (2017), "
            "section 5.2: in a systematic review of 432 patients, 17 (4%) had problems with the wound.") in leaflet


def test_consent_form_and_patient_copy_have_every_section(jane_pack):
    grouped = parts(page_texts(jane_pack))
    for part in ("Consent form", "Patient's copy"):
        form = " ".join(grouped[part])
        for section in CONSENT_SECTIONS:
            assert section in form, f"{part} lacks {section!r}"
        assert "Left sacroiliac joint fusion" in form
        assert "Side: LEFT" in form
        assert ('"Sacroiliac joint fusion", reference sacroiliac-joint-fusion, version 1.1, '
                "published 03-Dec-2026") in form
        assert "Diabetes: slower wound healing" in form
        assert "Needs a Polish interpreter" in form
        assert "Doing nothing (no treatment)" in form


def test_bookmarks_name_each_part_and_each_leaflet_section(jane_pack):
    reader = PdfReader(jane_pack)
    outline = reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == ["Your personal cover", "Information leaflet",
                   "Consent form 1: Patient agreement to investigation or treatment",
                   "Patient's copy of the consent form"]
    sections = next(item for item in outline if isinstance(item, list))
    assert [item.title for item in sections] == LEAFLET_HEADINGS
    first_leaflet_page = reader.get_destination_page_number(outline[1])
    assert "Sacroiliac joint fusion" in page_texts(jane_pack)[first_leaflet_page]


def test_metadata_names_the_procedure_and_never_the_patient(jane_pack):
    reader = PdfReader(jane_pack)
    meta = reader.metadata
    assert meta.title == "Sacroiliac joint fusion: information and consent pack"
    assert "sacroiliac-joint-fusion version 1.1" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    everything = " ".join(str(value) for value in meta.values())
    for detail in ("Smith", "SMITH", "Jane", "943", "1961", "H123456"):
        assert detail not in everything


def test_packs_sharing_one_leaflet_layout_never_carry_each_others_details(tmp_path):
    """Safety rule 1: the leaflet is laid out once and drawn into many packs; drawing it into
    one patient's pages must not leave that patient on another's."""
    library = Library.open()
    builder = PackBuilder(Renderer(library))
    preflight = Preflight(library, date(2026, 11, 25))
    people = {
        "SMITH, Jane": {"family_name": "Smith", "given_name": "Jane", "nhs_number": "9434765919"},
        "OKAFOR, John": {"family_name": "Okafor", "given_name": "John", "hospital_number": "H777"},
    }
    texts, requests, packs = {}, {}, {}
    for strip_name, fields in people.items():
        patient = Patient(date_of_birth="1970-01-01", side="right", consultant="Mr B Osei", **fields)
        requests[strip_name] = preflight.prepare("sacroiliac-joint-fusion", patient).request
        packs[strip_name] = builder.build(requests[strip_name], date(2026, 11, 25), PACK_ID).pdf
        path = tmp_path / f"{fields['family_name']}.pdf"
        path.write_bytes(packs[strip_name])
        texts[strip_name] = page_texts(path)
    # The shared parts (pages, their structure and resources) come out of every pack unchanged:
    # John's pack after Jane's is John's pack from a new builder, and Jane's again is Jane's.
    fresh = PackBuilder(Renderer(library)).build(requests["OKAFOR, John"], date(2026, 11, 25), PACK_ID).pdf
    assert fresh == packs["OKAFOR, John"]
    assert builder.build(requests["SMITH, Jane"], date(2026, 11, 25), PACK_ID).pdf == packs["SMITH, Jane"]
    assert len(texts["SMITH, Jane"]) == len(texts["OKAFOR, John"])
    for own, other in (("SMITH, Jane", "OKAFOR, John"), ("OKAFOR, John", "SMITH, Jane")):
        for text in texts[own]:
            assert own in flat(text)
            assert other not in flat(text)
            assert other.split(",")[0] not in text


def test_a_warm_builder_makes_packs_without_scanning_every_object_and_leaves_the_collector_as_it_was(
        pack_builder):
    """A full collection scans every object the warm builder holds, a quarter of a pack's time
    when it ran every few packs: a pack is collected once, after it, in the young generation."""
    import gc

    from helpers.languages import pack_pdf

    patient = {"family_name": "Smith", "given_name": "Jane", "date_of_birth": "1961-03-12",
               "nhs_number": "9434765919", "side": "left", "consultant": "Ms A Khan"}
    pack_pdf(pack_builder, "sacroiliac-joint-fusion", patient)  # warm
    generations = []

    def record(phase, info):
        if phase == "start":
            generations.append(info["generation"])

    gc.callbacks.append(record)
    try:
        for given in ("Ann", "Bea", "Cat", "Dot"):
            pack_pdf(pack_builder, "sacroiliac-joint-fusion", {**patient, "given_name": given})
        assert gc.isenabled()
        gc.disable()  # a caller that paused the collector itself keeps it paused
        pack_pdf(pack_builder, "sacroiliac-joint-fusion", patient)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.callbacks.remove(record)
    assert set(generations) == {0}  # collections ran, all of them young

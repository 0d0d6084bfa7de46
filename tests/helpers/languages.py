"""Packs in each shipped language, made in-process with one builder (each language's shared parts
are laid out once), and what their pages must say in that language's words."""

from datetime import date

from consentpack.library.folders import Library
from consentpack.library.languages import read_catalog
from consentpack.patient.models import Patient
from consentpack.patient.preflight import Preflight
from helpers.library import REPO

TODAY = date(2026, 12, 1)
FIXED_PACK_ID = "261201-ABCDEF"  # so a pack's text does not change with its inputs' hash


def pack_pdf(builder, procedure: str, patient: dict, language: str = "en", large_print: bool = False,
             form="auto") -> bytes:
    """The pack as the preflight and builder make it, through the option a person must give for a
    draft translation."""
    library = builder.renderer.library
    prepared = Preflight(library, TODAY, allow_draft_translation=True).prepare(
        procedure, Patient(**patient, procedure_date="2030-06-01"), large_print, form=form, language=language)
    return builder.build(prepared.request, TODAY, FIXED_PACK_ID).pdf


def words(tag: str):
    """The shipped catalog's gettext for `tag`."""
    from consentpack.library.languages import Words

    return Words(read_catalog(tag, Library.open().folders("locales")))


LOCALES = REPO / "locales"

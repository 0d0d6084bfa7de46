"""Packs described for the electronic record: `document-references.json`, a FHIR R4
transaction Bundle with one DocumentReference per pack, beside the packs it describes.

Each says whose the pack is (the NHS number, or the hospital number in the site's system),
what it is (a consent document, LOINC 59284-0), which leaflet version and content it carries,
where the PDF is (its path relative to the Bundle, its size and SHA-1 as FHIR's Attachment
defines them: the SHA-1 of the bytes, base64), the language it is printed in, and the operation
it is for. The Bundle is
validated with fhir.resources before it is written, and written whole or not at all.
"""

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from ..errors import ContentError
from ..files.atomic import atomic_write
from ..library.languages import ENGLISH
from ..library.models import Site
from ..patient.models import PackRequest
from .codes import CONSENT_DOCUMENT, NHS_NUMBER

BUNDLE_NAME = "document-references.json"


@dataclass(frozen=True)
class DescribedPack:
    request: PackRequest
    pdf: Path
    made_at: datetime  # with its time zone
    operation: str | None = None  # "ServiceRequest/abc" for a pack from a FHIR theatre list


def write_document_bundle(folder: Path, packs: list[DescribedPack], site: Site) -> Path:
    """`folder`/document-references.json for `packs`, each PDF named relative to `folder`."""
    entries = [_entry(pack, folder, site) for pack in packs]
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
    try:
        Bundle.model_validate(bundle)
    except ValidationError as exc:  # a fault of ours, never of the input: say so plainly
        raise ContentError(f"{BUNDLE_NAME}: not written, it would not be valid FHIR ({exc.error_count()} "
                           "problems); please report this") from None
    path = folder / BUNDLE_NAME
    atomic_write(path, (json.dumps(bundle, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return path


def _subject(request: PackRequest, site: Site) -> dict:
    patient = request.patient
    if patient.nhs_number:
        return {"identifier": {"system": NHS_NUMBER, "value": patient.nhs_number}}
    if site.fhir.hospital_number_system is None:
        raise ContentError(f"{BUNDLE_NAME}: not written: a pack is for a patient known only by a hospital "
                           "number; set fhir.hospital_number_system in the site file to the system of the "
                           "hospital's numbers")
    return {"identifier": {"system": site.fhir.hospital_number_system, "value": patient.hospital_number}}


def _entry(pack: DescribedPack, folder: Path, site: Site) -> dict:
    data = pack.pdf.read_bytes()
    leaflet, request = pack.request.leaflet, pack.request
    url = pack.pdf.relative_to(folder).as_posix()
    document = {
        "resourceType": "DocumentReference",
        "status": "current",
        "type": {"coding": [CONSENT_DOCUMENT], "text": "Consent pack"},
        "subject": _subject(request, site),
        "date": pack.made_at.isoformat(timespec="seconds"),
        "author": [{"type": "Organization", "display": site.hospital}],
        "description": (f"Consent pack for {leaflet.title}: leaflet {leaflet.id} version {leaflet.version} "
                        f"(content {leaflet.content_hash}), NHS consent form {request.consent_form}"),
        "content": [{"attachment": {
            "contentType": "application/pdf",
            "url": url,
            "size": len(data),
            "hash": base64.b64encode(hashlib.sha1(data).digest()).decode("ascii"),
            "title": f"Consent pack: {leaflet.title}",
            # The pack's language: the site's own tag (en-GB) for English, the language's otherwise.
            "language": site.language_tag if request.language == ENGLISH else request.language,
        }}],
    }
    context = {}
    if request.patient.procedure_date:
        context["period"] = {"start": request.patient.procedure_date.isoformat()}
    if pack.operation:
        context["related"] = [{"reference": pack.operation}]
    if context:
        document["context"] = context
    # The same pack gives the same entry id, so a Bundle written again does not change.
    identity = uuid.uuid5(uuid.NAMESPACE_URL, f"consentpack:{url}:{document['content'][0]['attachment']['hash']}")
    return {"fullUrl": f"urn:uuid:{identity}", "resource": document,
            "request": {"method": "POST", "url": "DocumentReference"}}

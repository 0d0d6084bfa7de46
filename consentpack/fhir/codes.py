"""Every FHIR system, code and extension ConsentPack reads or writes, each with its source.

None is invented: where no published source gave a code, there is none here (a hospital maps
its own procedure codes to leaflets in its site file; see README, "FHIR").
"""

# UK Core Patient, identifier:nhsNumber.system (fixedUri), UKCore-Patient profile 2.6.1:
# NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN structuredefinitions/UKCore-Patient.xml; also the
# UK naming systems index at simplifier.net/guide/UKNamingSystems.
NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"

SNOMED_CT = "http://snomed.info/sct"

# Patient.communication.language: FHIR R4 (4.0.1) binds it to the value set common-languages
# (preferred, limited to all-languages), whose codes are BCP 47 language tags in the system
# urn:ietf:bcp:47 (R4 terminologies-systems: "IETF language tag"). Attachment.language, in a
# pack's DocumentReference, is a BCP 47 tag too (same binding).
BCP_47 = "urn:ietf:bcp:47"
LOINC = "http://loinc.org"
SYSTEM_NAMES = {SNOMED_CT: "SNOMED CT", LOINC: "LOINC"}

# Laterality, SNOMED CT qualifier values, as ServiceRequest.bodySite codings.
# FHIR R4 value set bodysite-laterality (4.0.1): 419161000 "Unilateral left", 419465000
# "Unilateral right", 51440002 "Bilateral". The current HL7 value set bodystructure-laterality
# (tx.fhir.org expansion, SNOMED CT International 2025-02-01): 7771000 "Left", 24028007
# "Right", 51440002 "Right and left". Both sets are read.
LATERALITY = {
    "7771000": "left", "419161000": "left",
    "24028007": "right", "419465000": "right",
    "51440002": "both",
}

# Which operations are booked to happen, so get a pack: the codes of FHIR R4 (4.0.1) value sets
# request-status (ServiceRequest.status), request-intent (ServiceRequest.intent; order's
# children are original-order, reflex-order and filler-order, and filler-order's is
# instance-order) and appointmentstatus (Appointment.status), all required bindings. Printed:
# an active order; an appointment still to come or under way. Not printed: any other request;
# an appointment that is cancelled, was missed (noshow), was entered in error, has taken place
# (fulfilled) or has no slot yet (waitlist).
REQUEST_STATUSES = ("draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown")
REQUEST_INTENTS = ("proposal", "plan", "directive", "order", "original-order", "reflex-order", "filler-order",
                   "instance-order", "option")
APPOINTMENT_STATUSES = ("proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
                        "entered-in-error", "checked-in", "waitlist")
ACTIVE_REQUEST = "active"
ORDER_INTENTS = ("order", "original-order", "reflex-order", "filler-order", "instance-order")
BOOKED_APPOINTMENT = ("booked", "pending", "proposed", "arrived", "checked-in")
CANCELLED_APPOINTMENT = "cancelled"

# DocumentReference.type for a pack: LOINC 59284-0. FHIR's consent-category value set lists it
# as "Patient Consent"; LOINC 2.82 (tx.fhir.org expansion, as in the Swiss CH Core value set
# ConsentCategoriesVS) names it "Consent Document", the display written here.
CONSENT_DOCUMENT = {"system": LOINC, "code": "59284-0", "display": "Consent Document"}

# ConsentPack's own extensions on a ServiceRequest or Appointment (UK Core has none for these):
# which NHS model consent form applies (valueInteger 1 to 4), and that the patient lacks
# capacity to consent (valueBoolean). Without them the preflight's rules choose, as for a CSV.
CONSENT_FORM_EXTENSION = "urn:consentpack:fhir:extension:consent-form"
LACKS_CAPACITY_EXTENSION = "urn:consentpack:fhir:extension:lacks-capacity"


def system_name(system: str) -> str:
    return SYSTEM_NAMES.get(system, system)

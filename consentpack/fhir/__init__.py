"""HL7 FHIR R4 at the edges: theatre lists read from a Bundle (lists/fhir_bundle.py), and packs
described back as DocumentReferences (documents.py). The models are fhir.resources' R4B
package, whose Bundle, Patient, Practitioner, ServiceRequest, Appointment, DocumentReference
and Attachment have exactly R4's elements (fhir.resources ships no R4 package since 7.0)."""

"""A leaflet's shape as a Word document: the words `consentpack export --docx` writes and
`consentpack import` reads back, kept in one place so the two cannot drift apart.

The details table's header is the sign that a document is an export: only then is it read
field for field instead of by the import's rules for any hospital's leaflet.
"""

DETAILS_HEADER = ("ConsentPack leaflet", "Value")
# Each field that is not body text, as the details table labels it.
DETAILS_LABELS = {
    "id": "Id",
    "version": "Version",
    "published": "Published",
    "review_due": "Review due",
    "authors": "Authors",
    "approved_by": "Approved by",
    "procedure_name": "Procedure name",
    "sided": "Sided",
    "anaesthesia": "Anaesthesia",
    "extra_procedures": "Extra procedures",
    "codes": "Codes",
}
YES, NO = "yes", "no"

# One heading per section; headings.py maps each back to its section (tests check it).
SECTION_HEADINGS = {
    "about": "About the procedure",
    "candidates": "Who this is for",
    "procedure_steps": "What happens during the procedure",
    "benefits": "Benefits",
    "risks": "Risks",
    "alternatives": "Alternatives",
    "doing_nothing": "If you decide not to have the procedure",
    "recovery": "Recovery",
    "get_help": "When to get help",
    "faq": "Questions people often ask",
}
URGENT_HEADING = "Urgent: get help straight away"
ROUTINE_HEADING = "Routine: contact us if"
RISK_HEADER = ("Risk", "Serious", "What can happen", "How often", "Source of the figure, or why there is none")
REVIEW_PREFIX = "Review: "  # in the source cell of a risk with a figure, the note for the content owner
DAYS = "Days {from_day} to {to_day} after the procedure"
DAYS_PATTERN = r"Days (?P<from_day>\d+) to (?P<to_day>\d+) after the procedure"
SECTION_LEVEL = 2  # the title is level 1; an entry's title (a step, a stage, a question) is level 3

"""The example patients, each defined once, as a clinic types them into the desk's form or a
theatre list's columns; helpers.cli.patient_args turns one into `generate`'s options."""

# Form 1: an adult who consents for herself; the pack most tests read (the `jane_pack` fixture).
JANE = {"family_name": "Smith", "given_name": "Jane", "date_of_birth": "1961-03-12", "nhs_number": "943 476 5919",
        "side": "left", "consultant": "Ms A Khan"}

# Form 2: a child; each test gives the date of birth that puts him either side of 16.
SAM = {"family_name": "Smith", "given_name": "Sam", "date_of_birth": "2016-05-01", "nhs_number": "9990000018",
       "side": "right", "consultant": "Ms A Khan"}
# Kept apart from SAM because the form rules are tried with and without a parent to sign.
SAMS_PARENT = {"parent_name": "Anna Smith", "parent_relationship": "mother"}

# Form 4: an adult who lacks capacity, treated in his best interests.
JOHN = {"family_name": "Okafor", "given_name": "John", "date_of_birth": "1949-05-21", "nhs_number": "9990000034",
        "side": "right", "consultant": "Ms A Khan", "lacks_capacity": "yes", "consulted": "Mary Okafor, daughter",
        "attorney": "Mary Okafor"}

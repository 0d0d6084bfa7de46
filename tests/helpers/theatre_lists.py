"""Theatre lists as a clinic saves them, of as many different test patients as a test needs, and
the manifest a batch writes beside its packs."""

import csv

from consentpack.lists.rows import COLUMNS
from helpers.library import PROCEDURE, SHORT

FAMILIES = ["Smith", "Jones", "Nguyễn", "Wójcik", "Ó Súilleabháin", "Okafor", "Patel", "Kowalski",
            "Murphy", "Khan", "García", "Müller", "Brown", "Taylor", "Evans", "Walker", "Wright",
            "Thompson", "White", "Hughes", "Edwards", "Green"]
GIVEN = ["Jane", "John", "Thị Lan", "Łucja", "Siobhán", "Ade", "Priya", "Piotr", "Aoife", "Omar", "Lucía"]


def nhs_number(seed: int) -> str:
    """The first valid NHS number in the test range (999...) from `seed` on."""
    while True:
        digits = f"999{seed:06d}"
        check = 11 - sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        seed += 1
        if check != 10:
            return digits + str(0 if check == 11 else check)


def patient_row(n: int, **changes) -> dict:
    """The n-th test patient: every other one has the short, unsided procedure (the `library` fixture)."""
    short = n % 2 == 1
    row = {
        "family_name": FAMILIES[n % len(FAMILIES)], "given_name": GIVEN[n % len(GIVEN)],
        "date_of_birth": f"19{50 + n}-01-15", "nhs_number": nhs_number(100 + n * 13),
        "procedure": SHORT if short else PROCEDURE, "side": "" if short else ("left", "right", "both")[n % 3],
        "procedure_date": "2030-06-04", "consultant": "Ms A Khan",
    }
    row.update(changes)
    return row


def write_list(path, rows, delimiter=",", encoding="utf-8", newline="\n", header=COLUMNS):
    """A CSV theatre list of `rows` (None is a blank line), saved the way a spreadsheet may save it."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator=newline)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(column, "") for column in COLUMNS] if row else [])
    return path


def strip_of(row) -> str:
    """The patient's name as the identity strip prints it: 'SMITH, Jane'."""
    return f"{row['family_name'].upper()}, {row['given_name']}"


def manifest_rows(folder) -> list[dict]:
    """The rows of the manifest.csv a batch wrote in `folder`, as a spreadsheet reads them."""
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))

"""ConsentPack command line: parses options, calls the engine, turns its errors into exit codes.

Exit codes: 0 all done; 1 a record or content failed; 2 wrong usage.
"""

from pathlib import Path

import click

from consentpack import commands
from consentpack.errors import ConsentPackError, UsageError
from consentpack.library import Library, display_path

PATIENT_OPTIONS = (
    ("family_name", "Family name (surname)."),
    ("given_name", "Given (first) name."),
    ("date_of_birth", "Date of birth, YYYY-MM-DD or DD/MM/YYYY."),
    ("nhs_number", "NHS number, 10 digits; spaces allowed."),
    ("hospital_number", "Hospital number, if there is no NHS number (or as well)."),
    ("side", "left, right or both: required for a sided procedure."),
    ("procedure_date", "Date of the operation, if known."),
    ("consultant", "Responsible consultant."),
    ("notes", "Special requirements, printed on the consent form."),
)


def library_option(command):
    return click.option(
        "--library",
        "library_folder",
        type=click.Path(file_okay=False, path_type=Path),
        help="A hospital's library folder (leaflets/, templates/, styles/, site.yaml); "
        "anything it lacks comes from the built-in library.",
    )(command)


def _run(action):
    """Engine errors become messages and exit codes; usage errors are click's own (exit 2)."""
    try:
        return action()
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    except ConsentPackError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None


@click.group()
@click.version_option(package_name="consentpack")
def cli():
    """Patient information and consent packs as print-ready PDFs."""


@cli.command()
@click.argument("procedure")
@click.option("--patient", "patient_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="The patient's details as a YAML or JSON file, instead of the options below.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="The PDF to write. It appears only when complete.")
@library_option
@click.option("--risk", "additional_risks", multiple=True,
              help="A risk particular to this patient (repeat for more).")
def generate(procedure, patient_file, output, library_folder, additional_risks, **fields):
    """Make one patient's consent pack for PROCEDURE.

    \b
    Example:
      consentpack generate sacroiliac-joint-fusion \\
        --family-name Smith --given-name Jane --date-of-birth 1961-03-12 \\
        --nhs-number "943 476 5919" --side left --consultant "Ms A Khan" \\
        -o smith-sij-fusion.pdf
    """
    typed = {k: v for k, v in fields.items() if v is not None}
    if patient_file and (typed or additional_risks):
        raise click.UsageError("Give the patient either as --patient FILE or as options, not both")
    if not patient_file and not typed:
        raise click.UsageError("Give the patient's details as options or with --patient FILE")

    def action():
        library = Library.open(library_folder)
        if patient_file:
            patient = commands.patient_from_file(patient_file)
        else:
            patient = commands.patient_from_fields({**typed, "additional_risks": list(additional_risks)})
        return commands.generate(library, procedure, patient, output)

    result = _run(action)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"Wrote {display_path(result.output)} ({result.pages} pages)")


for name, text in reversed(PATIENT_OPTIONS):
    generate = click.option(f"--{name.replace('_', '-')}", name, help=text)(generate)


@cli.command(name="list")
@library_option
def list_command(library_folder):
    """List the procedures in the library: id, title, version and review date.

    \b
    Example:
      consentpack list --library /srv/our-hospital-leaflets
    """
    listing = _run(lambda: commands.list_leaflets(Library.open(library_folder)))
    rows = [("ID", "TITLE", "VERSION", "REVIEW DUE")] + [
        (l.id, l.title, l.version, l.review_due.isoformat()) for l in listing.leaflets
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    for error in listing.errors:
        click.echo(f"error: {error}", err=True)
    if listing.errors:
        raise SystemExit(1)


def main():
    cli()


if __name__ == "__main__":
    main()

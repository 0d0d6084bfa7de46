"""Running `consentpack` in-process, as a user runs it, with a patient's details as its options."""

from click.testing import CliRunner

from consentpack.cli import cli
from helpers.patients import JANE


def run(*args):
    """The command's result; paths and numbers may be passed as they are. Exceptions are not caught,
    so a crash fails the test with its traceback rather than as an exit code."""
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def patient_args(patient: dict = JANE, /, **changes) -> list[str]:
    """`generate`'s options for `patient` (Jane by default), with `changes`: None leaves an option
    out, and a "yes" is a flag (--lacks-capacity)."""
    args = []
    for name, value in {**patient, **changes}.items():
        option = f"--{name.replace('_', '-')}"
        if value == "yes":
            args.append(option)
        elif value is not None:
            args += [option, value]
    return args

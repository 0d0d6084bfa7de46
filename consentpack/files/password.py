"""The password that encrypts packs for email: the first line of a file, or CONSENTPACK_PASSWORD.

Never from the command line, where it would stay in the shell history, and never repeated in
a message. The file may come from any editor: a byte-order mark and a Windows line end are not
part of the password.
"""

import os
from pathlib import Path

from ..errors import UsageError
from ..limits import PASSWORD_FILE_BYTES, read_text_at_most
from .paths import display_path

MIN_LENGTH = 8
ENVIRONMENT_VARIABLE = "CONSENTPACK_PASSWORD"


def read_password(path: Path | None) -> str | None:
    """The password from `path`, else from the environment; None means no encryption."""
    password = _first_line(path) if path is not None else os.environ.get(ENVIRONMENT_VARIABLE)
    if password is not None and len(password) < MIN_LENGTH:
        raise UsageError(f"The password must be at least {MIN_LENGTH} characters long")
    return password


def _first_line(path: Path) -> str:
    name = f"The password file {display_path(path)}"
    text = read_text_at_most(path, PASSWORD_FILE_BYTES, name, UsageError,
                             f"{name} is larger than {PASSWORD_FILE_BYTES:,} bytes; it should hold only the "
                             "password, on its first line")
    lines = text.splitlines()  # \r\n, \n and \r alike, none of them kept
    return lines[0] if lines else ""

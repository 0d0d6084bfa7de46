"""One exception family, so the CLI can turn any of them into a message a clinic can act on; and
the one way an unexpected error is written to a log, without what its message may quote."""

import traceback


def _restore(cls, args, state):
    error = cls.__new__(cls, *args)
    error.__dict__.update(state)
    return error


class ConsentPackError(Exception):
    """Base of every error ConsentPack raises on purpose; its text is shown to the user as is."""

    def __reduce__(self):
        """Rebuilt without calling __init__, so a subclass with its own arguments (OutputError)
        comes back whole from a worker process instead of breaking the process pool."""
        return _restore, (type(self), self.args, self.__dict__)


class UsageError(ConsentPackError):
    """The command was asked for something that cannot be done (unknown procedure, missing folder)."""


class ContentError(ConsentPackError):
    """A leaflet, site file, template or style in a library is wrong."""


class PatientError(ConsentPackError):
    """A patient's details are missing or wrong; nothing is produced for that patient."""


class OutputError(ConsentPackError):
    """A file could not be written (no permission, disk full); nothing was left half-written.

    `reason` is the system's word for it without the path, for messages that must not name
    a patient's file."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def scrubbed_traceback(exc: BaseException) -> str:
    """An unexpected error's traceback, fit for a log: its type and every frame's place and line
    of code, causes included, but no message, which may quote a patient's details."""
    lines = []
    while exc is not None:
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__} (message withheld), raised at:")
        lines += [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}: {frame.line}'
                  for frame in traceback.extract_tb(exc.__traceback__)]
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "\n".join(lines)

"""One exception family, so the CLI can turn any of them into a message a clinic can act on."""


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

"""What reading a damaged PDF raises, so that only damage is caught there, never a bug.

pypdf reports most damage as one of its own errors, but it reads a file's objects only when
they are asked for, so a damaged object fails wherever it is used: a missing entry as a
KeyError or IndexError, a bad number as a ValueError, an object of the wrong kind as a
TypeError or AttributeError (in pypdf, or in the code using what it read), a filter it cannot
decode as a NotImplementedError, a broken object stream as an AssertionError: found by
damaging packs and cached layouts at random, with pypdf 7. Catch these around reading a PDF
only: anywhere else they are bugs.
"""

from pypdf.errors import PyPdfError

DAMAGED_PDF_ERRORS = (PyPdfError, ValueError, LookupError, TypeError, AttributeError, NotImplementedError,
                      AssertionError)

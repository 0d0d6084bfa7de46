"""Any leaflet file as blocks: the reader is chosen by the file's suffix, and the file is
measured before any reader opens it."""

from pathlib import Path

from ..errors import ContentError, UsageError
from ..files.paths import display_path
from ..limits import IMPORT_BYTES, IMPORT_TEXT_BYTES, read_at_most
from .blocks import Source

_KINDS = {".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf", ".md": "markdown",
          ".markdown": "markdown", ".txt": "text"}
_TEXT_KINDS = {"markdown", "text"}
_CAN_READ = ("a web page (.html, .htm), a Word file (.docx), a PDF (.pdf), Markdown (.md, .markdown) "
             "or plain text (.txt)")
_SAVE_AS_DOCX = {".doc": "Word 97-2003 files", ".docm": "Word files with macros", ".rtf": "Rich Text files",
                 ".odt": "OpenDocument text files"}
# A page that builds its text with JavaScript holds only its furniture until a browser runs it.
_SCRIPTED_PAGE = ("the page may build its text with JavaScript: open it in a browser and save it (Save Page As), "
                  "or copy its text into a .txt file")


def read_source(path: Path, name: str | None = None) -> Source:
    """The leaflet in `path` as blocks. `name` is how messages and the Source name the file (by
    default its path as the user would type it; the desk passes the uploaded file's name)."""
    name = name or display_path(path)
    suffix = path.suffix.lower()
    if suffix in _SAVE_AS_DOCX:
        raise UsageError(f"{name}: ConsentPack cannot import {_SAVE_AS_DOCX[suffix]}; open it in Word or "
                         "LibreOffice and save it as 'Word Document (.docx)'")
    if suffix not in _KINDS:
        what = f"{suffix} files" if suffix else "a file without a suffix"
        raise UsageError(f"{name}: ConsentPack cannot import {what}; import {_CAN_READ}")
    if not path.exists():
        raise UsageError(f"{name} does not exist")
    if not path.is_file():
        raise UsageError(f"{name} cannot be read (it is not a file)")
    kind = _KINDS[suffix]
    limit = IMPORT_TEXT_BYTES if kind in _TEXT_KINDS else IMPORT_BYTES
    size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} KB"
    data = read_at_most(path, limit, name, ContentError,
                        f"{name}: is larger than {size}, more than any leaflet; check it is the right file, or "
                        "save the leaflet on its own")
    source = _reader(kind)(data, name)
    if not source.blocks:
        hint = _SCRIPTED_PAGE if kind == "html" else "check it is the right file"
        raise ContentError(f"{name}: holds no leaflet text that ConsentPack could find; {hint}")
    return source


def _reader(kind: str):
    """Each reader's libraries are loaded only when a file of its kind is read."""
    if kind == "html":
        from .html_source import read_html

        return read_html
    if kind == "docx":
        from .docx_source import read_docx

        return read_docx
    if kind == "pdf":
        from .pdf_source import read_pdf

        return read_pdf
    from .text_source import read_markdown, read_text

    return read_markdown if kind == "markdown" else read_text

"""Shared helpers: run the CLI in-process and read back what it wrote, page by page."""

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from consentpack.cli import cli

REPO = Path(__file__).resolve().parent.parent
PROCEDURE = "sacroiliac-joint-fusion"

JANE = {
    "family-name": "Smith",
    "given-name": "Jane",
    "date-of-birth": "1961-03-12",
    "nhs-number": "943 476 5919",
    "side": "left",
    "consultant": "Ms A Khan",
}


def patient_args(**changes) -> list[str]:
    """CLI options for Jane Smith, with `changes` (None removes an option)."""
    fields = {**JANE, **{k.replace("_", "-"): v for k, v in changes.items()}}
    args = []
    for name, value in fields.items():
        if value is not None:
            args += [f"--{name}", value]
    return args


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text extraction breaks lines where the layout did; compare on single spaces."""
    return " ".join(text.split())


def part_ends(parts: list[str]) -> str:
    """The code's parts field for pages in these parts, in order: the last page of each but the last."""
    return ".".join(str(number) for number in range(1, len(parts)) if parts[number] != parts[number - 1])


def printed_pack_id(path: Path) -> str:
    """The pack id as the reference line prints it, the same on every page."""
    found = {match for text in page_texts(path) for match in re.findall(r"pack (\d{6}-[0-9A-Z]{6})", flat(text))}
    assert len(found) == 1, found
    return found.pop()


@pytest.fixture(scope="session")
def jane_pack(tmp_path_factory) -> Path:
    """One full pack, rendered once and read by many tests."""
    output = tmp_path_factory.mktemp("jane") / "jane.pdf"
    result = run(
        "generate", PROCEDURE, *patient_args(procedure_date="2030-06-01"),
        "--hospital-number", "H123456", "--risk", "Diabetes: slower wound healing",
        "--notes", "Needs a Polish interpreter", "-o", output,
    )
    assert result.exit_code == 0, result.output
    return output


@pytest.fixture
def counting_server():
    """A local HTTP server that counts every request made to it."""
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()

"""The fixtures every test module may ask for. Plain helpers are in tests/helpers/; nothing imports
this file."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# Before helpers is imported: a failed assert inside a helper shows its values, as in a test.
pytest.register_assert_rewrite("helpers")

from helpers.cli import patient_args, run
from helpers.library import PROCEDURE, REPO, SHORT


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


@pytest.fixture(scope="session")
def library(tmp_path_factory):
    """The built-in leaflet plus a short, unsided one whose packs have an odd number of pages."""
    folder = tmp_path_factory.mktemp("library")
    (folder / "leaflets").mkdir()
    text = (REPO / "leaflets" / f"{PROCEDURE}.yaml").read_text()
    faq = text.index("  faq:")
    short = text[:faq] + text[faq:].split("    - q: Is this the same")[0]
    short = short.replace(f"id: {PROCEDURE}", f"id: {SHORT}").replace("sided: true", "sided: false")
    (folder / "leaflets" / f"{SHORT}.yaml").write_text(short)
    return folder


@pytest.fixture(scope="session")
def pack_builder():
    """One builder over the built-in library, with a site that prints the English leaflet where
    it has no translation, kept warm: each language's shared parts are laid out once for every
    test that asks for a pack in it."""
    from consentpack.layout.renderer import Renderer
    from consentpack.library.folders import Library
    from consentpack.pdf.pack import PackBuilder

    return PackBuilder(Renderer(Library.open(REPO / "tests" / "data" / "fallback-library")))


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

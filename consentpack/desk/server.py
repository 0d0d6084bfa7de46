"""`consentpack serve`: the desk on waitress, a production WSGI server in pure Python (it runs
as well on a Windows clinic PC as on a Linux server). On loopback by default; anywhere else
only with a token. It answers only to its own addresses and the names it is given (hosts.py).

Everything temporary it makes, and its workers make (theatre lists, WeasyPrint's copies of the
fonts), is in one folder of its own, deleted when it stops, however its workers were stopped."""

import logging
import os
import shutil
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from ..errors import UsageError
from ..files.paths import display_path
from ..layout.cache import LayoutCache, default_folder
from ..library.folders import Library
from .app import DeskOptions, create_app
from .engine import DeskEngine
from .hosts import WILDCARDS, hosts_served, is_loopback

TOKEN_CHARACTERS = 16
LISTS_STOP_SECONDS = 3.0  # for the lists being made to lose their workers and return
LAYOUT_STOP_SECONDS = 1.0  # for a pack being laid out in the desk itself (one patient's)


def read_token(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        token = path.read_text(encoding="utf-8").splitlines()[0].strip() if path.stat().st_size < 4096 else ""
    except (OSError, UnicodeDecodeError, IndexError):
        token = ""
    if len(token) < TOKEN_CHARACTERS:
        raise UsageError(f"--token-file {display_path(path)}: its first line must be a token of at least "
                         f"{TOKEN_CHARACTERS} characters (for example from: python3 -c \"import secrets; "
                         "print(secrets.token_urlsafe(24))\")")
    return token


@contextmanager
def temporary_folder():
    """The desk's own temporary folder, for its life: TMPDIR names it, so the worker processes it
    starts put their temporary files (WeasyPrint's fonts) there too, and a worker killed as the
    desk stops leaves nothing behind once it is deleted."""
    folder = tempfile.mkdtemp(prefix="consentpack-serve-")
    before = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = tempfile.tempdir = folder
    try:
        yield Path(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if before[0] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = before[0]
        tempfile.tempdir = before[1]


def serve(host: str, port: int, library_folder: Path | None, token_file: Path | None, options: DeskOptions,
          say=print, allowed_hosts: Iterable[str] = ()) -> None:
    token = read_token(token_file)
    if not is_loopback(host) and token is None:
        raise UsageError(f"--host {host} makes the desk reachable from other computers: give --token-file too")
    hosts = hosts_served(host, port, allowed_hosts)
    library = Library.open(library_folder)
    with temporary_folder():
        engine = DeskEngine(library, LayoutCache(default_folder()))
        app = create_app(engine, DeskOptions(token=token, max_upload_bytes=options.max_upload_bytes,
                                             max_rows=options.max_rows, jobs=options.jobs, allowed_hosts=hosts))
        _log_to_stderr()
        threading.Thread(target=engine.warm, name="warm", daemon=True).start()
        if not is_loopback(host):
            say(f"warning: the desk is reachable from other computers on {host}; only those with the token can "
                "use it. On a shared network, put it behind HTTPS.")
        if host in WILDCARDS and not allowed_hosts:
            say("warning: the desk answers only to 127.0.0.1 and localhost until it is given the names staff "
                "use for this computer: --allowed-host NAME")
        say(f"ConsentPack desk on http://{host if ':' not in host else f'[{host}]'}:{port}/ (Ctrl-C to stop)")
        from waitress import serve as waitress_serve

        try:  # waitress returns on Ctrl-C, or SIGTERM from a service manager (turned into Ctrl-C)
            waitress_serve(app, host=host, port=port, threads=4, ident="ConsentPack")
        except KeyboardInterrupt:  # one that arrives before waitress is listening
            pass
        finally:
            app.extensions["consentpack.lists"].stop(LISTS_STOP_SECONDS)
            engine.stop(LAYOUT_STOP_SECONDS)
    say("Desk stopped; the theatre lists it held are deleted.")


def _log_to_stderr() -> None:
    access = logging.getLogger("consentpack.desk")
    access.setLevel(logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    access.addHandler(handler)
    access.propagate = False  # waitress configures the root logger too: one line a request
    # The log holds requests, and the traces of the desk's own faults (engine.py, list_jobs.py
    # log there too), never their messages. WeasyPrint's own messages (collected by the Renderer
    # for the CLI's warnings) would reach stderr through that root logger.
    logging.getLogger("weasyprint").propagate = False
    # pdfminer's warnings on a damaged PDF may quote an imported leaflet: a hospital's, not the log's.
    pdfminer = logging.getLogger("pdfminer")
    pdfminer.addHandler(logging.NullHandler())
    pdfminer.propagate = False

"""`consentpack serve`: the desk on waitress, a production WSGI server in pure Python (it runs
as well on a Windows clinic PC as on a Linux server). On loopback by default; anywhere else
only with a token."""

import ipaddress
import logging
import sys
import threading
from pathlib import Path

from ..errors import UsageError
from ..files.paths import display_path
from ..layout.cache import LayoutCache, default_folder
from ..library.folders import Library
from .app import DeskOptions, create_app
from .engine import DeskEngine

TOKEN_CHARACTERS = 16


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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


def serve(host: str, port: int, library_folder: Path | None, token_file: Path | None, options: DeskOptions,
          say=print) -> None:
    token = read_token(token_file)
    if not is_loopback(host) and token is None:
        raise UsageError(f"--host {host} makes the desk reachable from other computers: give --token-file too")
    library = Library.open(library_folder)
    engine = DeskEngine(library, LayoutCache(default_folder()))
    app = create_app(engine, DeskOptions(token=token, max_upload_bytes=options.max_upload_bytes,
                                         max_rows=options.max_rows, jobs=options.jobs))
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
    threading.Thread(target=engine.warm, name="warm", daemon=True).start()
    if not is_loopback(host):
        say(f"warning: the desk is reachable from other computers on {host}; only those with the token can "
            "use it. On a shared network, put it behind HTTPS.")
    say(f"ConsentPack desk on http://{host if ':' not in host else f'[{host}]'}:{port}/ (Ctrl-C to stop)")
    from waitress import serve as waitress_serve

    try:  # waitress returns on Ctrl-C, or SIGTERM from a service manager (turned into Ctrl-C)
        waitress_serve(app, host=host, port=port, threads=4, ident="ConsentPack")
    except KeyboardInterrupt:  # one that arrives before waitress is listening
        pass
    finally:
        app.extensions["consentpack.lists"].forget_all()
    say("Desk stopped; the theatre lists it held are deleted.")

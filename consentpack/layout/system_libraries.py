"""Importing WeasyPrint without some forty subprocesses.

WeasyPrint tries several names for each system library it loads (Pango, HarfBuzz, GObject,
fontconfig...), and for every name that is not a file name cffi asks ctypes.util.find_library,
which on Linux runs `ldconfig -p` and then gcc and ld. At every start that was about forty
processes and half a second of waiting, a third of a single pack's time. While WeasyPrint is
imported, find_library answers from one `ldconfig -p` listing read once, as the first step of
the standard one does; the names WeasyPrint tries last (the sonames) load directly anyway.
"""

import ctypes.util
import os
import platform
import re
import subprocess
import sys
from contextlib import contextmanager

# ctypes.util's own table: the ldconfig flags naming libraries for this machine's word size.
_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}


def _ldconfig_listing() -> str:
    try:
        return subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False,
                              env={**os.environ, "LC_ALL": "C", "LANG": "C"}).stdout
    except OSError:
        return ""


@contextmanager
def one_library_listing():
    """On Linux, find_library looks names up in one ldconfig listing until the block ends."""
    if not sys.platform.startswith("linux"):
        yield
        return
    bits = "64" if sys.maxsize > 2**32 else "32"
    abi = _ABI.get(f"{platform.machine()}-{bits}", "libc6")
    listing: list[str] = []

    def find_library(name: str) -> str | None:
        if not listing:
            listing.append(_ldconfig_listing())
        found = re.search(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({re.escape(abi)}", listing[0])
        return found.group(1) if found else None

    standard = ctypes.util.find_library
    ctypes.util.find_library = find_library
    try:
        yield
    finally:
        ctypes.util.find_library = standard

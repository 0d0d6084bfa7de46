"""The desk on a warm server, seconds to the whole PDF: the one-patient page as a browser uses it
(the form's page first, for its CSRF token and session cookie, then the post), and the JSON API
(`POST /api/packs`) as another system calls it. The two are taken in turn, pack after pack, so a
change in the shared machine's load weighs on both.

    python benchmarks/desk.py            # the README table: 20 packs after 3 to warm up
    python benchmarks/desk.py --packs 3  # a quick look

The server is `consentpack serve` as a user starts it (waitress), in its own process.
"""

import argparse
import http.client
import json
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROCEDURE = "sacroiliac-joint-fusion"
PATIENT = {"family_name": "Smith", "given_name": "Jane", "date_of_birth": "1961-03-12",
           "nhs_number": "943 476 5919", "side": "left", "consultant": "Ms A Khan"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(port: int, method: str, path: str, body: str | None = None, cookie: str = "",
            content_type: str = "application/x-www-form-urlencoded"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = content_type
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def timed(port: int, path: str, body: str, cookie: str = "", content_type: str = "application/x-www-form-urlencoded"
          ) -> float:
    """Seconds from the POST to the last byte of the PDF."""
    start = time.perf_counter()
    response, pdf = request(port, "POST", path, body, cookie, content_type)
    seconds = time.perf_counter() - start
    if response.status != 200 or not pdf.startswith(b"%PDF"):
        raise SystemExit(f"the desk answered {response.status} to {path}")
    return seconds


def form_pack(port: int) -> float:
    """The one-patient page: its form fetched (not timed), then submitted."""
    response, page = request(port, "GET", f"/pack/{PROCEDURE}")
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()
    return timed(port, f"/pack/{PROCEDURE}", urllib.parse.urlencode({**PATIENT, "csrf_token": token}), cookie)


def api_pack(port: int) -> float:
    body = json.dumps({"procedure": PROCEDURE, "patient": PATIENT})
    return timed(port, "/api/packs", body, content_type="application/json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packs", type=int, default=20)
    options = parser.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "consentpack", "serve", "--port", str(port)], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                request(port, "GET", "/")
                break
            except OSError:
                time.sleep(0.1)
        for _ in range(3):  # the first packs lay out the shared pages, if start-up has not yet
            form_pack(port)
            api_pack(port)
        times = {"one-patient page": [], "`POST /api/packs`": []}
        for _ in range(options.packs):
            times["one-patient page"].append(form_pack(port))
            times["`POST /api/packs`"].append(api_pack(port))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("| door | packs | median | slowest |")
    print("| --- | ---: | ---: | ---: |")
    for door, seconds in times.items():
        print(f"| {door} | {options.packs} | {statistics.median(seconds):.3f} s | {max(seconds):.3f} s |")
    print("\nTarget: a median of at most 0.10 s for each door.")


if __name__ == "__main__":
    main()

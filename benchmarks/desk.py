"""The desk's one-patient page: seconds from submitting the form to the whole PDF, on a warm
server, as a browser does it (the form's page first, for its CSRF token and session cookie).

    python benchmarks/desk.py            # the README table: 20 packs after 3 to warm up
    python benchmarks/desk.py --packs 3  # a quick look

The server is `consentpack serve` as a user starts it (waitress), in its own process.
"""

import argparse
import http.client
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


def request(port: int, method: str, path: str, body: str | None = None, cookie: str = ""):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def one_pack(port: int) -> float:
    """Seconds from the POST to the last byte of the PDF."""
    response, page = request(port, "GET", f"/pack/{PROCEDURE}")
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()
    body = urllib.parse.urlencode({**PATIENT, "csrf_token": token})
    start = time.perf_counter()
    response, pdf = request(port, "POST", f"/pack/{PROCEDURE}", body, cookie)
    seconds = time.perf_counter() - start
    if response.status != 200 or not pdf.startswith(b"%PDF"):
        raise SystemExit(f"the desk answered {response.status}")
    return seconds


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
        for _ in range(3):
            one_pack(port)  # the first packs lay out the shared pages, if start-up has not yet
        times = sorted(one_pack(port) for _ in range(options.packs))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("| packs | median | slowest |")
    print("| ---: | ---: | ---: |")
    print(f"| {options.packs} | {statistics.median(times):.2f} s | {times[-1]:.2f} s |")


if __name__ == "__main__":
    main()

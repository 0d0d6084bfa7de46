"""The desk on a real server, as a browser or another system meets it: a free loopback port,
waitress in a thread (as `consentpack serve` runs it), and one session's requests with its
cookie and its forms' CSRF token."""

import http.client
import io
import json
import re
import socket
import threading
import time
import uuid
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import urlsplit

import waitress


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served(app, port: int = 0) -> Iterator[int]:
    """`app` on waitress at 127.0.0.1 (on `port`, or a free one): its port, while the block runs."""
    server = waitress.create_server(app, host="127.0.0.1", port=port, threads=4)
    thread = threading.Thread(target=server.run, name="desk", daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        server.close()
        server.task_dispatcher.shutdown()


def wait_until_listening(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def json(self):
        return json.loads(self.body)


class Browser:
    """One session at the desk as a browser keeps it: its cookie, and the CSRF token of its forms."""

    def __init__(self, port: int):
        self.port = port
        self.cookie = None

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> Answer:
        """`headers` may name the Host, as a browser sent to another site's name would."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        try:
            connection.request(method, path, body, {**(headers or {}),
                                                    **({"Cookie": self.cookie} if self.cookie else {})})
            response = connection.getresponse()
            answer = Answer(response.status, response.headers, response.read())
        finally:
            connection.close()
        if cookie := answer.headers.get("Set-Cookie"):
            self.cookie = cookie.split(";")[0]
        return answer

    def csrf(self, path: str) -> str:
        return re.search(r'name="csrf_token" value="([^"]+)"', self.request("GET", path).text).group(1)

    def post_form(self, path: str, fields: dict, upload: tuple[str, bytes] | None = None) -> Answer:
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
                 for name, value in {"csrf_token": self.csrf(path), **fields}.items()]
        if upload:
            name, data = upload
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="theatre_list"; filename="{name}"'
                         f"\r\nContent-Type: text/csv\r\n\r\n".encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request("POST", path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def upload_list(self, data: bytes) -> str:
        """The list's page, once the desk has checked it."""
        checked = self.post_form("/list", {}, ("theatre-list.csv", data))
        assert checked.status == 303
        return urlsplit(checked.headers["Location"]).path

    def start(self, job: str, csrf: str | None = None) -> Answer:
        """The list page's 'Make' button."""
        return self.request("POST", f"{job}/make", f"csrf_token={csrf or self.csrf(job)}".encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def wait_until_made(self, job: str) -> str:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            page = self.request("GET", job).text
            if "Download the packs (ZIP)" in page or "cannot be used" in page:
                return page
            time.sleep(0.3)
        raise AssertionError("the list was not made in time")

    def packs(self, job: str) -> dict[str, bytes]:
        answer = self.request("GET", f"{job}/packs.zip")
        assert (answer.status, answer.headers["Content-Type"]) == (200, "application/zip")
        archive = zipfile.ZipFile(io.BytesIO(answer.body))
        return {name: archive.read(name) for name in archive.namelist()}

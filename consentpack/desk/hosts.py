"""The Host names the desk answers to: its own addresses, and the names an administrator allows
(`--allowed-host`, for a reverse proxy), as Django's ALLOWED_HOSTS. A page on another site that
points its own name at 127.0.0.1 (DNS rebinding) sends that name as the Host, and is refused."""

import ipaddress
import re
from dataclasses import dataclass
from typing import Iterable

from ..errors import UsageError

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
WILDCARDS = ("0.0.0.0", "::", "")  # every address of the computer, loopback's included
DEFAULT_PORT = 80  # a Host without a port names port 80 (http)
_HOST = re.compile(r"(\[[0-9a-f:.]+\]|[^:\[\]/\\\s]+)(?::([0-9]{1,5}))?")


@dataclass(frozen=True)
class AllowedHosts:
    on_port: frozenset[str]  # "name:port": the desk's own addresses
    any_port: frozenset[str] = frozenset()  # names allowed on whatever port the proxy uses

    def allow(self, header: str | None) -> bool:
        """Whether a request's Host header names the desk; a request without one does not."""
        parsed = _split(header or "")
        if parsed is None:
            return False
        name, port = parsed
        return name in self.any_port or f"{name}:{port or DEFAULT_PORT}" in self.on_port


# A desk without a server of its own (Flask's test client): loopback's names, on any port.
LOOPBACK = AllowedHosts(frozenset(), frozenset(LOOPBACK_NAMES))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def hosts_served(host: str, port: int, allowed: Iterable[str] = ()) -> AllowedHosts:
    """The address the desk listens on, on its port (with loopback's names when that is loopback
    or every address), and each `--allowed-host`: NAME on any port, or NAME:PORT."""
    own = {f"[{host}]" if ":" in host else host}
    if host in WILDCARDS or is_loopback(host):
        own.update(LOOPBACK_NAMES)
    on_port = {f"{name.lower()}:{port}" for name in own if name}
    any_port = set()
    for value in allowed:
        parsed = _split(value)
        if parsed is None:
            raise UsageError(f"--allowed-host {value}: give a host name or address, with the port if the proxy "
                             "sends one (desk.example.org or desk.example.org:8443; an IPv6 address in brackets)")
        name, named_port = parsed
        if named_port:
            on_port.add(f"{name}:{named_port}")
        else:
            any_port.add(name)
    return AllowedHosts(frozenset(on_port), frozenset(any_port))


def _split(header: str) -> tuple[str, int | None] | None:
    """'Desk.Example:8443' -> ('desk.example', 8443); '[::1]' -> ('[::1]', None); nonsense -> None."""
    found = _HOST.fullmatch(header.strip().lower())
    if found is None:
        return None
    return found.group(1), int(found.group(2)) if found.group(2) else None

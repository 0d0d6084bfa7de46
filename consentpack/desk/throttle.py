"""Guessing the desk's token, slowed down: after a few wrong tokens from one address (on the
sign-in form or as the API's bearer token), that address must wait before it tries again, and
each further wrong token doubles the wait. The right token clears its record.

What it remembers is bounded: an address is forgotten an hour after its last wrong token, and
beyond REMEMBERED addresses the longest quiet ones are forgotten first."""

import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable

FREE_FAILURES = 5  # a mistyped token or two never waits
FIRST_WAIT = 1.0  # seconds, after the fifth wrong token; doubled after each further one
LONGEST_WAIT = 300.0
FORGET_AFTER = 3600.0  # seconds after an address's last wrong token
REMEMBERED = 10_000  # addresses


@dataclass
class _Record:
    failures: int
    last_failure: float
    locked_until: float


class Throttle:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._records: OrderedDict[str, _Record] = OrderedDict()  # oldest last failure first
        self._lock = threading.Lock()

    def wait(self, address: str) -> int:
        """Whole seconds `address` must wait before its next try (0: it may try now)."""
        with self._lock:
            record = self._records.get(address)
            remaining = record.locked_until - self._clock() if record else 0
        return math.ceil(remaining) if remaining > 0 else 0

    def failed(self, address: str) -> tuple[int, int]:
        """Records a wrong token: (wrong tokens in a row, seconds this one locks the address for)."""
        now = self._clock()
        with self._lock:
            self._forget_old(now)
            record = self._records.pop(address, None) or _Record(0, now, now)
            record.failures += 1
            record.last_failure = now
            lock = 0.0
            if record.failures >= FREE_FAILURES:
                doublings = min(record.failures - FREE_FAILURES, 16)  # far past LONGEST_WAIT already
                lock = min(FIRST_WAIT * 2**doublings, LONGEST_WAIT)
                record.locked_until = now + lock
            self._records[address] = record
            return record.failures, math.ceil(lock)

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._records.pop(address, None)

    def _forget_old(self, now: float) -> None:
        while self._records:
            oldest = next(iter(self._records.values()))
            if now - oldest.last_failure < FORGET_AFTER and len(self._records) < REMEMBERED:
                return
            self._records.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

"""One garbage collection per pack, after it, instead of Python's full collections during it.

A warm builder holds a few hundred thousand objects (the shared pages, fonts and styles), and
a pack makes and drops about as many again. Python's collector promotes a pack's short-lived
objects to its oldest generation and, every few packs, scans every object to find the few that
are garbage: a quarter of a pack's time went on that. With collection paused while a pack is
made, its objects are freed by reference counting as before, and the few in reference cycles
are collected when the pack is done, in one young-generation pass over what the pack left.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collected_after() -> Iterator[None]:
    """Pause the cyclic collector for the block, then collect what it left; nested blocks and
    a caller that has paused the collector itself are left as they are."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)

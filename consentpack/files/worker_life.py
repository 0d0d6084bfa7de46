"""Worker processes (a batch's, a filing run's) end with the process that started them,
however it is stopped, so nothing is left running and writing."""

import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def exit_with_parent(parent: int) -> None:
    """Linux sends us SIGTERM when the parent dies (PR_SET_PDEATHSIG; strictly, when the parent
    thread that started the pool ends, which is never before the pool does). Elsewhere, and as
    a second guard, a thread notices within half a second that we have another parent."""
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # it died before we could ask
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def start_worker(parent: int) -> None:
    """A worker's first step: Ctrl-C reaches every process, and the parent decides."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    exit_with_parent(parent)

"""Pause Python's cyclic garbage collector while a burst of long-lived objects is made.

Parsing or decoding ten years of sessions creates ~200,000 containers that all survive;
the collector would scan the growing heap again and again while they are made (measured
here: parsing and decoding ran 1.5-2x slower with it on). Nothing collectable is created
in those bursts, so pausing is safe; the collector is restored even on error.

``keep=True`` also freezes what exists when the burst ends (``gc.freeze``): the data
just read lives as long as the store, so the collector need never scan it again. Without
it the first collections after a ten-year file opened each walked all of it (~30 ms at
start-up, and again now and then while the app idles; docs/decisions/008-speed.md).
Frozen objects are still freed by reference counting; only a reference cycle among them
would outlive its use, and the data's plain dicts, lists and records have none.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc(keep: bool = False) -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        if keep:
            gc.freeze()
    finally:
        if collecting:
            gc.enable()

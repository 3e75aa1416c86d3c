"""Garbage collection settings for batch builds come back after the build."""
from __future__ import annotations

import gc

from kg.runtime import BATCH_THRESHOLDS, batch_gc


def test_batch_gc_tunes_and_restores():
    before = gc.get_threshold()
    with batch_gc():
        assert gc.get_threshold() == BATCH_THRESHOLDS
        assert gc.get_freeze_count() > 0  # what was loaded is out of the collector's way
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_batch_gc_restores_after_an_error():
    before = gc.get_threshold()
    try:
        with batch_gc():
            raise RuntimeError("build failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0

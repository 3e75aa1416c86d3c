"""Build the five seed articles once per test process (for tests/test_*_seeds.py and the notebook test)."""
from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@functools.lru_cache(maxsize=1)
def _build() -> Path:
    from kg import api

    out = Path(tempfile.mkdtemp(prefix="ewp-seeds-")) / "exports"
    api.build([str(ROOT / "seeds")], out, quiet=True)
    return out


def seeds_exports() -> Path:
    """Folder with graph.ttl, ontology.ttl and shapes.ttl built from seeds/; skips while extraction is missing."""
    try:
        import kg.extract  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"the extraction (kg/extract.py) is not available yet: {exc}")
    return _build()

"""notebooks/explore.ipynb runs from top to bottom (nbclient) on the seeds export, so it never goes stale."""
from pathlib import Path

import pytest

from seeds_build import seeds_exports

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_notebook_explore_runs_and_draws(monkeypatch):
    nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]' (nbformat)")
    nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[test]' (nbclient, ipykernel, matplotlib)")
    monkeypatch.setenv("EWP_EXPORTS", str(seeds_exports()))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",  # a cell hanging fails, not a slow one
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "武进区 → 汉滨区" in text  # funding totals per pair
    assert "component 1:" in text and "east:" in text  # east–west components
    assert "汉滨区" in text.split("most received:")[1]
    images = [o for o in outputs if o.output_type == "display_data" and "image/png" in o.get("data", {})]
    assert images, "the notebook draws at least one plot"

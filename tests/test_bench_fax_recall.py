"""The fax-normal recall harness (`bench.fax_recall`) and the rendering filter of `bench.extraction`."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench.extraction import bench_renderings, truth_files
from bench.fax_recall import close_gaps, is_number, recall, tokens


def test_tokens_fold_and_trim() -> None:
    assert tokens("Total : 44,20 € Réglé (CB). 14/10/2025") == ["total", "44,20", "regle", "cb", "14/10/2025"]


def test_number_recall_is_a_multiset_intersection() -> None:
    truth = [t for t in tokens("12,50 12,50 F25-03 montant") if is_number(t)]
    assert recall(truth, tokens("12,50 F25-03 F25-03")) == (2, 3)


def test_close_gaps_fills_one_pixel_breaks_only() -> None:
    page = np.full((5, 7), 255, np.uint8)
    page[2, [1, 3]] = 0  # a stroke broken by one pixel
    page[0, [0, 3]] = 0  # two pixels apart: left alone
    closed = close_gaps(page)
    assert closed[2, 2] == 0
    assert closed[0, 1] == closed[0, 2] == 255


def _truth(folder: Path, name: str, rendering: str) -> None:
    (folder / name).write_bytes(b"x")
    (folder / f"{name}.json").write_text(json.dumps({"rendering": rendering, "documents": []}), encoding="utf-8")


def test_bench_rendering_filter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _truth(tmp_path, "a.fax-normal.tif", "fax-normal")
    _truth(tmp_path, "a.fax-fine.tif", "fax-fine")
    _truth(tmp_path, "a.scan.pdf", "scan")
    monkeypatch.delenv("BENCH_RENDERING", raising=False)
    assert len(truth_files(tmp_path, bench_renderings())) == 3  # unset: every file, as before
    monkeypatch.setenv("BENCH_RENDERING", "fax-normal")
    assert [p.name for p in truth_files(tmp_path, bench_renderings())] == ["a.fax-normal.tif"]
    monkeypatch.setenv("BENCH_RENDERING", "fax-fine, scan")
    assert {p.name for p in truth_files(tmp_path, bench_renderings())} == {"a.fax-fine.tif", "a.scan.pdf"}

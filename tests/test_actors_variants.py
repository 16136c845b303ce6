"""Every must-merge and must-not-merge pair of eval/actors_variants.yaml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

EVAL = Path(__file__).parents[1] / "eval" / "actors_variants.py"
_spec = importlib.util.spec_from_file_location("actors_variants", EVAL)
assert _spec is not None and _spec.loader is not None
variants = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(variants)

CASES = yaml.safe_load(variants.CASES.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["must_merge"], ids=lambda c: c["rule"])
def test_variants_must_merge(case: dict) -> None:
    assert variants.same_actor(case)


@pytest.mark.parametrize("case", CASES["must_not_merge"], ids=lambda c: c["rule"])
def test_variants_must_not_merge(case: dict) -> None:
    assert not variants.same_actor(case)

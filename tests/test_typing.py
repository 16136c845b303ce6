"""mypy over src/ (settings in pyproject.toml): type errors fail the suite, so CI runs the checker."""

import pytest
from mypy import api as mypy_api


@pytest.mark.slow
def test_source_type_checks() -> None:
    out, err, status = mypy_api.run([])
    assert status == 0, out + err

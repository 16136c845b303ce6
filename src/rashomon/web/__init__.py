"""``rashomon serve``: a local web app over one case store (see ``app.py``)."""

from __future__ import annotations

from .app import create_app
from .serve import serve

__all__ = ["create_app", "serve"]

"""Run the web app with uvicorn, on the loopback interface unless told otherwise."""

from __future__ import annotations

from .app import LOOPBACK, create_app


def serve(db: str, host: str = "127.0.0.1", port: int = 8017, allow_write: bool = False) -> None:
    """Serve the case in ``db`` until interrupted. Binding beyond loopback accepts any Host header."""
    import uvicorn

    allowed = list(LOOPBACK) if host in LOOPBACK else ["*"]
    uvicorn.run(create_app(db, allow_write, allowed), host=host, port=port, log_level="warning")

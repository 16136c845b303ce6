"""Shared output options for commands that return rows: JSON, --nl, --csv, -t."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any

import click


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --nl/--csv/-t to a command; it returns rows, this prints them."""

    @click.option("--nl", "fmt", flag_value="nl", help="Newline-delimited JSON, one row a line.")
    @click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
    @click.option("-t", "--table", "fmt", flag_value="table", help="An aligned text table.")
    @functools.wraps(command)
    def wrapper(*args: Any, fmt: str | None = None, **kwargs: Any) -> None:
        rows = command(*args, **kwargs)
        if rows is not None:  # a group that ran a subcommand returns nothing
            write_rows(rows, fmt or "json", sys.stdout)

    return wrapper


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt == "nl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        columns = list(rows[0]) if rows else []
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    elif fmt == "table":
        out.write(table(rows))
    else:
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")


def table(rows: Sequence[dict[str, Any]], max_width: int = 60) -> str:
    if not rows:
        return "(no rows)\n"
    columns = list(rows[0])

    def clip(value: Any) -> str:
        text = _cell(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[clip(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"

"""Docs that cannot go stale: every command is in docs/cli.md and the README."""

from __future__ import annotations

from pathlib import Path

import click

from rashomon.cli import cli

ROOT = Path(__file__).parents[1]


def all_commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        names.append(prefix + name)
        if isinstance(command, click.Group):
            names += all_commands(command, prefix + name + " ")
    return names


def test_docs_every_command_is_documented() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [name for name in all_commands(cli) if f"rashomon {name}" not in reference]
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_docs_every_command_has_help() -> None:
    for name in all_commands(cli):
        command = cli
        for part in name.split():
            command = command.commands[part]  # type: ignore[attr-defined]
        assert command.help and command.help.strip(), f"`rashomon {name}` has no help text"


def test_docs_readme_gives_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme

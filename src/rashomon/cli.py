"""The ``rashomon`` command: thin wrappers over ``rashomon.api.Case``.

Each command parses arguments, calls one API method and formats the result.
Library errors become one line on stderr with exit status 1, no traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from . import __version__
from .api import Case
from .errors import InputError, RashomonError
from .outputs import formats
from .outputs.rows import output_options
from .statement_filters import KINDS
from .store import default_path

PROGRESS_THRESHOLD = 5  # show a progress bar from this many documents on


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RashomonError as exc:
            raise click.ClickException(str(exc)) from exc
        except BrokenPipeError:  # `rashomon statements | head` exits quietly
            sys.stderr.close()
            raise SystemExit(0)

    return wrapper


def open_case(ctx: click.Context) -> Case:
    case = Case(ctx.obj["db"])
    ctx.call_on_close(case.close)
    return case


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rashomon")
@click.option(
    "--db",
    default=default_path,
    envvar="RASHOMON_DB",
    show_default="./rashomon.db or $RASHOMON_DB",
    help="The case store (one SQLite file).",
)
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """Map contested accounts: who said what, when, and who contradicts whom."""
    ctx.obj = {"db": db}


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for .txt/.md/.html/.pdf inputs.")
@click.option("--outlet", help="Outlet name for .txt/.md/.html/.pdf inputs.")
@click.option("--title", help="Title for .txt/.md/.html/.pdf inputs.")
@click.option("--url", help="URL for .txt/.md/.html/.pdf inputs.")
@click.option(
    "--statement-by",
    metavar="NAME",
    help="The .txt/.md/.html/.pdf inputs are NAME's own statements (press releases, official statements): "
    "each of their sentences that quotes no one else is NAME's statement. A title such as "
    "\"Statement by NAME on ...\" says so without the flag; in JSON Lines, a line's \"statement_by\".",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], quiet: bool, **overrides: str | None) -> None:
    """Ingest articles: files, folders (recursively) or - for JSON Lines on stdin.

    Formats: .jsonl (one document per line, see the input contract), .txt/.md
    (optional YAML front matter), .html, .pdf (the pages' text). Hard-wrapped
    lines are read as running text. Bad inputs are reported by name and
    skipped; the exit status is 1 if any input failed.

    \b
    Example:
        rashomon ingest articles/ feed.jsonl
        cat feed.jsonl | rashomon ingest -
        rashomon ingest --statement-by "Kestrian Ministry of Foreign Affairs" releases/
    """
    case = open_case(ctx)
    bar = None

    def progress(n: int) -> None:
        nonlocal bar
        if quiet:
            return
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(unit="doc", desc="ingest", file=sys.stderr, disable=None, delay=2)
        bar.update(n)

    def error(exc: InputError) -> None:
        click.echo(f"error: {exc}", err=True)

    report = case.ingest(paths, overrides, on_error=error, on_progress=progress)
    if bar is not None:
        bar.close()
    if not quiet:
        click.echo(
            f"{len(report.added)} added, {len(report.unchanged)} unchanged, {len(report.errors)} failed",
            err=True,
        )
        if report.undated:
            click.echo(undated_note(report.undated), err=True)
    if report.errors:
        ctx.exit(1)


def undated_note(sources: list[str], shown: int = 5) -> str:
    """Which documents have no publication date: a timeline misses their
    statements unless their own words give a full date."""
    names = ", ".join(sources[:shown]) + (f" and {len(sources) - shown} more" if len(sources) > shown else "")
    one = len(sources) == 1
    return (
        f"note: {len(sources)} document{'' if one else 's'} {'has' if one else 'have'} no publication date,"
        f" given or found in {'its' if one else 'their'} text ({names}), so a relative date there"
        " (\"on Saturday\") cannot be resolved and a statement may go undated. Give one with --published,"
        " `published:` in front matter or \"published\" in JSON Lines."
    )


@cli.command()
@click.argument("proposition")
@click.option("--also", default="", help="Comma-separated words that mean what the proposition is about (e.g. a model name).")
@click.pass_context
@handle_errors
def track(ctx: click.Context, proposition: str, also: str) -> None:
    """Follow a PROPOSITION, in your own words.

    The output shows its profile: each concept and the words that count for
    it (from the concept lexicon, the case's own documents, and --also).

    \b
    Example:
        rashomon track "Cluster munitions were fired at the town"
        rashomon track "Cluster munitions were fired at the town" --also "M26, DPICM"
    """
    terms = [t.strip() for t in also.split(",") if t.strip()]
    click.echo(json.dumps(open_case(ctx).track(proposition, terms), ensure_ascii=False, indent=2))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(sorted(formats.FORMATS)), default="json", show_default=True)
@click.option("--with-text", is_flag=True, help="Include each document's text.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default stdout).")
@click.pass_context
@handle_errors
def export(ctx: click.Context, fmt: str, with_text: bool, output: Any) -> None:
    """Export the whole analysis: json (the contract), jsonl, csv (zip), parquet, claimreview, graphml.

    \b
    Example:
        rashomon export -o case.json --with-text
    """
    formats.write(fmt, open_case(ctx).store, output, with_text)


@cli.command()
@click.option("--html", "html_path", required=True, type=click.Path(dir_okay=False, writable=True), help="The HTML file to write.")
@click.option("--title", help="Title at the top of the report.")
@click.pass_context
@handle_errors
def report(ctx: click.Context, html_path: str, title: str | None) -> None:
    """Write a self-contained HTML report: stance matrices, actor timelines, findings.

    The file works offline and as an e-mail attachment: nothing is fetched.

    \b
    Example:
        rashomon report --html case.html --title "Tarvik case"
    """
    from .outputs.report import write_report

    write_report(open_case(ctx).store, html_path, title)
    click.echo(f"wrote {html_path}", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback unless given).")
@click.option("--port", default=8017, show_default=True, type=int, help="Port to listen on.")
@click.option("--allow-write", is_flag=True, help="Allow tracking propositions and correcting actors from the page.")
@click.pass_context
@handle_errors
def serve(ctx: click.Context, host: str, port: int, allow_write: bool) -> None:
    """Browse the case in a local web app; every page also as JSON.

    \b
    Example:
        rashomon serve --allow-write
    """
    try:
        from .web import serve as run_app
    except ImportError as exc:
        raise click.ClickException(
            f"the web app needs its extra: pip install 'rashomon[web]' ({exc.name} is missing)"
        ) from exc
    mode = "read-write" if allow_write else "read-only"
    click.echo(f"serving {ctx.obj['db']} on http://{host}:{port}/ ({mode}); Ctrl+C stops", err=True)
    run_app(ctx.obj["db"], host, port, allow_write)


@cli.command()
@output_options
@click.pass_context
@handle_errors
def documents(ctx: click.Context) -> list[dict[str, Any]]:
    """List stored documents."""
    return open_case(ctx).documents()


@cli.command()
@click.option("--document", help="Only this document id.")
@click.option("--speaker", help="Only this actor: an id, a name or an alias, or part of a name.")
@click.option("--unsourced", is_flag=True, help="Only statements that name no source (\"reportedly\", \"it is alleged\").")
@click.option("--cue-class", "cue_classes", multiple=True, metavar="CLASS",
              help="Only this cue class (assert, deny, accuse, ...); repeat for several.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only this kind; repeat for several.")
@click.option("--since", metavar="DATE", help="Said on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Said on or before DATE; a month or year counts whole.")
@click.option("--contains", metavar="TEXT", help="Content holding TEXT (any case).")
@click.option("--negated/--not-negated", default=None, help="Only statements whose content is (or is not) negated.")
@output_options
@click.pass_context
@handle_errors
def statements(ctx: click.Context, **filters: Any) -> list[dict[str, Any]]:
    """List attributed statements, in publication order.

    Filters combine: each narrows the list. A statement whose date is only
    partly known (a month) is kept when that period overlaps --since/--until;
    one with no date is left out when either is given.

    \b
    Example:
        rashomon statements -t --speaker "ministry" --cue-class deny
        rashomon statements --since 2026-03 --until 2026-04 --contains bridge --csv
        rashomon statements --unsourced --nl
    """
    return open_case(ctx).statements(**filters)


@cli.group(invoke_without_command=True)
@output_options
@click.pass_context
@handle_errors
def actors(ctx: click.Context) -> list[dict[str, Any]] | None:
    """List actors, or correct them (merge, split, alias, rename, import/export).

    Corrections are stored and re-applied whenever documents are added.

    \b
    Example:
        rashomon actors -t
        rashomon actors merge actor_aaa actor_bbb
    """
    if ctx.invoked_subcommand:
        return None
    return open_case(ctx).actors()


def _correction(ctx: click.Context, action: str, **payload: Any) -> None:
    result = open_case(ctx).correct_actor(action, **payload)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))


@actors.command("merge")
@click.argument("into")
@click.argument("others", nargs=-1, required=True)
@click.pass_context
@handle_errors
def actors_merge(ctx: click.Context, into: str, others: tuple[str, ...]) -> None:
    """Merge OTHERS into actor INTO (one real speaker)."""
    _correction(ctx, "merge", into=into, actors=list(others))


@actors.command("split")
@click.argument("actor")
@click.argument("aliases", nargs=-1, required=True)
@click.option("--name", help="Name of the new actor (default: the first alias).")
@click.pass_context
@handle_errors
def actors_split(ctx: click.Context, actor: str, aliases: tuple[str, ...], name: str | None) -> None:
    """Split ALIASES off ACTOR into a new actor; they are never merged back."""
    payload: dict[str, Any] = {"actor": actor, "aliases": list(aliases)}
    if name:
        payload["name"] = name
    _correction(ctx, "split", **payload)


@actors.group("alias")
def actors_alias() -> None:
    """Add or remove an actor's aliases."""


@actors_alias.command("add")
@click.argument("actor")
@click.argument("alias")
@click.pass_context
@handle_errors
def actors_alias_add(ctx: click.Context, actor: str, alias: str) -> None:
    """Make ALIAS always resolve to ACTOR."""
    _correction(ctx, "alias_add", actor=actor, alias=alias)


@actors_alias.command("remove")
@click.argument("actor")
@click.argument("alias")
@click.pass_context
@handle_errors
def actors_alias_remove(ctx: click.Context, actor: str, alias: str) -> None:
    """Remove ALIAS from ACTOR."""
    _correction(ctx, "alias_remove", actor=actor, alias=alias)


@actors.command("rename")
@click.argument("actor")
@click.argument("name")
@click.pass_context
@handle_errors
def actors_rename(ctx: click.Context, actor: str, name: str) -> None:
    """Give ACTOR a new display NAME."""
    _correction(ctx, "rename", actor=actor, name=name)


@actors.command("export")
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv"]), default="yaml", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@click.pass_context
@handle_errors
def actors_export(ctx: click.Context, fmt: str, output: Any) -> None:
    """Write the actor registry (YAML or CSV) to edit and import again."""
    output.write(open_case(ctx).export_registry(fmt))


@actors.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv"]), help="Default: from the file name.")
@click.pass_context
@handle_errors
def actors_import(ctx: click.Context, file: Any, fmt: str | None) -> None:
    """Add or update actors from a registry FILE; its names become curated aliases."""
    fmt = fmt or ("csv" if str(getattr(file, "name", "")).endswith(".csv") else "yaml")
    count = open_case(ctx).import_registry(file.read(), fmt)
    click.echo(f"{count} actors imported", err=True)


@cli.command()
@click.option("--discover", is_flag=True, help="Suggest propositions that several documents assert.")
@click.option("--min-documents", default=2, show_default=True, help="With --discover: independent documents needed.")
@output_options
@click.pass_context
@handle_errors
def propositions(ctx: click.Context, discover: bool, min_documents: int) -> list[dict[str, Any]]:
    """List tracked propositions, or discover candidates to track.

    \b
    Example:
        rashomon propositions --discover -t
    """
    case = open_case(ctx)
    return case.discover(min_documents) if discover else case.propositions()


FINDING_TYPES = ["reversal", "contradiction", "discrepancy", "corroboration"]


@cli.command()
@click.option("--type", "kind", type=click.Choice(FINDING_TYPES), help="Only findings of this type.")
@click.option("--proposition", help="Only findings about this proposition id.")
@output_options
@click.pass_context
@handle_errors
def findings(ctx: click.Context, kind: str | None, proposition: str | None) -> list[dict[str, Any]]:
    """List findings (reversals, contradictions, discrepancies, corroborations) with evidence.

    \b
    Example:
        rashomon findings --type reversal -t
    """
    rows = []
    for f in open_case(ctx).findings(kind, proposition):
        evidence = f.get("statements") or [s for v in f.get("values", []) for s in v.get("spans", [])]
        rows.append({"id": f["id"], "type": f["type"], "summary": f.get("summary"),
                     "proposition": f.get("proposition"), "evidence": evidence})
    return rows


@cli.group()
def stance() -> None:
    """Correct a statement's stance on a proposition (persists across re-runs)."""


@stance.command("set")
@click.argument("statement")
@click.argument("proposition")
@click.argument("value", type=click.Choice(["affirm", "deny", "retract", "no_evidence", "uncertain", "none"]))
@click.pass_context
@handle_errors
def stance_set(ctx: click.Context, statement: str, proposition: str, value: str) -> None:
    """Set STATEMENT's stance on PROPOSITION to VALUE ('none': not about it).

    \b
    Example:
        rashomon stance set st_1a2b... prop_9f8e... deny
    """
    open_case(ctx).set_stance(statement, proposition, None if value == "none" else value)
    click.echo(f"{statement} on {proposition}: {value} (override stored)", err=True)


@stance.command("clear")
@click.argument("statement")
@click.argument("proposition")
@click.pass_context
@handle_errors
def stance_clear(ctx: click.Context, statement: str, proposition: str) -> None:
    """Remove an override: the computed stance applies again."""
    open_case(ctx).clear_stance(statement, proposition)
    click.echo(f"{statement} on {proposition}: override removed", err=True)


def main() -> None:
    cli(prog_name="rashomon")


if __name__ == "__main__":
    main()

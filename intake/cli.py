"""`intake`: the single command-line entry point."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import click

from intake.settings import Settings

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one Tesseract thread per process (see parsers/ocr.py)


def _settings() -> Settings:
    return Settings.from_env()


def _emit(obj: dict[str, Any]) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tp-intake")
def main() -> None:
    """tp-intake: turn the claims mailbox and the fax gateway into claims, tickets and replies.

    Settings come from INTAKE_* environment variables; with none, everything runs on this machine
    (SQLite and an outbox folder under ./var).
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
def extract(files: tuple[Path, ...], as_json: bool) -> None:
    """Read documents (PDF, TIFF, JPEG, PNG) and print the fields found in each."""
    from parsers.fields import extract_documents
    from parsers.limits import Limits
    from parsers.read import read_document

    settings = _settings()
    limits = Limits.from_settings(settings)
    for path in files:
        out: dict[str, Any] = {"file": str(path), "documents": []}
        try:
            data = path.read_bytes()
        except OSError as error:
            out["error"] = f"cannot read file: {error.strerror or error}"
            _print_extract(out, as_json)
            continue
        result = read_document(data, limits=limits, filename=path.name)
        if result.error:
            out["error"] = result.error
        if result.pages:
            docs = extract_documents(result.pages, review_threshold=settings.review_threshold)
            out["documents"] = [d.to_json() for d in docs]
        if result.error and not out["documents"]:
            out["documents"] = [{"fields": {}, "needs_review": True, "review_reasons": [result.error]}]
        _print_extract(out, as_json)


def _print_extract(out: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _emit(out)
        return
    click.echo(out["file"])
    if out.get("error"):
        click.echo(f"  ! {out['error']}")
    for index, doc in enumerate(out["documents"], 1):
        state = "à revoir" if doc["needs_review"] else "ok"
        click.echo(f"  document {index} ({state})")
        for name, f in doc["fields"].items():
            click.echo(f"    {name:<20} {f['value']:<24} {f['confidence']:.2f}")
        for reason in doc["review_reasons"]:
            click.echo(f"    - {reason}")


@main.command()
@click.argument("message", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the decision as one JSON object.")
def triage(message: Path, as_json: bool) -> None:
    """Decide what to do with one .eml message (a dry run: nothing is stored or sent)."""
    from intake.pipeline import analyse

    try:
        raw = message.read_bytes()
    except OSError as error:
        click.echo(f"intake triage: cannot read {message}: {error.strerror or error}", err=True)
        sys.exit(2)
    analysis = analyse(raw, _settings())
    out = analysis.decision.to_json()
    if as_json:
        _emit(out)
    else:
        click.echo(f"{out['action']} ({out['reason']}), confiance {out['confidence']:.2f}")
        for name, f in out["fields"].items():
            click.echo(f"  {name:<20} {f['value']}")


def _message_files(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            maildir = [path / sub for sub in ("new", "cur") if (path / sub).is_dir()]
            roots = maildir or [path]
            for root in roots:
                found.extend(sorted(p for p in root.rglob("*") if p.is_file() and _looks_like_message(p)))
        else:
            found.append(path)
    return found


def _looks_like_message(path: Path) -> bool:
    return path.suffix.lower() in {".eml", ""} or path.parent.name in {"new", "cur"}


def _fax_files(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in {".tif", ".tiff"}))
    return found


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--fax", "fax_paths", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A folder of received faxes (TIFF) to process too.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def process(paths: tuple[Path, ...], fax_paths: tuple[Path, ...], quiet: bool) -> None:
    """Run the full pipeline on .eml files, folders of them or a Maildir, into the database."""
    from intake.pipeline import Pipeline
    from intake.storage.db import migrate

    settings = _settings()
    migrate(settings.effective_database_url)
    pipeline = Pipeline(settings)
    jobs = [("email", p) for p in _message_files(paths)] + [("fax", p) for p in _fax_files(fax_paths)]
    started = time.monotonic()
    outcomes: Counter[str] = Counter()
    show = not quiet and sys.stderr.isatty()
    with click.progressbar(jobs, label="Traitement", file=sys.stderr if show else open(os.devnull, "w"),
                           item_show_func=lambda j: j[1].name if j else "") as bar:
        for source, path in bar:
            outcomes[_process_one(pipeline, source, path)] += 1
    sent = pipeline.deliver_outbox()
    elapsed = time.monotonic() - started
    _print_summary(outcomes, len(jobs), sent, elapsed, settings)


def _process_one(pipeline: Any, source: str, path: Path) -> str:
    limit = pipeline.settings.imap_max_message_bytes
    key = f"{source}:{path.resolve()}"
    try:
        too_big = path.stat().st_size > limit
        raw = path.read_bytes()[: 64 * 1024] if too_big else path.read_bytes()
    except OSError as error:
        click.echo(f"intake process: cannot read {path}: {error.strerror or error}", err=True)
        return "unreadable"
    reason = f"message too large ({path.stat().st_size} bytes > {limit}): only its start is kept" if too_big else None
    row_id, _ = pipeline.ingest(raw, source=source, source_key=key, meta={"path": str(path)},
                                quarantine_reason=reason)
    outcome: str = pipeline.process(row_id)
    while outcome == "retry":
        outcome = pipeline.process(row_id)
    return outcome


LABELS = [
    ("claim", "demandes (claims) créées"),
    ("ticket", "tickets"),
    ("auto_reply", "réponses automatiques"),
    ("ignore", "ignorés (machines, doublons)"),
    ("review", "à revoir par un agent"),
    ("quarantine", "en quarantaine"),
]


def _print_summary(outcomes: Counter[str], total: int, sent: int, elapsed: float, settings: Settings) -> None:
    click.echo(f"{total} message(s) traité(s) en {elapsed:.1f} s")
    for key, label in LABELS:
        click.echo(f"  {outcomes.get(key, 0):>5}  {label}")
    for key, count in outcomes.items():
        if key not in dict(LABELS):
            click.echo(f"  {count:>5}  {key}")
    click.echo(f"  {sent:>5}  envois effectués (réponses, système central)")
    click.echo(f"base : {_safe_url(settings.effective_database_url)}")
    if not settings.smtp_host:
        click.echo(f"réponses automatiques : {Path(settings.data_dir) / 'outbox'}/*.eml")


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message, one per line.")
@click.option("--message-id", default=None, help="Only the message with this Message-ID.")
@click.option("--sender", default=None, help="Only messages from this address.")
def status(as_json: bool, message_id: str | None, sender: str | None) -> None:
    """Show every received message's outcome (where is this message?)."""
    from intake.status import message_status
    from intake.storage.db import migrate

    settings = _settings()
    migrate(settings.effective_database_url)
    rows = message_status(settings, message_id=message_id, sender=sender)
    for row in rows:
        if as_json:
            _emit(row)
        else:
            click.echo(f"{row['source_key'][:60]:<60} {row['outcome'] or 'en cours':<11} "
                       f"{row['claim'] or row['ticket'] or ''} {row['reason'] or ''}")


@main.command("deliver")
def deliver() -> None:
    """Send what waits in the outbox (auto-replies, core-system calls)."""
    from intake.pipeline import Pipeline

    sent = Pipeline(_settings()).deliver_outbox()
    click.echo(f"{sent} envoi(s)")


@main.command("migrate")
def migrate_command() -> None:
    """Create or upgrade the database schema."""
    from intake.storage.db import migrate

    settings = _settings()
    migrate(settings.effective_database_url)
    click.echo(f"schéma à jour : {_safe_url(settings.effective_database_url)}")


from intake.web.commands import user as _user_command  # noqa: E402 - the desk's commands
from intake.web.commands import web as _web_command  # noqa: E402

main.add_command(_web_command)
main.add_command(_user_command)

from intake.sources.commands import fax_received, poll, worker  # noqa: E402 - sources and workers

for _command in (poll, worker, fax_received):
    main.add_command(_command)

if __name__ == "__main__":
    main()

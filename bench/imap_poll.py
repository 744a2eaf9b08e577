"""A poll with nothing new, on a mailbox of N messages already known (the issue asks < 1 s for 10,000).

    .venv/bin/python bench/imap_poll.py [--n 10000] [--rounds 5]

Starts a private Dovecot on a loopback port (tests/services.py), appends N small messages, records
them as already seen (the state an incremental poller keeps), then times `poll_once` — select, UID
search from the last UID, the outbox, the move of decided mail — several times. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake.settings import Settings  # noqa: E402
from intake.sources.imap import ImapSource  # noqa: E402
from intake.sources.poller import poll_once  # noqa: E402
from intake.storage.db import migrate  # noqa: E402
from tests.services import dovecot_server  # noqa: E402


def small_message(index: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"sender{index}@example.fr"
    message["To"] = "factures@tiers-payant.example.fr"
    message["Subject"] = f"message {index}"
    message["Message-ID"] = f"<bench-{index}@example.fr>"
    message.set_content("Bonjour.")
    return bytes(message)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with dovecot_server() as dovecot, tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with dovecot.client() as client:
            for index in range(args.n):
                client.append("INBOX", small_message(index))
        filled = time.perf_counter() - started
        settings = Settings(data_dir=tmp, **dovecot.settings_kwargs())
        migrate(settings.effective_database_url)
        source = ImapSource(settings)
        with source.session() as client:
            uidvalidity = source._select(client)
            top = max(int(u) for u in client.search(["ALL"]))
        source._save_last_uid(uidvalidity, top)  # every message already taken by earlier polls
        timings = []
        for _ in range(args.rounds):
            begin = time.perf_counter()
            poll_once(settings, sources=[source])
            timings.append(time.perf_counter() - begin)
        print(json.dumps({"messages_in_mailbox": args.n, "fill_seconds": round(filled, 1),
                          "poll_nothing_new_seconds": {"median": round(statistics.median(timings), 3),
                                                       "max": round(max(timings), 3)}}))


if __name__ == "__main__":
    main()

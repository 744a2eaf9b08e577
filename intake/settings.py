"""One typed settings object, read once from the environment (`INTAKE_*`).

Every setting has an embedded default, so that with no environment at all the product runs on one
machine: SQLite under the data dir, no broker (in-process), an outbox folder instead of SMTP.
Nothing here connects to anything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


def _default_data_dir() -> str:
    return str(Path.cwd() / "var")


@dataclass(frozen=True)
class Settings:
    # storage and queue
    data_dir: str = field(default_factory=_default_data_dir)
    database_url: str = ""  # empty: sqlite:///<data_dir>/intake.db
    broker_url: str = ""  # empty: in-process, no broker
    # mailbox
    imap_host: str = ""
    imap_port: int = 993
    imap_user: str = ""
    imap_password: str = ""
    imap_tls: str = "ssl"  # ssl | starttls | none
    imap_folder: str = "INBOX"
    imap_done_folder: str = "Processed"
    imap_quarantine_folder: str = "Quarantine"
    imap_max_message_bytes: int = 40 * 1024 * 1024
    # fax gateway
    fax_spool: str = ""  # a HylaFAX recvq/ folder or a plain drop folder
    fax_settle_seconds: float = 5.0
    # core system
    core_url: str = ""  # empty: claims and tickets stay in the local database
    core_timeout: float = 10.0
    # SMTP (auto-replies); empty host: .eml files in <data_dir>/outbox
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_from: str = "tiers-payant@intake.example.fr"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_tls: str = "none"  # none | starttls | ssl
    mail_domain: str = "intake.example.fr"  # used for Message-IDs and X-Loop
    own_addresses: str = ""  # comma-separated addresses that are ours (never answered)
    # auto-reply rules
    reply_window_days: int = 7
    reply_cap_per_hour: int = 200
    # contact details quoted in auto-replies (configuration, not code: see DOMAIN.md)
    portal_url: str = "https://www.portail-pro.example.fr"
    portal_help_url: str = "https://www.portail-pro.example.fr/aide"
    support_phone: str = "0 825 000 000"
    support_hours: str = "du lundi au vendredi, de 9h à 18h"
    incident_phone: str = "0 805 62 00 10"
    operator_name: str = "le service tiers payant"
    # extraction and review
    review_threshold: float = 0.85  # a required field under this goes to review
    triage_threshold: float = 0.6  # a triage decision under this goes to review
    # limits on bad input
    max_attachment_bytes: int = 25 * 1024 * 1024
    max_pages: int = 50
    max_image_pixels: int = 60_000_000
    max_archive_members: int = 20
    max_archive_bytes: int = 50 * 1024 * 1024
    max_archive_ratio: int = 100
    ocr_timeout: float = 60.0
    ocr_lang: str = "fra"
    # workers
    task_max_retries: int = 5
    poll_interval: float = 60.0
    stale_after: float = 0.0  # re-enqueue a row undecided for this long (s); 0: 5 poll intervals
    lease_ttl: float = 0.0  # a poller's lease on a source (s), left to expire if never released; 0: auto
    metrics_port: int = 0  # 0: no Prometheus endpoint
    # web desk
    web_secret: str = ""  # empty: a random secret kept in <data_dir>/web-secret
    web_secure_cookies: bool = False

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{Path(self.data_dir) / 'intake.db'}"

    @property
    def own_address_list(self) -> list[str]:
        found = [a.strip().lower() for a in self.own_addresses.split(",") if a.strip()]
        return [*found, self.smtp_from.lower()]

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Read `INTAKE_<NAME>` for every field; keyword overrides win."""
        source = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = source.get(f"INTAKE_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _convert(raw, f.type)
        values.update(overrides)
        return cls(**values)


def _convert(raw: str, type_name: Any) -> Any:
    kind = str(type_name)
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "bool":
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return raw

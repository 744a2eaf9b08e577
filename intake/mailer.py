"""Sending auto-replies: SMTP in production, an outbox folder of .eml files by default."""

from __future__ import annotations

import smtplib
import ssl
from email import message_from_bytes, policy
from pathlib import Path
from typing import Protocol

from intake.core.port import PermanentError, TransientError
from intake.settings import Settings


class MailSender(Protocol):
    def send(self, raw: bytes, *, recipient: str, key: str) -> None: ...


class FolderSender:
    """Embedded default: each reply becomes `<data_dir>/outbox/<key>.eml` (written atomically)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, raw: bytes, *, recipient: str, key: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{key}.eml"
        partial = target.with_suffix(".part")
        partial.write_bytes(raw)
        partial.replace(target)


class SmtpSender:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def send(self, raw: bytes, *, recipient: str, key: str) -> None:
        s = self.settings
        message = message_from_bytes(raw, policy=policy.SMTP)
        try:
            if s.smtp_tls == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.smtp_host, s.smtp_port, timeout=30, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=30)
            with client:
                if s.smtp_tls == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if s.smtp_user:
                    client.login(s.smtp_user, s.smtp_password)
                client.send_message(message, from_addr=s.smtp_from, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as error:
            if all(400 <= code < 500 for code, _ in error.recipients.values()):
                raise TransientError(f"recipient deferred: {_codes(error)}") from error
            raise PermanentError(f"recipient refused: {_codes(error)}") from error
        except smtplib.SMTPResponseException as error:
            if 400 <= error.smtp_code < 500:
                raise TransientError(f"SMTP {error.smtp_code}") from error
            raise PermanentError(f"SMTP {error.smtp_code}") from error
        except (OSError, smtplib.SMTPException) as error:
            raise TransientError(f"SMTP unreachable: {type(error).__name__}") from error


def _codes(error: smtplib.SMTPRecipientsRefused) -> str:
    return ",".join(str(code) for code, _ in error.recipients.values())


def sender_for(settings: Settings) -> MailSender:
    if settings.smtp_host:
        return SmtpSender(settings)
    return FolderSender(Path(settings.data_dir) / "outbox")

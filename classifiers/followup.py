"""Follow-ups of an existing ticket: a ticket number in the subject.

>>> ticket_ref_in("Re: [TP-2026-000123] dossier")
'TP-2026-000123'
>>> ticket_ref_in("facture 2026-000123") is None
True
"""

from __future__ import annotations

import re

TICKET_REF = re.compile(r"(?<![A-Z0-9])TP-(\d{4})-(\d{6})(?!\d)", re.IGNORECASE)


def ticket_ref_in(subject: str) -> str | None:
    """The first ticket number (TP-YYYY-NNNNNN) in a subject, upper-cased, or None."""
    found = TICKET_REF.search(subject or "")
    if found is None:
        return None
    return f"TP-{found.group(1)}-{found.group(2)}"

"""Due dates in French working days (service levels from DOMAIN.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import holidays

# Working days to process, by channel (the article: email 5-7, fax 7-10; we take the upper bound).
SERVICE_DAYS = {"email": 7, "file": 7, "fax": 10}


def add_working_days(start: date, days: int, *, subdiv: str | None = None) -> date:
    closed = holidays.country_holidays("FR", years=range(start.year, start.year + 2), subdiv=subdiv)
    current = start
    left = days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in closed:
            left -= 1
    return current


def due_date(received: datetime, channel: str) -> datetime:
    day = add_working_days(received.date(), SERVICE_DAYS.get(channel, 7))
    return datetime.combine(day, received.timetz())

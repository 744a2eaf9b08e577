"""The beat schedule: one poll per configured source every `poll_interval` seconds."""

from __future__ import annotations

from typing import Any

from intake.settings import Settings

ALL_SOURCES = "*"


def source_names(settings: Settings) -> list[str]:
    from intake.sources.poller import configured_sources

    return [source.name for source in configured_sources(settings)] or [ALL_SOURCES]


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    """A stale poll is dropped (`expires`) rather than run late behind a backlog."""
    interval = max(1.0, settings.poll_interval)
    return {
        f"poll {name}": {
            "task": "intake.poll_source",
            "schedule": interval,
            "args": (name,),
            "options": {"expires": interval},
        }
        for name in source_names(settings)
    }

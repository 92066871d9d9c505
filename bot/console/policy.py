"""The console's security limits in one place.

These are fixed here rather than in config/default.toml (owned by the settings module); a
deployment that needs other values can change them in one spot.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Policy:
    session_idle: timedelta = timedelta(minutes=30)
    session_absolute: timedelta = timedelta(hours=10)
    # The password step must be followed by the code within this time.
    second_factor_within: timedelta = timedelta(minutes=5)
    attempt_window: timedelta = timedelta(minutes=15)
    account_failures: int = 5      # failed sign-ins on one account within the window: locked
    client_failures: int = 20      # failed sign-ins from one client within the window: locked
    # Write last_seen_at at most this often (each write takes SQLite's write lock).
    touch_every: timedelta = timedelta(seconds=30)


POLICY = Policy()

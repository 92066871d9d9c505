"""`intake-bot stats --year 2024 [--format table|csv|json]`: the yearly figures from the
configured store, compared with the year before. Aggregates only, small cells hidden, exactly
as on the supervisor page."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.figures.export import to_csv, to_json, to_text
from bot.figures.period import year
from bot.figures.report import shown_for, threshold_of
from bot.hours import OpeningHours
from bot.secrets import load_or_create_secrets
from bot.settings import SettingsError, load_settings
from bot.store.crypto import Keyring
from bot.store.db import open_store

WRITERS = {"table": to_text, "csv": to_csv, "json": to_json}


async def _figures(args: argparse.Namespace) -> str:
    overrides = {"data_dir": args.data_dir} if args.data_dir else {}
    settings = load_settings(args.config, overrides=overrides)
    threshold = threshold_of(settings.raw)
    secrets = load_or_create_secrets(Path(settings.server.data_dir))
    store = await open_store(settings.server.database_url, Keyring(secrets.data_key, secrets.lookup_key))
    try:
        hours = OpeningHours.from_settings(settings.hours)
        shown = await shown_for(store, year(args.year), hours.is_open, threshold)
    finally:
        await store.close()
    return WRITERS[args.format](shown)


def run(args: argparse.Namespace) -> int:
    if not 2000 <= args.year <= 2100:
        print("intake-bot stats: --year must be a year such as 2024", file=sys.stderr)
        return 2
    try:
        out = asyncio.run(_figures(args))
    except (SettingsError, ValueError) as exc:
        print(f"intake-bot stats: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return 0

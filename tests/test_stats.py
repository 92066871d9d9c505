"""`intake-bot stats` against the configured store (SQLite data folder or PostgreSQL URL),
run as the real command in a child process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.secrets import load_or_create_secrets
from bot.store.crypto import Keyring
from bot.store.db import open_store
from tests.figures_data import expected, generate, insert

pytest_plugins = ["tests.store_fixtures"]


def stats(data_dir: Path, store_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE__")}
    if not store_url.startswith("sqlite"):
        env["INTAKE__SERVER__DATABASE_URL"] = store_url
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "stats", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


async def test_stats_for_a_year_in_three_formats(tmp_path: Path, store_url: str) -> None:
    data_dir = tmp_path / "data"
    url = f"sqlite+aiosqlite:///{data_dir / 'intake.db'}" if store_url.startswith("sqlite") else store_url
    secrets = load_or_create_secrets(data_dir)
    store = await open_store(url, Keyring(secrets.data_key, secrets.lookup_key))
    g = generate(seed=11, sizes={2023: 90, 2024: 120})
    try:
        await insert(store, g)
    finally:
        await store.close()
    want = expected(g, 2024)

    result = stats(data_dir, store_url, "--year", "2024", "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["period"] == "2024" and doc["compared_with"] == "2023" and doc["threshold"] == 5
    tables = {t["key"]: {r["code"]: r for r in t["rows"]} for t in doc["tables"]}
    assert tables["overzicht"]["conversations"]["count"] == want["overzicht"]["conversations"]
    assert tables["overzicht"]["conversations"]["previous"] == expected(g, 2023)["overzicht"]["conversations"]
    for code, n in want["doelgroepen"].items():
        assert (
            tables["doelgroepen"][code]["count"] == (n if n >= 5 else "<5")
            or tables["doelgroepen"][code]["count"] == "×"
        )
    for t in doc["tables"]:
        for r in t["rows"]:
            if r["code"] not in ("median", "p90"):
                assert not isinstance(r["count"], int) or r["count"] >= 5, r

    result = stats(data_dir, store_url, "--year", "2024", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=";"))
    assert rows[0][0] == "periode" and len(rows) > 50

    result = stats(data_dir, store_url, "--year", "2024")
    assert result.returncode == 0, result.stderr
    assert "Doelgroepen" in result.stdout and "t.o.v. 2023" in result.stdout
    total = want["overzicht"]["conversations"]
    assert f"{total:,}".replace(",", ".") in result.stdout


def test_stats_refuses_a_silly_year(tmp_path: Path) -> None:
    result = stats(tmp_path / "data", "sqlite", "--year", "24")
    assert result.returncode == 2 and "--year" in result.stderr

"""`intake-bot serve` as an operator starts it: a fresh folder, no configuration."""
from __future__ import annotations

import asyncio
import os
import stat
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.envelope import Envelope
from bot.service import Service
from bot.settings import load_settings
from tests.service_fixtures import free_port

EXE = str(Path(sys.executable).with_name("intake-bot"))


def test_serve_starts_on_a_fresh_folder_and_logs_the_chat_url(tmp_path: Path) -> None:
    port = free_port()
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE__")}
    cmd = [EXE, "serve", "--port", str(port), "--data-dir", str(data)]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
                assert time.monotonic() < deadline, "service did not come up"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/chat", timeout=5) as r:
            page = r.read().decode()
            assert r.headers.get("Set-Cookie") is None
        assert 'name="message"' in page and "Bericht" in page
        secrets = data / "secrets.json"
        assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
        assert (data / "intake.db").exists()
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=15)
    assert f"http://127.0.0.1:{port}/chat" in out
    assert proc.returncode in (0, -15)


def test_a_bad_value_stops_start_up_naming_the_key(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[hours]\nmonday = ["9-22"]\n', encoding="utf-8")
    r = subprocess.run([EXE, "serve", "--config", str(cfg), "--data-dir", str(tmp_path / "d")],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 2
    assert "hours.monday" in r.stderr


def test_a_database_sealed_with_other_keys_is_refused_clearly(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    db = tmp_path / "shared.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE__")}
    env["INTAKE__SERVER__DATABASE_URL"] = f"sqlite+aiosqlite:///{db}"
    async def write_one() -> None:
        svc = Service(load_settings(None, env=env, overrides={"data_dir": str(first)}), run_jobs=False)
        await svc.start()
        await svc.pipeline.handle(Envelope(channel="webchat", text="is het gratis?"))
        await svc.stop()

    asyncio.run(write_one())
    r = subprocess.run([EXE, "serve", "--data-dir", str(second), "--port", str(free_port())],
                       capture_output=True, text=True, timeout=30, env=env)
    assert r.returncode == 2
    assert "do not open this database" in r.stderr

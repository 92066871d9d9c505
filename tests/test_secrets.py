"""The secrets file: private, created once, stable, and refused when unsafe or damaged."""
from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from bot.secrets import KEY_NAMES, SecretsError, load_or_create_secrets


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_first_start_creates_a_private_folder_and_file(tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "data"
    s = load_or_create_secrets(data)
    assert mode(data) == 0o700
    assert s.path == data / "secrets.json"
    assert mode(s.path) == 0o600
    keys = {s.data_key, s.lookup_key, s.session_key}
    assert len(keys) == 3 and all(len(k) == 32 for k in keys)
    assert [p.name for p in data.iterdir()] == ["secrets.json"]  # no temp file left behind


def test_keys_are_stable_across_loads(tmp_path: Path) -> None:
    first = load_or_create_secrets(tmp_path)
    again = load_or_create_secrets(tmp_path)
    assert (first.data_key, first.lookup_key, first.session_key) == \
        (again.data_key, again.lookup_key, again.session_key)
    assert mode(first.path) == 0o600


def test_each_data_dir_gets_its_own_keys(tmp_path: Path) -> None:
    assert load_or_create_secrets(tmp_path / "a").data_key != load_or_create_secrets(tmp_path / "b").data_key


def test_keys_do_not_show_in_repr(tmp_path: Path) -> None:
    s = load_or_create_secrets(tmp_path)
    shown = repr(s)
    assert s.data_key.hex() not in shown and repr(s.data_key) not in shown


@pytest.mark.parametrize("bad_mode", [0o640, 0o604, 0o644])
def test_a_group_or_world_readable_file_stops_start_up(tmp_path: Path, bad_mode: int) -> None:
    s = load_or_create_secrets(tmp_path)
    s.path.chmod(bad_mode)
    with pytest.raises(SecretsError, match="readable by group or others") as err:
        load_or_create_secrets(tmp_path)
    assert str(s.path) in str(err.value) and "chmod 600" in str(err.value)


@pytest.mark.parametrize("damage", [
    lambda body: "not json at all",
    lambda body: json.dumps({**body, "data_key": "@@@"}),
    lambda body: json.dumps({**body, "lookup_key": "c2hvcnQ="}),   # 5 bytes
    lambda body: json.dumps({k: v for k, v in body.items() if k != "session_key"}),
    lambda body: json.dumps({**body, "version": 99}),
    lambda body: json.dumps([1, 2, 3]),
])
def test_a_damaged_file_stops_start_up_and_is_not_replaced(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    s = load_or_create_secrets(tmp_path)
    body = json.loads(s.path.read_text())
    assert set(KEY_NAMES) <= set(body)
    broken = damage(body)
    s.path.write_text(broken)
    with pytest.raises(SecretsError, match="restore it from a backup"):
        load_or_create_secrets(tmp_path)
    assert s.path.read_text() == broken  # never silently regenerated: that would orphan the data

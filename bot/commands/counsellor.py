"""`intake-bot counsellor add NAME --role counsellor|supervisor`, `disable NAME`, `reset-2fa NAME`.

The password is read from the terminal (asked twice) or, when stdin is not a terminal, from its
first line, so that provisioning scripts can pipe it in.
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path

from bot.clock import Clock
from bot.console import accounts
from bot.console.auth import PasswordRejected
from bot.secrets import load_or_create_secrets
from bot.settings import SettingsError, load_settings
from bot.store.crypto import Keyring
from bot.store.db import open_store


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise PasswordRejected("the two passwords differ")
    return first


async def _run(args: argparse.Namespace, password: str | None) -> str:
    overrides = {"data_dir": args.data_dir} if getattr(args, "data_dir", None) else {}
    settings = load_settings(getattr(args, "config", None), overrides=overrides)
    secrets = load_or_create_secrets(Path(settings.server.data_dir))
    store = await open_store(settings.server.database_url, Keyring(secrets.data_key, secrets.lookup_key))
    now = Clock().now()
    try:
        if args.action == "add":
            assert password is not None
            a = await accounts.add(store, args.name, args.role, password, now)
            return f"added {a.role} {a.name}; two-factor enrolment happens at the first sign-in"
        if args.action == "disable":
            a = await accounts.disable(store, args.name, now)
            return f"disabled {a.name}; their sessions have ended"
        if args.action == "reset-2fa":
            a = await accounts.reset_2fa(store, args.name, now)
            return f"{a.name} enrols a new authenticator at the next sign-in"
        raise accounts.AccountError(f"unknown action {args.action}")
    finally:
        await store.close()


def run(args: argparse.Namespace) -> int:
    try:
        password = _password() if args.action == "add" else None
        print(asyncio.run(_run(args, password)))
    except (accounts.AccountError, PasswordRejected, SettingsError) as exc:
        print(f"intake-bot counsellor: {exc}", file=sys.stderr)
        return 2
    return 0

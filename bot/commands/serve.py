"""`intake-bot serve`: run the service until interrupted."""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import signal
import sys

from aiohttp import web

from bot.logs import configure_logging
from bot.secrets import SecretsError
from bot.service import Service, StartupError
from bot.settings import SettingsError, load_settings
from bot.web import ACCESS_LOG_FORMAT, build_app

log = logging.getLogger("intake_bot")


async def serve(service: Service) -> None:
    await service.start()
    app = build_app(service)
    runner = web.AppRunner(app, access_log_format=ACCESS_LOG_FORMAT, shutdown_timeout=2.0)
    await runner.setup()
    server = service.settings.server
    site = web.TCPSite(runner, server.host, server.port)
    await site.start()
    log.info("web chat at http://%s:%s/chat", server.host, server.port)
    # What start-up built (modules, tables, compiled patterns) lives as long as the process: out
    # of the collector's sight, a full collection pauses for milliseconds instead of ~80 ms of
    # every writer's wait.
    gc.freeze()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
        await service.stop()


def run(args: argparse.Namespace) -> int:
    overrides = {k: v for k, v in {"host": args.host, "port": args.port, "data_dir": args.data_dir}.items()
                 if v is not None}
    try:
        settings = load_settings(args.config, overrides=overrides)
    except SettingsError as exc:
        print(f"intake-bot: configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.logging)
    try:
        asyncio.run(serve(Service(settings)))
    except (StartupError, SecretsError) as exc:
        print(f"intake-bot: cannot start: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. the port is taken
        print(f"intake-bot: cannot start: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0

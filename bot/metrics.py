"""`GET /metrics` for Prometheus: how the service is doing, never who is using it.

No label holds an identifier or a conversation: labels are the channel name, a direction, a
job name or a reason code, each from a fixed set (anything else becomes "other"). Gauges and the
message totals are computed from the store at every scrape, so every instance of a shared
PostgreSQL store reports the same numbers and a restart loses nothing. Only what never reaches
the store is counted in the process: updates a channel ignored (call `count_ignored`).

Access: from the machine itself only (loopback, and no proxy header such as X-Forwarded-For),
unless `[metrics] allow_from` lists networks (CIDR) a Prometheus scrapes from. Keep /metrics
off the public reverse proxy anyway (docs/deploy.md).
"""

from __future__ import annotations

import collections
import ipaddress
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from bot.store.models import Conversation, JobRun, Message, Outbox

if TYPE_CHECKING:
    from bot.service import Service
    from bot.store.db import Store

log = logging.getLogger(__name__)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
CHANNELS = frozenset({"webchat", "email", "telegram"})
JOBS = frozenset({"transitions", "callbacks", "expire_claims", "purge", "rotate_keys"})
_REASON = re.compile(r"[a-z][a-z_]{0,31}")
LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))
PROXY_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-IP")

# -- counted in the process -----------------------------------------------------------------
_IGNORED: collections.Counter[tuple[str, str]] = collections.Counter()


def _channel(name: object) -> str:
    return name if isinstance(name, str) and name in CHANNELS else "other"


def count_ignored(channel: str, reason: str) -> None:
    """A channel ignored an inbound update. `reason` is a short code ("edited", "group_chat",
    "auto_reply"); anything that is not such a code is counted as "other"."""
    code = reason if isinstance(reason, str) and _REASON.fullmatch(reason) else "other"
    _IGNORED[(_channel(channel), code)] += 1


def _ignored(channels: Mapping[str, Any]) -> list[tuple[tuple[str, str], float]]:
    """What `count_ignored` counted, plus a channel's own `ignored_updates` count (reason
    "unhandled") for channels that keep one."""
    counts = collections.Counter(_IGNORED)
    for name, channel in channels.items():
        own = getattr(channel, "ignored_updates", None)
        if isinstance(own, int) and not isinstance(own, bool):
            counts[(_channel(name), "unhandled")] += own
    return sorted((k, float(v)) for k, v in counts.items())


def _hushed(channels: Mapping[str, Any]) -> list[tuple[tuple[str], float]]:
    """Messages each channel took in over its flood limit (stored, not answered one by one)."""
    out = []
    for name, channel in channels.items():
        for attribute in ("hushed_messages", "hushed_mails"):
            own = getattr(channel, attribute, None)
            if isinstance(own, int) and not isinstance(own, bool):
                out.append(((_channel(name),), float(own)))
                break
    return sorted(out)


# -- computed from the store at each scrape --------------------------------------------------
class _Snapshot(Collector):
    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterator[Metric]:
        yield from self.families


def _labelled(
    family: GaugeMetricFamily | CounterMetricFamily, rows: Iterable[tuple[tuple[str, ...], float]]
) -> GaugeMetricFamily | CounterMetricFamily:
    for labels, value in rows:
        family.add_metric(list(labels), value)
    return family


async def snapshot(store: Store, now: datetime, channels: Mapping[str, Any] | None = None) -> list[Metric]:
    async with store.sessionmaker() as s:
        per_sender = (
            await s.execute(
                select(Conversation.channel, Message.sender, func.count())
                .join(Conversation, Conversation.id == Message.conversation_id)
                .group_by(Conversation.channel, Message.sender)
            )
        ).all()
        waiting = (
            await s.execute(
                select(Conversation.urgent, func.count(), func.min(Conversation.waiting_since))
                .where(Conversation.state == "waiting")
                .group_by(Conversation.urgent)
            )
        ).all()
        outbox = (
            await s.execute(
                select(Outbox.channel, Outbox.state, func.count(), func.min(Outbox.created_at))
                .where(Outbox.state.in_(("pending", "sending", "failed")))
                .group_by(Outbox.channel, Outbox.state)
            )
        ).all()
        jobs = (await s.execute(select(JobRun.name, JobRun.runs, JobRun.last_run_at))).all()

    messages: dict[tuple[str, str], float] = {}
    for channel, sender, n in per_sender:
        direction = "in" if sender == "writer" else "out" if sender in ("bot", "counsellor") else None
        if direction:
            key = (_channel(channel), direction)
            messages[key] = messages.get(key, 0) + n
    for ch in CHANNELS:
        for d in ("in", "out"):
            messages.setdefault((ch, d), 0)

    queue_len = sum(n for _, n, _ in waiting)
    urgent = sum(n for u, n, _ in waiting if u)
    oldest = min((since for _, _, since in waiting if since is not None), default=None)
    backlog: dict[tuple[str], float] = {(ch,): 0 for ch in CHANNELS}
    failed: dict[tuple[str], float] = {(ch,): 0 for ch in CHANNELS}
    oldest_pending: datetime | None = None
    for channel, state, n, created in outbox:
        target = failed if state == "failed" else backlog
        target[(_channel(channel),)] = target.get((_channel(channel),), 0) + n
        if state != "failed" and created is not None:
            oldest_pending = created if oldest_pending is None else min(oldest_pending, _aware(created))

    def age(since: datetime | None) -> float:
        return max(0.0, (now - _aware(since)).total_seconds()) if since is not None else 0.0

    runs = [((n if n in JOBS else "other",), float(r or 0)) for n, r, _ in jobs]
    last = [((n if n in JOBS else "other",), _aware(at).timestamp()) for n, _, at in jobs if at is not None]
    return [
        _labelled(
            CounterMetricFamily(
                "intake_messages",
                "Messages stored: in from writers, out from the bot and counsellors, by channel.",
                labels=["channel", "direction"],
            ),
            sorted(messages.items()),
        ),
        GaugeMetricFamily("intake_queue_length", "Conversations waiting for a counsellor.", value=queue_len),
        GaugeMetricFamily(
            "intake_queue_urgent", "Urgent conversations waiting for a counsellor.", value=urgent
        ),
        GaugeMetricFamily(
            "intake_queue_oldest_wait_seconds",
            "How long the longest-waiting conversation has waited (0 when nobody waits).",
            value=age(oldest),
        ),
        _labelled(
            GaugeMetricFamily(
                "intake_outbox_backlog",
                "Replies not yet delivered (pending or being sent), by channel.",
                labels=["channel"],
            ),
            sorted(backlog.items()),
        ),
        _labelled(
            GaugeMetricFamily(
                "intake_outbox_failed", "Replies that could not be delivered, by channel.", labels=["channel"]
            ),
            sorted(failed.items()),
        ),
        GaugeMetricFamily(
            "intake_outbox_oldest_pending_seconds",
            "Age of the oldest reply not yet delivered (0 when none).",
            value=age(oldest_pending),
        ),
        _labelled(
            CounterMetricFamily("intake_job_runs", "Scheduled job runs (all instances).", labels=["job"]),
            runs,
        ),
        _labelled(
            GaugeMetricFamily(
                "intake_job_last_run_timestamp_seconds",
                "When a scheduled job last ran (Unix time).",
                labels=["job"],
            ),
            last,
        ),
        _labelled(
            CounterMetricFamily(
                "intake_ignored_updates",
                "Inbound updates a channel ignored (edits, service messages, group chats, loops), "
                "by channel and reason code; counted since this instance started.",
                labels=["channel", "reason"],
            ),
            _ignored(channels or {}),
        ),
        _labelled(
            CounterMetricFamily(
                "intake_hushed_messages",
                "Messages taken in over a writer's flood limit: stored and read, not answered one by "
                "one; counted since this instance started.",
                labels=["channel"],
            ),
            _hushed(channels or {}),
        ),
    ]


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _analysis(stats: Mapping[str, int]) -> list[Metric]:
    """The analysis workers (bot/analysis_pool.py): a service that keeps reading messages itself
    works, but slower and with the event loop held; these say when that happens."""
    return [
        GaugeMetricFamily("intake_analysis_workers", "Analysis worker processes ready now.",
                          value=stats["workers"]),
        CounterMetricFamily("intake_analysis_in_service",
                            "Messages analysed in the service process because no worker took them "
                            "(none configured, starting, stopped or too slow); since start.",
                            value=stats["fallbacks"]),
        CounterMetricFamily("intake_analysis_worker_restarts",
                            "Analysis workers started again after one stopped; since start.",
                            value=stats["restarts"]),
    ]


async def render(store: Store, now: datetime, channels: Mapping[str, Any] | None = None,
                 analysis: Mapping[str, int] | None = None) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    try:
        families = await snapshot(store, now, channels)
        up = 1.0
    except Exception as exc:  # the store is down: say so, and still answer
        log.warning("metrics: store not readable: %s", type(exc).__name__)
        families, up = [], 0.0
    families.append(GaugeMetricFamily("intake_store_up", "1 when the store answered this scrape.", value=up))
    if analysis is not None:
        families += _analysis(analysis)
    registry.register(_Snapshot(families))
    return generate_latest(registry)


# -- the route -------------------------------------------------------------------------------
def allowed_networks(raw: Mapping[str, Any]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    configured = raw.get("metrics", {}).get("allow_from", [])
    return LOOPBACK + tuple(ipaddress.ip_network(n, strict=False) for n in configured)


def _allowed(request: web.Request, networks: tuple[Any, ...]) -> bool:
    if any(h in request.headers for h in PROXY_HEADERS):
        return False  # came through the public reverse proxy
    try:
        address = ipaddress.ip_address(request.remote or "")
    except ValueError:
        return False
    return any(address in n for n in networks)


def setup(app: web.Application, service: Service) -> None:
    networks = allowed_networks(service.settings.raw)

    async def metrics(request: web.Request) -> web.Response:
        if not _allowed(request, networks):
            raise web.HTTPNotFound()
        body = await render(service.store, service.clock.now(), service.channels, service.analysis.stats())
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})

    app.router.add_get("/metrics", metrics)

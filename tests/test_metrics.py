"""GET /metrics: the numbers an operator needs, computed from the store, with no identifier,
no conversation and no free text in any label. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select

from bot import metrics
from bot.envelope import Envelope
from bot.store.models import Conversation, JobRun, Message, Outbox
from tests.service_fixtures import Running
from tests.store_fixtures import add_conversation

pytest_plugins = ["tests.service_fixtures", "tests.store_fixtures"]
CANARIES = (
    "kanarie.jansen@example.org",
    "0612345678",
    "06-12345678",
    "NL91ABNA0417164300",
    "@kanarie_piet",
    "Kanarie Jansen",
    "203.0.113.77",
)
ALLOWED_LABELS = {
    "channel": metrics.CHANNELS | {"other"},
    "direction": {"in", "out"},
    "job": metrics.JOBS | {"other"},
}


async def scrape(running: Running, **headers: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as http, http.get(running.url + "/metrics", headers=headers) as r:
        return r.status, r.headers.get("Content-Type", ""), await r.text()


def samples(body: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def test_metrics_count_from_the_store_and_hold_no_identifier(running: Running) -> None:
    svc = running.service
    before = samples((await scrape(running))[2])
    ignored_before = before.get(
        ("intake_ignored_updates_total", (("channel", "telegram"), ("reason", "edited"))), 0
    )
    for i, text in enumerate(
        (
            f"Hallo, ik ben {CANARIES[5]}, mail me op {CANARIES[0]} of bel {CANARIES[2]}",
            f"Mijn rekening is {CANARIES[3]} en op Instagram ben ik {CANARIES[4]}, ip {CANARIES[6]}",
            "Ik wil graag met iemand praten over mijn gedachten.",
        )
    ):
        await svc.pipeline.handle(
            Envelope(
                channel="webchat",
                text=text,
                thread=f"{CANARIES[0]}-{i}",
                person=CANARIES[0],
                reply_address={"socket": CANARIES[1]},
            )
        )
    now = running.clock.now()
    await add_conversation(
        svc.store,
        state="waiting",
        urgent=True,
        waiting_since=now - timedelta(minutes=7),
        at=now - timedelta(minutes=8),
    )
    cid = await add_conversation(svc.store, state="claimed", at=now)
    async with svc.store.write() as s:
        s.add(
            Outbox(
                conversation_id=cid,
                channel="webchat",
                payload={"text": CANARIES[0]},
                state="failed",
                attempts=8,
                next_attempt_at=now,
                last_error="PermanentFailure",
                created_at=now,
            )
        )
        run = await s.get(JobRun, "purge")
        if run is None:
            s.add(JobRun(name="purge", last_run_at=now, runs=3))
        else:
            run.runs, run.last_run_at = 3, now
    metrics.count_ignored("telegram", "edited")
    svc.channels["webchat"].ignored_updates = 4  # type: ignore[attr-defined]  # a channel's own count
    metrics.count_ignored(CANARIES[0], f"from {CANARIES[2]}")  # nonsense from a caller: no label made of it

    status, content_type, body = await scrape(running)
    assert status == 200 and content_type.startswith("text/plain")
    got = samples(body)
    async with svc.store.sessionmaker() as s:
        waiting = (await s.execute(select(func.count()).where(Conversation.state == "waiting"))).scalar_one()
        writer = (
            await s.execute(select(func.count()).select_from(Message).where(Message.sender == "writer"))
        ).scalar_one()
        replies = (
            await s.execute(
                select(func.count()).select_from(Message).where(Message.sender.in_(("bot", "counsellor")))
            )
        ).scalar_one()
        ids = (await s.execute(select(Conversation.id))).scalars().all()
    assert got[("intake_queue_length", ())] == waiting >= 2
    assert got[("intake_queue_urgent", ())] == 1
    assert got[("intake_queue_oldest_wait_seconds", ())] == 7 * 60
    assert got[("intake_messages_total", (("channel", "webchat"), ("direction", "in")))] == writer == 3
    assert got[("intake_messages_total", (("channel", "webchat"), ("direction", "out")))] == replies
    assert got[("intake_outbox_failed", (("channel", "webchat"),))] == 1
    assert got[("intake_job_runs_total", (("job", "purge"),))] == 3
    assert got[("intake_store_up", ())] == 1
    assert (
        got[("intake_ignored_updates_total", (("channel", "telegram"), ("reason", "edited")))]
        == ignored_before + 1
    )
    assert got[("intake_ignored_updates_total", (("channel", "other"), ("reason", "other")))] >= 1
    assert got[("intake_ignored_updates_total", (("channel", "webchat"), ("reason", "unhandled")))] == 4

    # Nothing that points at a person or a conversation, in values or in labels.
    lowered = body.lower()
    for canary in (*CANARIES, "kanarie", "12345678", "abna"):
        assert canary.lower() not in lowered, canary
    for conversation_id in ids:
        assert conversation_id not in body
    for _, labels in got:
        for key, value in labels:
            allowed = ALLOWED_LABELS.get(key)
            if key == "reason":
                assert value.isascii() and value.replace("_", "").isalpha(), value
            else:
                assert allowed is not None and value in allowed, (key, value)


async def test_metrics_only_for_the_machine_itself(running: Running) -> None:
    assert (await scrape(running))[0] == 200
    # Through the public reverse proxy (it adds the client's address): not there.
    assert (await scrape(running, **{"X-Forwarded-For": "198.51.100.4"}))[0] == 404
    assert (await scrape(running, Forwarded="for=198.51.100.4"))[0] == 404

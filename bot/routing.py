"""Where a message goes and what the writer is told: a pure decision, no I/O.

The rules, in order (DESIGN.md, promises 4 and 5):
1. A machine-sent message is kept but never answered (no mail loops). A writer sending faster
   than anyone reads (a flood, `hushed`) is routed as usual but answered only when urgent.
2. Urgent: the emergency numbers at once, open or closed, and the front of the queue. A FAQ
   answer may go with it but never replaces a person.
3. A conversation a counsellor holds: the counsellor answers, not the bot.
4. A FAQ question: its answer at once, with the way to a person.
5. Anything else: to the queue, with the place in it (open) or the next opening and the
   out-of-hours options (closed).
"""
from __future__ import annotations

from dataclasses import dataclass, field

OUT_OF_HOURS_OPTIONS = ("callback:phone", "callback:chat", "notify_open", "morning")


@dataclass(frozen=True)
class Situation:
    open_now: bool
    urgent: bool
    faq_ids: tuple[str, ...]
    state: str | None          # None for a new conversation, else the stored state
    automatic: bool = False
    media_only: bool = False
    can_push: bool = False     # the channel can send a message on its own (not the web chat)
    hushed: bool = False       # over the channel's rate: no bot reply unless urgent


@dataclass(frozen=True)
class Decision:
    state: str                  # the conversation's state afterwards
    urgent: bool
    replies: tuple[str, ...] = ()       # reply kinds, in order: "urgent", "faq:<id>", "queued", ...
    options: tuple[str, ...] = field(default=())  # out-of-hours options to offer
    to_queue: bool = False      # (re)joins the counsellor queue now


def decide(s: Situation) -> Decision:
    d = _decide(s)
    if s.hushed and not d.urgent and d.replies:
        # Kept and queued as usual; the emergency numbers are never held back.
        return Decision(state=d.state, urgent=False, to_queue=d.to_queue)
    return d


def _decide(s: Situation) -> Decision:
    state = s.state or "bot"
    if s.automatic:
        return Decision(state=state, urgent=False)
    if s.media_only:
        return Decision(state=state, urgent=False, replies=("media_refused",))
    options = _options(s) if not s.open_now else ()
    faq = tuple(f"faq:{i}" for i in s.faq_ids)
    if s.urgent:
        replies = ("urgent", *faq, "urgent_open" if s.open_now else "urgent_closed")
        holder = "claimed" if state == "claimed" else "waiting"
        return Decision(state=holder, urgent=True, replies=replies, options=options,
                        to_queue=holder == "waiting")
    if state == "claimed":
        return Decision(state="claimed", urgent=False)
    if faq:
        follow = "faq_follow_up" if s.open_now else "faq_follow_up_closed"
        return Decision(state=state, urgent=False, replies=(*faq, follow), options=options)
    if state == "waiting":
        return Decision(state="waiting", urgent=False)
    if s.open_now:
        return Decision(state="waiting", urgent=False, replies=("queued",), to_queue=True)
    return Decision(state="waiting", urgent=False, replies=("out_of_hours",), options=options, to_queue=True)


def _options(s: Situation) -> tuple[str, ...]:
    return tuple(o for o in OUT_OF_HOURS_OPTIONS if o != "notify_open" or s.can_push)

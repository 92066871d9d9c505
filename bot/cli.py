"""The `intake-bot` command: one entry point, each sub-command in its own module under bot/commands.

Sub-command modules are imported only when chosen, so that `intake-bot faq` does not pay for
the service's imports at start-up.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="intake-bot", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("scrub", help="strip identifiers from JSON Lines on stdin")
    s.set_defaults(module="bot.commands.scrub", func="run")

    f = sub.add_parser("faq", help="match FAQ questions and assess urgency for JSON Lines on stdin")
    f.set_defaults(module="bot.commands.faq", func="run")

    e = sub.add_parser("eval", help="score a handler on a labelled development set")
    esub = e.add_subparsers(dest="what", required=True)
    es = esub.add_parser("scrub", help="identifier leak and keep rates")
    es.add_argument("file")
    es.set_defaults(module="bot.commands.scrub", func="run_eval")
    ef = esub.add_parser("faq", help="FAQ precision/recall and urgency recall/precision")
    ef.add_argument("file")
    ef.set_defaults(module="bot.commands.faq", func="run_eval")

    sv = sub.add_parser("serve", help="run the service (web chat, channels, console)")
    sv.add_argument("--config", help="TOML configuration file")
    sv.add_argument("--host")
    sv.add_argument("--port", type=int)
    sv.add_argument("--data-dir")
    sv.set_defaults(module="bot.commands.serve", func="run")

    c = sub.add_parser("counsellor", help="manage counsellor and supervisor accounts")
    c.add_argument("--config", help="TOML configuration file")
    c.add_argument("--data-dir")
    csub = c.add_subparsers(dest="action", required=True)
    ca = csub.add_parser("add", help="add an account (password from the terminal or stdin)")
    ca.add_argument("name")
    ca.add_argument("--role", choices=["counsellor", "supervisor"], default="counsellor")
    for action, text in (("disable", "disable an account"), ("reset-2fa", "make the account enrol again")):
        ap = csub.add_parser(action, help=text)
        ap.add_argument("name")
    c.set_defaults(module="bot.commands.counsellor", func="run")

    st = sub.add_parser("stats", help="the yearly figures (aggregates only; small cells hidden)")
    st.add_argument("--config", help="TOML configuration file")
    st.add_argument("--data-dir")
    st.add_argument("--year", type=int, required=True)
    st.add_argument("--format", choices=["table", "csv", "json"], default="table")
    st.set_defaults(module="bot.commands.stats", func="run")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    module = importlib.import_module(args.module)
    return int(getattr(module, args.func)(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

"""An analysis worker: `python -m bot.analysis_worker`, started by bot/analysis_pool.py.

Reads requests from stdin and writes answers to stdout, each a 4-byte big-endian length and a
marshal'd tuple: request (id, text, lang) -> answer (id, True, encoded Analysis) or (id, False,
name of the error). Never writes a text or an error message anywhere else: an exception's message
may quote the text it failed on, so only its type's name leaves this process.
"""
from __future__ import annotations

import marshal
import struct
import sys
from typing import BinaryIO

from bot.analysis import analyse, encode

HEADER = struct.Struct(">I")


def read_frame(stream: BinaryIO) -> bytes | None:
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None  # the service closed the pipe: time to go
    (size,) = HEADER.unpack(head)
    body = stream.read(size)
    return body if len(body) == size else None


def frame(values: object) -> bytes:
    body = marshal.dumps(values)
    return HEADER.pack(len(body)) + body


def serve(inp: BinaryIO, out: BinaryIO) -> None:
    analyse("warm", "nl")  # compile every pattern before the first writer waits for it
    out.write(frame(("ready",)))
    out.flush()
    while (body := read_frame(inp)) is not None:
        req_id, text, lang = marshal.loads(body)  # noqa: S302 - from the service that started us
        try:
            answer: tuple[object, ...] = (req_id, True, encode(analyse(text, lang)))
        except Exception as exc:  # reported by type only; the service analyses it itself
            answer = (req_id, False, type(exc).__name__)
        out.write(frame(answer))
        out.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)

#!/usr/bin/env python3
# Copyright (c) 2026 The juspay-sansio authors
# Distributed under the Boost Software License, Version 1.0 (see LICENSE).
"""Writes seed inputs for fuzz/response_reader.cpp into the directory argv[1].

The golden response bodies (tests/golden/responses/*.json) wrapped as HTTP/1.1 responses, with
Content-Length and chunked, alone and pipelined, in the target's input layout: mode byte,
limits byte, u16 header_bytes, u16 body_bytes, cut count, u16 cuts, [u16 + byte in mode 3],
then the stream (mode 0) or the builder's choices (modes 1-3).
"""
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "tests", "golden")
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}


def layout(mode, stream, cuts=(), pick=255, header=0, body=0, flip=None):
    out = bytes([mode, pick]) + struct.pack(">HH", header, body) + bytes([len(cuts)])
    out += b"".join(struct.pack(">H", c & 0xFFFF) for c in cuts)
    if mode == 3:
        at, x = flip or (0, 1)
        out += struct.pack(">H", at) + bytes([x])
    return out + stream


def with_length(status, body, extra=b""):
    return (b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nx-request-id: req-1\r\n%s"
            b"Content-Length: %d\r\n\r\n" % (status, REASONS.get(status, "OK").encode(), extra, len(body))) + body


def chunked(status, body, sizes=(7, 64), trailer=b""):
    out = (b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
           % (status, REASONS.get(status, "OK").encode()))
    at, i = 0, 0
    while at < len(body):
        n = min(sizes[i % len(sizes)], len(body) - at)
        ext = b";ext=1" if i == 1 else b""
        out += b"%x%s\r\n" % (n, ext) + body[at:at + n] + b"\r\n"
        at, i = at + n, i + 1
    return out + b"0\r\n" + trailer + b"\r\n"


def main():
    dest = sys.argv[1]
    os.makedirs(dest, exist_ok=True)
    seeds = {}
    rdir = os.path.join(GOLDEN, "responses")
    bodies = []
    for name in sorted(os.listdir(rdir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(rdir, name), "rb") as f:
            body = f.read()
        prefix = name.split("_")[0]
        status = int(prefix) if prefix.isdigit() else (401 if "401" in name else 200)
        bodies.append((status, body))
        base = name[:-5]
        s = with_length(status, body)
        seeds["len-" + base] = layout(0, s, cuts=(5, 40, len(s) - 3))
        c = chunked(status, body, trailer=b"x-response-id: r1\r\n" if status == 200 else b"")
        seeds["chunked-" + base] = layout(0, c, cuts=(17, 60, len(c) - 4))
    # Pipelined, interim, close-delimited, HTTP/1.0, small limits.
    (s0, b0), (s1, b1) = bodies[0], bodies[-1]
    two = with_length(s0, b0) + chunked(s1, b1, sizes=(1, 3, 200))
    seeds["pipelined"] = layout(0, two, cuts=(len(two) // 2,))
    seeds["interim"] = layout(0, b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                              + with_length(s1, b1))
    seeds["close-delimited"] = layout(0, b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + b1)
    seeds["http10"] = layout(0, b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}"
                             b"HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n")
    seeds["small-limits"] = layout(0, two, pick=0, header=200, body=300)
    seeds["too-many-lengths"] = layout(0, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}")
    seeds["bad-encoding"] = layout(0, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
    with open(os.path.join(GOLDEN, "get_customer.http"), "rb") as f:
        seeds["a-request"] = layout(0, f.read())
    # The builder's choices: arbitrary bytes make well-formed responses.
    rng = random.Random(1)
    for i in range(12):
        mode = 1 + i % 3
        choices = bytes(rng.randrange(256) for _ in range(rng.randrange(40, 400)))
        seeds["built-%02d" % i] = layout(mode, choices, cuts=(rng.randrange(300), rng.randrange(300)),
                                         pick=rng.randrange(256), header=rng.randrange(65536),
                                         body=rng.randrange(65536), flip=(rng.randrange(500), 0x20))
    for name, data in seeds.items():
        with open(os.path.join(dest, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()

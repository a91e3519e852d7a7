#!/usr/bin/env python3
# Copyright (c) 2026 The juspay-sansio authors
# Distributed under the Boost Software License, Version 1.0 (see LICENSE).
"""Writes seed inputs for fuzz/money_timestamp.cpp into the directory argv[1].

Valid and invalid amounts and timestamps (the range edges of time_point included), in the
target's input layout: a mode byte, then raw text (mode 0), the builder's choices (modes 3-5),
eight big-endian bytes for from_minor_units (mode 6) or a built date prefix's choices and raw
text (mode 7).
"""
import os
import random
import struct
import sys

AMOUNTS = [
    "0", "1", "1.0", "1.00", "1.5", "-2.5", "-0.25", "0.1", "100", "199.99", "-0", "-0.00", "007.10",
    "92233720368547758.07", "92233720368547758.08", "-92233720368547758.08", "-92233720368547758.09",
    "9223372036854775807", "99999999999999999999999", "1.", ".5", "1e2", " 1", "1 ", "+1", "--1", "1.234",
    "1.2.3", "-", "", "0x10", "1,000.00", "１",
]
TIMESTAMPS = [
    "2023-06-06T13:28:20Z", "2020-03-17T14:13:37Z", "2020-03-17T14:13:37.123Z", "2020-03-17T14:13:37.123456789Z",
    "2020-03-17T14:13:37.1234567890Z", "2020-03-17T14:13:37.Z", "2020-03-17t14:13:37z",
    "2020-03-17T19:43:37+05:30", "2020-03-17T19:43:37+0530", "2020-03-17T08:43:37-05:30", "2020-03-17T14:13:37-00:00",
    "2020-03-17T14:13:37+24:00", "2020-03-17T14:13:37+05:60", "2020-03-17T14:13:37", "2020-03-17 14:13:37Z",
    "2020-02-29T00:00:00Z", "2021-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z",
    "2020-04-31T00:00:00Z", "2020-13-01T00:00:00Z", "2020-00-01T00:00:00Z", "2020-01-00T00:00:00Z",
    "2020-01-01T24:00:00Z", "2020-01-01T23:60:00Z", "2016-12-31T23:59:60Z", "1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59.999999999Z", "1677-09-21T00:12:43.145224192Z", "1677-09-21T00:12:43.145224191Z",
    "2262-04-11T23:47:16.854775807Z", "2262-04-11T23:47:16.854775808Z", "2262-04-12T05:17:16.854775807+05:30",
    "1677-09-20T18:42:43.145224192-05:30", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2020-03-17T14:13:37Zx",
    "2020-03-17T14:13:37+05", "2020-03-17T14:13:37+05:3", "20200317T141337Z",
]


def main():
    dest = sys.argv[1]
    os.makedirs(dest, exist_ok=True)
    seeds = {}
    for i, a in enumerate(AMOUNTS):
        seeds["amount-%02d" % i] = b"\x00" + a.encode()
    for i, t in enumerate(TIMESTAMPS):
        seeds["timestamp-%02d" % i] = b"\x00" + t.encode()
    for i, x in enumerate([-2**63, 2**63 - 1, 0, 150, -150, 1, -1, 99, 10**18]):
        seeds["minor-%02d" % i] = b"\x06\xff" + struct.pack(">q", x)
    rng = random.Random(1)
    for i in range(8):
        seeds["built-amount-%d" % i] = b"\x03" + bytes(rng.randrange(256) for _ in range(30))
        seeds["built-timestamp-%d" % i] = b"\x04" + bytes(rng.randrange(256) for _ in range(30))
        seeds["built-prefix-%d" % i] = b"\x07" + bytes(rng.randrange(256) for _ in range(10)) + b".5+05:30"
    for name, data in seeds.items():
        with open(os.path.join(dest, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()

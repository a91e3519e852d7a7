#!/usr/bin/env python3
"""Writes parse_response seeds into DIR (argv[1]): every answer in tests/golden/responses, for
every operation, with the status its name starts with (200 otherwise), in the target's layout:
[operation][status choice][header count][body]."""
import os
import pathlib
import sys

STATUSES = [200, 201, 202, 204, 299, 400, 401, 403, 404, 408, 409, 422, 429, 499,
            500, 502, 503, 504, 599, 100, 101, 199, 301, 304, 0, -1, 600, 999]

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
golden = pathlib.Path(__file__).resolve().parents[2] / "tests" / "golden" / "responses"
for f in sorted(golden.iterdir()):
    prefix = f.name.split("_")[0]
    status = int(prefix) if prefix.isdigit() else 200
    body = f.read_bytes()
    for op in range(9):
        (out / f"{f.stem}-op{op}").write_bytes(bytes([op, STATUSES.index(status), 0]) + body)
# An empty delete answer, and a 429 with Retry-After and ids.
(out / "delete-empty").write_bytes(bytes([8, 0, 0]))
hdr = b"\x03" + bytes([2]) + b"\x02" + b"30" + bytes([0]) + b"\x05" + b"req_1" + bytes([1]) + b"\x05" + b"rsp_1"
(out / "429-headers").write_bytes(bytes([0, STATUSES.index(429)]) + hdr + b"{}")

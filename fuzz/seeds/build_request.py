#!/usr/bin/env python3
"""Writes build_request seeds into DIR (argv[1]): every operation with a few flag sets, its
choices filled with one repeated byte (the target draws every field from these choices, so a
fill of 0x80 and up draws each field whole and unspoiled)."""
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for op in range(8):
    for flags in (0x00, 0x28, 0x3c, 0x12):
        for fill in (0x40, 0x80, 0xc3, 0xff):
            (out / f"op{op}-flags{flags:02x}-fill{fill:02x}").write_bytes(bytes([op, flags]) + bytes([fill]) * 300)

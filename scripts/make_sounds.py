#!/usr/bin/env python3
"""Generate the app's notification sounds into resources/sounds/.

Standard library only (wave, math, struct), deterministic output, so the
committed WAV files can be re-created byte for byte:

    python3 scripts/make_sounds.py

arrival.wav  ~0.6 s soft two-tone "ding-dong" chime (E5 then C5)
alert.wav    ~0.8 s three short, slightly more urgent beeps (A5)
order.wav    ~0.5 s light rising "ting-ting" (G5 then C6): a new drink order at the bar

Format: 44.1 kHz, 16-bit signed little-endian PCM, mono.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def bell_tone(freq: float, duration: float, *, attack: float = 0.012,
              decay: float = 5.0) -> list[float]:
    """A soft bell-like tone: fundamental + gentle overtones, smooth attack,
    exponential decay and a short cosine fade at the very end (no clicks)."""
    n = int(duration * RATE)
    fade = int(0.03 * RATE)
    partials = ((1.0, 1.0), (2.0, 0.28), (3.0, 0.08), (4.2, 0.03))
    norm = sum(a for _, a in partials)
    out = []
    for i in range(n):
        t = i / RATE
        env = math.exp(-decay * t)
        if t < attack:  # raised-cosine attack
            env *= 0.5 - 0.5 * math.cos(math.pi * t / attack)
        if i >= n - fade:  # raised-cosine release to exactly zero
            env *= 0.5 - 0.5 * math.cos(math.pi * (n - i) / fade)
        s = sum(a * math.sin(2 * math.pi * freq * k * t) for k, a in partials)
        out.append(env * s / norm)
    return out


def beep(freq: float, duration: float, *, ramp: float = 0.008) -> list[float]:
    """A short beep with a flat body and short raised-cosine edges."""
    n = int(duration * RATE)
    r = int(ramp * RATE)
    out = []
    for i in range(n):
        t = i / RATE
        env = 1.0
        if i < r:
            env = 0.5 - 0.5 * math.cos(math.pi * i / r)
        elif i >= n - r:
            env = 0.5 - 0.5 * math.cos(math.pi * (n - i) / r)
        # a touch of second harmonic makes it cut through without being harsh
        s = 0.85 * math.sin(2 * math.pi * freq * t) + 0.15 * math.sin(4 * math.pi * freq * t)
        out.append(env * s)
    return out


def mix(total: float, *parts: tuple[float, list[float]]) -> list[float]:
    """Place each (start_seconds, samples) into a buffer of `total` seconds."""
    buf = [0.0] * int(total * RATE)
    for start, samples in parts:
        off = int(start * RATE)
        for i, s in enumerate(samples):
            if off + i < len(buf):
                buf[off + i] += s
    return buf


def write_wav(path: Path, samples: list[float], peak: float) -> None:
    """Normalise to `peak` (0..1 of full scale) and write 16-bit mono PCM."""
    top = max(abs(s) for s in samples) or 1.0
    scale = peak * 32767 / top
    frames = b"".join(struct.pack("<h", round(s * scale)) for s in samples)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    print(f"wrote {path} ({len(samples) / RATE:.2f} s)")


def arrival() -> list[float]:
    # "ding" (E5) then "dong" (C5), overlapping slightly like a door chime.
    return mix(
        0.6,
        (0.0, bell_tone(659.25, 0.32, decay=6.0)),
        (0.22, bell_tone(523.25, 0.38, decay=5.0)),
    )


def alert() -> list[float]:
    # three 0.16 s beeps of A5, 0.1 s apart, then a little tail of silence.
    b = beep(880.0, 0.16)
    return mix(0.8, (0.02, b), (0.28, b), (0.54, b))


def order() -> list[float]:
    # two quick, light bell notes rising (G5, C6): unlike the arrival's falling ding-dong.
    return mix(
        0.5,
        (0.0, bell_tone(783.99, 0.2, decay=9.0)),
        (0.12, bell_tone(1046.5, 0.36, decay=7.0)),
    )


def main() -> int:
    write_wav(OUT_DIR / "arrival.wav", arrival(), peak=0.55)
    write_wav(OUT_DIR / "alert.wav", alert(), peak=0.5)
    write_wav(OUT_DIR / "order.wav", order(), peak=0.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

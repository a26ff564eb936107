"""``python -m tools.sounds``: write the session's short sound cues to resources/sounds.

Each cue is a few soft sine notes (A4 440 Hz, E5 660 Hz, A5 880 Hz) with a quick fade in
and a bell-like fade out, so none of them clicks or startles: 16-bit mono, 44.1 kHz,
under 0.6 s, peaks at about -8 dBFS. Pure Python (no Qt, no numpy); the WAV files it
writes are committed.

python -m tools.sounds            # (re)write resources/sounds/*.wav
python -m tools.sounds --check    # exit 1 if a committed file differs from what this makes
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
RATE = 44_100
PEAK = 0.4
"""The loudest sample of the loudest cue, as a fraction of full scale (about -8 dBFS)."""
MAX_SECONDS = 0.6
ATTACK_S = 0.008
RELEASE_S = 0.03


@dataclass(frozen=True)
class Note:
    start_s: float
    hz: float
    length_s: float
    level: float = 1.0


A4, E5, A5 = 440.0, 660.0, 880.0

CUES: dict[str, tuple[tuple[Note, ...], float]] = {
    # name: (notes, loudness relative to PEAK)
    "get-ready": ((Note(0.0, A4, 0.22), Note(0.2, E5, 0.3)), 0.9),  # rising pair
    "start": ((Note(0.0, A5, 0.32),), 1.0),  # one bright note
    "halfway": ((Note(0.0, E5, 0.16), Note(0.2, E5, 0.2)), 0.6),  # two quiet taps
    "countdown": ((Note(0.0, A4, 0.13),), 0.75),  # a short low tick for 3, 2, 1
    "switch-side": ((Note(0.0, E5, 0.16), Note(0.16, A4, 0.16), Note(0.32, E5, 0.24)), 0.9),
    "rest": ((Note(0.0, E5, 0.26), Note(0.22, A4, 0.36)), 0.8),  # falling pair
    "done": ((Note(0.0, A4, 0.18), Note(0.15, E5, 0.18), Note(0.3, A5, 0.28)), 0.9),
    "rate": ((Note(0.0, A5, 0.14), Note(0.18, A5, 0.24)), 0.9),  # two high knocks
    "finished": (
        (Note(0.0, A4, 0.58), Note(0.06, E5, 0.52), Note(0.12, A5, 0.46, 0.8)),
        1.0,
    ),  # a gentle chord, arpeggiated
}
"""Every cue the session plays, one WAV file each (``<name>.wav``)."""


def _envelope(t: float, length: float) -> float:
    """Fade in over ATTACK_S, decay like a soft bell, fade to silence over RELEASE_S."""
    if t < 0 or t >= length:
        return 0.0
    attack = min(1.0, t / ATTACK_S)
    decay = math.exp(-3.0 * t / length)
    release = min(1.0, (length - t) / RELEASE_S)
    # raised-cosine edges: no corner in the waveform, so no click
    return (
        (0.5 - 0.5 * math.cos(math.pi * attack)) * decay * (0.5 - 0.5 * math.cos(math.pi * release))
    )


def samples(name: str) -> list[int]:
    """The cue's 16-bit samples."""
    notes, loudness = CUES[name]
    length = max(n.start_s + n.length_s for n in notes)
    count = round(length * RATE)
    mix = [0.0] * count
    for note in notes:
        first = round(note.start_s * RATE)
        for i in range(round(note.length_s * RATE)):
            if first + i >= count:
                break
            t = i / RATE
            phase = 2 * math.pi * note.hz * t
            # a faint octave above keeps low notes audible on small laptop speakers
            wave_value = math.sin(phase) + 0.12 * math.sin(2 * phase)
            mix[first + i] += note.level * _envelope(t, note.length_s) * wave_value
    top = max(abs(v) for v in mix) or 1.0
    scale = PEAK * loudness * 32767 / top
    return [round(v * scale) for v in mix]


def wav_bytes(name: str) -> bytes:
    data = samples(name)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(data)}h", *data))
    return buffer.getvalue()


def read_samples(path: Path) -> tuple[list[int], tuple[int, int, int]]:
    """A 16-bit WAV file's samples and its (channels, sample width, rate)."""
    with wave.open(str(path), "rb") as source:
        shape = (source.getnchannels(), source.getsampwidth(), source.getframerate())
        raw = source.readframes(source.getnframes())
    return list(struct.unpack(f"<{len(raw) // 2}h", raw)), shape


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in CUES:
        path = folder / f"{name}.wav"
        path.write_bytes(wav_bytes(name))
        written.append(path)
    return written


def stale(folder: Path) -> list[str]:
    """Cues whose committed file is missing or differs (by more than one step per sample,
    so a different libm's last-bit rounding does not count)."""
    found = []
    for name in CUES:
        path = folder / f"{name}.wav"
        if not path.is_file():
            found.append(name)
            continue
        committed, shape = read_samples(path)
        fresh = samples(name)
        same_shape = shape == (1, 2, RATE) and len(committed) == len(fresh)
        if not same_shape or any(abs(a - b) > 1 for a, b in zip(committed, fresh, strict=True)):
            found.append(name)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.sounds",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--folder", type=Path, default=PROJECT / "resources" / "sounds", help="where to write"
    )
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        different = stale(args.folder)
        for name in different:
            print(f"stale or missing: {name}.wav", file=sys.stderr)
        return 1 if different else 0
    for path in write_all(args.folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

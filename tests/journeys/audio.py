"""Reading a recording of the sound server's output: tones at known pitches, and speech.

The app's tones are near-pure: the countdown at 440 Hz, "start" at 880 Hz (the files in
resources/sounds). espeak-ng's voice spreads its energy over many frequencies instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16_000
FRAME = 640  # 40 ms


@dataclass
class Heard:
    tone_frames: dict[int, int]  # pitch (Hz) -> frames dominated by it
    speech_frames: int
    loud_frames: int

    def seconds(self, frames: int) -> float:
        return frames * FRAME / RATE


def analyse(raw: Path, pitches: tuple[int, ...] = (440, 880)) -> Heard:
    samples = np.frombuffer(raw.read_bytes(), dtype="<i2").astype(np.float64)
    frames = samples[: len(samples) // FRAME * FRAME].reshape(-1, FRAME)
    loud = np.sqrt((frames**2).mean(axis=1)) > 200  # about -44 dBFS
    spectrum = np.abs(np.fft.rfft(frames * np.hanning(FRAME), axis=1)) ** 2
    freqs = np.fft.rfftfreq(FRAME, 1 / RATE)
    total = spectrum.sum(axis=1) + 1e-9
    tone_frames, tonal = {}, np.zeros(len(frames), dtype=bool)
    for pitch in pitches:
        band = (freqs > pitch - 40) & (freqs < pitch + 40)
        share = spectrum[:, band].sum(axis=1) / total
        hits = loud & (share > 0.6)
        tone_frames[pitch] = int(hits.sum())
        tonal |= share > 0.3
    # Speech: loud, not one of our tones, energy spread over 300-3400 Hz.
    voice_band = (freqs > 300) & (freqs < 3400)
    spread = (spectrum[:, voice_band] > spectrum.max(axis=1, keepdims=True) * 0.05).sum(axis=1)
    speech = loud & ~tonal & (spread >= 6)
    return Heard(tone_frames, int(speech.sum()), int(loud.sum()))

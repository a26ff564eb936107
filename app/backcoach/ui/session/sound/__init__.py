"""Sounds and spoken prompts for the guided session, split by job.

``cues`` decides what each engine cue sounds like (a tone, or words); ``settings`` reads
the user's choices; ``devices`` asks what this machine has; ``qt_tones``, ``qt_voice``
and ``spd_say`` are the audio back ends; ``player`` (``SessionSound``) listens to the
engine and plays through them. Nothing here may break a session: QtMultimedia and
QtTextToSpeech are imported only when a session starts, and a missing module, audio
device or speech engine just means fewer sounds (logged once at info level).
"""

"""The sessions table: a session's record as it happens, and reading them back.

Every pain rating, finished exercise and flare is added to the running session the moment
it is given (``SessionRecorder`` calls these), so a crash loses nothing. An ended session
never changes in place (carrying on with one ended early puts a fresh copy in its place:
``reopen``); ``delete`` and ``save`` of the same record are the record list's delete and
undo.

After a quick start the store may hold only recent months (``start_cache``): every change
calls ``ensure_full`` before taking the lock, and so does every read of a period older
than ``partial.sessions_from`` (the check-in and activity tables do the same). A new
reader of older history must too; ``tests/storage/test_start_cache.py`` checks the ones
here against the whole file.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from backcoach.storage.database import (
    Change,
    Database,
    Document,
    check_json,
    json_copy,
    replace_with,
    session_sealed,
)
from backcoach.storage.file_format import encode_time
from backcoach.storage.gc_pause import paused_gc
from backcoach.storage.writer import Ticket

if TYPE_CHECKING:
    from backcoach.domain.progress_history import SessionSummary
    from backcoach.domain.records import ExerciseResult, Flare, Rating, SessionRecord

# ``codec`` and the domain records are imported where a session is read or written, not
# with the store: a first run's start never does either before its window is usable, and
# they are ~10 ms of dataclasses to import (docs/decisions/008-speed.md, "17a").

TABLE = "sessions"
_BEGUN = itemgetter(1)


class SessionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        # Ended sessions never change: each is decoded once (by document identity).
        self._decoded: dict[str, tuple[Document, SessionRecord]] = {}
        self._summaries: dict[str, tuple[Document, datetime, SessionSummary]] = {}
        db.on_install(self._decoded.clear)
        db.on_install(self._summaries.clear)

    # -- writing -------------------------------------------------------------------------

    def start(
        self, routine_id: str | None, routine_name: str, *, started_at: datetime | None = None
    ) -> str:
        """Record a new running session and return its id (durable with the next save).

        ``started_at`` (default: now) is the user's local time; its offset is kept so the
        session stays on the user's day after travel or a daylight-saving change.
        """
        local = started_at if started_at is not None else self._db.now()
        offset = local.utcoffset()
        if offset is None:
            raise ValueError("started_at must have a time zone (the user's local offset)")
        from backcoach.domain.records import SessionRecord, new_id

        record = SessionRecord(
            id=new_id(),
            started_at=local,
            utc_offset_min=int(offset.total_seconds() // 60),
            routine_id=routine_id,
            routine_name=routine_name,
        )
        self.save(record)
        return record.id

    def save(self, record: SessionRecord) -> Ticket:
        """Store a whole session (new, or replacing a running one with the same id)."""
        from backcoach.storage import codec

        doc = codec.encode_session(record)
        db = self._db
        db.ensure_full()
        with db.lock:
            db.check_open()
            doc_id = db.find(TABLE, record.id)
            if doc_id is None:
                db.insert(TABLE, doc)
            else:
                check_json(doc)
                self._change_running(doc_id, replace_with(doc))
            return db.ticket()

    def append_rating(self, session_id: str, rating: Rating) -> Ticket:
        """Add a pain rating to a running session (the moment it is given)."""
        from backcoach.domain.records import Rating
        from backcoach.storage import codec

        if not isinstance(rating, Rating):
            raise TypeError(f"expected a Rating, got {rating!r}")
        doc = codec.encode_rating(rating)
        check_json(doc)
        return self._update(session_id, lambda d: d["ratings"].append(doc))

    def finish_exercise(self, session_id: str, result: ExerciseResult) -> Ticket:
        from backcoach.domain.records import ExerciseResult
        from backcoach.storage import codec

        if not isinstance(result, ExerciseResult):
            raise TypeError(f"expected an ExerciseResult, got {result!r}")
        doc = codec.encode_exercise(result)
        check_json(doc)
        return self._update(session_id, lambda d: d["exercises"].append(doc))

    def record_flare(self, session_id: str, flare: Flare) -> Ticket:
        from backcoach.domain.records import Flare
        from backcoach.storage import codec

        if not isinstance(flare, Flare):
            raise TypeError(f"expected a Flare, got {flare!r}")
        doc = codec.encode_flare(flare)
        check_json(doc)
        return self._update(session_id, lambda d: d["flares"].append(doc))

    def end(
        self, session_id: str, ended_early: bool = False, *, ended_at: datetime | None = None
    ) -> Ticket:
        """Close a running session (also one left running by a crash: pass its last time)."""
        when = ended_at if ended_at is not None else self._db.now()
        if when.utcoffset() is None:
            raise ValueError("ended_at must have a time zone")
        end_text = encode_time(when.astimezone(UTC))

        def finish(doc: MutableMapping[str, Any]) -> None:
            doc["ended_at"] = end_text
            doc["ended_early"] = bool(ended_early)

        return self._update(session_id, finish)

    def reopen(self, session_id: str) -> Ticket:
        """Make a session ended early running again, to carry on with it (a few minutes
        later, after an end by mistake): what it holds stays, later ratings and exercises
        are added to it, and ``end`` closes it again. One session, not two.

        The stored document is replaced by a fresh one, never changed in place: the
        serialiser's and the decoder's caches know ended documents by identity.
        """
        db = self._db
        db.ensure_full()
        with db.lock:
            db.check_open()
            doc_id = self._find(session_id)
            old = db.documents(TABLE)[str(doc_id)]
            if old["ended_at"] is None:
                raise ValueError(f"the session {session_id} is still running")
            if not old.get("ended_early"):
                raise ValueError(f"the session {session_id} was finished, not ended early")
            doc = json_copy(old)
            doc["ended_at"] = None
            doc["ended_early"] = False
            self._forget(str(doc_id))
            db.replace(TABLE, doc_id, doc)
            return db.ticket()

    def delete(self, session_id: str) -> Ticket:
        """Remove an ended session (one logged by mistake). ``save`` with the same record
        puts it back (the undo). A running session cannot be deleted: the session screen
        is still writing to it."""
        db = self._db
        db.ensure_full()
        with db.lock:
            db.check_open()
            doc_id = self._find(session_id)
            if db.documents(TABLE)[str(doc_id)]["ended_at"] is None:
                raise ValueError(f"the session {session_id} is still running")
            self._forget(str(doc_id))
            db.remove(TABLE, session_id)
            return db.ticket()

    def _update(self, session_id: str, change: Change) -> Ticket:
        db = self._db
        db.ensure_full()
        with db.lock:
            db.check_open()
            self._change_running(self._find(session_id), change)
            return db.ticket()

    def _find(self, session_id: str) -> int:
        doc_id = self._db.find(TABLE, session_id)
        if doc_id is None:
            raise KeyError(f"no session with id {session_id!r}")
        return doc_id

    def _change_running(self, doc_id: int, change: Change) -> None:
        doc = self._db.documents(TABLE)[str(doc_id)]
        if doc["ended_at"] is not None:
            raise ValueError(f"the session {doc['id']} has ended and can no longer change")
        self._db.update(TABLE, doc_id, change)

    # -- reading -------------------------------------------------------------------------

    def _decode(self, doc_id: str, doc: Document) -> SessionRecord:
        cached = self._decoded.get(doc_id)
        if cached is not None and cached[0] is doc:
            return cached[1]
        from backcoach.storage.codec import decode_stored_session  # only on a cache miss

        record = decode_stored_session(doc)
        if session_sealed(doc):  # ended sessions never change: decode once
            self._decoded[doc_id] = (doc, record)
        return record

    def get(self, session_id: str) -> SessionRecord:
        """The session with this id (KeyError if there is none)."""
        with self._db.lock:
            found = self._db.find(TABLE, session_id)
            if found is not None:
                doc_id = str(found)
                return self._decode(doc_id, self._db.documents(TABLE)[doc_id])
            partial = self._db.partial is not None
        if partial:  # an older session than the start cache holds
            self._db.ensure_full()
        with self._db.lock:
            doc_id = str(self._find(session_id))
            return self._decode(doc_id, self._db.documents(TABLE)[doc_id])

    def between(self, start: date, end: date) -> list[SessionRecord]:
        """Sessions whose local day (the user's calendar) is within start..end, inclusive."""
        found = []
        # The stored time's date is within two days of the local day whatever its offsets:
        # comparing text first spares parsing ten years of times (Home asks four times).
        low, high = (start - timedelta(days=2)).isoformat(), (end + timedelta(days=2)).isoformat()
        partial = self._db.partial
        if partial is not None and low < partial.sessions_from:
            self._db.ensure_full()  # older than the start cache holds
        with self._db.lock, paused_gc():
            for doc_id, doc in self._db.documents(TABLE).items():
                if not low <= doc["started_at"][:10] <= high:
                    continue
                begun = datetime.fromisoformat(doc["started_at"])
                day = (begun + timedelta(minutes=doc["utc_offset_min"])).date()
                if start <= day <= end:
                    found.append(self._decode(doc_id, doc))
        found.sort(key=lambda s: s.started_at)
        return found

    def all(self) -> list[SessionRecord]:
        """Every session, oldest first (~0.2 s the first time with ten years; then cached)."""
        self._db.ensure_full()
        with self._db.lock, paused_gc(keep=True):
            found = [self._decode(i, d) for i, d in self._db.documents(TABLE).items()]
        found.sort(key=lambda s: s.started_at)
        return found

    def summaries(self, start: date | None = None, end: date | None = None) -> list[SessionSummary]:
        """What Progress reads of the sessions whose local day is within start..end
        (open-ended where None), oldest first, made straight from the documents
        (``summary_codec.stored_session_summary``): ten years in ~0.05 s the first time, where
        decoding them into records took ~0.11 s before any progress sum. Kept for ended
        sessions like the decoded records, so the whole history's read reuses the first
        view's."""
        from backcoach.storage import summary_codec

        kept = self._summaries
        # Picked on their date text first, as in ``between``.
        low = (start - timedelta(days=2)).isoformat() if start is not None else ""
        high = (end + timedelta(days=2)).isoformat() if end is not None else "~"
        partial = self._db.partial
        if partial is not None and low < partial.sessions_from:
            self._db.ensure_full()  # older than the start cache holds
        with self._db.lock, paused_gc(keep=True):
            found = []
            for doc_id, doc in self._db.documents(TABLE).items():
                if not low <= doc["started_at"][:10] <= high:
                    continue
                cached = kept.get(doc_id)
                if cached is None or cached[0] is not doc:
                    begun, summary = summary_codec.stored_session_summary(doc)
                    cached = (doc, begun, summary)
                    if session_sealed(doc):
                        kept[doc_id] = cached
                day = cached[2].day
                if (start is None or start <= day) and (end is None or day <= end):
                    found.append(cached)
        found.sort(key=_BEGUN)
        return [c[2] for c in found]

    def _forget(self, doc_id: str) -> None:
        self._decoded.pop(doc_id, None)
        self._summaries.pop(doc_id, None)

    def count(self) -> int:
        with self._db.lock:
            partial = self._db.partial
            if partial is not None:  # opened from the start cache, which knows the count
                return partial.session_count
            return len(self._db.documents(TABLE))

    def running(self) -> list[SessionRecord]:
        """Sessions never ended, oldest first (normally none, or one after a crash; the
        start cache holds every one)."""
        with self._db.lock:
            found = [
                self._decode(i, d)
                for i, d in self._db.documents(TABLE).items()
                if d["ended_at"] is None
            ]
        found.sort(key=lambda s: s.started_at)
        return found

    def latest_running(self) -> SessionRecord | None:
        """The newest session never ended (e.g. after a crash), to offer resume or close."""
        running = self.running()
        return running[-1] if running else None

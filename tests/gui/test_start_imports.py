"""What a start imports before its window is usable (docs/decisions/008-speed.md, "17a").

Each module here costs milliseconds of dataclasses to import and is not used before the
window is usable, so a start must not import it: an import added at module level
somewhere (a type used in an annotation, a constant) silently brings it back.
"""

from __future__ import annotations

from pathlib import Path

from tests.gui.start_probe import run_probe

from backcoach.domain.onboarding import SETTING_KEY, OnboardingState
from backcoach.storage import Store

_AT_USABLE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["BACKCOACH_EXIT_AFTER_FIRST_PAINT"] = "1"
import backcoach.ui.application as application

def quit_when_usable(app):
    print("MODULES", " ".join(sorted(m for m in sys.modules if m.startswith("backcoach"))))
    app.quit()

application._usable_then_quit = quit_when_usable
from backcoach.cli import main
main(["--data-dir", sys.argv[1]])
"""

NOT_FOR_A_FIRST_RUN = {
    # reading a file: the cache, validation, bad records set aside
    "backcoach.storage.start_cache",
    "backcoach.storage.validate",
    "backcoach.storage.salvage",
    # decoding stored records (a first run has none)
    "backcoach.storage.codec",
    "backcoach.domain.records",
    "backcoach.domain.vocabulary",
    "backcoach.domain.function_scale",
    "backcoach.domain.progress_history",
    "backcoach.domain.progress_effects",
    "backcoach.services.function_scale",
}
NOT_FOR_A_RETURNING_START = {
    "backcoach.storage.salvage",  # an intact file has no bad records to set aside
    # Progress's history and "what helps" (Home's worse mornings need neither)
    "backcoach.domain.progress_history",
    "backcoach.domain.progress_effects",
    "backcoach.storage.summary_codec",
    # the session's safety screens: Home words its pain rule with ui/pain_words (17f)
    "backcoach.ui.session.safety_views",
    # the functional scale's rules: no round is stored, so Home has nothing to weigh
    "backcoach.domain.function_scale",
}


def _modules_at_usable(data_dir: Path) -> set[str]:
    return set(run_probe(_AT_USABLE, data_dir, "MODULES ").split())


def test_a_first_run_imports_no_record_decoding_before_it_is_usable(tmp_path: Path) -> None:
    modules = _modules_at_usable(tmp_path)
    assert "backcoach.ui.onboarding.onboarding_page" in modules  # the welcome was shown
    assert "backcoach.storage.store" in modules
    assert modules & NOT_FOR_A_FIRST_RUN == set()
    assert (tmp_path / "backcoach.json").exists()  # and its new file was saved


def test_a_returning_start_imports_neither_salvage_nor_progress_history(tmp_path: Path) -> None:
    store = Store.open(tmp_path).store
    store.settings.set(SETTING_KEY, OnboardingState(done=True, red_flags="none").to_dict())
    store.sessions.start(None, "Test")
    store.close()  # writes the start cache
    modules = _modules_at_usable(tmp_path)
    assert "backcoach.ui.home.home_page" in modules  # Home was shown
    assert "backcoach.storage.codec" in modules  # (it read the session)
    assert "backcoach.domain.session_pain" in modules  # (Home's worse mornings)
    assert modules & NOT_FOR_A_RETURNING_START == set()

"""Uncaught exceptions and Qt warnings: logged to a file, shown in plain words.

A crash dialog names the log file so Sam can send it to whoever helps them. In smoke-test
mode every exception and Qt critical message is counted so the run exits non-zero.
"""

from __future__ import annotations

import atexit
import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

log = logging.getLogger("backcoach")


class ErrorReporter:
    """Installs ``sys.excepthook`` and a Qt message handler; counts what went wrong."""

    def __init__(self, log_path: Path | None, *, interactive: bool) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self.failures: list[str] = []
        self._showing_dialog = False

    def install(self) -> None:
        sys.excepthook = self._excepthook
        qInstallMessageHandler(self._qt_message)
        # Whatever path leaves the app, the handler must go before Python shuts down:
        # Qt logs while it unloads plugins (TextToSpeech, always with QT_DEBUG_PLUGINS=1)
        # and a handler calling into a finalised interpreter ends in a segfault.
        atexit.register(self.uninstall)

    def uninstall(self) -> None:
        atexit.unregister(self.uninstall)
        sys.excepthook = sys.__excepthook__
        qInstallMessageHandler(None)

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        import traceback  # only when something went wrong

        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("Uncaught exception:\n%s", text)
        self.failures.append(f"{kind.__name__}: {error}")
        if self.interactive:
            self._show_dialog(error)
        else:
            sys.stderr.write(text)

    def _qt_message(self, kind: QtMsgType, context: object, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            log.error("Qt: %s", message)
            self.failures.append(f"Qt critical: {message}")
        elif kind == QtMsgType.QtWarningMsg:
            log.warning("Qt: %s", message)
        else:
            log.debug("Qt: %s", message)

    def _show_dialog(self, error: BaseException) -> None:
        if self._showing_dialog or QApplication.instance() is None:
            return
        # Imported when something went wrong: at module level PySide6 would build
        # QMessageBox and its enums at every start (~1.5 ms before the first paint).
        from PySide6.QtWidgets import QMessageBox

        self._showing_dialog = True
        try:
            where = (
                QApplication.translate("ErrorReporter", "The details were saved in:\n%s")
                % self.log_path
                if self.log_path
                else QApplication.translate(
                    "ErrorReporter", "The details could not be saved to a log file."
                )
            )
            box = QMessageBox(QMessageBox.Icon.Warning, "BackCoach", "")
            box.setText(
                QApplication.translate(
                    "ErrorReporter",
                    "Something went wrong inside BackCoach. Your saved data is safe.",
                )
            )
            box.setInformativeText(
                QApplication.translate(
                    "ErrorReporter",
                    "You can keep using the app. If this happens again, please send the "
                    "log file to whoever helps you with BackCoach.\n\n",
                )
                + where
            )
            box.setDetailedText(f"{type(error).__name__}: {error}")
            box.exec()
        finally:
            self._showing_dialog = False

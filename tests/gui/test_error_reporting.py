"""Uncaught exceptions are logged and counted; Qt critical messages fail a smoke test."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import qCritical, qWarning

from backcoach.ui.error_reporting import ErrorReporter


def test_uncaught_exception_is_logged_and_counted(qtbot, tmp_path, caplog) -> None:
    reporter = ErrorReporter(tmp_path / "backcoach.log", interactive=False)
    reporter.install()
    try:
        with caplog.at_level(logging.ERROR, logger="backcoach"):
            try:
                raise ValueError("boom")
            except ValueError:
                sys.excepthook(*sys.exc_info())
    finally:
        reporter.uninstall()
    assert reporter.failures == ["ValueError: boom"]
    assert "Uncaught exception" in caplog.text and "boom" in caplog.text


def test_qt_critical_counts_as_a_failure_but_warnings_do_not(qtbot, tmp_path) -> None:
    reporter = ErrorReporter(None, interactive=False)
    reporter.install()
    try:
        qWarning("just a warning")
        qCritical("something broke")
    finally:
        reporter.uninstall()
    assert reporter.failures == ["Qt critical: something broke"]

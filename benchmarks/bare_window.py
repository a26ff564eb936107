"""The baseline for startup_ratio: the smallest PySide6 window, timed to its first paint."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Window(QWidget):
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        print(f"first-paint {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv)
window = Window()
window.resize(1280, 800)
window.show()
app.exec()

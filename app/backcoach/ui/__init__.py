"""The screens: everything that needs Qt.

Importing this package tells PySide6's import hook what it would otherwise read every
module's source to find out (``qt_imports.skip_feature_scan``, ~20 ms of a start).
"""

from backcoach.ui.qt_imports import skip_feature_scan

skip_feature_scan()

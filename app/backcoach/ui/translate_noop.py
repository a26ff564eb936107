"""``QT_TRANSLATE_NOOP`` with its real type, for the screens' tables of English texts.

PySide6's type stub says it returns ``object``; it returns the text it is given, so the
tables are ``dict[str, str]`` to the type checker. Import it from here; lupdate still
finds the calls by their name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(
        context: str, source_text: str, disambiguation: str | None = None
    ) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]

"""A dose in words in the language in use (``Dose.describe`` speaks English only).

Here rather than in ``ui/domain_words.py`` because the clinician report (a service) writes
it too; the screens take it from there. The strings sit in the "Catalogue" context with
the screens' other catalogue words.
"""

from __future__ import annotations

from backcoach.domain.catalog import Dose
from backcoach.services.report_language import translate


def dose_words(value: Dose) -> str:
    """``Dose.describe`` in the language in use: '2 sets of 10 reps, each side, 30 s rest
    between sets'."""
    if value.reps is not None:
        if value.hold_s:
            work = translate("Catalogue", "%d reps (hold %d s each)") % (
                value.reps,
                value.hold_s,
            )
        else:
            work = translate("Catalogue", "%d reps") % value.reps
    else:
        work = translate("Catalogue", "a %d s hold") % (value.hold_s or 0)
    if value.sets == 1:
        text = translate("Catalogue", "1 set of %s") % work
    else:
        text = translate("Catalogue", "%d sets of %s") % (value.sets, work)
    if value.per_side:
        text = translate("Catalogue", "%s, each side") % text
    if value.sets > 1 and value.rest_s:
        text = translate("Catalogue", "%s, %d s rest between sets") % (
            text,
            value.rest_s,
        )
    return text

"""The starter plans shipped in ``resources/plans.toml``: parsed, checked and translated.

Starter plans are data written by us and loaded at start-up; they are never changed, so
an update of the app can improve a plan without fighting a user's edits.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from backcoach import toml_cache
from backcoach.domain.catalog import Catalogue
from backcoach.domain.content_overlay import Overlay, check_entries, read_overlay
from backcoach.domain.language import SOURCE
from backcoach.domain.routine_model import (
    DOSE_FIELDS,
    ID_PATTERN,
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    PLAN_DIRECTIONS,
    Routine,
    RoutineError,
    RoutineItem,
)
from backcoach.domain.routine_store import dose_to_dict, item_from_values

_PLAN_FIELDS = {"id", "name", "description", "direction", "items"}
_ITEM_FIELDS = {"exercise", *DOSE_FIELDS}


def parse_starter_plans(text: str, catalogue: Catalogue) -> list[Routine]:
    """Parse and check plans TOML: every field, every exercise id, every dose."""
    try:
        data = toml_cache.loads(text)
    except toml_cache.TomlError as error:
        raise RoutineError(f"the plans file is not valid TOML: {error}") from None
    tables = data.get("plan")
    if not isinstance(tables, list) or not tables:
        raise RoutineError("the plans file has no [[plan]] tables")
    plans = [_parse_plan(table, number, catalogue) for number, table in enumerate(tables, 1)]
    seen: set[str] = set()
    for plan in plans:
        if plan.id in seen:
            raise RoutineError(f"plan '{plan.id}', field 'id': used twice")
        seen.add(plan.id)
    return plans


def _parse_plan(table: Any, number: int, catalogue: Catalogue) -> Routine:
    if not isinstance(table, dict):
        raise RoutineError(f"plan #{number}: must be a table, got {table!r}")
    raw_id: Any = table.get("id")
    label = f"plan '{raw_id}'" if isinstance(raw_id, str) else f"plan #{number}"

    unknown = set(table) - _PLAN_FIELDS
    if unknown:
        raise RoutineError(f"{label}, field '{sorted(unknown)[0]}': is not a plan field")
    for name in sorted(_PLAN_FIELDS - {"items"}):
        value = table.get(name)
        if not isinstance(value, str) or not value.strip():
            raise RoutineError(f"{label}, field '{name}': must be non-empty text, got {value!r}")
    if not ID_PATTERN.match(raw_id):
        raise RoutineError(f"{label}, field 'id': must be lower-case words joined by '-'")
    if table["direction"] not in PLAN_DIRECTIONS:
        raise RoutineError(
            f"{label}, field 'direction': {table['direction']!r} is not one of "
            f"{', '.join(PLAN_DIRECTIONS)}"
        )
    if len(table["description"]) > MAX_DESCRIPTION_LENGTH:
        raise RoutineError(
            f"{label}, field 'description': at most {MAX_DESCRIPTION_LENGTH} characters fit"
        )

    raw_items = table.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise RoutineError(f"{label}, field 'items': must be a non-empty list of exercises")
    known = set(catalogue.ids())
    items: list[RoutineItem] = []
    for index, raw in enumerate(raw_items, start=1):
        where = f"{label}, item {index}"
        if not isinstance(raw, dict):
            raise RoutineError(f'{where}: must be a table like {{ exercise = "id" }}')
        extra = set(raw) - _ITEM_FIELDS
        if extra:
            raise RoutineError(f"{where}, field '{sorted(extra)[0]}': is not an item field")
        exercise_id = raw.get("exercise")
        if exercise_id not in known:
            raise RoutineError(
                f"{where}, field 'exercise': no exercise in the catalogue has id {exercise_id!r}"
            )
        if exercise_id in (item.exercise_id for item in items):
            raise RoutineError(f"{where}, field 'exercise': {exercise_id!r} is listed twice")
        default = dose_to_dict(catalogue.get(exercise_id).dose)
        items.append(item_from_values(exercise_id, {**default, **raw}, where))

    try:
        return Routine(
            id=raw_id,
            name=table["name"].strip(),
            items=tuple(items),
            source_plan=raw_id,
            is_starter=True,
            description=" ".join(table["description"].split()),
            direction=table["direction"],
        )
    except RoutineError as error:  # e.g. a name too long to show
        raise RoutineError(f"{label}: {error}") from None


def translate_plans(
    plans: list[Routine], overlay: dict[str, Any], language: str, file_name: str
) -> list[Routine]:
    """The plans with their name and description from ``overlay`` (a parsed
    ``plans.<lang>.toml``); RoutineError naming the file, plan, field and language."""
    check_entries(
        [plan.id for plan in plans],
        overlay,
        kind="plan",
        language=language,
        file_name=file_name,
        error=RoutineError,
    )
    translated = []
    for plan in plans:
        texts = Overlay(
            {"name": plan.name, "description": plan.description},
            overlay[plan.id],
            where=f"plan '{plan.id}'",
            language=language,
            file_name=file_name,
            error=RoutineError,
            max_lengths={"name": MAX_NAME_LENGTH, "description": MAX_DESCRIPTION_LENGTH},
        ).texts()
        translated.append(
            dataclasses.replace(
                plan,
                name=str(texts["name"]),
                description=" ".join(str(texts["description"]).split()),
            )
        )
    return translated


def load_starter_plans(
    catalogue: Catalogue, path: Path | None = None, *, language: str | None = None
) -> list[Routine]:
    """The starter plans shipped with the app (or in the file given), checked strictly,
    named and described in ``language`` (by default the catalogue's language)."""
    if path is None:
        from backcoach import resources

        path = resources.path("plans.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RoutineError(f"the plans file {path} cannot be read: {error}") from None
    plans = parse_starter_plans(text, catalogue)
    language = language or catalogue.language
    if language == SOURCE:
        return plans
    overlay, file_name = read_overlay(path, language, RoutineError)
    return translate_plans(plans, overlay, language, file_name)

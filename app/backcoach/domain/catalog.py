"""The exercise catalogue: the Exercise model and a strict loader for exercises.toml.

The catalogue is data written by people, so the loader checks every field and names the
exercise and the field in its error: a typo must fail loudly at start-up (and in tests),
never show up as a blank pane in front of a user. In another language the English file
still holds everything; ``exercises.<lang>.toml`` carries the words, checked as strictly
(``content_overlay``: every text, the same list lengths and placeholders).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from backcoach import toml_cache
from backcoach.domain.content_overlay import Overlay, check_entries, read_overlay
from backcoach.domain.language import SOURCE

GROUPS: dict[str, str] = {
    "extension-movement": "Extension movements",
    "anti-flexion": "Anti-flexion",
    "extension-through-range": "Extension through range",
    "flexion-movement": "Flexion movements",
    "anti-extension": "Anti-extension",
    "flexion-through-range": "Flexion through range",
    "rotation": "Rotation",
}
DIRECTIONS: dict[str, str] = {
    "extension": "Extension",
    "flexion": "Flexion",
    "rotation": "Rotation",
}
KINDS: dict[str, str] = {
    "movement": "Movement",
    "stability": "Stability",
    "strength": "Strength through range",
}
POSITIONS: dict[str, str] = {
    "lying": "Lying",
    "four-point": "On hands and knees",
    "sitting": "Sitting",
    "standing": "Standing",
}
EQUIPMENT: dict[str, str] = {
    "mat": "Mat",
    "wall": "Wall",
    "chair": "Chair",
    "weight": "Weight or bag",
    "bench": "Bench or sofa edge",
    "band": "Band or cable",
    "table": "Table or counter",
}

_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_CUE_LENGTH = 70


class CatalogueError(ValueError):
    """The catalogue file is unusable; the message says which exercise and field."""


@dataclass(frozen=True, slots=True)
class Dose:
    """How much of an exercise makes one go: a hold, reps, or reps each held briefly."""

    sets: int
    rest_s: int
    per_side: bool
    hold_s: int | None = None
    reps: int | None = None

    def describe(self) -> str:
        """Plain words, e.g. '2 sets of 10 reps, each side, 30 s rest'."""
        if self.reps is not None:
            work = f"{self.reps} reps"
            if self.hold_s:
                work += f" (hold {self.hold_s} s each)"
        else:
            work = f"a {self.hold_s} s hold"
        sets = "1 set" if self.sets == 1 else f"{self.sets} sets"
        text = f"{sets} of {work}"
        if self.per_side:
            text += ", each side"
        if self.sets > 1 and self.rest_s:
            text += f", {self.rest_s} s rest between sets"
        return text

    def estimated_seconds(self, seconds_per_rep: float = 4.0) -> int:
        """A rough duration for planning (work, sides and rests; no get-ready time)."""
        if self.reps is not None:
            one_set = self.reps * (seconds_per_rep + (self.hold_s or 0))
        else:
            one_set = float(self.hold_s or 0)
        sides = 2 if self.per_side else 1
        return round(one_set * sides * self.sets + self.rest_s * (self.sets - 1))


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    number: int
    name: str
    summary: str
    group: str
    direction: str
    kind: str
    position: str
    equipment: tuple[str, ...]
    dose: Dose
    cue: str
    steps: tuple[str, ...]
    progressions: tuple[str, ...]
    regressions: tuple[str, ...]
    cautions: tuple[str, ...]
    images: tuple[str, ...]
    variant_images: dict[str, tuple[str, ...]] = field(default_factory=dict)
    easier: str | None = None
    harder: str | None = None
    variant_of: str | None = None
    alternating: bool = False
    """Reps go left, right, left, … within each set (the article's alternating movements),
    rather than all on one side and then the other. Only with ``per_side`` reps."""

    def search_text(self) -> str:
        """Everything a person might type to find this exercise, lower-cased."""
        parts = [
            self.name,
            self.summary,
            self.cue,
            GROUPS[self.group],
            DIRECTIONS[self.direction],
            KINDS[self.kind],
            POSITIONS[self.position],
            *(EQUIPMENT[e] for e in self.equipment),
            *self.steps,
            *self.variant_images,
        ]
        return " ".join(parts).casefold()


@dataclass(frozen=True, slots=True)
class Catalogue:
    exercises: tuple[Exercise, ...]
    language: str = SOURCE
    """The language of the exercises' words (ids, doses and images are the same in all)."""

    def __len__(self) -> int:
        return len(self.exercises)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    def ids(self) -> list[str]:
        return [e.id for e in self.exercises]


class _Fields:
    """Typed access to one [[exercise]] table that reports errors by exercise and field."""

    def __init__(self, table: dict[str, Any], label: str) -> None:
        self.table = table
        self.label = label

    def fail(self, name: str, problem: str) -> CatalogueError:
        return CatalogueError(f"{self.label}, field '{name}': {problem}")

    def _get(self, name: str, required: bool) -> Any:
        if name not in self.table:
            if required:
                raise self.fail(name, "is missing")
            return None
        return self.table[name]

    def text(self, name: str, *, required: bool = True, max_length: int | None = None) -> Any:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, f"must be non-empty text, got {value!r}")
        if max_length is not None and len(value) > max_length:
            raise self.fail(name, f"is {len(value)} characters; at most {max_length} fit")
        return value.strip()

    def choice(self, name: str, allowed: Iterable[str]) -> str:
        value: str = self.text(name)
        allowed = list(allowed)
        if value not in allowed:
            raise self.fail(name, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def integer(self, name: str, *, required: bool = True, minimum: int = 0) -> Any:
        value = self._get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, f"must be a whole number, got {value!r}")
        if value < minimum:
            raise self.fail(name, f"must be at least {minimum}, got {value}")
        return value

    def boolean(self, name: str) -> bool:
        value = self._get(name, True)
        if not isinstance(value, bool):
            raise self.fail(name, f"must be true or false, got {value!r}")
        return value

    def text_list(
        self,
        name: str,
        *,
        minimum: int = 0,
        maximum: int | None = None,
        check: Callable[[str], str | None] | None = None,
    ) -> tuple[str, ...]:
        value = self._get(name, True)
        if not isinstance(value, list):
            raise self.fail(name, f"must be a list, got {value!r}")
        if len(value) < minimum or (maximum is not None and len(value) > maximum):
            wanted = f"{minimum}-{maximum}" if maximum is not None else f"at least {minimum}"
            raise self.fail(name, f"has {len(value)} entries; {wanted} expected")
        for index, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(name, f"entry {index} must be non-empty text, got {item!r}")
            problem = check(item) if check else None
            if problem:
                raise self.fail(name, f"entry {index} {problem}")
        return tuple(item.strip() for item in value)


def _image_checker(images_dir: Path | None) -> Callable[[str], str | None]:
    def check(name: str) -> str | None:
        if not name.endswith(".svg"):
            return f"({name!r}) must be an .svg file"
        if Path(name).is_absolute() or ".." in Path(name).parts:
            return f"({name!r}) must be a path inside resources/images"
        if images_dir is not None and not (images_dir / name).is_file():
            return f"({name!r}) does not exist in {images_dir}"
        return None

    return check


def _parse_exercise(table: Any, index: int, images_dir: Path | None) -> Exercise:
    if not isinstance(table, dict):
        raise CatalogueError(f"exercise #{index}: must be a table, got {table!r}")
    raw_id = table.get("id")
    label = f"exercise #{index} ({raw_id})" if isinstance(raw_id, str) else f"exercise #{index}"
    f = _Fields(table, label)

    exercise_id = f.text("id")
    if not _ID_PATTERN.match(exercise_id):
        raise f.fail("id", f"{exercise_id!r} must be lower-case words joined by '-'")

    hold_s = f.integer("hold_s", required=False, minimum=1)
    reps = f.integer("reps", required=False, minimum=1)
    if hold_s is None and reps is None:
        raise f.fail("hold_s", "is missing: give hold_s, reps, or both")
    dose = Dose(
        sets=f.integer("sets", minimum=1),
        rest_s=f.integer("rest_s", minimum=0),
        per_side=f.boolean("per_side"),
        hold_s=hold_s,
        reps=reps,
    )

    alternating = f.boolean("alternating") if "alternating" in table else False
    if alternating and not (dose.per_side and dose.reps is not None):
        raise f.fail("alternating", "needs per_side = true and reps: sides alternate each rep")

    check_image = _image_checker(images_dir)
    variant_images: dict[str, tuple[str, ...]] = {}
    raw_variants = table.get("variant_images", {})
    if not isinstance(raw_variants, dict):
        raise f.fail("variant_images", f"must be a table of label = [files], got {raw_variants!r}")
    for variant_label, frames in raw_variants.items():
        sub = _Fields({"frames": frames}, label)
        try:
            variant_images[variant_label] = sub.text_list("frames", minimum=1, check=check_image)
        except CatalogueError as error:
            raise f.fail(
                "variant_images", f"{variant_label!r}: {error}".replace("field 'frames': ", "")
            ) from None

    equipment = f.text_list(
        "equipment",
        check=lambda e: None if e in EQUIPMENT else f"{e!r} is not one of {', '.join(EQUIPMENT)}",
    )
    return Exercise(
        id=exercise_id,
        number=f.integer("number", minimum=1),
        name=f.text("name"),
        summary=f.text("summary"),
        group=f.choice("group", GROUPS),
        direction=f.choice("direction", DIRECTIONS),
        kind=f.choice("kind", KINDS),
        position=f.choice("position", POSITIONS),
        equipment=equipment,
        dose=dose,
        cue=f.text("cue", max_length=MAX_CUE_LENGTH),
        steps=f.text_list("steps", minimum=3, maximum=6),
        progressions=f.text_list("progressions"),
        regressions=f.text_list("regressions"),
        cautions=f.text_list("cautions"),
        images=f.text_list("images", minimum=1, check=check_image),
        variant_images=variant_images,
        easier=f.text("easier", required=False),
        harder=f.text("harder", required=False),
        variant_of=f.text("variant_of", required=False),
        alternating=alternating,
    )


def _check_links(exercises: list[Exercise]) -> None:
    ids = {e.id for e in exercises}
    for exercise in exercises:
        for name in ("easier", "harder", "variant_of"):
            target = getattr(exercise, name)
            if target is None:
                continue
            if target == exercise.id:
                raise CatalogueError(f"exercise '{exercise.id}', field '{name}': names itself")
            if target not in ids:
                raise CatalogueError(
                    f"exercise '{exercise.id}', field '{name}': no exercise has id {target!r}"
                )


def parse_catalogue(text: str, *, images_dir: Path | None = None) -> Catalogue:
    """Parse and validate catalogue TOML text; ``images_dir`` enables file-existence checks."""
    try:
        data = toml_cache.loads(text)
    except toml_cache.TomlError as error:
        raise CatalogueError(f"the catalogue is not valid TOML: {error}") from None
    tables = data.get("exercise")
    if not isinstance(tables, list) or not tables:
        raise CatalogueError("the catalogue has no [[exercise]] tables")

    exercises = [_parse_exercise(t, i, images_dir) for i, t in enumerate(tables, start=1)]
    seen_ids: set[str] = set()
    seen_numbers: set[int] = set()
    for exercise in exercises:
        if exercise.id in seen_ids:
            raise CatalogueError(f"exercise '{exercise.id}', field 'id': used twice")
        if exercise.number in seen_numbers:
            raise CatalogueError(
                f"exercise '{exercise.id}', field 'number': {exercise.number} is used twice"
            )
        seen_ids.add(exercise.id)
        seen_numbers.add(exercise.number)
    _check_links(exercises)
    return Catalogue(tuple(sorted(exercises, key=lambda e: e.number)))


# The words of an exercise a translation gives; ``variants`` (the labels of
# ``variant_images``) only for an exercise that has some.
TRANSLATED_FIELDS = ("name", "summary", "cue", "steps", "progressions", "regressions", "cautions")


def _english_texts(exercise: Exercise) -> dict[str, str | tuple[str, ...]]:
    return {name: getattr(exercise, name) for name in TRANSLATED_FIELDS}


def _translated_variants(
    exercise: Exercise, raw: Any, overlay: Overlay
) -> dict[str, tuple[str, ...]]:
    """variant_images with translated labels: ``variants = { "English" = "label" }``."""
    if not exercise.variant_images:
        if raw is not None:
            raise overlay.fail("variants", "is not a text to translate here (the English has none)")
        return {}
    if raw is None:
        raise overlay.fail("variants", "is missing")
    if not isinstance(raw, dict):
        raise overlay.fail("variants", f"must be a table of English label = label, got {raw!r}")
    english = list(exercise.variant_images)
    for label in raw:
        if label not in english:
            raise overlay.fail("variants", f"{label!r} is not a label of the English")
    translated: dict[str, tuple[str, ...]] = {}
    for label in english:
        if label not in raw:
            raise overlay.fail("variants", f"{label!r} is missing")
        words = overlay.check_text("variants", raw[label], label)
        translated[words] = exercise.variant_images[label]
    return translated


def translate_catalogue(
    catalogue: Catalogue, overlay: dict[str, Any], language: str, file_name: str
) -> Catalogue:
    """The catalogue with every exercise's words from ``overlay`` (a parsed translation
    file); CatalogueError naming the file, exercise, field and language on any gap."""
    check_entries(
        catalogue.ids(),
        overlay,
        kind="exercise",
        language=language,
        file_name=file_name,
        error=CatalogueError,
    )
    exercises = []
    for exercise in catalogue:
        raw = dict(overlay[exercise.id]) if isinstance(overlay[exercise.id], dict) else None
        variants = raw.pop("variants", None) if raw is not None else None
        entry = Overlay(
            _english_texts(exercise),
            raw if raw is not None else overlay[exercise.id],
            where=f"exercise '{exercise.id}'",
            language=language,
            file_name=file_name,
            error=CatalogueError,
            max_lengths={"cue": MAX_CUE_LENGTH},
        )
        texts: dict[str, Any] = entry.texts()  # each field's type checked by Overlay
        exercises.append(
            replace(
                exercise,
                **texts,
                variant_images=_translated_variants(exercise, variants, entry),
            )
        )
    return Catalogue(tuple(exercises), language=language)


def load_catalogue(
    path: Path | None = None, *, images_dir: Path | None = None, language: str = SOURCE
) -> Catalogue:
    """Load the catalogue shipped with the app (or the file given), checking image files,
    with its words in ``language`` (from ``exercises.<language>.toml`` beside it)."""
    if path is None:
        from backcoach import resources

        path = resources.catalogue_path()
        images_dir = resources.path("images")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogueError(f"the catalogue {path} cannot be read: {error}") from None
    catalogue = parse_catalogue(text, images_dir=images_dir)
    if language == SOURCE:
        return catalogue
    overlay, file_name = read_overlay(path, language, CatalogueError)
    return translate_catalogue(catalogue, overlay, language, file_name)

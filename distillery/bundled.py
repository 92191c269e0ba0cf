"""Files that ship inside the package: the train recipes, the teacher prompt, the hand-written eval
sets and the sample document.

Defaults and docs name them by their checkout paths (`configs/train/...`, `data/eval/...`), which
are links into the package in a clone. `locate` maps those paths to the package copy, so every
default works from any directory and from a wheel install; a path that exists as given always wins.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from distillery.errors import UserError

# Checkout path prefix -> folder inside the package that holds the same files.
CHECKOUT_PATHS = {
    "configs/train/": "recipes/train/",
    "configs/prompts/": "recipes/prompts/",
    "data/eval/": "data/eval/",
    "data/examples/": "data/examples/",
}
RECIPES = "recipes/train"
GOLD_SETS = "data/eval"

TEACHER_PROMPT = "configs/prompts/anonymization.yaml"
HANDWRITTEN_GOLD = "data/eval/handwritten.jsonl"
SAMPLE_DOCUMENT = "data/examples/sample_it.txt"
DEFAULT_TAGGER_RECIPE = "configs/train/smollm2-135m-tagger-cpu.yaml"


def package_file(relative: str) -> Path:
    """A file or folder inside the installed package (a plain directory: the wheel is not zip-safe)."""
    return Path(str(files("distillery").joinpath(relative)))


def locate(path: str | Path) -> Path | None:
    """`path` as given when it is a file; else, for a checkout path of a bundled file, the package copy."""
    p = Path(path).expanduser()
    if p.is_file():
        return p
    if p.is_absolute():
        return None
    rel = p.as_posix()
    for prefix, folder in CHECKOUT_PATHS.items():
        if rel.startswith(prefix):
            bundled = package_file(folder + rel[len(prefix) :])
            return bundled if bundled.is_file() else None
    return None


def recipe_names() -> list[str]:
    """The bundled train recipes, by the name `--config NAME` takes."""
    return sorted(p.stem for p in package_file(RECIPES).glob("*.yaml"))


def train_recipe(value: str | Path) -> Path:
    """`--config` of train: a YAML path, or the name of a bundled recipe (`smollm2-135m-cpu`)."""
    found = locate(value)
    if found is not None:
        return found
    text = str(value)
    name = text.removesuffix(".yaml").removesuffix(".yml")
    if "/" not in name and "\\" not in name:
        recipe = package_file(RECIPES) / f"{name}.yaml"
        if recipe.is_file():
            return recipe
        raise UserError(f"config file not found: {text} (bundled recipes: {', '.join(recipe_names())})")
    raise UserError(f"config file not found: {text}")


def gold_set_names() -> list[str]:
    """The bundled evaluation sets, by the name `--gold NAME` takes."""
    return sorted(p.stem for p in package_file(GOLD_SETS).glob("*.jsonl"))


def gold_file(value: str | Path) -> Path | None:
    """`--gold` of eval: a JSONL path, a bundled set's checkout path, or its name (`handwritten2`)."""
    found = locate(value)
    if found is not None:
        return found
    name = str(value).removesuffix(".jsonl")
    if "/" in name or "\\" in name:
        return None
    bundled = package_file(GOLD_SETS) / f"{name}.jsonl"
    return bundled if bundled.is_file() else None

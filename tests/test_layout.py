"""The package's layout: each stage has a folder and imports only the stages below it.

Stages, lowest first: base < ingest < rules < facts < run < app < the top (``cli``, ``__main__``,
``__init__``); ``dashboard.py`` sits above the package.  The graph is read from the source with
``ast``, every import counted (also those inside functions and under ``TYPE_CHECKING``).
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "indicators"
STAGES = ("base", "ingest", "rules", "facts", "run", "app")


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str) -> set[str]:
    """Every module ``name`` imports: of the package (resolved), or the top-level name of another."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for a in node.names:
                out.add(f"{target}.{a.name}" if f"{target}.{a.name}" in MODULES else target)
    return out


GRAPH = {name: {m for m in imports(name) if m in MODULES and m != name} for name in MODULES}


def level(name: str) -> int:
    """The stage of a module as its rank; the top of the package ranks above every stage."""
    parts = name.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else len(STAGES)


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def upward(graph: dict[str, set[str]]) -> list[str]:
    """Imports from a lower stage into a higher one."""
    return sorted(f"{a} -> {b}" for a, deps in graph.items() for b in deps if level(b) > level(a))


def test_every_stage_has_its_folder_with_modules() -> None:
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file(), f"indicators/{stage}/ is missing"
        assert any(name.startswith(f"indicators.{stage}.") for name in MODULES), f"indicators/{stage}/ is empty"


def test_no_import_circles() -> None:
    found = circles(GRAPH)
    assert not found, "import circles: " + "; ".join(" <-> ".join(group) for group in found)


def test_the_checks_see_a_circle_and_an_upward_import() -> None:
    """The checks themselves, on a made-up graph: one circle, one import from base up into run."""
    graph = {"indicators.run.a": {"indicators.base.b"}, "indicators.base.b": {"indicators.run.c"},
             "indicators.run.c": {"indicators.run.a"}, "indicators.cli": {"indicators.run.a"}}
    assert circles(graph) == [["indicators.base.b", "indicators.run.a", "indicators.run.c"]]
    assert upward(graph) == ["indicators.base.b -> indicators.run.c"]


def test_no_stage_imports_a_higher_one() -> None:
    found = upward(GRAPH)
    assert not found, "a lower stage imports a higher one: " + "; ".join(found)


def test_relative_imports_resolve_to_modules() -> None:
    """A package import that names no module of the package would hide an edge from the checks above."""
    for name in MODULES:
        for target in imports(name):
            if target.split(".")[0] == "indicators":
                assert target in MODULES, f"{name} imports {target}, which is not a module of the package"


def test_the_library_never_imports_streamlit() -> None:
    users = sorted(name for name in MODULES if any(m.split(".")[0] == "streamlit" for m in imports(name)))
    assert not users, "these modules import streamlit: " + ", ".join(users)


def test_the_rule_engine_has_no_long_functions() -> None:
    """The rules stage and the document reader (facts/extract) keep each function short enough
    to read at once: at most 60 lines, docstring included."""
    engine = sorted((PACKAGE / "rules").rglob("*.py")) + [PACKAGE / "facts" / "extract.py"]
    long = [f"{path.name}:{node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for path in engine for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 60]  # type: ignore[operator]
    assert not long, long


def _classes() -> dict[str, tuple[list[str], list[str]]]:
    """Each class of the rules stage: its bases' names and the names it defines (methods and fields)."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for path in sorted((PACKAGE / "rules").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = [n.name for n in node.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("__")]
                out[node.name] = ([b.id for b in node.bases if isinstance(b, ast.Name)], names)
    return out


def redefined(classes: dict[str, tuple[list[str], list[str]]], leaf: str) -> list[str]:
    """The names that two classes of ``leaf``'s chain of bases both define (a step that silently hides another)."""
    first: dict[str, str] = {}
    twice: list[str] = []
    todo = [leaf]
    while todo:
        name = todo.pop()
        bases, names = classes[name]
        twice += [f"{n} ({first[n]}, {name})" for n in names if n in first]
        first.update((n, name) for n in names if n not in first)
        todo += [b for b in bases if b in classes]
    return twice


def test_the_sentence_steps_never_hide_one_another() -> None:
    """The grammar's concerns (figures, lists, kinds, scope, places, times) are one chain of classes
    under ``Sentence``; a method defined twice in it would silently replace the other."""
    assert not redefined(_classes(), "Sentence")


def test_the_check_sees_a_step_defined_twice() -> None:
    chain = {"Leaf": (["Mid"], ["read"]), "Mid": (["Base"], ["past_note"]), "Base": ([], ["past_note", "read2"])}
    assert redefined(chain, "Leaf") == ["past_note (Mid, Base)"]

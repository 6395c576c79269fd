"""Only broker_desktop.ui may load Qt: the core must run headless (servers, CLI, tests)."""

import pkgutil
import subprocess
import sys

import broker_desktop


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(broker_desktop.__path__, "broker_desktop."):
        if (
            info.name.startswith("broker_desktop.ui")
            or info.name.endswith("__main__")
            or ".migrations" in info.name
        ):
            continue
        names.append(info.name)
    return names


def test_core_modules_exist():
    assert "broker_desktop.storage.database" in core_modules()


def test_core_never_imports_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"


def test_every_top_level_module_has_a_layer():
    """The import contract (pyproject's [tool.importlinter], run by scripts/check) only
    constrains the modules it names: a new package must be given its place in the order."""
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    named = {name.strip() for layer in layers for name in layer.split("|")}
    top_level = {
        f"broker_desktop.{info.name}" for info in pkgutil.iter_modules(broker_desktop.__path__)
    }
    assert sorted(top_level - named) == []

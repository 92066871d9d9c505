"""Whether the stripper runs compiled (see setup.py): only a build of the very source beside it.

An editable install leaves the compiled modules next to their source, and Python imports a
compiled module before a source file of the same name. After an edit or a checkout the build
would silently run old code, which for the stripper can mean an identifier that the new source
removes and the old build lets through. So the build records a fingerprint of its source, and
when the source here differs (or INTAKE_PURE_PYTHON=1) the modules are imported from source.

Standard library only: setup.py imports this file on its own, before the package exists.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

# model.py is not among them: it makes its frozen dataclasses without their __init__ (see finding()).
COMPILED_MODULES = (
    "contact", "core", "gazetteer", "language", "names", "numbers", "places", "shape", "tokens",
)
FINGERPRINT_FILE = "compiled_from.sha256"
NOT_COMPILED = "mypyc is not available; the identifier stripper runs as Python source"


def fingerprint(folder: Path) -> str:
    """The SHA-256 of the compiled modules' source files in `folder`."""
    digest = hashlib.sha256()
    for name in COMPILED_MODULES:
        digest.update(name.encode() + b"\0")
        digest.update((folder / f"{name}.py").read_bytes())
    return digest.hexdigest()


class _SourceFirst(MetaPathFinder):
    """Finds the package's compiled modules as their .py files."""

    def __init__(self, package: str, folder: Path) -> None:
        self._paths = {f"{package}.{name}": folder / f"{name}.py" for name in COMPILED_MODULES}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self._paths.get(fullname)
        return importlib.util.spec_from_file_location(fullname, source) if source else None


def _stale_reason(folder: Path) -> str | None:
    """Why the compiled build beside this source may not be used, or None when it may."""
    try:
        built = (folder / FINGERPRINT_FILE).read_text().strip()
    except OSError:
        return "it has no fingerprint of its source"
    try:
        current = fingerprint(folder)
    except OSError:
        return None  # installed without its source: the build is all there is
    return None if built == current else "its source has changed since it was built"


def choose(package: str, folder: Path) -> bool:
    """Whether `package`'s modules will be imported compiled; if not, makes them import from source.

    Call it before the first of them is imported.
    """
    spec = importlib.util.find_spec(f"{package}.core")
    if spec is None or not (spec.origin or "").endswith(tuple(EXTENSION_SUFFIXES)):
        return False
    if os.environ.get("INTAKE_PURE_PYTHON") != "1":
        reason = _stale_reason(folder)
        if reason is None:
            return True
        warnings.warn(
            f"The compiled identifier stripper is not used: {reason}. It runs as Python source, about "
            "1.6 times as slow, until it is built again (`.venv/bin/pip install -e .`).",
            RuntimeWarning,
            stacklevel=2,
        )
    sys.meta_path.insert(0, _SourceFirst(package, folder))
    return False

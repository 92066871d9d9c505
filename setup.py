"""Build hook: compile the identifier stripper with mypyc; its Python source stays the fallback.

Every message passes the stripper before anything else happens to it, and compiled it runs about
1.6 times as fast (benchmarks/scrub.py prints which one ran). The compiled modules are built from
the same source files; `handlers/scrub/__init__.py` uses them only while those files are unchanged
(the fingerprint written below), so an edited source is never shadowed by an older build.

INTAKE_PURE_PYTHON=1 builds (and runs) without compiling. Everything else about the package is in
pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import BaseError, CCompilerError

HERE = Path(__file__).parent
SCRUB = HERE / "handlers" / "scrub"
sys.path.insert(0, str(SCRUB))  # compiled.py alone, without importing the package (or its dependencies)
from compiled import COMPILED_MODULES, FINGERPRINT_FILE, NOT_COMPILED, fingerprint  # noqa: E402

COMPILED = [f"handlers/scrub/{name}.py" for name in COMPILED_MODULES]


class BuildWithFingerprint(build_ext):
    """Writes, beside the compiled modules, the fingerprint of the source they were built from.

    A machine without a C compiler or Python's headers still installs: the stripper then runs as
    Python source (without a fingerprint no build is used).
    """

    def run(self) -> None:
        try:
            super().run()
        except (BaseError, CCompilerError, OSError) as exc:
            print(f"setup.py: the identifier stripper could not be compiled ({exc}); it runs as Python "
                  "source", file=sys.stderr)
            return
        core = Path(self.get_ext_fullpath("handlers.scrub.core"))
        (core.parent / FINGERPRINT_FILE).write_text(fingerprint(SCRUB) + "\n")


def extensions() -> list[Any]:
    if os.environ.get("INTAKE_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("setup.py: " + NOT_COMPILED, file=sys.stderr)
        return []
    try:
        # The build environment holds no runtime dependencies: phonenumbers and stdnum are typed Any.
        return mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3", group_name="intake_scrub")
    except (Exception, SystemExit) as exc:  # a type error in the source stops mypyc, not the install
        print(f"setup.py: mypyc refused the identifier stripper ({exc!r}); it runs as Python source",
              file=sys.stderr)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildWithFingerprint})

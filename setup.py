"""Which packages setuptools ships; everything else about the project is in pyproject.toml.

Besides our own packages, three data packages are mapped from top-level folders (see
pyproject.toml's package-dir): ttx_desktop.samples, .resources and .help. Discovery by name
cannot find a package whose folder has another name, so they are listed here, with their
subfolders (which setuptools would otherwise warn about, at length, on every install).
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = {
    "ttx_desktop.samples": "sample_exercises",
    "ttx_desktop.resources": "resources",
    "ttx_desktop.help": "docs",
}


def _with_subfolders(package: str, folder: str) -> list[str]:
    root = Path(__file__).parent / folder
    subfolders = sorted(p for p in root.rglob("*") if p.is_dir() and "__pycache__" not in p.parts)
    return [package] + [".".join((package, *p.relative_to(root).parts)) for p in subfolders]


DATA_PACKAGES = [
    name for pkg, folder in DATA_FOLDERS.items() for name in _with_subfolders(pkg, folder)
]


class BuildPy(build_py):
    """Ships only the data of the data packages: docs/ also holds the screenshot scripts."""

    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:
        if package in DATA_PACKAGES:
            return []
        return super().find_package_modules(package, package_dir)


setup(
    packages=[
        *find_namespace_packages(
            include=["ttx_desktop", "ttx_desktop.*"], exclude=["*.__pycache__"]
        ),
        *DATA_PACKAGES,
    ],
    cmdclass={"build_py": BuildPy},
)

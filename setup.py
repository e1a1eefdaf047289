"""Which packages setuptools ships; everything else about the project is in pyproject.toml.

Besides our own packages, three data packages are mapped from top-level folders (see
pyproject.toml's package-dir): ttx_desktop.samples, .resources and .help. Discovery by name
cannot find a package whose folder has another name, so they are listed here.
"""

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

DATA_PACKAGES = ["ttx_desktop.samples", "ttx_desktop.resources", "ttx_desktop.help"]


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

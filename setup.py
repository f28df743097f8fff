"""Build hook (the project itself is declared in pyproject.toml): a wheel carries resources/ and the compiled
translations (i18n/*.qm) inside the package, as inspector_app/shipped/, where core.resources finds them
when the package is installed rather than run from the source tree or the frozen build."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = (("resources", "**/*"), ("i18n", "*.qm"))


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "inspector_app" / "shipped"
        for folder, pattern in SHIPPED:
            for src in sorted((ROOT / folder).glob(pattern)):
                if src.is_file() and "__pycache__" not in src.parts and not src.name.startswith("."):
                    dest = target / src.relative_to(ROOT)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    self.copy_file(str(src), str(dest))


setup(cmdclass={"build_py": BuildPyWithData})

"""Build the frozen app in one command and smoke-test it: translations → icons → PyInstaller → smoke test.

    .venv/bin/python packaging/build.py          # dist/bekwaam/ (one folder), then the smoke test
    .venv/bin/python packaging/build.py --deb    # and dist/bekwaam_<version>_<arch>.deb (Linux)

The smoke test runs the frozen program offscreen: `--version` must print this version,
`--self-test` must pass (a temporary portfolio, an activity, an attached file, a PDF), and
`policy check` must accept packaging/policy.example.toml. Exit 0 when all passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402

SPEC = ROOT / "packaging" / "bekwaam.spec"
SIZE_TARGET_MB = 160


class BuildFailed(Exception):
    pass


def load_packaging_module(relative: str) -> ModuleType:
    """A script of packaging/ as a module (packaging/ is no package: the name belongs to a PyPI library)."""
    path = ROOT / "packaging" / relative
    spec = importlib.util.spec_from_file_location(f"bekwaam_packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _step(title: str) -> float:
    print(f"==> {title}", flush=True)
    return time.perf_counter()


def _done(start: float) -> None:
    print(f"    ({time.perf_counter() - start:.1f} s)", flush=True)


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(bundle: Path) -> Path:
    return bundle / ("bekwaam.exe" if sys.platform == "win32" else "bekwaam")


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    """Translations, icons and the PyInstaller bundle; returns the bundle's folder."""
    from desktop import i18n

    t = _step("Translations (.ts → .qm)")
    built = i18n.build()
    print(f"    {len(built)} rebuilt, {len(list(i18n.translations_dir().glob('*.qm')))} in total")
    _done(t)

    t = _step("Icons (resources/icons/bekwaam.svg → build/icons)")
    load_packaging_module("icons.py").make_icons(ROOT / "build" / "icons")
    _done(t)

    t = _step("PyInstaller (one folder)")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        cmd.insert(3, "--clean")
    r = subprocess.run(cmd, cwd=ROOT)
    if r.returncode != 0:
        raise BuildFailed(f"PyInstaller failed (exit {r.returncode})")
    bundle = dist / "bekwaam"
    if not executable(bundle).exists():
        raise BuildFailed(f"PyInstaller made no {executable(bundle)}")
    _done(t)
    size = bundle_size(bundle) / 1e6
    over = f" — over the {SIZE_TARGET_MB} MB target" if size > SIZE_TARGET_MB else ""
    print(f"    {bundle}: {size:.1f} MB unpacked{over}", flush=True)
    return bundle


def smoke_test(bundle: Path) -> None:
    """Run the frozen program headless: --version, --self-test, policy check on the example policy."""
    exe = executable(bundle)
    with tempfile.TemporaryDirectory(prefix="bekwaam-smoke-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp,
               "BEKWAAM_POLICY": str(Path(tmp) / "no-policy.toml"), "BEKWAAM_DATA_DIR": str(Path(tmp) / "data")}
        env.pop("PYTHONPATH", None)  # the frozen program must not lean on the checkout

        def run(*args: str) -> str:
            r = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, cwd=tmp, timeout=120)
            out = r.stdout + r.stderr
            if r.returncode != 0:
                raise BuildFailed(f"`bekwaam {' '.join(args)}` exited {r.returncode}:\n{out}")
            return out

        t = _step("Smoke test: --version")
        out = run("--version").strip()
        if out != f"bekwaam {__version__}":
            raise BuildFailed(f"--version printed {out!r}, expected 'bekwaam {__version__}'")
        print(f"    {out}")
        _done(t)

        t = _step("Smoke test: --self-test")
        print("    " + run("--self-test").strip().replace("\n", "\n    "))
        _done(t)

        t = _step("Smoke test: policy check packaging/policy.example.toml")
        print("    " + run("policy", "check", str(ROOT / "packaging" / "policy.example.toml")).strip())
        _done(t)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument("--skip-smoke-test", action="store_true")
    parser.add_argument("--deb", action="store_true", help="also build the Debian package (Linux)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        bundle = build(args.dist.resolve(), args.work.resolve(), args.clean)
        if not args.skip_smoke_test:
            smoke_test(bundle)
        if args.deb:
            t = _step("Debian package")
            deb = load_packaging_module("linux/build_deb.py").build_deb(bundle, args.dist.resolve())
            print(f"    {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
            _done(t)
    except BuildFailed as exc:
        print(f"build FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"==> Built and smoke-tested bekwaam {__version__} in {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

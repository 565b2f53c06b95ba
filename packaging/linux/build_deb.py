"""Build the Debian package from the frozen bundle: /opt/bekwaam, /usr/bin/bekwaam, a menu entry and icons.

    .venv/bin/python packaging/build.py --deb          # the usual way: build, smoke-test, package
    .venv/bin/python packaging/linux/build_deb.py dist/bekwaam dist/

Built with plain `dpkg-deb --root-owner-group` (no fakeroot, no debhelper; gzip, which every dpkg
reads and which packs 115 MB in seconds where xz takes half a minute): the bundle is
already complete. The libc6 dependency is worked out from the GLIBC symbol versions the
bundled binaries ask for; the rest are the few system libraries PyInstaller does not bundle
(OpenGL/EGL, xcb, Wayland) and the font configuration Qt needs.
"""

from __future__ import annotations

import gzip
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402

PACKAGE = "bekwaam"
INSTALL_DIR = Path("opt") / PACKAGE
# Not bundled by PyInstaller (they belong to the machine's graphics stack) or needed as
# configuration: fontconfig-config and a font, without which Qt draws no text (MACHINE.md).
DEPENDS = ["libgl1", "libegl1", "libxcb1", "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
           "fontconfig-config", "fonts-dejavu-core"]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def glibc_needed(bundle: Path) -> str:
    """The highest GLIBC_x.y symbol version any ELF file of the bundle refers to."""
    best = (2, 17, 0)
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
            data = fh.read()
        for m in _GLIBC.finditer(data):
            best = max(best, (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)))
    return ".".join(str(x) for x in best).removesuffix(".0")


def debian_arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def _copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, symlinks=True)
    for path in [dst, *dst.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir():
            path.chmod(0o755)
        else:  # executables and shared libraries stay executable; data is read-only for all but root
            path.chmod(0o755 if mode & stat.S_IXUSR else 0o644)


def stage(bundle: Path, root: Path) -> None:
    """Lay out the package's files under `root` (the future /)."""
    _copy_tree(bundle, root / INSTALL_DIR)
    shutil.copy2(ROOT / "packaging" / "policy.example.toml", root / INSTALL_DIR / "policy.example.toml")
    (root / INSTALL_DIR / "policy.example.toml").chmod(0o644)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # A symlink: the PyInstaller boot loader finds its _internal/ folder through /proc/self/exe.
    (usr_bin / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)

    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / "bekwaam.desktop", apps / "bekwaam.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor"
    svg_dir = icons / "scalable" / "apps"
    svg_dir.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "bekwaam.svg", svg_dir / "bekwaam.svg")
    rendered = ROOT / "build" / "icons"
    for size in ICON_SIZES:
        png = rendered / f"bekwaam-{size}.png"
        if png.exists():
            target = icons / f"{size}x{size}" / "apps"
            target.mkdir(parents=True)
            shutil.copy2(png, target / "bekwaam.png")

    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Bekwaam\n\nFiles: *\nCopyright: the Bekwaam authors\nLicense: EUPL-1.2\n"
        " The bundled Qt (LGPL-3.0) and Python (PSF-2.0) libraries keep their own licences;\n"
        " see /opt/bekwaam/_internal.\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as fh:
        fh.write(f"bekwaam ({__version__}) stable; urgency=medium\n\n  * Release {__version__}.\n".encode())
    for path in [*root.joinpath("usr").rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


def control(root: Path, bundle: Path) -> str:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    depends = [f"libc6 (>= {glibc_needed(bundle)})", *DEPENDS]
    text = (HERE / "control.in").read_text()
    for key, value in {"@VERSION@": __version__, "@ARCH@": debian_arch(), "@INSTALLED_SIZE@": str(size_kib),
                       "@DEPENDS@": ", ".join(depends)}.items():
        text = text.replace(key, value)
    return text


def build_deb(bundle: Path, out_dir: Path) -> Path:
    """Package `bundle` (dist/bekwaam) as out_dir/bekwaam_<version>_<arch>.deb; return its path."""
    if not (bundle / PACKAGE).is_file():
        raise FileNotFoundError(f"{bundle / PACKAGE}: build the bundle first (packaging/build.py)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bekwaam-deb-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        root.chmod(0o755)
        stage(bundle, root)
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(root, bundle))
        for script in ("postinst", "postrm"):
            shutil.copy2(HERE / script, debian / script)
            (debian / script).chmod(0o755)
        deb = out_dir / f"{PACKAGE}_{__version__}_{debian_arch()}.deb"
        tmp_deb = deb.with_suffix(".deb.tmp")
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(tmp_deb)],
                       check=True, capture_output=True)
        tmp_deb.replace(deb)
    return deb


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_deb.py BUNDLE_DIR OUT_DIR")
    print(build_deb(Path(sys.argv[1]), Path(sys.argv[2])))

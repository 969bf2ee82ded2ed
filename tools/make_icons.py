"""Render the app icon (``resources/icons/interviewdesk.svg``) to PNGs of the sizes
desktops and installers ask for: ``interviewdesk-16.png`` … ``interviewdesk-512.png``.

Run once after changing the SVG, and commit the PNGs (a few kB each):

    .venv/bin/python tools/make_icons.py

The window icon is built from these PNGs (see ``interviewdesk.app.window_icon``), so it
needs no SVG plugin; PyInstaller turns the 256 px one into the Windows ``.ico`` and
the macOS ``.icns`` (``build.spec``).
"""

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "interviewdesk.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"interviewdesk-{size}.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            print(f"Cannot write {png_path(size)}", file=sys.stderr)
            return 1
        print(png_path(size).relative_to(ICONS.parents[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

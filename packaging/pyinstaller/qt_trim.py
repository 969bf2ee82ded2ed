"""Which Qt files the frozen app leaves out (used by ``build.spec`` and by the hook in
``hooks/``): plugins it never loads, and Qt's translations for languages it does not
speak.

A plugin is dropped where PyInstaller's Qt hook collects it (``hooks/hook-PySide6.QtGui.py``),
before the analysis looks for the libraries it links: the GTK platform theme alone would
otherwise bring cairo, pango, gdk-pixbuf and more from the build machine. The spec
filters the result once more (:func:`keep`), for plugins collected by other hooks.
"""

import sys
from pathlib import PurePath

#: Plugin folders for embedded devices and for Qt modules the app does not use.
DROP_PLUGIN_DIRS = frozenset({
    "egldeviceintegrations", "generic", "qmltooling", "sqldrivers", "networkinformation",
    "tls", "designer", "vectorimageformats", "wayland-graphics-integration-server",
})
#: Single plugins: platforms for embedded screens (EGL full screen, framebuffer, VNC),
#: image formats the app never reads, and the GTK theme (Qt's own look serves).
DROP_PLUGINS = frozenset({
    "qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay",
    "qtiff", "qwebp", "qtga", "qwbmp", "qpdf", "qgtk3",
    *(() if sys.platform == "darwin" else ("qicns",)),
})
#: Qt libraries that only dropped plugins link.
DROP_LIBRARIES = ("Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport", "Qt6WaylandCompositor",
                  "Qt6WaylandEglCompositorHwIntegration")
#: Qt's own translations (standard buttons and dialogs) for the app's languages only.
LANGUAGES = ("nl", "en")


def plugin_name(path: str) -> str:
    """``.../platforms/libqxcb.so`` -> ``qxcb``; ``...\\qxcb.dll`` -> ``qxcb``."""
    stem = PurePath(path.replace("\\", "/")).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(path: str) -> bool:
    """Whether a plugin file (by its path, which holds ``plugins/<kind>/``) is kept."""
    parts = path.replace("\\", "/").split("/")
    kind = parts[parts.index("plugins") + 1] if "plugins" in parts[:-2] else ""
    return kind not in DROP_PLUGIN_DIRS and plugin_name(path) not in DROP_PLUGINS


def keep(destination: str) -> bool:
    """Whether a file of the build (by its place in the built folder) is kept."""
    parts = destination.replace("\\", "/").split("/")
    if "PySide6" in parts and "plugins" in parts[:-2] and not keep_plugin(destination):
        return False
    if "PySide6" in parts and "translations" in parts and destination.endswith(".qm"):
        return PurePath(parts[-1]).stem.rsplit("_", 1)[-1] in LANGUAGES
    return not any(library in parts[-1] for library in DROP_LIBRARIES)

"""PyInstaller's own hook for PySide6.QtGui, less the plugins the app never loads
(``qt_trim.py``), so that the libraries only they link are not collected either.
A hook here replaces the built-in one (``build.spec`` passes this folder as hookspath)."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import keep_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if keep_plugin(source)]

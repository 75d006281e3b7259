"""Loading translations: Chinese (zh_CN) by default, English on request."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

log = logging.getLogger(__name__)
SUPPORTED = ("zh_CN", "en")
DEFAULT = "zh_CN"

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> str:
    """Install Qt's and our own translators for `language`; return what was used."""
    if language not in SUPPORTED:
        language = DEFAULT
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                           QLocale.Country.UnitedKingdom))
    if language == "en":
        # English is the source text; its catalogue only holds the plural forms.
        plural = QTranslator(app)
        if plural.load(str(paths.resources_dir() / "translations" / "reception_desk_en.qm")):
            app.installTranslator(plural)
            _installed.append(plural)
        else:
            log.warning("English plural forms missing (reception_desk_en.qm)")
        return language
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    qm = paths.resources_dir() / "translations" / f"reception_desk_{language}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation file missing: %s", qm)
    return language

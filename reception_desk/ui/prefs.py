"""Per-PC preferences (window layout, language, sound) in QSettings, from one factory.

The file lives in the user config folder, which tests redirect per test.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .. import paths

LANGUAGE = "ui/language"
SOUND = "ui/sound"
MAIN_GEOMETRY = "main/geometry"
MAIN_STATE = "main/state"
#: The main window's layout is the default one (it follows the window's size).
MAIN_AUTO = "main/auto_layout"
#: Version of the main window's dock arrangement in MAIN_STATE. 2: the board keeps the
#: whole left side, the bar / requests / hotline sit under the rotation. A state saved
#: with another version is not restored, so the new default applies once.
LAYOUT_VERSION = 2
BAR_GEOMETRY = "bar/geometry"
BAR_OPEN = "bar/open"
#: The bar window's own mute (M): this PC's bar stays silent, the late card still flashes.
BAR_MUTED = "bar/muted"


def make_prefs() -> QSettings:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "preferences.ini"), QSettings.Format.IniFormat)


def sound_enabled(prefs: QSettings) -> bool:
    return str(prefs.value(SOUND, "true")).lower() in ("true", "1")

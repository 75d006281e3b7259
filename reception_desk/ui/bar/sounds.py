"""The bar's sounds: a light chime for a new order, the alert when one turns late.

QtMultimedia is optional: if it does not import, or the PC has no sound
device, the bar stays silent and carries on (the late card still flashes).
`played` lists every sound the bar asked for while not muted, so tests (and
the log) can count them whether or not a speaker is attached.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..prefs import BAR_MUTED, make_prefs, sound_enabled
from ..sound import make_sound_effect

if TYPE_CHECKING:  # optional at run time (see ..sound)
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

ORDER = "order"
ALERT = "alert"
_FILES = {ORDER: "order.wav", ALERT: "alert.wav"}
_VOLUME = {ORDER: 0.6, ALERT: 0.8}


def _truthy(value: object) -> bool:
    return str(value).lower() in ("true", "1")


class BarSounds(QObject):
    """Plays the bar's sounds unless muted (this PC's `bar/muted`, or sound off in general)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played: list[str] = []
        self.muted = _truthy(make_prefs().value(BAR_MUTED, "false"))
        self._effects: dict[str, QSoundEffect | None] = {}

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        prefs = make_prefs()
        prefs.setValue(BAR_MUTED, "true" if muted else "false")
        prefs.sync()

    def play(self, name: str) -> bool:
        """Play `name` (ORDER or ALERT); False when muted."""
        if self.muted or not sound_enabled(make_prefs()):
            return False
        self.played.append(name)
        effect = self._effect(name)
        if effect is not None:
            try:
                effect.play()
            except Exception:  # a broken audio backend must never stop the bar
                log.exception("could not play %s", name)
        return True

    def count(self, name: str) -> int:
        return self.played.count(name)

    def _effect(self, name: str) -> QSoundEffect | None:
        if name not in self._effects:
            self._effects[name] = _make_effect(self, _FILES[name], _VOLUME[name])
        return self._effects[name]


def _make_effect(parent: QObject, file_name: str, volume: float) -> QSoundEffect | None:
    return make_sound_effect(parent, file_name, volume)

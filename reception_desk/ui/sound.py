"""Sound effects that are optional: no QtMultimedia, or no audio output, means silence.

A PC without a sound device (CI, a server, a desk PC whose speaker driver is gone)
gets no QSoundEffect at all: QtMultimedia's loader threads then never run, and the
windows behave exactly as when muted.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from .. import paths

if TYPE_CHECKING:  # imported at run time only where it is installed, see below
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


def make_sound_effect(parent: QObject, file_name: str,
                      volume: float) -> QSoundEffect | None:
    """A QSoundEffect for resources/sounds/`file_name`, or None when it cannot be heard."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError:
        log.info("QtMultimedia unavailable: sounds are silent")
        return None
    if not QMediaDevices.audioOutputs():
        log.info("no audio output on this PC: sounds are silent")
        return None
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(paths.resources_dir() / "sounds" / file_name)))
    effect.setVolume(volume)
    return effect

"""The lobby wall display (大厅显示屏): who is up and on deck, the turn order, today's
expected parties (surname and time only) and a clock, full screen in the sales hall.

The window (window.py) shows what the model (model.py) reads from the services.
This module is the package's surface: other packages import from here only.
"""

from .window import LobbyWindow, second_screen

__all__ = ["LobbyWindow", "second_screen"]

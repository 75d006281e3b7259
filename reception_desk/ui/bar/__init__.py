"""The bar window (水吧) and its parts: the window (window.py) with its header (header.py),
the order queue model and its cards, the side column, the refill and drink dialogs, and
the sounds.

`BarWindow` is the package's surface: other packages import it from here.
"""

from .window import BarWindow

__all__ = ["BarWindow"]

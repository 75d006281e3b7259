"""The bar window (水吧): the water bar's own full-screen window.

Files: `window.py` (the window: its order queue, keys and actions; the package's
panel role), `model.py` (the order queue's table model), `card_delegate.py` (an
order drawn as a card), `header.py` (the window's header), `side_panel.py` (the
window's side column: refill rounds, tables to clear, low stock), `dialogs.py`
(refill round, drink and party pickers, remark), `sounds.py` (its sounds).

`BarWindow` is the package's surface: other packages import it from here only.
"""

from .window import BarWindow

__all__ = ["BarWindow"]

"""The desk's side of the water bar: the bar dock, the drink order and remark dialogs.

Files: `panel.py` (the Bar dock of the control desk), `model.py` (its table model),
`order_dialog.py` (order drinks for a party), `remark_dialog.py` (a remark for the
bar). This module is the package's surface: other packages import from here only.
"""

from .order_dialog import DrinkOrderDialog
from .panel import BarDeskPanel
from .remark_dialog import RemarkDialog

__all__ = ["BarDeskPanel", "DrinkOrderDialog", "RemarkDialog"]

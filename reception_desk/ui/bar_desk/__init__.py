"""The desk's side of the water bar: the bar dock, the drink order and remark dialogs."""

from .order_dialog import DrinkOrderDialog
from .panel import BarDeskPanel
from .remark_dialog import RemarkDialog

__all__ = ["BarDeskPanel", "DrinkOrderDialog", "RemarkDialog"]

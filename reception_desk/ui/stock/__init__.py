"""The bar's stock register and menu on the control desk: Bar menu dialogs and the
closing-count reminder (物耗 / 清点物耗)."""

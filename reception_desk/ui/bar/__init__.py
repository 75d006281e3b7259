"""The bar window's parts: the order queue model and its cards, the side column,
the refill and drink dialogs, and the sounds."""

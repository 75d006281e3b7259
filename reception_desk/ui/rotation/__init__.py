"""Consultant rotation (轮接) panel: who is up, who is on deck, the queue and its log.

Files: `panel.py` (the dock's widget), `model.py` (queue table model),
`dialogs.py` (roster, sign-in, move), `override_dialog.py` (manager
confirmation), `log_dialog.py` (the day's log), `stats_dialog.py`.
"""

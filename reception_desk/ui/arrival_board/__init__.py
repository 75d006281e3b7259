"""The arrival board (到访看板): every party from gate to departure.

Files: `model.py` (table model), `panel.py` (the dock's widget and its
actions), `entry_dialog.py` (register / edit a party), `dialogs.py` (seat,
stage, invalid reception, consultant).
"""

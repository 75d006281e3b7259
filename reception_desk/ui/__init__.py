"""Everything Qt: windows, panels, table models and dialogs.

The UI talks to `services` and listens to events; it never runs SQL itself.

One package per feature (`arrival_board`, `bar`, `bar_desk`, `hotline`, `lobby`,
`requests`, `rotation`, `settings`, `stock`, `accounts`, `privacy`), each with fixed
file roles: `panel.py` (a dock of the control desk) or `window.py` (a window of its
own), `model.py` (its table model), `*_dialog.py` (its dialogs), and an `__init__`
that is the only surface other packages import (its docstring lists the files, and
says so where a role has no file). `common/` holds the bases they share (report and
list dialogs, table models). import-linter keeps the feature packages independent.

The modules here serve the whole app, not one feature:

- `main_window.py`, `status_bar.py`, `notice.py`: the control desk's frame, which
  places every feature's dock and shows their banners.
- `export_dialog.py` (File › Export): any dataset of any feature, chosen in one
  list; no feature owns it.
- `print_preview.py` and `print_jobs.py`: previewing a PDF sheet and printing sheets
  in a worker, for any feature that prints (today the reception requests).
- `recovery_dialog.py`, `backup_guard.py`, `demo_loader.py`, `first_paint.py`,
  `qt_binding.py`: start-up and shut-down (`app.py` runs them before or after the
  main window exists; no feature is open yet).
- `events.py`, `text.py`, `widgets.py`, `period_choice.py`, `record_table.py`,
  `row_sync.py`, `prefs.py`, `station.py`, `sound.py`, `style.py`, `fonts.py`,
  `i18n.py`, `errors.py`: the plumbing every feature uses (events as Qt signals,
  translated text, form rows, the period picker, table selection and row sync,
  per-PC preferences, fonts, style, sounds, translations and error reporting).
"""

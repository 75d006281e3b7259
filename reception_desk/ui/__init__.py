"""Everything Qt: windows, panels, table models and dialogs.

The UI talks to `services` and listens to events; it never runs SQL itself.
"""

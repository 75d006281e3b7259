"""Accounts in the UI: who is signed in here, the PIN prompt, and the admin's dialogs."""

"""Reception requests (接待申请) panel: the dock, the request form, approvals and printing.

Files: `panel.py` (the dock's widget), `model.py` (requests table model),
`labels.py` (translated level / status / preparation texts and row flags),
`form_dialog.py` (the request form with autosave), `form_sections.py` (its
field widgets), `guests_table.py` and `itinerary_table.py` (its list editors),
`actions.py` (approve / reject / cancel / feedback / print glue),
`feedback_dialog.py` (the feedback form and the reason prompt).
"""

"""The hotline (来电登记): call form, calls dock, customers, VIP card, expected parties, import.

File roles: `common` (labels, tables, time text), `history` (a customer's
history box), `call_dialog` (the call form), `calls_dock` (today's calls),
`customers_dialog` (search / merge), `vip_card_dialog`, `expected_panel`
(the arrival board's expected strip and its VIP card action), `import_dialog`
(agency lists) and `conflicts_dialog` (判客).
"""

"""Use cases: one method per user action.

Each validates with the domain, writes through the store in one short
transaction, and publishes an event after the commit.
"""

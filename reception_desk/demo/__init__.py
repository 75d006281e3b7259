"""Demo data: days of realistic visits, calls, drinks and requests for trying the desk.

Sits above `services` (import-linter contract): it drives the services' public
API and the store's bulk path, and nothing below imports it. `fill_demo` is the
entry point used by `reception-desk demo`, the first-start loader and the soak.
"""

"""Reception Desk: front-desk software for a real-estate sales office (售楼处 / 案场)."""

__version__ = "0.1.0"

"""Printed sheets built with ReportLab from plain data (no Qt).

The approval sheets, itineraries and feedback forms of reception requests,
and the bar's requisition and consumption sheets, are built here.
"""

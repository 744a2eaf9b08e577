"""Validators for the identifiers found on French health invoices (python-stdnum style)."""

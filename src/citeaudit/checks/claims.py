"""Placeholder: checks for this family are being written."""

"""Editors of the Prepare view: one per kind of authored record, on shared item models."""

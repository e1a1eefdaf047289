"""TTX Desktop: a facilitator console for tabletop exercises, on one laptop, offline."""

__version__ = "0.1.0"

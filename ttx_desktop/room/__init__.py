"""The local network server for phones in the room."""

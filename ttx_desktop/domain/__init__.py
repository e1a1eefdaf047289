"""Domain objects and pure rules: no Qt, no SQL, no files."""

"""Python forms compiled from ui/*.ui by `./dev forms` (pyside6-uic); do not edit by hand."""

"""Widgets, item models, delegates and dialogs; gui/forms/ is generated from ui/*.ui."""

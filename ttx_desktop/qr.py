"""QR codes as PNG bytes, for the presenter window, the join sheet and the inject cards."""

from __future__ import annotations

import io

# A QR code must stay readable from the back of a room: keep the payload short.
MAX_QR_TEXT = 600
# An inject card's code is printed about 3.5 cm wide: at most this many characters.
MAX_CARD_TEXT = 90


def fit_for_qr(text: str, limit: int = MAX_QR_TEXT) -> str:
    """``text`` cut at a word boundary to what a QR code holds comfortably, with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def inject_payload(number: int, title: str, room_url: str = "") -> str:
    """What an inject card's QR code holds: the room's link to it when a room is open, else
    its number and title, so a phone shows which inject it is with no network at all. Kept
    short, the code's squares stay large enough to read from a 150 dpi print or scan."""
    if room_url:
        return f"{room_url.rstrip('/')}#inject-{number}"
    return fit_for_qr(f"{number}. {' '.join(title.split())}", MAX_CARD_TEXT)


def qr_png(text: str, *, box_size: int = 10, border: int = 4, quick: bool = False) -> bytes:
    """A PNG of a QR code that holds ``text`` (UTF-8), black on white. ``quick`` uses one
    fixed mask instead of trying all eight for the most even pattern: about twice as fast,
    for documents that make hundreds of codes."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M,
        box_size=box_size,
        border=border,
        mask_pattern=0 if quick else None,
    )
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()

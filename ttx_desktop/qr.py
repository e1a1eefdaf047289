"""QR codes as PNG bytes, for the presenter window, the join sheet and the inject cards."""

from __future__ import annotations

import functools
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
    for documents that make hundreds of codes. The same code asked again (an inject's card
    and its page in the guide) is made once."""
    return _qr_png(text, box_size, border, quick)


@functools.lru_cache(maxsize=1024)
def _qr_png(text: str, box_size: int, border: int, quick: bool) -> bytes:
    import qrcode
    from PIL import Image
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M,
        border=border,
        mask_pattern=0 if quick else None,
    )
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    # Drawn from the matrix, one pixel a module, then scaled without smoothing: the same
    # image as qrcode's own factory, which paints each module as a rectangle, many times
    # faster.
    matrix = code.get_matrix()
    side = len(matrix)
    small = Image.new("1", (side, side), 1)
    small.putdata([0 if dark else 1 for row in matrix for dark in row])
    image = small.resize((side * box_size, side * box_size), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()

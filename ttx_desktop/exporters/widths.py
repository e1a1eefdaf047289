"""Column widths that follow a table's content: no column narrower than its longest word, no
column wider than its longest line, and the room left shared by the columns' weights.

Word and LibreOffice break a word that does not fit its column in the middle, letter by
letter; Russian words are longer than English ones, so widths set by hand for one language
break words in the other. Widths are measured with typical letter widths, generously.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TWIPS_PER_POINT = 20
CELL_PADDING_TWIPS = 2 * 85 + 40  # the table style's left and right cell margins, and slack
SAFETY = 1.04
# Advance widths in ems, by kind of character, as DejaVu Sans sets them: the font readers
# without Calibri fall back to, and wider than Calibri and Carlito, so a width that holds a
# word in DejaVu holds it in them too.
_NARROW = set("iljtfr.,;:!|'()[]-‐ ") | set("ігї")
_WIDE = set("mwMWДЖШЩЮФЫмшщюжфыЪ@%—")
_EM = {"narrow": 0.35, "lower": 0.61, "upper": 0.69, "wide": 0.92, "digit": 0.64}
BOLD_FACTOR = 1.1


@dataclass(frozen=True)
class Text:
    """One cell's paragraph as the widths see it: its words and its type size."""

    value: str
    points: float
    bold: bool = False


def text_twips(value: str, points: float, *, bold: bool = False) -> int:
    """About how wide ``value`` is on one line, set in ``points``."""
    ems = 0.0
    for char in value:
        if char in _NARROW:
            ems += _EM["narrow"]
        elif char in _WIDE:
            ems += _EM["wide"]
        elif char.isdigit():
            ems += _EM["digit"]
        elif char.isupper():
            ems += _EM["upper"]
        else:
            ems += _EM["lower"]
    factor = SAFETY * (BOLD_FACTOR if bold else 1.0)
    return round(ems * points * TWIPS_PER_POINT * factor)


def needs(texts: Iterable[Text]) -> tuple[int, int]:
    """The narrowest a column may be (its longest word fits) and the width at which its
    longest line needs no wrapping, in twips, cell margins included."""
    # Only words about as long as the longest are measured letter by letter: a long log's
    # table has tens of thousands of cells.
    longest = 0
    candidates: set[tuple[str, float, bool]] = set()
    line = 0.0
    for item in texts:
        words = item.value.split()
        if not words:
            continue
        size = max(len(w) for w in words)
        if size >= longest - 2:
            candidates.update((w, item.points, item.bold) for w in words if len(w) >= size - 2)
            longest = max(longest, size)
        line = max(line, len(item.value) * item.points)
    word = max(
        (text_twips(w, pt, bold=b) for w, pt, b in candidates if len(w) >= longest - 2),
        default=0,
    )
    full = round(line * _EM["lower"] * TWIPS_PER_POINT)  # estimated from its length
    return word + CELL_PADDING_TWIPS, max(full, word) + CELL_PADDING_TWIPS


def fit(
    weights: Sequence[float], mins: Sequence[int], fulls: Sequence[int], total: int
) -> list[int]:
    """Widths in twips summing to ``total``: each column at least its ``mins`` where they
    all fit, none wider than its ``fulls`` while another still wraps, and the rest shared
    in proportion to ``weights``."""
    count = len(weights)
    weight_sum = sum(weights) or 1.0
    shares = [total * w / weight_sum for w in weights]
    if sum(mins) >= total:  # too many long words for the page: shrink every column alike
        scale = total / (sum(mins) or 1)
        return _whole([m * scale for m in mins], total)
    widths = [max(mins[i], min(shares[i], fulls[i])) for i in range(count)]
    over = sum(widths) - total
    if over > 0:  # take it back from the columns above their minimum, by their slack
        slack = [widths[i] - mins[i] for i in range(count)]
        whole_slack = sum(slack)
        widths = [widths[i] - over * slack[i] / whole_slack for i in range(count)]
        return _whole(widths, total)
    for _ in range(count):  # give the room left to the columns that still wrap
        free = total - sum(widths)
        wanting = [i for i in range(count) if widths[i] < fulls[i]]
        if free <= 0.5 or not wanting:
            break
        share_sum = sum(weights[i] for i in wanting) or 1.0
        for i in wanting:
            widths[i] = min(fulls[i], widths[i] + free * weights[i] / share_sum)
    free = total - sum(widths)
    if free > 0.5:  # every line fits: spread the rest by weight
        widths = [widths[i] + free * weights[i] / weight_sum for i in range(count)]
    return _whole(widths, total)


def _whole(widths: Sequence[float], total: int) -> list[int]:
    """``widths`` rounded to whole twips that still add up to ``total``."""
    result = [int(w) for w in widths]
    if result:
        result[max(range(len(result)), key=lambda i: widths[i])] += total - sum(result)
    return result

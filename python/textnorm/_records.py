"""The values textnorm's methods return besides strings."""

from typing import NamedTuple


class Edit(NamedTuple):
    """One change: the code points [start, end) of the input string became `replacement`.

    The edits of a call do not overlap and are in input order; applying them to the input
    gives the output. `rule` and `plugin` are those of the last rule that changed the span.
    """

    start: int
    end: int
    replacement: str
    rule: str
    plugin: str


class Segment(NamedTuple):
    """Code points [start, end) of the input string are in language `lang` ("und": unknown).

    The segments of one line cover it; `line` is its 1-based number.
    """

    start: int
    end: int
    lang: str
    confidence: float
    line: int

"""Undoing a response's Content-Encoding a bounded piece at a time.

httpx inflates each received chunk in one call, so a few kilobytes compressed twice
(`Content-Encoding: gzip, gzip`) become gigabytes before any size check can run. Here every
layer hands on at most `PIECE_BYTES` per step and the caller counts as it goes, so the body cap
stops a compression bomb after at most one piece per layer, whatever the chain.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

#: The most one decoding step produces; the memory a body can cost beyond the cap.
PIECE_BYTES = 64 * 1024
#: More layers than anyone sends on purpose; a longer chain is refused before decoding.
MAX_LAYERS = 2
#: What sitrep asks servers for (no br/zstd: their decoders cannot be bounded the same way).
ACCEPT_ENCODING = "gzip, deflate"


class DecodingError(ValueError):
    """The body's encoding is unsupported or its data is corrupt; the message says which."""


class _Inflater:
    """One gzip or deflate layer, fed compressed pieces, yielding bounded decompressed ones."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        # gzip: the gzip wrapper; deflate: the zlib wrapper, or raw deflate as some servers send.
        self._wbits = 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not self._started and data and self.encoding == "deflate" and (data[0] & 0x0F) != 8:
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._started = self._started or bool(data)
        # (what follows the end of the stream is ignored, as httpx does)
        while data and not self._inflater.eof:
            try:
                piece = self._inflater.decompress(data, PIECE_BYTES)
            except zlib.error as exc:
                raise DecodingError(f"corrupt {self.encoding} data: {exc}") from None
            data = self._inflater.unconsumed_tail
            if piece:
                yield piece
        # Output zlib still holds once the input is used up (when the last step filled a piece).
        while not self._inflater.eof and (piece := self._inflater.decompress(b"", PIECE_BYTES)):
            yield piece


def layers_of(content_encoding: str | None) -> list[_Inflater]:
    """The decoders for a Content-Encoding header, in the order they must run (last applied first)."""
    names = [name.strip().lower() for name in (content_encoding or "").split(",")]
    names = [name for name in names if name and name != "identity"]
    if len(names) > MAX_LAYERS:
        raise DecodingError(f"refused a body with {len(names)} content-encoding layers")
    layers = []
    for name in reversed(names):
        if name in ("gzip", "x-gzip"):
            layers.append(_Inflater("gzip"))
        elif name == "deflate":
            layers.append(_Inflater("deflate"))
        else:
            raise DecodingError(f"unsupported content-encoding {name[:40]!r}")
    return layers


def decode_piecewise(raw: bytes, layers: list[_Inflater]) -> Iterator[bytes]:
    """The decoded pieces of one raw chunk: lazily, so a caller that stops early stops the work."""
    pieces: Iterator[bytes] = iter((raw,))
    for layer in layers:
        pieces = _through(layer, pieces)
    return pieces


def _through(layer: _Inflater, pieces: Iterator[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from layer.feed(piece)

#!/usr/bin/env python3
"""Draws the Teams app icons: color.png (192x192) and outline.png (32x32).

Standard library only (zlib + struct), so it runs anywhere python3 does, without Pillow or ImageMagick.
The mark is a leaf (the "greens" in Life Greens) with a midrib and veins, anti-aliased by supersampling.

  color.png    192x192, white leaf on a solid green square, no transparency.
  outline.png  32x32, white leaf on a transparent background (RGBA, colour type 6), as Teams requires:
               every pixel is white (255,255,255) and only its alpha varies.

Usage: python3 deploy/teams/make-icons.py [OUT_DIR]   (default: the folder of this script)
"""

import math
import os
import struct
import sys
import zlib

GREEN = (0x2E, 0x7D, 0x32)  # accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)


def write_png(path, width, height, rgba_rows):
    """Writes an 8-bit RGBA PNG; rgba_rows is a list of bytes objects of width*4 bytes."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rgba_rows)  # filter type 0 (None) on every row
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


class Leaf:
    """A leaf in unit coordinates (0..1, y down): a lens (two intersecting circles) along a diagonal axis,
    tip at the top right, with a short stem, a midrib and optional side veins cut out of it."""

    def __init__(self, center, half_length, half_width, stem, rib, veins):
        self.cx, self.cy = center
        self.length = half_length
        # Circles centred at (0, +-d) of radius r pass through both tips: r - d = half_width, r^2 = L^2 + d^2.
        self.d = (half_length ** 2 - half_width ** 2) / (2 * half_width)
        self.r = self.d + half_width
        self.stem = stem  # (extra length beyond the base, half thickness)
        self.rib = rib  # half thickness of the midrib, or 0
        self.veins = veins  # list of (u on the midrib, half thickness)
        angle = math.radians(-45)  # axis points up and to the right
        self.ax, self.ay = math.cos(angle), math.sin(angle)

    def local(self, x, y):
        dx, dy = x - self.cx, y - self.cy
        u = dx * self.ax + dy * self.ay  # along the axis, +L at the tip
        v = -dx * self.ay + dy * self.ax  # across the axis
        return u, v

    def in_blade(self, u, v, margin=0.0):
        r = self.r - margin
        return math.hypot(u, v - self.d) <= r and math.hypot(u, v + self.d) <= r

    def in_stem(self, u, v):
        extra, half = self.stem
        return -self.length - extra <= u <= -self.length * 0.8 and abs(v) <= half

    def in_cut(self, u, v):
        """The midrib and the veins, which show the background through the blade. Veins stop short of the edge."""
        if self.rib and -self.length * 0.8 <= u <= self.length * 0.78 and abs(v) <= self.rib * (1 - 0.5 * (u + self.length) / (2 * self.length)):
            return True
        for start, half in self.veins:
            # Veins leave the midrib at 50 degrees towards the tip, on both sides.
            for side in (1, -1):
                du, dv = u - start, side * v
                if dv <= 0:
                    continue
                along = du * math.cos(math.radians(50)) + dv * math.sin(math.radians(50))
                across = -du * math.sin(math.radians(50)) + dv * math.cos(math.radians(50))
                if 0 <= along <= self.length * 0.55 and abs(across) <= half and self.in_blade(u, v, margin=0.035):
                    return True
        return False

    def coverage(self, x, y):
        u, v = self.local(x, y)
        if self.in_stem(u, v) and not self.in_blade(u, v):
            return True
        return self.in_blade(u, v) and not self.in_cut(u, v)


def render(size, leaf, samples):
    """Fraction of each pixel covered by the leaf, from samples x samples points per pixel."""
    grid = []
    step = 1.0 / samples
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) * step) / size
                    y = (py + (sy + 0.5) * step) / size
                    hits += leaf.coverage(x, y)
            row.append(hits / (samples * samples))
        grid.append(row)
    return grid


def color_icon(path):
    size = 192
    # Teams crops the colour icon to a rounded square: the leaf stays inside the central 120 px safe area.
    leaf = Leaf(center=(0.52, 0.48), half_length=0.30, half_width=0.155, stem=(0.09, 0.014), rib=0.012,
                veins=[(-0.13, 0.008), (0.0, 0.008), (0.12, 0.007)])
    grid = render(size, leaf, samples=4)
    rows = []
    for line in grid:
        row = bytearray()
        for a in line:
            row += bytes(round(g + (w - g) * a) for g, w in zip(GREEN, WHITE)) + b"\xff"
        rows.append(bytes(row))
    write_png(path, size, size, rows)


def outline_icon(path):
    size = 32
    # A bolder leaf without veins: at 32 px the veins would only blur the shape.
    leaf = Leaf(center=(0.52, 0.48), half_length=0.40, half_width=0.21, stem=(0.10, 0.035), rib=0.035, veins=[])
    grid = render(size, leaf, samples=8)
    rows = [b"".join(bytes(WHITE) + bytes([round(255 * a)]) for a in line) for line in grid]
    write_png(path, size, size, rows)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    color_icon(os.path.join(out, "color.png"))
    outline_icon(os.path.join(out, "outline.png"))
    print(f"wrote {os.path.join(out, 'color.png')} and {os.path.join(out, 'outline.png')}")


if __name__ == "__main__":
    main()

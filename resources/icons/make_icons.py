"""Draw the application icon and write it as PNG, ICO (Windows) and ICNS (macOS).

Run once after changing the drawing: ``python resources/icons/make_icons.py``.
The generated files are committed, so building the installer needs neither this
script nor Pillow. ICO and ICNS are written by hand (PNG entries): Qt's own writers
store a single size only.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

HERE = Path(__file__).parent
NAME = "broker-desktop"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)

    # Rounded tile, deep blue.
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 256))
    gradient.setColorAt(0, QColor("#2F6FB3"))
    gradient.setColorAt(1, QColor("#17406B"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)

    # White shield: the insurance.
    shield = QPainterPath()
    shield.moveTo(128, 38)
    shield.cubicTo(160, 56, 186, 60, 206, 60)
    shield.cubicTo(206, 140, 182, 190, 128, 222)
    shield.cubicTo(74, 190, 50, 140, 50, 60)
    shield.cubicTo(70, 60, 96, 56, 128, 38)
    shield.closeSubpath()
    p.setBrush(QColor("#FFFFFF"))
    p.drawPath(shield)

    # A check mark in the shield: the contract in order.
    pen = QPen(QColor("#1F5A96"), 22)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath()
    check.moveTo(92, 128)
    check.lineTo(118, 154)
    check.lineTo(166, 100)
    p.drawPath(check)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    del app
    pngs = {size: png_bytes(draw(size)) for size in {*ICO_SIZES, *(s for _, s in ICNS_TYPES)}}
    (HERE / f"{NAME}.png").write_bytes(pngs[256])
    # the running app's window icon ships as package data
    (HERE.parents[1] / "src" / "broker_desktop" / "ui" / "icons" / f"{NAME}.png").write_bytes(
        pngs[256]
    )
    (HERE / f"{NAME}.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (HERE / f"{NAME}.icns").write_bytes(icns({kind: pngs[size] for kind, size in ICNS_TYPES}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

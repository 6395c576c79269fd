"""Render a benchmark JSON file as the Markdown table of docs/benchmarks.md.

python benchmarks/report.py benchmarks/results/latest.json
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path


def render(data: dict) -> str:
    machine = data["machine"]
    lines = [
        f"Size {data['size']}, measured {data['when']} on {machine['platform']}, "
        f"{machine['cores']} cores, {machine['memory_gib']} GiB, Python {machine['python']}.",
        "",
        "| measure | median ms | min ms | max ms | encryption ×| service layer × |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    ratios = {r["measure"]: r for r in data["ratios"]}
    for fig in data["figures"]:
        name = fig["name"].strip()
        if name.startswith("raw SQL"):
            continue
        ratio = ratios.get(fig["name"], {})
        enc = f"{ratio['encryption_ratio']:.2f}" if ratio else ""
        svc = f"{ratio['service_ratio']:.2f}" if ratio else ""
        lines.append(
            f"| {name} | {fig['median_ms']:.2f} | {fig['min_ms']:.2f} | {fig['max_ms']:.2f} "
            f"| {enc} | {svc} |"
        )
    encryption = [
        r["encryption_ratio"]
        for r in data["ratios"]
        if r["encryption_ratio"] == r["encryption_ratio"]
    ]
    pages = [r["service_ratio"] for r in data["ratios"] if "page" in r["measure"]]
    lines += [
        "",
        f"Median encryption overhead over every query: ×{statistics.median(encryption):.2f} "
        f"(goal ≤ ×1.3). Median service-layer overhead on 200-row pages: "
        f"×{statistics.median(pages):.2f} (goal ≤ ×2).",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(json.loads(Path(sys.argv[1]).read_text())))

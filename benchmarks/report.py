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
        f"×{statistics.median(pages):.2f} (goal ≤ ×1.5).",
    ]
    return "\n".join(lines)


# ----- the screen benchmark ------------------------------------------------------------------
def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _groups(data: dict) -> dict[tuple[str, str, str], list[dict]]:
    found: dict[tuple[str, str, str], list[dict]] = {}
    for figure in data["lists"]:
        key = (figure["role"], f"{figure['tab']}/{figure['list']}", figure["filter"])
        found.setdefault(key, []).append(figure)
    return found


def _wall(figures: list[dict], name: str) -> list[float]:
    return [f[name]["wall_ms"] for f in figures if f.get(name)]


def _cpu(figures: list[dict], name: str) -> list[float]:
    return [f[name]["cpu_ms"] for f in figures if f.get(name)]


def render_screens(sizes: dict[str, dict]) -> str:
    """One row per list and filter (the medians over its sorts and directions): first
    rows and the count the user sees at every size, the rest at the largest size."""
    names = list(sizes)
    largest = sizes[names[-1]]
    groups = {size: _groups(data) for size, data in sizes.items()}
    head = (
        ["who", "list", "filter", f"rows ({names[-1]})"]
        + [f"first rows {s}" for s in names]
        + [f"count shown {s}" for s in names]
        + [f"exact count {names[-1]}", f"jump middle {names[-1]}", f"jump end {names[-1]}"]
        + [f"CPU first rows {names[-1]}"]
    )
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * 3 + "---:|" * (len(head) - 3)]
    for key, figures in _groups(largest).items():
        role, name, filter_ = key
        capped = any(f["capped"] for f in figures)
        rows = max(f["rows"] for f in figures)
        row = [role, name, filter_, f"{rows:,}{' (capped count)' if capped else ''}"]
        for size in names:
            row.append(_cell(_median(_wall(groups[size].get(key, []), "first_rows"))))
        for size in names:
            row.append(_cell(_median(_wall(groups[size].get(key, []), "count_shown"))))
        row.append(_cell(_median(_wall(figures, "exact_count"))))
        row.append(_cell(_median(_wall(figures, "middle"))))
        row.append(_cell(_median(_wall(figures, "end"))))
        row.append(_cell(_median([f["first_rows"]["cpu_ms"] for f in figures])))
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def screen_goals(data: dict) -> str:
    """Against the goals: interactive actions ≤ 150 ms median, counts ≤ 300 ms or
    capped, login to a usable window ≤ 1.5 s, memory growth ≤ 150 MB."""
    lists = data["lists"]
    actions = {
        "first rows after a sort or filter change": _wall(lists, "first_rows"),
        "jump to the middle": _wall(lists, "middle"),
        "jump to the end": _wall(lists, "end"),
    }
    cpu = {
        "first rows after a sort or filter change": _cpu(lists, "first_rows"),
        "jump to the middle": _cpu(lists, "middle"),
        "jump to the end": _cpu(lists, "end"),
    }
    out = []
    for label, values in actions.items():
        slow = [v for v in values if v > 150]
        spent = cpu[label]
        out.append(
            f"- {label}: wall median {_cell(_median(values))} ms over {len(values)} lists, "
            f"max {_cell(max(values) if values else None)} ms, {len(slow)} over 150 ms; "
            f"CPU median {_cell(_median(spent))} ms, max {_cell(max(spent) if spent else None)}"
            f" ms, {sum(1 for v in spent if v > 150)} over 150 ms"
        )
    counted = [
        f["count_shown"]["cpu_ms"] - f["first_rows"]["cpu_ms"]
        for f in lists
        if f.get("count_shown")
    ]
    out.append(
        f"- CPU spent on the count after the first rows: median {_cell(_median(counted))} ms, "
        f"max {_cell(max(counted) if counted else None)} ms, "
        f"{sum(1 for v in counted if v > 300)} over 300 ms"
    )
    shown = _wall(lists, "count_shown")
    slow_counts = [f for f in lists if f.get("count_shown") and f["count_shown"]["wall_ms"] > 300]
    out.append(
        f"- count shown to the user: median {_cell(_median(shown))} ms, max "
        f"{_cell(max(shown) if shown else None)} ms; {len(slow_counts)} over 300 ms "
        f"({sum(1 for f in lists if f['capped'])} lists showed a capped count first)"
    )
    login = data.get("login", {})
    if "usable_window" in login:
        out.append(
            f"- login to a usable main window (production KDF of the file): median "
            f"{login['usable_window']['median_ms']:.0f} ms; open_session alone "
            f"{login['open_session']['median_ms']:.0f} ms"
        )
    if data.get("memory"):
        out.append(
            f"- process memory growth over the session: {data['memory']['growth_mb']:.0f} MB"
        )
    return "\n".join(out)


def slowest(data: dict, count: int = 12) -> str:
    rows = sorted(
        (
            (f[name]["wall_ms"], name, f["label"])
            for f in data["lists"]
            for name in ("first_rows", "count_shown", "middle", "end")
            if f.get(name)
        ),
        reverse=True,
    )[:count]
    return "\n".join(f"| {label} | {name} | {ms:.0f} |" for ms, name, label in rows)


def render_encryption(data: dict) -> str:
    """The table of ``encryption.py --json``: per page size, cache size and way of reading,
    the median, lowest and highest ratio over the calls, and the slowest call's ratio."""
    lines = [
        "| page size, cache | read | median × | lowest × | highest × | calls over ×1.3 |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for label, modes in data["runs"].items():
        for mode, calls in modes.items():
            ratios = [c["ratio"] for c in calls.values()]
            over = sum(r > 1.3 for r in ratios)
            read = {"warm": "warm", "fresh": "fresh connection"}.get(mode, mode)
            lines.append(
                f"| {label} | {read} | {statistics.median(ratios):.2f} | {min(ratios):.2f} "
                f"| {max(ratios):.2f} | {over} of {len(ratios)} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    # report.py latest.json  |  report.py --screens S=s.json M=m.json L=l.json
    # report.py --encryption encryption.json
    if sys.argv[1] == "--encryption":
        print(render_encryption(json.loads(Path(sys.argv[2]).read_text())))
    elif sys.argv[1] == "--screens":
        sizes = {}
        for arg in sys.argv[2:]:
            size, path = arg.split("=", 1)
            data = json.loads(Path(path).read_text())
            sizes[size] = data.get("screens", data)
        print(render_screens(sizes))
        print()
        print(screen_goals(list(sizes.values())[-1]))
        print()
        print(slowest(list(sizes.values())[-1]))
    else:
        print(render(json.loads(Path(sys.argv[1]).read_text())))

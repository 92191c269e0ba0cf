"""PNG plots of an evaluation report (matplotlib with the Agg backend, imported only here)."""

from __future__ import annotations

from pathlib import Path


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_leaks_by_type(systems: list[dict], path: Path, block: str = "leak") -> Path:
    """Grouped horizontal bars: the leak rate of each PII type, one bar per system; `block` is "leak"
    (whole values) or "partial_leak" (any identifying word readable)."""
    plt = _pyplot()
    types = sorted({t for s in systems for t in s[block]["by_type"]})
    n = max(len(systems), 1)
    height = 0.8 / n
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.35 * len(types) * max(1, n / 2) + 1)))
    for i, s in enumerate(systems):
        by_type = s[block]["by_type"]
        values = [100 * (by_type.get(t, {}).get("rate") or 0.0) for t in types]
        ys = [j + (i - (n - 1) / 2) * height for j in range(len(types))]
        ax.barh(ys, values, height=height, label=s["name"])
    ax.set_yticks(range(len(types)))
    ax.set_yticklabels([f"{t} ({systems[0]['leak']['by_type'].get(t, {}).get('total', 0)})" for t in types])
    ax.invert_yaxis()
    partial = block == "partial_leak"
    ax.set_xlabel(f"values {'of which a word' if partial else ''} still readable after anonymization (%)")
    ax.set_xlim(0, 100)
    ax.set_title(f"{'Partial leaks' if partial else 'Leaks'} by type (lower is better)")
    if n > 1:
        ax.legend(loc="lower right")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def plot_leak_vs_speed(systems: list[dict], path: Path) -> Path | None:
    """Leak rate (filled) and partial leak (hollow, joined to it) against documents per second, one pair
    per system (only when speed was measured)."""
    points = [
        (
            s["name"],
            s["speed"]["docs_per_s"],
            100 * (s["leak"]["rate"] or 0.0),
            100 * (s["partial_leak"]["rate"] or 0.0),
        )
        for s in systems
        if s["speed"].get("measured") and s["speed"].get("docs_per_s")
    ]
    if len(points) < 2:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    for name, speed, leak, partial in points:
        dot = ax.scatter([speed], [leak], s=60)
        ax.scatter([speed], [partial], s=60, facecolors="none", edgecolors=dot.get_facecolor())
        ax.plot([speed, speed], [leak, partial], color=dot.get_facecolor()[0], alpha=0.4)
        ax.annotate(name, (speed, leak), textcoords="offset points", xytext=(6, 6))
    ax.set_xscale("log")
    ax.margins(x=0.25)  # room for the labels of the outermost points
    ax.set_ylim(0, max(max(leak, partial) for _, _, leak, partial in points) * 1.2 + 1)
    ax.set_xlabel("documents per second (log scale)")
    ax.set_ylabel("leak rate (%): whole value ●, partial ○")
    ax.set_title("Privacy vs speed (best: bottom right)")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path

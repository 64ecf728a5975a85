"""Runs the `liaison` command from a notebook and hands its output back as text, pandas tables or JSON.

The binary is found in this order: the `LIAISON_BIN` environment variable, then `.build/release/liaison`, then
`.build/debug/liaison` under the repository root (the folder above this one). Build it first with
`swift build` (or `scripts/run.sh`). Every command runs from the repository root, so dataset paths such as
`datasets/karate` work as written in the README.

    import liaison_helper as lh
    lh.run("inspect", "datasets/karate")                      # the text Liaison prints
    lh.table("metrics", "datasets/karate")                    # a DataFrame read from --format csv
    lh.json("roles", "datasets/integration-initiative", "--group", "city")   # parsed --format json
    lh.map_svg("datasets/karate", "--title", "Karate club")   # an inline SVG of the map
"""
from __future__ import annotations

import io
import json as _json
import os
import shlex
import subprocess
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
"""The repository root: commands run from here."""

_CANDIDATES = (".build/release/liaison", ".build/debug/liaison")


class LiaisonNotFound(FileNotFoundError):
    """No built `liaison` binary was found."""


class LiaisonFailed(RuntimeError):
    """`liaison` exited with a non-zero status; the message carries its exit code and standard error."""

    def __init__(self, arguments: list[str], status: int, stderr: str):
        self.arguments, self.status, self.stderr = arguments, status, stderr
        super().__init__(f"liaison {shlex.join(arguments)} exited with {status}:\n{stderr.strip()}")


def binary() -> Path:
    """The `liaison` binary to run: $LIAISON_BIN, else the release build, else the debug build."""
    override = os.environ.get("LIAISON_BIN")
    if override:
        path = Path(override).expanduser()
        if not path.is_absolute():
            path = ROOT / path
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise LiaisonNotFound(f"LIAISON_BIN is set to {override}, which is not an executable file")
        return path
    for candidate in _CANDIDATES:
        path = ROOT / candidate
        if path.is_file() and os.access(path, os.X_OK):
            return path
    raise LiaisonNotFound(
        "no liaison binary: looked for " + " and ".join(str(ROOT / c) for c in _CANDIDATES)
        + ". Build it with `swift build` in " + str(ROOT) + ", or set LIAISON_BIN to its path."
    )


def binary_for_display() -> str:
    """The binary's path, relative to the repository root when it lies inside it."""
    path = binary()
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def run(*arguments: str, stderr: bool = False) -> str:
    """Runs `liaison ARGUMENTS...` from the repository root and returns its standard output.

    Raises LiaisonFailed (with Liaison's message) when it exits with a non-zero status. With
    `stderr=True` the notes Liaison prints on standard error are returned after the output.
    """
    args = [str(a) for a in arguments]
    done = subprocess.run([str(binary()), *args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise LiaisonFailed(args, done.returncode, done.stderr)
    return done.stdout + (done.stderr if stderr else "")


def table(*arguments: str) -> pd.DataFrame:
    """Runs `liaison ARGUMENTS... --format csv` and reads the table; ids and labels stay strings."""
    text = run(*arguments, "--format", "csv")
    return pd.read_csv(io.StringIO(text), dtype={"id": str, "label": str, "source": str, "target": str})


def json(*arguments: str) -> dict:
    """Runs `liaison ARGUMENTS... --format json` and parses the document."""
    return _json.loads(run(*arguments, "--format", "json"))


def map_svg(path: str, *options: str):
    """Draws `liaison map PATH OPTIONS...` as SVG into a temporary file and returns it for inline display."""
    from IPython.display import SVG

    with tempfile.TemporaryDirectory(prefix="liaison-map-") as folder:
        target = Path(folder) / "map.svg"
        run("map", path, "-o", str(target), *options)
        return SVG(target.read_text(encoding="utf-8"))


def dataset(name: str) -> Path:
    """The folder of a bundled dataset (karate, florentine, southern-women, integration-initiative)."""
    folder = ROOT / "datasets" / name
    if not folder.is_dir():
        raise FileNotFoundError(f"no bundled dataset {name!r} in {ROOT / 'datasets'}")
    return folder

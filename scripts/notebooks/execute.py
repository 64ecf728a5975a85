"""Executes every notebook in notebooks/ top to bottom with nbclient and fails if any cell raises.

    execute.py            check: run copies in a temporary folder; the committed notebooks are not touched
    execute.py --update   run the notebooks in place and save their outputs (for committing)

The kernel is the Python running this script (its ipykernel), so run it with the project's venv:
`.venv/bin/python scripts/notebooks/execute.py`. `liaison_helper` is imported from notebooks/ (through
PYTHONPATH), and it finds the binary through LIAISON_BIN or the build folders (see notebooks/liaison_helper.py).
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from jupyter_client.manager import KernelManager
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
CELL_TIMEOUT_SECONDS = 300


def execute(source: Path, workdir: Path, sockets: Path) -> nbformat.NotebookNode:
    """Runs one notebook with `workdir` as its current folder and returns it with its outputs."""
    notebook = nbformat.read(source, as_version=4)
    # A local socket rather than TCP on localhost: nothing listens on the network while the kernel runs.
    kernel = KernelManager(kernel_name="python3", transport="ipc", ip=str(sockets / "kernel"))
    client = NotebookClient(
        notebook,
        km=kernel,
        timeout=CELL_TIMEOUT_SECONDS,
        resources={"metadata": {"path": str(workdir)}},
        record_timing=False,
    )
    try:
        client.execute()
    finally:
        if kernel.has_kernel:
            kernel.shutdown_kernel(now=False)
    return notebook


def tidy(notebook: nbformat.NotebookNode) -> None:
    """Drops what changes from run to run without meaning anything, so committed diffs stay small."""
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="save the executed notebooks in place")
    parser.add_argument("names", nargs="*", help="notebook files to run (default: all in notebooks/)")
    options = parser.parse_args()

    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(NOTEBOOKS), os.environ.get("PYTHONPATH")]))
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    # networkx sums some centralities over sets of nodes: a fixed hash seed keeps their last digits stable.
    os.environ["PYTHONHASHSEED"] = "0"
    paths = [NOTEBOOKS / n if not Path(n).is_absolute() and not Path(n).exists() else Path(n) for n in options.names]
    paths = paths or sorted(NOTEBOOKS.glob("*.ipynb"))
    if not paths:
        print(f"no notebooks in {NOTEBOOKS}", file=sys.stderr)
        return 1

    failures = 0
    with tempfile.TemporaryDirectory(prefix="liaison-notebooks-") as scratch:
        for path in paths:
            started = time.monotonic()
            if options.update:
                target, workdir = path, path.parent
            else:
                target = Path(scratch) / path.name
                shutil.copyfile(path, target)
                workdir = Path(scratch)
            try:
                notebook = execute(target, workdir, Path(scratch))
            except CellExecutionError as error:
                failures += 1
                print(f"FAIL {path.name}\n{error}", file=sys.stderr)
                continue
            if options.update:
                tidy(notebook)
                nbformat.write(notebook, target)
            print(f"ok   {path.name} ({time.monotonic() - started:.1f} s)", file=sys.stderr)
    if failures:
        print(f"{failures} of {len(paths)} notebooks failed", file=sys.stderr)
        return 1
    print(f"all {len(paths)} notebooks ran without errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

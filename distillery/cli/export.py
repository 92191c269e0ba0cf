"""`distillery export --merge ADAPTER_DIR OUT_DIR`: a standalone merged model for serving elsewhere."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from distillery.cli.app import app
from distillery.cli.common import handle_errors
from distillery.errors import UserError


class Dtype(str, Enum):
    auto = "auto"
    float32 = "float32"
    bfloat16 = "bfloat16"
    float16 = "float16"


@app.command()
@handle_errors
def export(
    adapter_dir: Path = typer.Argument(..., help="Output dir of `distillery train` (a LoRA adapter)."),
    out_dir: Path = typer.Argument(..., help="Where the merged model + tokenizer go."),
    merge: bool = typer.Option(False, "--merge", help="Merge the adapter into the base model (merge_and_unload)."),
    dtype: Dtype = typer.Option(Dtype.auto, "--dtype", help="Weights dtype of the merged model."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty OUT_DIR."),
) -> None:
    """Export a trained adapter. Prints the output directory on stdout."""
    if not merge:
        raise UserError("nothing to do: use `distillery export --merge ADAPTER_DIR OUT_DIR`")
    from distillery.console import err_console
    from distillery.train.export import merge_adapter

    with err_console.status("merging adapter into its base model..."):
        out = merge_adapter(adapter_dir, out_dir, dtype=dtype.value, overwrite=overwrite)
    err_console.print(f"[green]merged model written to[/green] {out}")
    typer.echo(str(out))

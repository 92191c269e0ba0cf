"""`distillery export --merge ADAPTER_DIR OUT_DIR`: a standalone merged model for serving elsewhere;
`distillery export --format onnx TAGGER_DIR [OUT_DIR]`: the tagger for ONNX Runtime (`infer.runtimes`)."""

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


class Format(str, Enum):
    onnx = "onnx"


class Quantize(str, Enum):
    none = "none"
    int8 = "int8"


@app.command()
@handle_errors
def export(
    adapter_dir: Path = typer.Argument(..., help="Output dir of `distillery train` (a LoRA adapter, or a tagger dir)."),
    out_dir: Path | None = typer.Argument(
        None, help="Where the export goes (--format onnx without it: the cache dir that --runtime auto looks in)."
    ),
    merge: bool = typer.Option(False, "--merge", help="Merge the adapter into the base model (merge_and_unload)."),
    fmt: Format | None = typer.Option(
        None, "--format", help="onnx: the tagger as an ONNX graph for `--runtime onnx` (checked against torch)."
    ),
    quantize: Quantize = typer.Option(
        Quantize.none, "--quantize", help="--format onnx: also write a dynamic int8 copy (used by --quantize int8)."
    ),
    dtype: Dtype = typer.Option(Dtype.auto, "--dtype", help="Weights dtype of the merged model."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty OUT_DIR."),
) -> None:
    """Export a trained adapter. Prints the output directory on stdout."""
    from distillery.console import err_console

    if fmt is Format.onnx:
        if merge:
            raise UserError("--merge and --format onnx are two exports: give one")
        from distillery.infer.runtimes import export_onnx

        with err_console.status("exporting the tagger to ONNX (checked against torch)..."):
            out = export_onnx(adapter_dir, out_dir, quantize=quantize.value, overwrite=overwrite or out_dir is None)
        err_console.print(f"[green]ONNX export written to[/green] {out}")
        typer.echo(str(out))
        return
    if not merge:
        raise UserError(
            "nothing to do: use `distillery export --merge ADAPTER_DIR OUT_DIR` or `--format onnx TAGGER_DIR [OUT_DIR]`"
        )
    if out_dir is None:
        raise UserError("--merge needs OUT_DIR")
    from distillery.train.export import merge_adapter

    with err_console.status("merging adapter into its base model..."):
        out = merge_adapter(adapter_dir, out_dir, dtype=dtype.value, overwrite=overwrite)
    err_console.print(f"[green]merged model written to[/green] {out}")
    typer.echo(str(out))

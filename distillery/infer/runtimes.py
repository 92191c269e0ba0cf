"""Where the tagger's forward pass runs: torch, or ONNX Runtime on an exported copy of the network.

Everything else (tokenizing, windows, decoding, rules, rebuilding the text) is one implementation in
`infer.tagger_engine`; a runtime only turns a padded batch of token ids into logits.

- `torch`: the network as `load_tagger_for_inference` builds it (adapter merged, optional torch int8).
- `onnx`: an ONNX graph of the same merged network (`export_onnx`), run by ONNX Runtime on the CPU.
  The graph takes `input_ids` and `attention_mask` (batch x sequence, both dynamic) and gives
  `logits`; the attention mode (causal or bidirectional) is part of the graph and is checked on
  export, as is the agreement with torch. `--quantize int8` runs a dynamically quantized copy
  (`onnxruntime.quantization`, int8 per-channel weights, the classification head kept in fp32).
- `openvino`: the same ONNX graph compiled by OpenVINO (fp32).
- `auto`: ONNX when onnxruntime is installed and an export of the model exists (the model dir is an
  export, or one was built into the cache dir; the shipped default is exported there once, on first
  use, when the exporter's packages are installed), else torch, said in one line through `logging`.
  On a CPU that multiplies bf16 in hardware `auto` keeps torch, which runs bf16 there.

An export is a directory: `model.onnx` (and `model.int8.onnx` once quantized), the tokenizer, and
`distillery.json` (kind "onnx-tagger", the tagger's labels, windows and attention). `infer -m DIR`
takes it like any tagger dir.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import time
from pathlib import Path
from typing import Any

from distillery.artifacts import ONNX_FILE, read_marker, tagger_info, write_marker
from distillery.errors import RuntimeFailure, UserError

log = logging.getLogger(__name__)

INT8_FILE = "model.int8.onnx"
EXPORT_KIND = "onnx-tagger"
EXPORT_VERSION = 1  # bump when the graph's inputs/outputs or the export recipe change: cache keys change too
INSTALL_HINT = "pip install 'distillery[cpu-runtime]' (onnxruntime, onnx, onnxscript)"
OPENVINO_HINT = "pip install 'distillery[openvino]' (OpenVINO, on top of cpu-runtime's exporter)"
# fp32 ONNX vs torch logits on the export's probe batch: the same arithmetic, only summation order differs.
EXPORT_TOLERANCE = 1e-3


def onnxruntime_available() -> bool:
    return importlib.util.find_spec("onnxruntime") is not None


def openvino_available() -> bool:
    return importlib.util.find_spec("openvino") is not None


def exporter_available() -> bool:
    """torch.onnx's exporter (torch.export based) needs onnx and onnxscript."""
    return all(importlib.util.find_spec(name) is not None for name in ("onnx", "onnxscript"))


def is_onnx_export(model: str | Path | None) -> bool:
    if not model:
        return False
    path = Path(model).expanduser()
    return (read_marker(path) or {}).get("kind") == EXPORT_KIND and (path / ONNX_FILE).is_file()


def model_fingerprint(model_dir: str | Path) -> str:
    """A digest of what the exported graph depends on: the marker, the adapter or merged weights and
    their configs, the tokenizer, and the export recipe's version."""
    path = Path(model_dir).expanduser()
    h = hashlib.sha256(f"distillery-onnx-v{EXPORT_VERSION}".encode())
    for f in sorted(path.iterdir()):
        if f.is_file() and (f.suffix in (".json", ".safetensors", ".model", ".txt") or f.name == "merges.txt"):
            h.update(f.name.encode() + b"\0")
            with open(f, "rb") as fh:
                while block := fh.read(1 << 20):
                    h.update(block)
    return h.hexdigest()


def cached_export_dir(model_dir: str | Path) -> Path:
    """Where `export_onnx` puts (and `auto` finds) the export of `model_dir` when no dir is given."""
    from distillery.settings import get_settings

    return Path(get_settings().distillery_cache_dir) / "onnx" / model_fingerprint(model_dir)[:20]


def find_export(model: str) -> Path | None:
    """The ONNX export to run for `model`: the dir itself when it is one, else its cached export."""
    if is_onnx_export(model):
        return Path(model).expanduser()
    cached = cached_export_dir(model)
    return cached if is_onnx_export(cached) else None


def _may_have_cuda() -> bool:
    """False when this machine certainly has no CUDA device (Linux without the NVIDIA driver): then
    `auto` need not import torch (seconds, hundreds of MB) only to ask."""
    import sys

    return not sys.platform.startswith("linux") or Path("/proc/driver/nvidia/version").exists()


def _is_shipped_default(model: str) -> bool:
    from distillery.infer import default_model_path

    default = default_model_path()
    return default is not None and Path(model).expanduser().resolve() == default.resolve()


def choose_runtime(model: str, runtime: str, device: str, dtype: str = "auto") -> tuple[str, Path | None]:
    """("torch", None), ("onnx", export dir) or ("openvino", export dir) for the tagger in `model`.

    `onnx` and `openvino` export into the cache dir when no export exists; `auto` does so only for
    the shipped default (any other dir: `distillery export --format onnx DIR` once) and falls back to
    torch, with one line through `logging`, when ONNX Runtime (or the exporter) is missing."""
    export = is_onnx_export(model)
    if runtime == "torch":
        if export:
            raise UserError(f"{model} holds an ONNX export only: run it with --runtime onnx (or auto)")
        return "torch", None
    if device not in ("auto", "cpu"):
        if runtime != "auto" or export:
            raise UserError(f"--runtime {runtime} runs on the CPU (--device {device} asks for torch: --runtime torch)")
        return "torch", None
    if runtime == "auto" and not export and device == "auto" and _may_have_cuda():
        import torch

        if torch.cuda.is_available():
            return "torch", None  # a GPU runs torch faster than ONNX Runtime's CPU provider
    if runtime == "auto" and not export and dtype == "auto":
        from distillery.hardware import cpu_has_fast_bf16

        # Measured on a 2-core AVX512-BF16 EPYC (issue 21): torch bf16 ~6,300 tokens/s, ONNX Runtime
        # fp32 ~5,400-6,200: where bf16 runs in hardware, torch in bf16 is the faster of the two.
        if cpu_has_fast_bf16():
            log.info("runtime: torch (bf16 in hardware on this CPU)")
            return "torch", None
    engine = "openvino" if runtime == "openvino" else "onnx"
    if engine == "openvino" and not openvino_available():
        raise UserError(f"--runtime openvino needs OpenVINO: {OPENVINO_HINT}")
    if engine == "onnx" and not onnxruntime_available():
        if runtime == "onnx" or export:
            raise UserError(f"--runtime onnx needs ONNX Runtime: {INSTALL_HINT}")
        log.warning("runtime: torch (ONNX Runtime is not installed: %s)", INSTALL_HINT)
        return "torch", None
    found = find_export(model)
    if found is not None:
        return engine, found
    if runtime == "auto" and not _is_shipped_default(model):
        log.warning("runtime: torch (no ONNX export of this model yet: `distillery export --format onnx %s`)", model)
        return "torch", None
    if not (exporter_available() and onnxruntime_available()):
        if runtime != "auto":
            raise UserError(f"no ONNX export of {model} and the exporter is not installed: {INSTALL_HINT}")
        log.warning("runtime: torch (the ONNX exporter is not installed: %s)", INSTALL_HINT)
        return "torch", None
    target = cached_export_dir(model)
    log.warning("exporting the tagger to ONNX once, into %s (about a minute)...", target)
    return engine, export_onnx(model, target, overwrite=True)


# --- running ----------------------------------------------------------------------------------------


class TorchRunner:
    """Logits of a padded batch through the torch network (on its device)."""

    name = "torch"

    def __init__(self, model: Any, device: str):
        self.model = model
        self.device = device

    def __call__(self, ids: Any, mask: Any) -> Any:
        import torch

        with torch.inference_mode():
            out = self.model(
                input_ids=torch.from_numpy(ids).to(self.device), attention_mask=torch.from_numpy(mask).to(self.device)
            ).logits
            return out.float().cpu().numpy()


def onnx_session(path: str | Path, *, threads: int = 0) -> Any:
    """An ONNX Runtime CPU session. Threads do not spin-wait between batches: on a shared machine a
    spinning pool steals the cores that the tokenizer, the rules and other processes need."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads  # 0: one per physical core, as torch does
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types
        raise RuntimeFailure(f"cannot load {path}: {str(exc).splitlines()[0]}") from None


class OnnxRunner:
    """Logits of a padded batch through ONNX Runtime."""

    name = "onnx"

    def __init__(self, path: str | Path, *, threads: int = 0):
        self.path = Path(path)
        self.session = onnx_session(path, threads=threads)

    def __call__(self, ids: Any, mask: Any) -> Any:
        return self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]


class OpenVinoRunner:
    """Logits of a padded batch through OpenVINO, reading the same ONNX graph (fp32; bf16 only where the
    CPU multiplies bf16 in hardware, OpenVINO's own choice)."""

    name = "openvino"

    def __init__(self, path: str | Path, *, threads: int = 0):
        import openvino as ov

        config: dict[str, Any] = {"PERFORMANCE_HINT": "LATENCY"}  # one batch at a time, all cores on it
        if threads:
            config["INFERENCE_NUM_THREADS"] = threads
        try:
            self.compiled = ov.Core().compile_model(str(path), "CPU", config)
        except Exception as exc:  # OpenVINO raises its own exception types
            raise RuntimeFailure(f"OpenVINO cannot load {path}: {str(exc).splitlines()[0]}") from None
        self.request = self.compiled.create_infer_request()
        self.output = self.compiled.output("logits")

    def __call__(self, ids: Any, mask: Any) -> Any:
        return self.request.infer({"input_ids": ids, "attention_mask": mask})[self.output]


# --- exporting --------------------------------------------------------------------------------------


def _logits_module(net: Any) -> Any:
    """The tagger as a function of (input_ids, attention_mask) -> logits: what the graph holds."""
    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner: Any):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).logits

    return Logits(net).eval()


def _probe(tokenizer: Any, n: int = 24) -> tuple[Any, Any]:
    """A padded batch of two rows of real token ids (the second shorter), for export and checks."""
    import numpy as np

    text = "Gentile Mario Rossi, la contatto al 347 123 4567. Dear John Smith, write to john@example.com today."
    ids = list(tokenizer(text, add_special_tokens=False)["input_ids"])
    while len(ids) < n:
        ids = ids + ids
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    batch = np.full((2, n), pad, dtype=np.int64)
    mask = np.zeros((2, n), dtype=np.int64)
    batch[0], mask[0] = ids[:n], 1
    batch[1, : n // 2], mask[1, : n // 2] = ids[: n // 2], 1
    return batch, mask


def check_attention(run: Any, ids: Any, mask: Any, attention: str) -> None:
    """Changing the last token moves the first token's logits only under bidirectional attention."""
    import numpy as np

    changed = ids.copy()
    changed[0, -1] = ids[0, 0] if ids[0, -1] != ids[0, 0] else ids[0, 1]
    moved = float(np.abs(run(ids, mask)[0, 0] - run(changed, mask)[0, 0]).max())
    if attention == "causal" and moved > 1e-5:
        raise RuntimeFailure(f"the exported graph is not causal (a later token moved the first by {moved:.2g})")
    if attention == "bidirectional" and moved == 0.0:
        raise RuntimeFailure("the exported graph is not bidirectional (a later token never moves the first)")


def max_logit_gap(a: Any, b: Any, mask: Any) -> float:
    """The largest difference between two runtimes' logits on the real (unpadded) tokens."""
    import numpy as np

    return float(np.abs(a - b)[mask.astype(bool)].max())


def export_onnx(
    model: str | Path, out_dir: str | Path | None = None, *, quantize: str = "none", overwrite: bool = False
) -> Path:
    """Write the ONNX export of the tagger in `model` (an adapter or merged tagger dir) to `out_dir`
    (default: the cache dir that `--runtime auto|onnx` looks in). `quantize="int8"` also writes the
    int8 copy. The graph is checked against torch (logits within EXPORT_TOLERANCE, attention mode)
    before the directory appears."""
    model = str(model)
    marker = read_marker(model)
    if is_onnx_export(model):
        raise UserError(f"{model} is already an ONNX export")
    if (marker or {}).get("student") != "tagger":
        raise UserError(f"{model}: --format onnx exports a tagger dir (from `train` with student: tagger)")
    out = Path(out_dir).expanduser() if out_dir is not None else cached_export_dir(model)
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise UserError(f"output directory is not empty: {out} (use --overwrite)")
    if not (onnxruntime_available() and exporter_available()):
        raise UserError(f"exporting to ONNX needs onnxruntime, onnx and onnxscript: {INSTALL_HINT}")
    from distillery.fsutil import atomic_dir
    from distillery.infer.loading import load_tagger_for_inference

    t0 = time.perf_counter()
    loaded = load_tagger_for_inference(model, device="cpu", dtype="float32", quantize="none")
    info = tagger_info(marker)
    net = _logits_module(loaded.model)
    ids, mask = _probe(loaded.tokenizer)
    torch_run = TorchRunner(loaded.model, "cpu")
    with _quiet_exporter():
        import torch

        dims = {0: "batch", 1: "sequence"}
        with torch.no_grad():
            program = torch.onnx.export(
                net,
                (torch.from_numpy(ids), torch.from_numpy(mask)),
                dynamo=True,
                input_names=["input_ids", "attention_mask"],
                output_names=["logits"],
                dynamic_shapes={"input_ids": dims, "attention_mask": dims},
                optimize=True,
                verbose=False,
            )
    with atomic_dir(out) as tmp:  # a failed check never leaves an export under the final name
        program.save(str(tmp / ONNX_FILE), external_data=False)
        runner = OnnxRunner(tmp / ONNX_FILE)
        for n in (ids.shape[1], 7):  # the probe's length, and another (the axes are dynamic)
            i, m = _probe(loaded.tokenizer, n)
            gap = max_logit_gap(torch_run(i, m), runner(i, m), m)
            if gap > EXPORT_TOLERANCE:
                raise RuntimeFailure(f"the ONNX export disagrees with torch (logits differ by {gap:.3g})")
        check_attention(runner, ids, mask, info.get("attention", "causal"))
        loaded.tokenizer.save_pretrained(tmp)
        write_marker(
            tmp,
            base_model=(marker or {}).get("base_model", loaded.source.base),
            kind=EXPORT_KIND,
            student="tagger",
            tagger={**info, "num_layers": None},
            exported_from=str(Path(model).expanduser().resolve()),
            fingerprint=model_fingerprint(model),
            export_version=EXPORT_VERSION,
        )
        if quantize == "int8":
            quantize_export(tmp)
    log.info("ONNX export written to %s (%.0f s)", out, time.perf_counter() - t0)
    return out


class _quiet_exporter:
    """torch.onnx's progress lines, its notes on missing torchvision ops and deprecation warnings are
    not the user's business."""

    def __enter__(self) -> None:
        import warnings

        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        warnings.simplefilter("ignore")
        self._levels = {}
        # onnxruntime.quantization logs its advice through the root logger.
        for name in ("torch.onnx", "torch._dynamo", "torch.export", "onnxscript", ""):
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.setLevel(logging.ERROR)

    def __exit__(self, *exc: Any) -> None:
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)
        self._warnings.__exit__(*exc)


def _head_nodes(model_path: Path) -> list[str]:
    """The MatMul/Gemm nodes that compute the graph's `logits` (the classification head): kept fp32."""
    import onnx

    graph = onnx.load(str(model_path), load_external_data=False).graph
    producer = {out: node for node in graph.node for out in node.output}
    found: list[str] = []
    frontier = ["logits"]
    seen: set[str] = set()
    while frontier:
        name = frontier.pop()
        node = producer.get(name)
        if node is None or node.name in seen:
            continue
        seen.add(node.name)
        if node.op_type in ("MatMul", "Gemm"):
            found.append(node.name)
            continue
        frontier.extend(node.input)
    return found


def quantize_export(export_dir: str | Path, *, reduce_range: bool = True, out_name: str = INT8_FILE) -> Path:
    """`model.int8.onnx` beside `model.onnx`: dynamic int8 (weights per output channel, activations
    per batch), every MatMul but the classification head's; embeddings stay fp32 (a Gather)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    export = Path(export_dir)
    src, dst = export / ONNX_FILE, export / out_name
    tmp = dst.with_name(f".{dst.name}.tmp")
    with _quiet_exporter():
        quantize_dynamic(
            str(src),
            str(tmp),
            per_channel=True,
            reduce_range=reduce_range,  # 7-bit weights: AVX2 (no VNNI) u8*s8 products cannot saturate
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul"],
            nodes_to_exclude=_head_nodes(src),
        )
    tmp.replace(dst)
    return dst


def export_file(export_dir: Path, quantize: str) -> Path:
    """The graph to run from an export dir: fp32, or the int8 copy (made now when missing)."""
    if quantize != "int8":
        return export_dir / ONNX_FILE
    path = export_dir / INT8_FILE
    if not path.is_file():
        log.warning("quantizing the ONNX export to int8 once (%s)", path)
        quantize_export(export_dir)
    return path

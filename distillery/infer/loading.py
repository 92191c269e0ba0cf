"""Loading the student for inference: adapter dir, merged model dir or base model, offline only.

`infer` and `chat` never open a network connection: every `from_pretrained` gets
`local_files_only=True`, and HF_HUB_OFFLINE is set before transformers is first imported.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distillery.artifacts import MARKER_FILE, ModelSource, read_marker, resolve_source, tagger_info
from distillery.errors import RuntimeFailure, UserError
from distillery.models import ensure_pad_token, is_embedded, resolve_model_path


def force_offline() -> None:
    """Make the Hugging Face libraries refuse network access in this process.

    The environment variable only takes effect if set before huggingface_hub is imported; after
    that, `local_files_only=True` on every load is what keeps us offline.
    """
    if "huggingface_hub" not in sys.modules and "transformers" not in sys.modules:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def _quiet_offline_transformers() -> None:
    """Offline, and our own progress and notes on stderr: the libraries' load bars and advice would drown them."""
    force_offline()
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise UserError(f"--device {device}: no CUDA GPU is available (use --device cpu or auto)")
    if device == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise UserError("--device mps: Apple MPS is not available (use --device cpu or auto)")
    if device != "cpu" and not device.startswith(("cuda", "mps")):
        raise UserError(f"--device {device}: expected auto, cpu, cuda, cuda:N or mps")
    return device


def resolve_dtype(dtype: str, device: str) -> Any:
    import torch

    if dtype != "auto":
        return getattr(torch, dtype)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device == "mps":
        return torch.float16
    from distillery.hardware import cpu_has_fast_bf16

    # bf16 pays only where the CPU multiplies bf16 in hardware; elsewhere it is emulated and slower.
    return torch.bfloat16 if cpu_has_fast_bf16() else torch.float32


def _local_path(name: str) -> str:
    path = resolve_model_path(name)
    if not is_embedded(name) and not Path(path).exists():
        # A hub id: only the local cache is allowed (infer never downloads).
        from huggingface_hub import snapshot_download

        try:
            return snapshot_download(name, local_files_only=True)
        except Exception:
            raise UserError(
                f"model {name!r} is not a local directory nor in the Hugging Face cache; "
                f"infer never downloads (fetch it once with `hf download {name}`)"
            ) from None
    return path


def _open_tokenizer(path: str) -> Any:
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(path, local_files_only=True)
    except (OSError, ValueError) as exc:
        raise RuntimeFailure(f"cannot load tokenizer from {path}: {str(exc).splitlines()[0]}") from None


class ExportTokenizer:
    """The tokenizer of an ONNX export read with the `tokenizers` library alone: `transformers` is not
    imported, and with it torch (hundreds of MB and seconds of load that ONNX Runtime does not need).
    Called like a fast `transformers` tokenizer for what the tagger asks of it (`tagging.align.encode`):
    the same library underneath, so the same ids and offsets."""

    def __init__(self, export_dir: str | Path):
        from tokenizers import Tokenizer

        path = Path(export_dir)
        try:
            self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
            config = json.loads((path / "tokenizer_config.json").read_text(encoding="utf-8"))
        except Exception as exc:  # tokenizers raises its own exception types; json, OSError
            raise RuntimeFailure(f"cannot load tokenizer from {path}: {str(exc).splitlines()[0]}") from None
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        pad = config.get("pad_token")
        pad = pad.get("content") if isinstance(pad, dict) else pad
        self.pad_token_id = self._tokenizer.token_to_id(pad) if pad else None

    def __call__(
        self, text: str, *, add_special_tokens: bool = False, return_offsets_mapping: bool = True
    ) -> dict[str, Any]:
        enc = self._tokenizer.encode(text, add_special_tokens=add_special_tokens)
        out: dict[str, Any] = {"input_ids": enc.ids}
        if return_offsets_mapping:
            out["offset_mapping"] = enc.offsets
        return out


def load_tokenizer(path: str) -> Any:
    """The generative student's tokenizer: padded by the shared policy, with the chat template its prompt needs."""
    tok = _open_tokenizer(path)
    ensure_pad_token(tok)  # may add a token: the embeddings are resized on load
    if getattr(tok, "chat_template", None) is None:
        raise UserError(f"{path}: the tokenizer has no chat template (the student prompt needs one)")
    return tok


def _merge_adapter(model: Any, adapter_dir: Path | None, *, quiet: type[Warning]) -> Any:
    """`model` with the LoRA adapter (and saved modules) of `adapter_dir` merged in: one plain model,
    no LoRA matmuls per layer at inference. Warnings of the `quiet` class are the libraries' own
    notices, not the user's business."""
    from peft import PeftModel

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", quiet)
            merged = PeftModel.from_pretrained(model, str(adapter_dir), is_trainable=False, local_files_only=True)
    except (OSError, ValueError, RuntimeError) as exc:
        raise RuntimeFailure(f"cannot load adapter {adapter_dir}: {str(exc).splitlines()[0]}") from None
    return merged.merge_and_unload()


@dataclass
class LoadedModel:
    model: Any
    tokenizer: Any
    device: str
    dtype: Any
    source: ModelSource


def load_for_inference(model: str, *, device: str = "auto", dtype: str = "auto") -> LoadedModel:
    """Load tokenizer + model in eval mode on `device`; an adapter is merged into the base for speed."""
    _quiet_offline_transformers()
    source = resolve_source(model)
    from transformers import AutoModelForCausalLM

    dev = resolve_device(device)
    torch_dtype = resolve_dtype(dtype, dev)
    base_path = _local_path(source.base)
    tokenizer = load_tokenizer(source.tokenizer_from or base_path)
    # An adapter is merged in float32 and the sum cast once: adding a small LoRA delta to weights
    # already rounded to bf16 would round twice and lose part of what training learned.
    load_dtype = "float32" if source.kind == "adapter" else torch_dtype
    try:
        # SDPA is the default in transformers 5 where the model supports it; asking explicitly makes
        # a model without it fail loudly instead of silently running eager attention.
        lm = AutoModelForCausalLM.from_pretrained(
            base_path, dtype=load_dtype, local_files_only=True, attn_implementation="sdpa"
        )
    except ValueError:
        lm = AutoModelForCausalLM.from_pretrained(base_path, dtype=load_dtype, local_files_only=True)
    except OSError as exc:
        raise RuntimeFailure(f"cannot load model {source.base!r}: {str(exc).splitlines()[0]}") from None
    if len(tokenizer) > lm.get_input_embeddings().weight.shape[0]:
        lm.resize_token_embeddings(len(tokenizer))
    if source.kind == "adapter":
        lm = _merge_adapter(lm, source.adapter_dir, quiet=FutureWarning)
    lm.to(device=dev, dtype=torch_dtype)
    lm.eval()
    return LoadedModel(lm, tokenizer, dev, torch_dtype, source)


@dataclass
class LoadedTagger(LoadedModel):
    labels: Any = None  # distillery.tagging.labels.LabelSet
    window: int = 384
    window_overlap: int = 64
    attention: str = "causal"
    quantized: str = "none"  # "int8" when the linear layers run as dynamic int8
    runtime: str = "torch"  # "torch" or "onnx" (`infer.runtimes`)
    runner: Any = None  # (ids, mask) int64 numpy arrays -> logits float32 numpy array


def quantize_int8(model: Any) -> Any:
    """Dynamic int8 linear layers (weights int8, activations quantized per batch): ~1.3x faster than
    fp32 on a 2-core AVX2 CPU, but the shipped tagger leaked 15.8% instead of 5.5% of the hand-written
    set's personal data with it, so it is opt-in. The classification head stays fp32."""
    import torch

    with warnings.catch_warnings():  # torch points eager quantization users at torchao; it still works
        warnings.simplefilter("ignore")
        head = model.score
        model.score = torch.nn.Identity()
        quantized = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        quantized.score = head
    return quantized


def load_tagger_for_inference(
    model: str, *, device: str = "auto", dtype: str = "auto", quantize: str = "none"
) -> LoadedTagger:
    """A tagger (adapter dir with its head, or a merged tagger dir) in eval mode, adapter merged."""
    _quiet_offline_transformers()
    from distillery.tagging.model import load_token_classifier

    path = Path(model).expanduser()
    info, labels = _tagger_marker(path)
    source = resolve_source(model)
    dev = resolve_device(device)
    torch_dtype = resolve_dtype(dtype, dev)
    weights = str(path) if source.kind == "merged" else _local_path(source.base)
    tokenizer_dir = source.tokenizer_from or (str(path) if source.kind == "merged" else weights)
    tokenizer = _open_tokenizer(tokenizer_dir)
    layers = None if source.kind == "merged" else info.get("num_layers")
    layout = _layout(info)
    import torch

    try:
        net = load_token_classifier(
            weights,
            labels,
            num_layers=layers,
            attention=layout["attention"],
            dtype=torch.float32,
            local_files_only=True,
        )
    except (OSError, ValueError) as exc:
        raise RuntimeFailure(f"cannot load tagger base {source.base!r}: {str(exc).splitlines()[0]}") from None
    if source.kind == "adapter":
        net = _merge_adapter(net, source.adapter_dir, quiet=Warning)
    net.eval()
    mode = quantize
    if mode == "int8":
        if dev != "cpu":
            raise UserError("--quantize int8 runs on CPU only (use --quantize none on a GPU)")
        net = quantize_int8(net)
    else:
        net.to(device=dev, dtype=torch_dtype)
    from distillery.infer.runtimes import TorchRunner

    return LoadedTagger(
        net, tokenizer, dev, torch_dtype, source, labels=labels, **layout, quantized=mode, runner=TorchRunner(net, dev)
    )  # fmt: skip


def load_tagger(
    model: str,
    *,
    device: str = "auto",
    dtype: str = "auto",
    quantize: str = "none",
    runtime: str = "auto",
    threads: int = 0,
) -> LoadedTagger:
    """The tagger on the runtime that `runtime` asks for (`infer.runtimes.choose_runtime`), its forward
    pass on `threads` CPU threads (0: the runtime's default, one per core)."""
    from distillery.infer.runtimes import choose_runtime

    chosen, export = choose_runtime(model, runtime, device, dtype)
    if chosen == "torch" or export is None:
        if threads:
            import torch

            torch.set_num_threads(threads)  # torch's pool is per process: this process runs one model
        return load_tagger_for_inference(model, device=device, dtype=dtype, quantize=quantize)
    return load_onnx_tagger(export, quantize=quantize, source=model, runtime=chosen, threads=threads)


def load_onnx_tagger(
    export_dir: Path, *, quantize: str = "none", source: str | None = None, runtime: str = "onnx", threads: int = 0
) -> LoadedTagger:
    """An ONNX export (`infer.runtimes.export_onnx`) on ONNX Runtime (or OpenVINO: `runtime`);
    `source`: the dir it was made from. Neither transformers nor torch is imported."""
    from distillery.infer.runtimes import OnnxRunner, OpenVinoRunner, export_file

    info, labels = _tagger_marker(export_dir)
    if runtime == "openvino":
        if quantize != "none":
            raise UserError("--quantize int8 runs on --runtime onnx or torch (OpenVINO runs the fp32 graph)")
        runner: Any = OpenVinoRunner(export_file(export_dir, "none"), threads=threads)
    else:
        runner = OnnxRunner(export_file(export_dir, quantize), threads=threads)
    tokenizer = ExportTokenizer(export_dir)
    origin = resolve_source(source) if source and Path(source).expanduser() != export_dir else None
    return LoadedTagger(
        runner, tokenizer, "cpu", "float32", origin or ModelSource("onnx", str(export_dir)), labels=labels,
        **_layout(info), quantized=quantize, runtime=runtime, runner=runner,
    )  # fmt: skip


def _tagger_marker(path: Path) -> tuple[dict[str, Any], Any]:
    """The tagger section of the marker in `path` (a tagger dir or its ONNX export) and its label set;
    a one-line error when the labels are unusable."""
    from distillery.tagging.labels import LabelSet

    info = tagger_info(read_marker(path))
    try:
        return info, LabelSet.from_labels(list(info.get("labels") or []))
    except ValueError as exc:
        raise UserError(f"{path}: {MARKER_FILE} holds no usable tagger label set ({exc})") from None


def _layout(info: dict[str, Any]) -> dict[str, Any]:
    """How the tagger in a marker's tagger section reads a document: its windows and attention."""
    return {
        "window": int(info.get("window", 384)),
        "window_overlap": int(info.get("window_overlap", 64)),
        "attention": info.get("attention", "causal"),
    }

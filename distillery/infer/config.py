"""Configuration of `distillery infer` / `chat`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from distillery.pii.replace import Style


class InferConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    engine: Literal["auto", "model", "rules"] = Field(
        "auto", description="auto: the model when one is available (--model or the shipped default), else rules."
    )
    model: str | None = Field(None, description="Adapter dir from `train`, a merged model dir, or a base model name.")
    style: Style = Style.tag
    extra_types: list[str] = Field(default_factory=list, description="PII types beyond the built-in ones.")
    recognizers: str | None = Field(
        None,
        description="YAML file of your own recognizers (types, patterns with scores, context words, validators); "
        "they run with the built-in rules, whatever the engine.",
    )
    rules_safety_net: bool = Field(True, description="Union the model's spans with the rules engine's.")
    person_mentions: bool = Field(
        True, description="A person found in full ('Mario Rossi') is also replaced where named by a part ('Rossi')."
    )
    keep_org_contacts: bool = Field(
        True,
        description="Rules engine: keep organisation contacts (toll-free/premium numbers, switchboards and service "
        "lines introduced as such, role mailboxes such as info@ or protocollo@pec.) unless the context ties "
        "them to a person. False: redact every number and address.",
    )
    org_mailboxes: list[str] = Field(
        default_factory=list,
        description="More role mailboxes to keep: local parts ('fatture'), domain prefixes ('legalmail.') "
        "or whole domains ('@acme.it').",
    )
    device: str = Field("auto", description="auto, cpu, cuda, cuda:1, mps")
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = "auto"
    batch_size: int = Field(8, ge=1)
    max_new_tokens: int = Field(256, ge=1)
    temperature: float = Field(0.0, ge=0.0, description="0 means greedy decoding.")
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    max_input_tokens: int = Field(768, ge=32, description="Longer documents are split into overlapping chunks.")
    chunk_overlap_tokens: int = Field(64, ge=0)
    few_shot: bool = Field(
        False, description="Prepend worked examples to the prompt (for a base model that was never fine-tuned)."
    )
    compile: bool = Field(False, description="torch.compile the model (pays off on GPU for long runs).")
    prefix_cache: bool = Field(
        True, description="Compute the shared prompt prefix once and reuse its KV cache for every batch."
    )
    min_new_tokens: int = Field(0, ge=0, description="Force at least this many generated tokens (benchmarks only).")
    threshold: float = Field(
        0.5,
        gt=0.0,
        lt=1.0,
        description="Tagger: a word is personal data when P(not O) reaches this. Lower redacts more (privacy), "
        "higher damages less.",
    )
    thresholds: dict[str, Annotated[float, Field(gt=0.0, lt=1.0)]] = Field(
        default_factory=dict, description="Tagger: per-type thresholds that override `threshold`, e.g. {PERSON: 0.3}."
    )
    extend: float = Field(
        0.5,
        gt=0.0,
        le=1.0,
        description="Tagger: a word that reaches only this fraction of the threshold joins a value of its type that "
        "it touches (a first name before a detected surname), but never starts one; 1 turns it off. 0.5 was chosen "
        "on the synthetic validation split (benchmarks/tune_decoding.py).",
    )
    quantize: Literal["none", "int8"] = Field(
        "none",
        description="Tagger: int8 dynamic linear layers on CPU (~1.3x faster, but measured to leak more: see README).",
    )
    runtime: Literal["auto", "torch", "onnx", "openvino"] = Field(
        "auto",
        description="Tagger: where the network runs. onnx: ONNX Runtime on an export (`distillery export --format "
        "onnx`; made once into the cache dir when missing); openvino: OpenVINO on the same export; torch; auto: onnx "
        "when ONNX Runtime is installed and an export exists (the shipped default is exported on first use), else "
        "torch.",
    )
    threads: int = Field(
        0,
        ge=0,
        description="Tagger on the CPU: threads of the forward pass (0: one per core). 1 suits several worker "
        "processes or Ray actors on one machine, each on a core of its own.",
    )
    throwaway_hash_key: bool = Field(
        False,
        description="style hash without DISTILLERY_HASH_KEY: hash with a random key drawn for this run only (the "
        "same value hashes differently in every run). Without it, style hash needs the key.",
    )
    read_ahead_batches: int = Field(
        8, ge=1, description="Documents are sorted by length within windows of batch_size * this many."
    )

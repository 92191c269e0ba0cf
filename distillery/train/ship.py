"""Copy a trained adapter into the package as the default model (`distillery infer` with no --model).

Only what inference needs travels: the adapter weights (cast to bf16: half the size, and the
adapter is merged in fp32 at load time anyway), its config, the distillery marker, and the
training record. Checkpoints, logs and the tokenizer (the base's own) stay behind.

    python -m distillery.train.ship runs/distill/adapter distillery/assets/default-adapter
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from distillery.artifacts import ADAPTER_CONFIG, MARKER_FILE
from distillery.errors import UserError
from distillery.fsutil import atomic_dir, atomic_write_json, load_json_object
from distillery.train.metadata import METADATA_FILE

KEEP = (ADAPTER_CONFIG, MARKER_FILE, METADATA_FILE, "config.yaml")


def ship_adapter(adapter_dir: str | Path, dest: str | Path) -> Path:
    import torch
    from safetensors.torch import load_file, save_file

    src, out = Path(adapter_dir), Path(dest)
    if not (src / "adapter_model.safetensors").is_file() or not (src / MARKER_FILE).is_file():
        raise UserError(f"{src}: not a finished `distillery train` output (adapter + {MARKER_FILE})")
    with atomic_dir(out) as tmp:  # the package never holds a half-copied default model
        for name in KEEP:
            if (src / name).is_file():
                shutil.copy2(src / name, tmp / name)
        _portable_base_name(tmp / ADAPTER_CONFIG)
        tensors = {
            k: v.to(torch.bfloat16).contiguous() for k, v in load_file(src / "adapter_model.safetensors").items()
        }
        save_file(tensors, tmp / "adapter_model.safetensors", metadata={"format": "pt"})
        card = out / "MODEL_CARD.md"
        if card.is_file():  # the hand-written card is kept across re-ships
            shutil.copy2(card, tmp / "MODEL_CARD.md")
        for f in tmp.iterdir():
            f.chmod(0o644)
    return out


def _portable_base_name(config_path: Path) -> None:
    """adapter_config.json names the base by the local cache path it was trained from; name the hub
    id instead so plain `PeftModel.from_pretrained` works elsewhere (distillery itself reads the
    alias from distillery.json)."""
    from distillery.models import EMBEDDED_DIRNAME, EMBEDDED_HUB_ID

    cfg = load_json_object(config_path, what="an adapter config")
    if str(cfg.get("base_model_name_or_path", "")).rstrip("/").endswith(EMBEDDED_DIRNAME):
        cfg["base_model_name_or_path"] = EMBEDDED_HUB_ID
        atomic_write_json(config_path, cfg)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m distillery.train.ship ADAPTER_DIR DEST_DIR")
    print(ship_adapter(sys.argv[1], sys.argv[2]))

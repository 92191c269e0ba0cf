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

from distillery.errors import UserError

KEEP = ("adapter_config.json", "distillery.json", "training_metadata.json", "config.yaml")


def ship_adapter(adapter_dir: str | Path, dest: str | Path) -> Path:
    import torch
    from safetensors.torch import load_file, save_file

    src, out = Path(adapter_dir), Path(dest)
    if not (src / "adapter_model.safetensors").is_file() or not (src / "distillery.json").is_file():
        raise UserError(f"{src}: not a finished `distillery train` output (adapter + distillery.json)")
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in KEEP:
        if (src / name).is_file():
            shutil.copy2(src / name, tmp / name)
    _portable_base_name(tmp / "adapter_config.json")
    tensors = {k: v.to(torch.bfloat16).contiguous() for k, v in load_file(src / "adapter_model.safetensors").items()}
    save_file(tensors, tmp / "adapter_model.safetensors", metadata={"format": "pt"})
    for f in tmp.iterdir():
        f.chmod(0o644)
    card = out / "MODEL_CARD.md"
    if card.is_file():  # the hand-written card is kept across re-ships
        shutil.copy2(card, tmp / "MODEL_CARD.md")
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out


def _portable_base_name(config_path: Path) -> None:
    """adapter_config.json names the base by the local cache path it was trained from; name the hub
    id instead so plain `PeftModel.from_pretrained` works elsewhere (distillery itself reads the
    alias from distillery.json)."""
    import json

    from distillery.models import EMBEDDED_DIRNAME, EMBEDDED_HUB_ID

    cfg = json.loads(config_path.read_text(encoding="utf-8"))
    if str(cfg.get("base_model_name_or_path", "")).rstrip("/").endswith(EMBEDDED_DIRNAME):
        cfg["base_model_name_or_path"] = EMBEDDED_HUB_ID
        config_path.write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m distillery.train.ship ADAPTER_DIR DEST_DIR")
    print(ship_adapter(sys.argv[1], sys.argv[2]))

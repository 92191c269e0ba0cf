"""`distillery train`: LoRA fine-tuning of a student (generative with TRL's SFTTrainer, or tagger).

Python API (the CLI, the quickstart and benchmarks/train_throughput.py all go through it):

    from distillery.train.run import run
    result = run(TrainConfig(), dataset="data/gen", output_dir="runs/student")

`run.py` is the face (run, is_complete, can_resume, summary, headline); `preamble.py` and
`outcome.py` are what both students do before and after their own trainer (`generative.py`,
`tagger.py`). Nothing heavy is imported here.
"""

from __future__ import annotations

from distillery.train.config import TrainConfig

__all__ = ["TrainConfig"]

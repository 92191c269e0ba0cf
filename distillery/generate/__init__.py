"""`distillery generate`: documents -> teacher -> validated train/validation/eval JSONL.

Entry point: `distillery.generate.run.run` (with `is_complete`, `summary`, `headline` for callers
that chain stages). Nothing heavy is imported here.
"""

"""`distillery generate`: documents -> teacher -> validated train/validation/eval JSONL.

Entry point: `distillery.generate.pipeline.run_generate`. Nothing heavy is imported here.
"""

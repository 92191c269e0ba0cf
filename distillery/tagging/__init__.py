"""The token-tagging student's format, shared by `train` and `infer` so they never drift.

The tagger reads a document once and gives every token a BIO label of a PII type. This package
holds what both stages must agree on: the label set (`labels`), how character spans become token
labels and how long documents become overlapping windows (`align`), how a model's token
probabilities become word-aligned spans (`decode`), and the attention mode (`attention`).
"""

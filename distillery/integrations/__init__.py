"""distillery inside the batch engines people already run: Ray Data (`integrations.ray`, the
optional extra `distillery[ray]`) and Hugging Face `datasets` (`integrations.hf`).

Both turn a batch's `text` column into the columns of the output contract with one function
(`integrations.columns.anonymize_columns`) over the public API (`distillery.api.Anonymizer`), and
follow one bad-row policy (see `columns`). Nothing is imported here: `import distillery` and this
package stay free of ray, pyarrow and torch.
"""

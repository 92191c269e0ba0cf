"""The machinery of the generator: the template language and banks, slots, the per-document context,
the builder that records gold spans, layouts, styles and the diversity report. It holds no words of its own."""

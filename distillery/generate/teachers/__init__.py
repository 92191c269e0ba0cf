"""Teachers label documents: `synthetic` (gold by construction) and `openai` (any compatible server)."""

"""`distillery serve`: the anonymizer over HTTP (FastAPI + uvicorn, the optional `serve` extra).

Our endpoints and Presidio's REST API (`serve.app`), every text through one micro-batcher
(`serve.batcher`). Importing this package imports no web framework; `serve.app` does.
"""

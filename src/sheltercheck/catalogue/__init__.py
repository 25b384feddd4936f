"""The standards catalogue in plain Python: the model, the YAML loader and its validation."""

"""Language facts in plain Python: Lao word segmentation (ICU) and locale formatting (Babel)."""

"""Assessment logic in plain Python: provinces, scoring, gaps, plan drafting, comparison."""

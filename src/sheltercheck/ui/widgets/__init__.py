"""Reusable widgets painted with QPainter: charts of domain scores."""

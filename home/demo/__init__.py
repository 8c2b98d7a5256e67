"""Curated demo dataset for ThrillWiki (see data.py)."""

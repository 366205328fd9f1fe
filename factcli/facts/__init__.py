"""Extraction: from a processed Doc to typed facts (people, roles, organisations,
counts, dates)."""

"""Inputs: reading articles (files, folders, stdin) into text with a source name."""

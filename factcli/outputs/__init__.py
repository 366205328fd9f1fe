"""Outputs: tables for people, JSON for programs."""

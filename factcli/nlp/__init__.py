"""The spaCy side: loading the checked pipeline, factcli's own components, running
texts through it in bounded memory, and fast token lookups."""

"""The command line (thin wiring over inputs, nlp, facts, run and outputs)."""

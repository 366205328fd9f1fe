"""Running articles: one article's facts in bounded memory, and batches on worker
processes."""

"""Run: a whole corpus at once (the fact store, the parallel engine, the corpus report)."""

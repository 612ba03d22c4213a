"""Facts: slots become checked fact records (a document's facts, merging, explanations, reviews)."""

"""Rules: a document's text becomes tokens, phrases and slots (repair, numbers, periods, sentences, grids)."""

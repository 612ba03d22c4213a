"""Base: what every stage shares (vocabulary tables, region gazetteer, fact schema, optional packages)."""

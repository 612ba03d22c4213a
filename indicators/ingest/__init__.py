"""Ingest: files and folders become documents (readers, manifest, publication dates, ingest report)."""

"""App: what the dashboard and the CLI read and write (views, data views, exports, output files)."""

"""Pressroom: mining press releases to a DuckDB warehouse."""

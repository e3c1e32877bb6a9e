"""Production figures from text tables (filled in below)."""


def extract_tables(doc) -> list:
    return []

"""Rule-based extractors over normalized, segmented release text."""

"""Hostile input and faults: garbage, hostile markup, path tricks, kills, broken plugins, limits."""

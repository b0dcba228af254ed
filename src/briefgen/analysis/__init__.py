"""Language-analysis machinery shared by the language plugins."""

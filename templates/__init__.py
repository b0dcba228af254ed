"""Jinja2 templates, CSS, fonts and prompts shipped with briefgen."""

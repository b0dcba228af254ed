"""What the OpenAI-compatible summariser needs: compact input, prompts, the answer schema,
parsing, the answer cache, limits and the HTTP client settings.

The modules here import no heavy library at import time; ``openai``, ``pydantic`` and
``tiktoken`` are loaded inside the functions that use them.
"""

"""Built-in briefgen plugins, loaded through the `briefgen` entry-point group like any other."""

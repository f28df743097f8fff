"""Subcommands of the `inspector` command, one module per group."""

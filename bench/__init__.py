"""Benchmarks and simulations run against the program's own services."""

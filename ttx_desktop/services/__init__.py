"""Use-cases as QObjects: they own repositories, change state and announce it with signals."""

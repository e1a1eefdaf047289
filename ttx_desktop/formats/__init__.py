"""Outside formats: the exercise definition (YAML) and MSEL spreadsheets. No Qt."""

"""Bringing data in: portfolio exports and insurers' commission statements, read from
CSV or XLSX, mapped to the office's fields, previewed, then written as one batch."""

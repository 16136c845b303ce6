"""Outputs: the contract JSON export and the other formats built from the store."""

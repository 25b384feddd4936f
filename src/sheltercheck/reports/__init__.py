"""Reports written to files (Excel now, PDF later): plain Python, never Qt."""

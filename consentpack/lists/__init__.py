"""Theatre lists, one reader to a kind of file, all giving the same rows (rows.py): reader.py
picks the reader by the file's suffix."""

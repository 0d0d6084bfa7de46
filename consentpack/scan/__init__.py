"""Filing scanned consent packs back into the patient record by the QR code on every page:
sources.py opens scanners' files, reading.py reads each page's code, records.py keeps the
records, filing.py runs the whole job. pdf/filing_pdfs.py reads and writes the PDFs."""

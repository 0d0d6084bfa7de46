"""ConsentPack: patient information and consent packs as print-ready PDFs."""

__version__ = "0.1.0"

"""Existing leaflets brought in as draft leaflets: a reader a kind of file turns it into blocks
(blocks.py), and the mapping places those blocks in the leaflet's sections."""

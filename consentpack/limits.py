"""How big an input may be, stated once.

Each limit is far above what a real file needs and far below what would make ConsentPack slow
or short of memory, so a damaged or hostile file is refused in seconds with a message instead
of being read.
"""

# YAML and JSON files: leaflets, site files, patient files, column maps. The bundled leaflet is
# 9 KB and nests 5 levels deep.
YAML_BYTES = 200 * 1024
YAML_DEPTH = 20

# Leaflet Markdown. The bundled leaflet's longest field is 664 characters, its longest section
# 234 words; nothing in it nests more than 2 levels.
MARKDOWN_CHARS = 20_000  # one field: about 3,000 words
MARKDOWN_NESTING = 8  # lists, quotes, emphasis and links inside each other
SECTION_WORDS = 1_000  # `check` warns above it: about four minutes' reading

"""WeasyPrint's door to the outside world, nearly shut: only files inside the project's own
style, asset and font folders. No network, no /etc, no data: URLs smuggling an SVG.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher


class AssetOnlyFetcher(URLFetcher):
    def __init__(self, allowed_folders: list[Path]):
        super().__init__(allowed_protocols={"file"})
        self._allowed = tuple(folder.resolve() for folder in allowed_folders)

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return False
        path = Path(url2pathname(unquote(parts.path))).resolve()
        return any(path.is_relative_to(folder) for folder in self._allowed)

    def fetch(self, url, headers=None):
        if not self.allows(url):
            raise ValueError(f"ConsentPack only loads files from its own style and font folders, not {url}")
        return super().fetch(url, headers)

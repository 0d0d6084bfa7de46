"""Read a YAML file keeping its node tree, so a validation error can name the line it came from."""

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, SequenceNode

from .errors import ContentError


class _UniqueKeyLoader(yaml.SafeLoader):
    """A key given twice is a mistake to report, not a value to overwrite silently."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"'{key}' is given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


class YamlSource:
    """Parsed data of one YAML file plus the nodes it was built from."""

    def __init__(self, path: Path, display: str, error=ContentError):
        self.display = display
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise error(f"{display}: is not UTF-8 text; save it as UTF-8") from None
        except OSError as exc:
            raise error(f"{display}: cannot be read ({exc.strerror})") from None
        loader = _UniqueKeyLoader(text)
        try:
            self._root = loader.get_single_node()
            self.data = loader.construct_document(self._root) if self._root else None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f" line {mark.line + 1}" if mark else ""
            raise error(f"{display}:{where}: not valid YAML: {exc.problem}") from None
        finally:
            loader.dispose()

    def line_of(self, loc: tuple) -> int | None:
        """The line of the deepest key or list item that `loc` reaches."""
        node, line = self._root, None
        for key in loc:
            if isinstance(node, MappingNode):
                pair = next(((k, v) for k, v in node.value if k.value == str(key)), None)
                if pair is None:
                    break
                line, node = pair[0].start_mark.line + 1, pair[1]
            elif isinstance(node, SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                break
        return line

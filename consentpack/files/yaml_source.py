"""Read a YAML (or JSON) file keeping its node tree, so a validation error can name the line it came from.

Leaflets, site files and patient files come from people and other systems, so the reader
refuses, with the line, what would otherwise crash or stall it: a file too large, nesting
deeper than any ConsentPack file needs (PyYAML composes recursively), aliases (a few lines of
them expand to billions of nodes) and keys that are not plain text.
"""

from pathlib import Path

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.reader import ReaderError

from ..errors import ContentError
from ..limits import YAML_BYTES, YAML_DEPTH, read_at_most

_TAG = "tag:yaml.org,2002:"
_KEY_KINDS = {  # what YAML reads an unquoted key as, in a user's words
    f"{_TAG}int": "a number", f"{_TAG}float": "a number", f"{_TAG}bool": "true or false",
    f"{_TAG}null": "empty (null)", f"{_TAG}timestamp": "a date", f"{_TAG}merge": "a merge key (<<)",
}


class _SafeLoader(yaml.SafeLoader):
    """SafeLoader within limits: no aliases, bounded nesting, plain-text keys, each given once."""

    _depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise ComposerError(None, None, "aliases (*name) are not allowed; write the value out in full",
                                event.start_mark)
        nests = isinstance(event, (MappingStartEvent, SequenceStartEvent))
        if nests:
            self._depth += 1
            if self._depth > YAML_DEPTH:
                raise ComposerError(None, None, f"nests lists or mappings more than {YAML_DEPTH} levels deep",
                                    event.start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            if nests:
                self._depth -= 1

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if problem := _key_problem(key_node):
                raise ConstructorError(None, None, problem, key_node.start_mark)
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                # a key with digits may be an NHS number, as in validation.UNSHOWN_KEY
                shown = "a key" if any(ch.isdigit() for ch in key) else f"'{key}'"
                raise ConstructorError(None, None, f"{shown} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _key_problem(node) -> str | None:
    """Why a key is not plain text, without repeating it: in a patient file it may be a date of birth."""
    if isinstance(node, ScalarNode):
        if node.tag == f"{_TAG}str":
            return None
        kind = _KEY_KINDS.get(node.tag, "not plain text")
        return f"a key must be plain text, but this one reads as {kind}; put it in quotes"
    kind = "a list" if isinstance(node, SequenceNode) else "a mapping"
    return f"a key must be plain text, not {kind}"


def _value_or_text(construct):
    """A value that looks like a number or a date but cannot be one (month 13, 5,000 digits) stays
    text, so the model names the field instead of Python raising ValueError."""

    def construct_or_text(loader, node):
        try:
            return construct(loader, node)
        except (ValueError, OverflowError):
            return loader.construct_scalar(node)

    return construct_or_text


for _kind in ("int", "timestamp"):
    _SafeLoader.add_constructor(f"{_TAG}{_kind}",
                                _value_or_text(SafeConstructor.yaml_constructors[f"{_TAG}{_kind}"]))


def _read_text(path: Path, display: str, error) -> str:
    data = read_at_most(path, YAML_BYTES, f"{display}:", error,
                        f"{display}: is larger than {YAML_BYTES // 1024} KB, more than any leaflet, site or "
                        "patient file needs; check it is the right file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"{display}: is not UTF-8 text; save it as UTF-8") from None


class YamlSource:
    """Parsed data of one YAML file plus the nodes it was built from."""

    def __init__(self, path: Path, display: str, error=ContentError):
        self.display = display
        text = _read_text(path, display, error)
        try:
            loader = _SafeLoader(text)
        except ReaderError as exc:  # raised before parsing starts, so it carries no mark
            line = text.count("\n", 0, exc.position) + 1
            raise error(f"{display}: line {line}: not valid YAML: it holds a control character "
                        f"(#x{exc.character:04x}); remove it") from None
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

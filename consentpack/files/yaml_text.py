"""Library files written in the library's own style: multi-line text as `|` blocks, lists
indented under their key, keys in the order given. The importer's drafts and `translate
import`'s translations are both written so, and read like the leaflets people wrote by hand."""

import yaml


class _LibraryDumper(yaml.SafeDumper):
    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str):
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_LibraryDumper.add_representer(str, _text)


def library_yaml(data: dict) -> str:
    return yaml.dump(data, Dumper=_LibraryDumper, sort_keys=False, allow_unicode=True, width=100)

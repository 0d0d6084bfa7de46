"""Reading a pack the way assistive technology does: its structure tree, in order, with the
text of each marked-content sequence taken from the page it is drawn on."""

from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject


@dataclass
class Node:
    role: str
    page: int | None
    attributes: dict
    kids: list = field(default_factory=list)  # Node or (page, mcid)

    def walk(self):
        yield self
        for kid in self.kids:
            if isinstance(kid, Node):
                yield from kid.walk()

    def marked(self):
        """(page, mcid) of every marked-content sequence under this element, in order."""
        for kid in self.kids:
            if isinstance(kid, Node):
                yield from kid.marked()
            else:
                yield kid


def marked_text(reader: PdfReader) -> dict[tuple[int, int], str]:
    """The text drawn in each marked-content sequence with an MCID, by (page, mcid);
    text outside any such sequence is filed under (page, None) if not in an artifact."""
    texts: dict[tuple[int, int | None], str] = {}
    for number, page in enumerate(reader.pages):
        stack: list = []

        def before(operator, operands, cm, tm, stack=stack):
            if operator == b"BDC":
                properties = operands[1]
                mcid = properties.get("/MCID") if isinstance(properties, dict) else None
                stack.append(("artifact" if operands[0] == "/Artifact" else mcid))
            elif operator == b"BMC":
                stack.append("artifact" if operands[0] == "/Artifact" else None)
            elif operator == b"EMC":
                stack.pop()

        def text(value, cm, tm, font, size, number=number, stack=stack):
            if not value.strip():
                return
            owner = next((entry for entry in reversed(stack) if entry is not None), None)
            if owner == "artifact":
                return
            key = (number, owner)
            texts[key] = texts.get(key, "") + value

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return texts


def structure(reader: PdfReader) -> Node:
    """The structure tree, as a screen reader walks it: each element with its role, page and kids."""
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    root = reader.trailer["/Root"]["/StructTreeRoot"]

    def node(element: DictionaryObject) -> Node:
        page_ref = element.raw_get("/Pg") if "/Pg" in element else None
        page = pages[page_ref.idnum] if page_ref is not None else None
        result = Node(str(element.get("/S")), page,
                      {key: element[key] for key in element if key not in ("/K", "/P", "/Pg", "/S")})
        kids = element.get("/K", ArrayObject())
        kids = kids if isinstance(kids, ArrayObject) else [kids]
        for kid in kids:
            kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(kid, int):
                result.kids.append((page, int(kid)))
            elif kid.get("/Type") == "/MCR":
                result.kids.append((pages[kid.raw_get("/Pg").idnum], int(kid["/MCID"])))
            elif kid.get("/Type") != "/OBJR":
                result.kids.append(node(kid))
        return result

    kids = root["/K"]
    kids = kids if isinstance(kids, ArrayObject) else [kids]
    top = Node("/StructTreeRoot", None, {})
    top.kids = [node(kid.get_object()) for kid in kids]
    return top


def text_of(element: Node, texts) -> str:
    """What a screen reader says for `element`: the text of its marked content, in order."""
    return " ".join(" ".join(texts.get(key, "").split()) for key in element.marked()).strip()


def headings(reader: PdfReader) -> list[tuple[str, int, str]]:
    """(role, page, text) of every heading, in reading order."""
    texts = marked_text(reader)
    return [(node.role, node.page, text_of(node, texts)) for node in structure(reader).walk()
            if node.role in ("/H1", "/H2", "/H3", "/H4", "/H5", "/H6")]

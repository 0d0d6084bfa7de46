"""Six leaflets written for the import tests, shaped like NHS trusts' patient information, each
made into a web page, a Word file, a PDF, Markdown and plain text, with the facts a reader must
find in each: its headings in order and their levels, its risks with their figures, and the
page furniture none of its blocks may hold.

    TEST DATA ONLY. These leaflets were invented for ConsentPack's tests. Their wording, risks
    and figures are made up to exercise the readers and are not clinical information: never
    print them for a patient and never copy them into a leaflet library.

`fixture_files(folder)` writes every leaflet in every format and returns
(name, format, path, expected) for each, for the readers' tests and the mapping's alike.
"""

import html
from dataclasses import dataclass
from pathlib import Path

from consentpack.importing.blocks import Block

TRUST = "Northfield Hospitals NHS Foundation Trust"  # invented, as is every number below
RUNNING_HEADER = f"{TRUST} · Patient information"
RUNNING_FOOTER = "Leaflet ref: SUR-0123 · Review due: June 2027"
FORMATS = ("html", "docx", "pdf", "markdown", "text")
_SUFFIXES = {"html": ".html", "docx": ".docx", "pdf": ".pdf", "markdown": ".md", "text": ".txt"}


@dataclass(frozen=True)
class Para:
    text: str  # the whole paragraph, its lead included
    lead: str = ""  # bold words that start it


@dataclass(frozen=True)
class Items:
    texts: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Section:
    heading: str
    content: tuple[Para | Items | Table, ...]
    level: int = 2
    risks: bool = False  # its items, rows or lead paragraphs are the leaflet's risks


@dataclass(frozen=True)
class Leaflet:
    name: str
    title: str
    sections: tuple[Section, ...]
    web_headings: str = "tags"  # "tags": <h2>; "bold": <p><strong> (some trusts' pages, and their PDFs)
    word_headings: str = "styles"  # "styles": Heading 2; "bold": a bold paragraph, as many Word leaflets
    web_container: str = "main"  # what holds the page's content: main, article, role or body
    header_row_cells: str = "thead"  # how the web page marks its table's header: thead or th


@dataclass(frozen=True)
class Expected:
    """What reading one leaflet in one format must give."""

    headings: tuple[str, ...]  # in order, numbering kept ("3. Risks")
    levels: tuple[int, ...]
    risks: tuple[Block, ...]  # each must be one of the blocks read, exactly
    furniture: tuple[str, ...]  # no block may hold any of these
    has_furniture: bool  # the file has furniture, so the reader must count some


# The furniture each format's files carry.
WEB_FURNITURE = ("Skip to main content", "We use cookies", "Accept all cookies", "Our services › Surgery",
                 "Related pages", "Print this page", "Share on Facebook", "Was this page helpful?",
                 "© 2026 Northfield", "Privacy policy", "Search this site", "Sign up to our newsletter")
PRINT_FURNITURE = (RUNNING_HEADER, RUNNING_FOOTER, "Review due", "Page 1 of", "Page 2 of")
TEXT_BREADCRUMB = "Our services › Surgery › Patient leaflets"

LEAFLETS = (
    Leaflet(
        name="inguinal-hernia-repair", title="Inguinal hernia repair",
        sections=(
            Section("What is an inguinal hernia?", (
                Para("An inguinal hernia is a bulge in the groin. It happens when fatty tissue or a loop of bowel "
                     "pushes through a weak spot in the muscles of the tummy wall."),
                Para("Hernias are common. They are more common in men than in women."),
            )),
            Section("What will happen if I leave my hernia alone?", (
                Para("Your hernia will not get better on its own and may get bigger over time. Rarely, a piece of "
                     "bowel can get stuck in the hernia. This is an emergency and needs an operation straight "
                     "away."),
            )),
            Section("What are the benefits of surgery?", (
                Para("The operation should stop the bulge and the ache it causes. Most people go back to their "
                     "usual activities within a few weeks."),
            )),
            Section("Are there any alternatives?", (
                Para("If your hernia is small and does not bother you, you may choose to wait and see. A support "
                     "belt (truss) helps some people, but it does not cure the hernia."),
            )),
            Section("Can there be any complications or risks?", (
                Para("Most people have no problems after a hernia repair. Possible complications include:"),
                Items((
                    "Bleeding or bruising in the groin (about 1 in 100)",
                    "Wound infection (about 2 in 100)",
                    "Difficulty passing urine after the operation (between 1 in 20 and 1 in 10 men)",
                    "Long-term pain in the groin (about 1 in 10)",
                    "The hernia coming back (less than 1 in 100)",
                    "Damage to the blood supply of the testicle (less than 1 in 1,000)",
                )),
                Para("Your surgeon will talk to you about these risks before you sign the consent form."),
            ), risks=True),
            Section("How soon will I recover?", (
                Para("You should be able to walk about on the day of the operation. Avoid heavy lifting for four "
                     "weeks. Most people go back to office work after one to two weeks."),
            )),
            Section("Going home", (
                Para("You will usually go home on the same day. An adult must take you home and stay with you "
                     "overnight."),
                Items(("Keep the wound clean and dry for five days.",
                       "Take painkillers regularly for the first few days.")),
            )),
            Section("Parking at the hospital", (
                Para("Parking is available in the multi-storey car park on Station Road. Blue badge holders park "
                     "free of charge near the main entrance."),
            )),
            Section("Contact us", (
                Para("If you have any questions, please ring the Day Surgery Unit on 01632 960 123, Monday to "
                     "Friday, 8am to 6pm."),
            )),
        )),
    Leaflet(
        name="carpal-tunnel-release", title="Carpal tunnel release", word_headings="bold",
        web_container="article",
        sections=(
            Section("About carpal tunnel syndrome", (
                Para("Carpal tunnel syndrome happens when a nerve in your wrist is squeezed. It causes tingling, "
                     "numbness and pain in your hand, often at night."),
            )),
            Section("The operation", (
                Para("The operation is done under local anaesthetic, so you will be awake. The surgeon makes a "
                     "small cut in the palm of your hand and releases the tight band of tissue that presses on "
                     "the nerve. It takes about 15 minutes."),
            )),
            Section("Risks and complications", (
                Para("Every operation carries some risk. The table below shows the main risks and how often they "
                     "happen."),
                Table(("Risk", "How often"), (
                    ("Tender scar", "between 1 in 20 and 1 in 10"),
                    ("Wound infection", "1 in 100"),
                    ("Symptoms not fully relieved", "5%"),
                    ("Nerve or blood vessel damage", "less than 1 in 1,000"),
                    ("Complex regional pain syndrome (long-lasting pain and stiffness)", "uncommon"),
                )),
            ), risks=True),
            Section("After the operation", ()),
            Section("Your dressing", (
                Para("Keep the bandage on for two days, then put on a small plaster. Keep the wound dry until "
                     "the stitches are removed."),
            ), level=3),
            Section("Using your hand", (
                Para("Move your fingers from the start. Avoid heavy gripping for four weeks."),
            ), level=3),
            Section("Going home", (
                Para("You can go home about an hour after the operation. Do not drive until you can grip the "
                     "steering wheel firmly."),
            )),
            Section("Contact details", (
                Para("Hand Therapy Department: 01632 960 456. Out of hours, call NHS 111."),
            )),
            Section("References", (
                Para("British Society for Surgery of the Hand. Carpal tunnel syndrome: information for patients. "
                     "2021."),
            )),
        )),
    Leaflet(
        name="cataract-surgery", title="Cataract surgery", web_container="role",
        sections=(
            Section("1. What is a cataract?", (
                Para("A cataract is when the lens inside your eye becomes cloudy. It makes your sight blurred or "
                     "misty."),
            )),
            Section("2. The operation", (
                Para("The cloudy lens is removed through a tiny cut and replaced with a clear plastic lens. Most "
                     "people have the operation with anaesthetic eye drops. It takes about 20 minutes."),
            )),
            Section("3. Risks", (
                Para("Cataract surgery is very safe, but no operation is free of risk."),
                Para("Posterior capsule rupture. The thin bag that holds the lens tears in about 2 in 100 "
                     "operations. You may need a second operation.", lead="Posterior capsule rupture."),
                Para("Infection inside the eye. This is serious but rare: less than 1 in 1,000.",
                     lead="Infection inside the eye."),
                Para("Raised pressure in the eye. This is common in the first few days and is treated with "
                     "drops.", lead="Raised pressure in the eye."),
                Para("Retinal detachment. This is uncommon. Tell us straight away if you see new floaters or a "
                     "shadow.", lead="Retinal detachment."),
                Para("Cloudy vision months later. About 1 in 10 people need a quick laser treatment to clear "
                     "it.", lead="Cloudy vision months later."),
            ), risks=True),
            Section("4. After your operation", (
                Para("Use your eye drops as your nurse shows you. Do not rub your eye. Wear the eye shield at "
                     "night for one week."),
            )),
            Section("5. Contact us", (
                Para("Eye Casualty is open every day from 8am to 8pm on 01632 960 789."),
            )),
            Section("6. References", (
                Para("The Royal College of Ophthalmologists. Cataract surgery guidelines. 2010."),
            )),
        )),
    Leaflet(
        name="knee-arthroscopy", title="Knee arthroscopy", web_headings="bold", web_container="body",
        sections=(
            Section("What is a knee arthroscopy?", (
                Para("A knee arthroscopy is keyhole surgery on the knee. The surgeon looks inside the joint with "
                     "a small camera and can repair or trim damaged cartilage."),
            )),
            Section("Before your operation", (
                Para("Do not eat for six hours before your operation. You may drink water until two hours "
                     "before."),
            )),
            Section("Risks and complications", (
                Para("The risks are small. They include:"),
                Items((
                    "Infection in the joint (less than 1%)",
                    "A blood clot in the leg (about 1 in 200)",
                    "Bleeding into the knee (1 in 100)",
                    "Numbness near the scars (common)",
                    "Stiffness (uncommon)",
                )),
            ), risks=True),
            Section("After your operation", (
                Para("Your knee will be swollen for a few weeks. Raise your leg when you sit and use an ice pack "
                     "for 20 minutes at a time."),
            )),
            Section("Going home", (
                Para("Most people go home the same day. Use your crutches until you can walk without a limp."),
            )),
            Section("Parking", (
                Para("Pay-and-display parking is available opposite the Orthopaedic Centre."),
            )),
            Section("Contact us", (
                Para("Orthopaedic Nurse Practitioners: 01632 960 234, Monday to Friday."),
            )),
        )),
    Leaflet(
        name="laparoscopic-cholecystectomy", title="Laparoscopic cholecystectomy (keyhole gallbladder removal)",
        header_row_cells="th",
        sections=(
            Section("Why do I need my gallbladder removed?", (
                Para("Gallstones can cause pain, inflammation of the gallbladder or jaundice. Removing the "
                     "gallbladder stops new stones from forming in it."),
            )),
            Section("What does the operation involve?", (
                Para("The operation is done under general anaesthetic. The surgeon makes four small cuts in your "
                     "tummy and removes the gallbladder using a camera and fine instruments."),
            )),
            Section("What are the risks?", (
                Para("Serious problems are rare. The table shows how often the main risks happen."),
                Table(("Risk", "How often"), (
                    ("Shoulder-tip pain from the gas used", "common"),
                    ("Bile leak", "about 1 in 100"),
                    ("Changing to open surgery", "between 1 in 20 and 1 in 10"),
                    ("Injury to the bile duct", "2 in 1,000"),
                    ("Bleeding that needs a blood transfusion", "less than 1 in 1,000"),
                )),
            ), risks=True),
            Section("Will I have to change my diet?", (
                Para("Most people can eat normally after the operation. A few people find fatty food upsets "
                     "their stomach for a while."),
            )),
            Section("When can I go home?", (
                Para("Most people go home on the same day or the next morning."),
            )),
            Section("Who can I contact if I have questions?", (
                Para("Surgical Assessment Unit: 01632 960 567, open 24 hours."),
            )),
        )),
    Leaflet(
        name="tonsillectomy", title="Tonsillectomy (removal of tonsils) for children", word_headings="bold",
        sections=(
            Section("What are tonsils?", (
                Para("Tonsils are two small lumps at the back of the throat. They help fight infection in young "
                     "children, but the body has other ways of doing this."),
            )),
            Section("Why does my child need their tonsils out?", (
                Para("Tonsils are removed when a child has many sore throats a year, or when large tonsils "
                     "block the breathing at night."),
            )),
            Section("What are the risks?", (
                Para("Tonsillectomy is a common operation, but there are some risks:"),
                Items((
                    "Bleeding from the throat in the first two weeks (about 1 in 30)",
                    "Bleeding that needs another operation (about 1 in 100)",
                    "Damage to teeth, lips or gums (less than 1 in 100)",
                    "Infection of the throat (uncommon)",
                ), numbered=True),
            ), risks=True),
            Section("After the operation", (
                Para("Give your child regular pain relief for at least a week. Eating normal food helps the "
                     "throat heal."),
            )),
            Section("Going home", (
                Para("Most children go home on the same day."),
            )),
            Section("Further information", (
                Para("ENT UK has more information for parents on its website."),
            )),
            Section("Contact details", (
                Para("Children's Ward: 01632 960 890, day and night."),
            )),
        )),
)


def fixture_files(folder: Path) -> list[tuple[str, str, Path, Expected]]:
    """Every leaflet in every format, written into `folder`: (name, format, path, expected)."""
    made = []
    for leaflet in LEAFLETS:
        for file_format in FORMATS:
            path = folder / f"{leaflet.name}{_SUFFIXES[file_format]}"
            _WRITERS[file_format](leaflet, path)
            made.append((leaflet.name, file_format, path, expected(leaflet, file_format)))
    return made


def expected(leaflet: Leaflet, file_format: str) -> Expected:
    headings = (leaflet.title, *(section.heading for section in leaflet.sections))
    flat = file_format == "text" or (file_format == "docx" and leaflet.word_headings == "bold")
    levels = (1, *(2 if flat else section.level for section in leaflet.sections))
    risks = tuple(block for section in leaflet.sections if section.risks
                  for part in section.content for block in _risk_blocks(part, file_format))
    furniture = {"html": WEB_FURNITURE, "pdf": PRINT_FURNITURE, "docx": PRINT_FURNITURE[:2],
                 "text": (TEXT_BREADCRUMB,), "markdown": ()}[file_format]
    return Expected(headings, levels, risks, furniture, has_furniture=file_format != "markdown")


def _risk_blocks(part, file_format: str) -> list[Block]:
    if isinstance(part, Items):
        return [Block("item", text) for text in part.texts]
    if isinstance(part, Table):
        if file_format == "text":
            return [Block("item", ": ".join(row)) for row in part.rows]
        return [Block("row", " | ".join(row), cells=row, header=number == 0)
                for number, row in enumerate((part.header, *part.rows))]
    if part.lead:
        return [Block("paragraph", part.text, lead="" if file_format == "text" else part.lead)]
    return []


# A web page, as a trust's site serves it: skip link, cookie banner, header and menu, breadcrumb,
# the leaflet, share and feedback boxes, related pages, footer, scripts.

def _web_content(leaflet: Leaflet, bold_headings: bool) -> str:
    parts = [f"<h1>{_escape(leaflet.title)}</h1>"]
    for section in leaflet.sections:
        if bold_headings:
            parts.append(f"<p><strong>{_escape(section.heading)}</strong></p>")
        else:
            parts.append(f"<h{section.level}>{_escape(section.heading)}</h{section.level}>")
        parts += [_web_part(part, leaflet.header_row_cells) for part in section.content]
    return "\n".join(parts)


def _web_part(part, header_row_cells: str) -> str:
    if isinstance(part, Para):
        if part.lead:
            return f"<p><strong>{_escape(part.lead)}</strong>{_escape(part.text[len(part.lead):])}</p>"
        return f"<p>{_escape(part.text)}</p>"
    if isinstance(part, Items):
        tag = "ol" if part.numbered else "ul"
        return f"<{tag}>" + "".join(f"<li>{_escape(text)}</li>" for text in part.texts) + f"</{tag}>"
    header = "<tr>" + "".join(f"<th>{_escape(cell)}</th>" for cell in part.header) + "</tr>"
    rows = "".join("<tr>" + "".join(f"<td>{_escape(cell)}</td>" for cell in row) + "</tr>" for row in part.rows)
    if header_row_cells == "thead":
        return f"<table><thead>{header}</thead><tbody>{rows}</tbody></table>"
    return f"<table>{header}{rows}</table>"


def _write_web_page(leaflet: Leaflet, path: Path) -> None:
    content = _web_content(leaflet, leaflet.web_headings == "bold")
    extras = """
      <div class="print-link"><a href="javascript:window.print()">Print this page</a></div>
      <div class="share-links"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <div id="feedback-box"><p>Was this page helpful?</p><a href="#">Yes</a> <a href="#">No</a></div>"""
    container = {
        "main": f'<main id="maincontent">{content}{extras}</main>',
        "article": f'<div class="page"><article>{content}</article>{extras}</div>',
        "role": f'<div id="content" role="main">{content}{extras}</div>',
        "body": f'<div class="wrapper">{content}{extras}</div>',
    }[leaflet.web_container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{_escape(leaflet.title)} | {TRUST}</title>
<style>body {{ font-family: Arial, sans-serif }}</style>
<script>window.dataLayer = [{{"event": "Skip to main content"}}];</script>
</head><body>
<a class="skip-link" href="#maincontent">Skip to main content</a>
<div id="cookie-banner"><p>We use cookies to make this website work and to see how it is used.</p>
  <button>Accept all cookies</button> <a href="/cookies">Cookie settings</a></div>
<header class="site-header"><a href="/">{TRUST}</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/services">Our services</a></li>
  <li><a href="/visiting">Visiting</a></li></ul></nav>
  <form role="search"><label>Search this site <input name="q"></label></form></header>
<div class="nhs-breadcrumb"><a href="/">Home</a> › <a href="/services">Our services › Surgery</a></div>
{container}
<aside><h2>Related pages</h2><ul><li><a href="/day-surgery">Day surgery</a></li></ul></aside>
<div class="newsletter-banner"><p>Sign up to our newsletter</p></div>
<footer><p>© 2026 Northfield Hospitals NHS Foundation Trust</p><a href="/privacy">Privacy policy</a></footer>
<noscript>Please turn on JavaScript</noscript>
</body></html>
""", encoding="utf-8")


# A PDF, as a trust prints its leaflet: A5, the trust's name at the top of every page, the leaflet's
# reference, review date and page number at the bottom.

def _print_page(leaflet: Leaflet) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_escape(leaflet.title)}</title>
<style>
@page {{ size: A5; margin: 22mm 16mm;
  @top-center {{ content: "{RUNNING_HEADER}"; font-size: 8pt }}
  @bottom-left {{ content: "{RUNNING_FOOTER}"; font-size: 8pt }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt }} }}
body {{ font-family: sans-serif; font-size: 10pt }}
h1 {{ font-size: 18pt }} h2 {{ font-size: 13pt }} h3 {{ font-size: 11.5pt }}
table {{ border-collapse: collapse }} th, td {{ border: 1px solid black; padding: 2pt 4pt; text-align: left }}
</style></head><body>
{_web_content(leaflet, leaflet.web_headings == "bold")}
</body></html>"""


def _write_pdf(leaflet: Leaflet, path: Path) -> None:
    import weasyprint  # only the tests that make PDFs pay for it

    path.write_bytes(weasyprint.HTML(string=_print_page(leaflet)).write_pdf())


# A Word file, as trusts write them: real Heading styles in some, bold paragraphs in others, List
# Bullet and List Number paragraphs, a Table Grid table with a bold first row, and the trust's
# name and the leaflet's reference in the running header and footer.

def _write_docx(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    bold_headings = leaflet.word_headings == "bold"
    if bold_headings:
        document.add_paragraph().add_run(leaflet.title).bold = True
        document.paragraphs[-1].runs[0].font.size = Pt(18)
    else:
        document.add_heading(leaflet.title, level=0)  # Word's Title style
    for section in leaflet.sections:
        if bold_headings:
            document.add_paragraph().add_run(section.heading).bold = True
        else:
            document.add_heading(section.heading, level=section.level)
        for part in section.content:
            _docx_part(document, part)
    document.sections[0].header.paragraphs[0].text = RUNNING_HEADER
    document.sections[0].footer.paragraphs[0].text = RUNNING_FOOTER
    document.save(path)


def _docx_part(document, part) -> None:
    if isinstance(part, Para):
        paragraph = document.add_paragraph()
        if part.lead:
            paragraph.add_run(part.lead).bold = True
        paragraph.add_run(part.text[len(part.lead):])
    elif isinstance(part, Items):
        for text in part.texts:
            document.add_paragraph(text, style="List Number" if part.numbered else "List Bullet")
    else:
        table = document.add_table(rows=len(part.rows) + 1, cols=len(part.header))
        table.style = "Table Grid"
        for column, text in enumerate(part.header):
            table.cell(0, column).paragraphs[0].add_run(text).bold = True
        for row_number, row in enumerate(part.rows, 1):
            for column, text in enumerate(row):
                table.cell(row_number, column).text = text


# Markdown and plain text, as a leaflet copied out of a page or written by hand.

def _write_markdown(leaflet: Leaflet, path: Path) -> None:
    lines = [f"# {leaflet.title}", ""]
    for section in leaflet.sections:
        lines += ["#" * section.level + f" {section.heading}", ""]
        for part in section.content:
            if isinstance(part, Para):
                lines.append(f"**{part.lead}**{part.text[len(part.lead):]}" if part.lead else part.text)
            elif isinstance(part, Items):
                lines += [f"{number}. {text}" if part.numbered else f"- {text}"
                          for number, text in enumerate(part.texts, 1)]
            else:
                lines += ["| " + " | ".join(part.header) + " |", "|" + " --- |" * len(part.header)]
                lines += ["| " + " | ".join(row) + " |" for row in part.rows]
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def _write_text(leaflet: Leaflet, path: Path) -> None:
    lines = [TEXT_BREADCRUMB, leaflet.title, ""]
    for section in leaflet.sections:
        lines += [section.heading, ""]
        for part in section.content:
            if isinstance(part, Para):
                lines.append(part.text)
            elif isinstance(part, Items):
                lines += [f"{number}. {text}" if part.numbered else f"- {text}"
                          for number, text in enumerate(part.texts, 1)]
            else:
                lines += [f"- {': '.join(row)}" for row in part.rows]
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


_WRITERS = {"html": _write_web_page, "docx": _write_docx, "pdf": _write_pdf, "markdown": _write_markdown,
            "text": _write_text}

"""How well `consentpack import` maps leaflets it has never seen: the issue's acceptance check.

    python benchmarks/import_accuracy.py [--set 1|2|3|4|5|6|7|8|9|10|11|all]

    TEST DATA ONLY. The four leaflets below (hip replacement, endovenous laser treatment for
    varicose veins, colonoscopy, outpatient hysteroscopy) were invented for this measurement.
    Their wording, risks and figures are made up, are not clinical information, and must never
    be printed for a patient or copied into a leaflet library. Westbrook Community Hospitals NHS
    Trust does not exist.

They are held out: none of them is among the tests' six fixtures (tests/helpers/leaflet_fixtures.py)
and the importer was not changed after seeing them. Each is written as a web page (HTML, with a
skip link, cookie banner, menu, breadcrumb and footer), a Word file (python-docx, with a running
header and footer) and a PDF (WeasyPrint, with a running header, footer and page numbers), with
builders of this file's own so that even the furniture is new. Each is imported with
`consentpack.actions.import_leaflet`, and measured from the report JSON and the draft YAML:

- headings: each heading under the title, counted right when the report's "placed" gives the
  section written beside it below (the title itself is not counted; a heading the reader did
  not find as a heading at all counts as a miss);
- risks: each expected risk counts when a risk of the draft's sections.risks holds all its key
  words (in its name or detail) and its frequency (count, up_to, per) equals the expected one, as
  the README's rules turn the source's words into one, or both are none;
- invented figures: every number in every draft frequency. `count` and `up_to` must be written in
  the source, or be the same rate as a figure the source writes ("1 in 50" is 2 in 100,
  "0.1%" is 1 in 1,000); `per` must be a denominator the source writes, or 100 for a percentage
  (implied), or the denominator of a rate so rescaled. Anything else is listed as invented;
- sentences: every sentence of six or more words in the draft's body text (section text, risk
  names and details, alternatives, recovery, questions and answers; not the comments, TODOs, or a
  frequency's `source` and a risk's `review`, which the importer writes) that occurs in the source
  text, white space, quotes and dashes normalised and Markdown escapes undone, over all of them.

It prints a table per format and overall, then every miss. The exit code is always 0: this is a
measurement, not a test.

Set 2. Set 1 stopped being held out once its misses were used to change the importer's heading
rules. Set 2 (flexible cystoscopy, wisdom tooth removal, arthroscopic subacromial decompression,
breast lump excision; TEST DATA ONLY, invented like set 1, for an invented trust, Harrowfield and
Dene Hospitals NHS Foundation Trust) was written without reading the importer, its tests or the
README's heading table, with furniture of its own (another site's cookie dialog, search bar, menu,
sidebar and share bar; a Word header and footer with page-number fields; a PDF with "Page n of N").
`--set 1` or `--set 2` measures one set; the default measures both, each with its own tables,
then both together. Set 1's leaflets and expectations are unchanged.

Set 3. Sets 1 and 2 are both being used to change the importer's rules, so neither is held out.
Set 3 (laparoscopic appendicectomy, total knee replacement, haemorrhoid banding, excision of a skin
lesion under local anaesthetic; TEST DATA ONLY, invented like sets 1 and 2, for an invented trust,
Ashcombe and Kelmarsh Hospitals NHS Trust) was written without reading the importer, its tests or
the README's import section, with furniture of its own (a WordPress-like site with an emergency
banner, accessibility tools, related leaflets, a "was this page helpful?" form, a footer with a
switchboard number and a cookie bar after the footer; a Word header and a three-line footer with a
page field; a PDF with a centred running header, leaflet number and "n / N" page numbers).
`--set 3` measures it alone; `--set all` (or `both`, the default) measures every set, each with its
own tables, then all together. The leaflets and expectations of sets 1 and 2 are unchanged.

Set 4. Set 3's misses are being used to change the importer's rules, so no set was held out. Set 4
(thyroidectomy, vasectomy under local anaesthetic, gastroscopy, bunion correction surgery; TEST DATA
ONLY, invented like sets 1-3, for an invented trust, Thornleigh and Brackenford Hospitals NHS
Foundation Trust) was written without reading the importer, its tests or the README's import
section, and was not changed after its results were seen. Its headings are questions, plain labels,
numbered headings and bold paragraphs (on the web page, in the PDF and in Word); its risks are list
items with inline figures, a table, bold lead-in paragraphs and one risk sub-heading per leaflet. Its
furniture is its own (a cookie control, skip links, a listen-and-translate bar, a masthead, site
menu, breadcrumb, leaflet details, "back to top" and a three-column footer with a telephone number;
a Word header and a footer with the leaflet code and "Page n of N" fields; a PDF with the trust and
the leaflet title running at the top, the leaflet code and "Page n" at the bottom). `--set 4`
measures it alone; `--set all` includes it. The leaflets and expectations of sets 1-3 are unchanged.

Set 5. Set 4's misses were used to change the importer's rules, so it is no longer held out. Set 5
(cataract surgery, carpal tunnel release, open inguinal hernia repair, tonsillectomy for adults; TEST
DATA ONLY, invented like sets 1-4, for an invented trust, Calderwick and Orme Valley Hospitals NHS
Trust) was written without reading the importer, its tests or the README's import section. Its
headings are questions in the patient's voice, plain labels, numbered headings with numbered
sub-headings, and bold paragraphs (on the web page, in the PDF and in Word, or in Word alone); its risks
are list items with inline figures, a table (Risk | How often), bold lead-in paragraphs and at least
one risk sub-heading per leaflet; doing nothing has its own heading in two leaflets and is a paragraph
of the alternatives in the other two. Its furniture is its own (a Drupal-like site with a cookie
dialog, an industrial action alert, a hospital chooser, a menu and breadcrumb with hidden headings,
the leaflet reference and review date inside the page, a sidebar of related pages and a rating widget,
a web chat button and a footer with switchboard and textphone numbers; a Word header that is a
two-cell table and a footer with the reference and a right-aligned page field; a PDF with the trust and
"Ref ... Version 3" at the top, the issue and review dates and "n of N" at the bottom). `--set 5`
measures it alone; `--set all` includes it. The leaflets and expectations of sets 1-4 are unchanged.

Set 6. Set 5 was seen while the importer's rules were changed, so it is no longer held out. Set 6
(grommet insertion for a child, addressed to the parents; laparoscopic cholecystectomy; trigger finger
release; transurethral resection of the prostate; TEST DATA ONLY, invented like sets 1-5, for an invented
trust, Fellbridge and Penhallow University Hospitals NHS Trust) was written without reading the importer,
its tests or the README. Its headings are questions in the parent's and the patient's voice, numbered
plain labels and bold paragraphs (on the web page, in the PDF and in Word); its risks are list items with
inline figures, a table (Complication | Chance of it happening), bold lead-in paragraphs, risk
sub-headings that are each a risk and sub-headings that group several; its figures are rates, percentages,
ranges, bounds ("less than", "up to"), rates no whole number fits and words; doing nothing has its own
heading in two leaflets and is a paragraph of the alternatives in the other two; a FAQ is h3 questions,
bold questions or plain question paragraphs. Its furniture is its own (a consent dialog with a heading,
an accessibility bar, a header with the switchboard and a waiting time, a mega menu with h3 headings, an
"On this page" contents list inside the page, print and download actions, leaflet details, a "did you find
what you needed?" survey and a footer with an emergency notice and h2 columns; a Word file with a different
first-page header and footer, the title running at the top of later pages and a footer table with the
reference and "Page n of N" fields; a PDF with a bolder trust name on the first page, the reference and
dates at the bottom, "– n –" page numbers and an other-formats line). `--set 6` measures it alone; `--set
all` includes it. The leaflets and expectations of sets 1-5 are unchanged.

Set 7. Set 6's misses are being used to change the importer's rules, so a new set is held out. Set 7 (squint
surgery for a child, addressed to the parents; having a permanent pacemaker fitted; LLETZ treatment to the
cervix; a steroid injection into the shoulder; TEST DATA ONLY, invented like sets 1-6, for an invented trust,
Kestlebury and Wendmoor Hospitals NHS Trust) was written without reading the importer, its tests or the README.
Its headings are questions in the parent's and the patient's voice, numbered questions with numbered
sub-headings, plain labels and bold paragraphs (on the web page, in the PDF and in Word; on the web page and in
the PDF only; in Word only); its risks are list items with inline or bracketed figures, a table (Possible
problem | How many people it affects), bold lead-in paragraphs, risk sub-headings that are each a risk and
sub-headings that group several; its figures are rates, percentages, ranges, bounds ("less than", "up to"),
rates no whole number fits, words alone and none at all; doing nothing has its own heading in two leaflets and
is a paragraph of the alternatives in the other two; a FAQ is h3 questions or bold questions. Its furniture is
its own (a noscript warning, a cookie notice, a strip of phone numbers, a menu in a disclosure widget, a
schema.org breadcrumb, a hero around the title with the leaflet code and a reading time, download links, a
sidebar of contacts, a membership call to action and a footer with two hospitals' addresses and telephone
numbers; a Word file with different odd and even page headers and footers, the title and "p. n" on odd pages,
the trust and the information service on even pages; a PDF mirrored like a booklet, with the title or the trust
on the outer edge at the top and "p. n/N" on the outer edge at the bottom). `--set 7` measures it alone; `--set
all` includes it. The leaflets and expectations of sets 1-6 are unchanged.

Set 8. The importer's rules were being changed again, so a new set is held out. Set 8 (ureteroscopy and laser
treatment for kidney stones; dental extractions under general anaesthetic for a child, addressed to the parents; a
lumbar microdiscectomy; a bone marrow aspirate and trephine biopsy; TEST DATA ONLY, invented like sets 1-7, for an
invented trust, Ambleford and Corrowdale Healthcare NHS Foundation Trust) was written without reading the importer,
its tests or the README. Its headings are questions in the patient's and the parent's voice, numbered labels and
questions with numbered sub-headings, plain labels and bold paragraphs (on the web page, in the PDF and in Word; on
the web page and in the PDF only), with a procedure sub-heading, "Making a decision" and "Who will do the
procedure?" among them; its risks are list items with inline figures, a table (Side effect or complication | Chance
for your child), bold lead-ins ending in a colon, risk sub-headings that are each a risk (one of them a question)
and sub-headings that group several; its figures are rates, percentages, ranges of rates and of percentages, bounds
("less than", "fewer than", "up to"), a rate in every 10,000, rates that rescale to 1,000, a rate no whole number
fits, words alone and none at all, beside times, sizes, ages and a dose that are no figures; doing nothing has its
own heading in two leaflets and is a paragraph of the alternatives in the other two; a FAQ is h3 questions, bold
questions leading paragraphs or questions as bold paragraphs. Its furniture is its own (a utility bar with a
language picker, a search with suggestions, a nested menu, a breadcrumb ending in the department, the leaflet's
facts and print, email and PDF links inside the page after the title, a disclaimer and related services after the
leaflet, a latest-news sidebar with h3 headlines, a newsletter form, a mega footer with h4 columns and a charity
number, and a cookie preference centre with h2 and h3 headings at the end of the page; a Word file with the title in
the Title style, body text in 12pt Arial, bold-paragraph headings the size of the text, a borderless three-cell
header table without a logo, a footer with a version line and the reference and a page field on tab stops, and a
document control table after the last section; an A5 PDF with justified text, a striped table with no rules, the
title and the department at the top (the trust on the first page) and two-line footers on both sides, the trust and
version on the left and the reference and "Page n of N" on the right). `--set 8` measures it alone; `--set all`
includes it. The leaflets and expectations of sets 1-7 are unchanged.

Set 9. The importer's rules were being changed again, so a new set is held out. Set 9 (a coronary angiogram;
circumcision for a boy, addressed to the parents; a fasciectomy for Dupuytren's contracture; a liver biopsy; TEST DATA
ONLY, invented like sets 1-8, for an invented trust, Brantwick and Selmoor Hospitals NHS Trust) was written without
reading the importer, its tests or the README. Its headings are questions in the patient's and the parent's voice,
numbered labels and questions with numbered sub-headings (in the risks, the preparation and the recovery), plain
labels and bold paragraphs (on the web page, in the PDF and in Word; on the web page and in the PDF only; in Word
only), with procedure sub-headings, a heading about a contact that lists warning signs and a results heading among
them; its risks are list items with inline or bracketed figures, a table (What could happen | How many boys it
affects), bold lead-ins ending in a dash, risk sub-headings that are each a risk (one of them a parent's question) and
sub-headings that group several; its figures are rates, percentages, ranges of rates and of percentages, bounds ("less
than", "fewer than", "up to"), rates that rescale to 1,000 and 10,000, a rate no whole number fits, words alone and
none at all, beside times, sizes, an angle, an age and a dose that are no figures; doing nothing has its own heading
in two leaflets and is a paragraph of the alternatives in the other two; a FAQ is h3 questions, plain question and
answer paragraphs or bold questions leading paragraphs. Its furniture is its own (a cookie form with a fieldset, a
site notice, a header with an NHS logo, a search panel and an off-canvas menu, a back link in place of a breadcrumb, a
contents sidebar built from the h2 headings, "Back to top" links closing each section, the leaflet's reference and
dates with a print button after it, a "report a problem" disclosure and a footer with two hospitals; a Word file in
Verdana with a right-aligned NHS lozenge and trust in the header, bold underlined headings in the old template, a
boxed other-formats notice after the last section and a footer with the reference line and a right-aligned "n/N"
field; a PDF with the page number bold in the top right corner, the NHS lozenge and trust on the first page, headings
on a coloured band, a table with rules above and below only and the reference, dates and trust centred at the bottom).
`--set 9` measures it alone; `--set all` includes it. The leaflets and expectations of sets 1-8 are unchanged.

Set 10. A new set is held out. Set 10 (a transperineal prostate biopsy under local anaesthetic; removal of the adenoids
for a child, addressed to the parents; electrical cardioversion for atrial fibrillation; a total laparoscopic
hysterectomy; TEST DATA ONLY, invented like sets 1-9, for an invented trust, Marrowby and Tessfield Teaching Hospitals
NHS Trust) was written without reading the importer, its tests or the README. Its headings are questions in the
patient's and the parent's voice, numbered questions and labels with numbered sub-headings (in the preparation, the
risks, the recovery and the FAQ), plain labels and bold paragraphs (on the web page and in the PDF only; in Word only;
on the web page, in the PDF and in Word); its risks are list items with inline or bracketed figures, a table (Possible
risk | How common is it?), paragraphs whose first words are bold and run on into the sentence, risk sub-headings that
are each a risk and sub-headings that group several; its figures are rates, percentages, ranges of rates and of
percentages, bounds ("less than", "fewer than", "up to", of rates and of a percentage), rates that rescale to 100, 1,000
and 10,000, a rate no whole number fits, words alone and none at all, beside times, ages, a dose and a success rate in
the benefits that are no risk figures; doing nothing has its own heading in two leaflets and is a paragraph of the
alternatives in the other two; a FAQ is h3 questions, numbered h3 questions or bold questions leading paragraphs. Its
furniture is its own (a cookie consent bar at the top, a beta phase banner, a header with the switchboard number, a
translation widget and a search, a menu, a breadcrumb through the department, a department menu beside the leaflet, an
audio version, downloads and the leaflet's ID and dates after it, and a footer with two hospitals, a CQC rating and a
registered office; a Word file in Trebuchet MS on A4 with a logo picture and the trust on a right tab stop in the
header, the department under it, main bold-paragraph headings in white on a plum band, and a footer with the leaflet's
details and an "n | Page" field; a PDF with the department and the trust at the top, the trust larger on the first
page, the leaflet's ID and dates at the bottom left and "n | Page" at the bottom right, and a boxed table with a rule
between its columns). `--set 10` measures it alone; `--set all` includes it. The leaflets and expectations of sets 1-9
are unchanged.

Set 11. A new set is held out. Set 11 (a knee arthroscopy; repair of a hydrocele for a child, addressed to the parents;
an ERCP; ptosis surgery to lift a drooping upper eyelid; TEST DATA ONLY, invented like sets 1-10, for an invented
trust, Pellingford and Wraxby Hospitals NHS Foundation Trust) was written without reading the importer, its tests or
the README. Its headings are questions in the patient's and the parent's voice, numbered questions and labels with
numbered sub-headings (in the procedure, the preparation, the risks, the recovery and the FAQ), plain labels and bold
paragraphs (on the web page and in the PDF only; in Word only; on the web page, in the PDF and in Word), with a
procedure sub-heading, a recovery question about driving and work, a notes page and a results heading among them; its
risks are list items with inline figures, in brackets or after a dash, a table (Risk or side effect | Chance of this
happening), paragraphs whose bold lead-in names the risk and its figure, risk sub-headings that are each a risk (one of
them a parent's question) and sub-headings that group several; its figures are rates, percentages, ranges of rates and
a range in every 100, bounds ("less than", "fewer than", "up to"), rates that rescale to 100, 1,000 and 10,000, a rate
no whole number fits, words alone and none at all, beside times, ages, a dose and a success rate in the benefits that
are no risk figures; doing nothing has its own heading in two leaflets and is a paragraph of the alternatives in the
other two; a FAQ is h3 questions, numbered h3 questions or bold questions leading paragraphs. Its furniture is its own
(a top bar with urgent numbers and links, a masthead with a search and a "find a service" link, a menu, a breadcrumb
through the department, tabs above the leaflet for other versions, a leaflet details table with print, download and
other-format links beside it, a footer with two hospitals and awards, and a cookie region at the end of the page; a Word
file in Tahoma on A4 with the trust, the department and the page number in a ruled header, main bold-paragraph headings
with a rule under them, and a footer with the leaflet's details and an other-formats line; a PDF with the department
and the trust at the top, the trust bolder on the first page, the leaflet's details at the bottom left, the page number
alone in a filled box at the bottom right, and a table of tinted rows spaced apart). `--set 11` measures it alone;
`--set all` includes it. The leaflets and expectations of sets 1-10 are unchanged.
"""

import html
import re
import sys
import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from consentpack.actions import import_leaflet  # noqa: E402

TRUST = "Westbrook Community Hospitals NHS Trust"  # invented
FORMATS = ("html", "docx", "pdf")


# --- the leaflets ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Para:
    text: str
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
class Part:
    """A heading, the section it belongs in, and what it holds."""

    heading: str
    section: str  # expected: a leaflet section, "ignore", "unplaced" (left for a person) or "faq"
    content: tuple = ()
    level: int = 2


@dataclass(frozen=True)
class Risk:
    words: tuple[str, ...]  # key words that must all appear in the draft risk's name or detail
    frequency: tuple[int, int | None, int] | None  # (count, up_to, per) or None


@dataclass(frozen=True)
class Leaflet:
    name: str
    title: str
    parts: tuple[Part, ...]
    risks: tuple[Risk, ...]
    web_headings: str = "tags"  # "tags" (<h2>) or "bold" (<p><strong>), for the web page and PDF
    word_headings: str = "styles"  # "styles" (Heading 2) or "bold" (a bold paragraph)
    container: str = "main"  # main, article or role
    intro: tuple = ()  # paragraphs between the title and the first heading (set 2)
    furniture: int = 1  # whose page furniture its files have: set 1's or set 2's writers
    code: str = "PIL 0457"  # the leaflet reference in the Word and PDF footers (set 2)


# 1. Risks as list items with inline figures.
HIP = Leaflet(
    name="total-hip-replacement", title="Total hip replacement",
    parts=(
        Part("What is a total hip replacement?", "about", (
            Para("A total hip replacement is an operation to replace a worn or damaged hip joint with an artificial "
                 "one. The ball at the top of the thigh bone and the socket in the pelvis are both replaced."),
            Para("The new joint is usually made of metal, ceramic and a hard-wearing plastic."),
        )),
        Part("Why am I having this?", "candidates", (
            Para("Your surgeon has offered you this operation because arthritis has damaged your hip and pain "
                 "tablets, physiotherapy and walking aids no longer control your symptoms."),
        )),
        Part("What happens during the operation?", "procedure_steps", (
            Para("Most people have a spinal anaesthetic, so the lower half of the body is numb, together with "
                 "medicine to make you drowsy. Some people have a general anaesthetic instead."),
            Para("The surgeon makes a cut of about 15 centimetres over the side of the hip, removes the damaged "
                 "bone and fits the new joint. The operation usually takes between one and two hours."),
        )),
        Part("How will it help me?", "benefits", (
            Para("Most people find that their hip pain is much less or gone altogether, and that they can walk "
                 "further and sleep better."),
        )),
        Part("What are the possible complications?", "risks", (
            Para("As with any operation, there are some risks. The main ones are:"),
            Items((
                "Wound infection (around 1 in 100)",
                "A blood clot in the leg or lung (between 1 in 50 and 1 in 20)",
                "Dislocation of the new hip (1%)",
                "One leg ending up slightly longer than the other (common)",
                "Damage to the nerves around the hip (fewer than 1 in 1,000)",
                "Death from a complication of the operation (around 3 in 1,000)",
                "The new joint wearing out or loosening over the years",
            )),
            Para("Your surgeon will go through these with you and answer any questions you have."),
        )),
        Part("Are there any other options?", "alternatives", (
            Para("You could carry on with pain relief, physiotherapy and a walking stick. An injection into the "
                 "joint can ease the pain for a few months in some people."),
        )),
        Part("What if I decide not to have the operation?", "doing_nothing", (
            Para("Your hip will not get better without an operation, and the pain and stiffness are likely to "
                 "get slowly worse. You can ask to be referred again later."),
        )),
        Part("How long will I be in hospital?", "recovery", (
            Para("Most people stay in hospital for one to three nights. A physiotherapist will help you to get "
                 "up and walk on the day of your operation or the day after."),
        )),
        Part("Looking after yourself at home", "recovery", (
            Items((
                "Do the exercises your physiotherapist gave you three times a day.",
                "Use your crutches for about six weeks, or until you are told to stop.",
                "Do not cross your legs or bend your hip past a right angle for six weeks.",
            )),
        )),
        Part("What should I bring?", "faq", (
            Para("Please bring loose comfortable clothes, flat shoes with a closed back, your usual medicines "
                 "in their boxes and your crutches if you have been given them."),
        )),
        Part("Consent", "unplaced", (
            Para("We will ask you to sign a consent form to say that you understand the operation and agree to "
                 "have it. You can change your mind at any time."),
        )),
        Part("Contacting us", "ignore", (
            Para("Orthopaedic Pre-assessment Clinic: 01632 961 410, Monday to Friday, 9am to 5pm."),
        )),
        Part("Further reading", "ignore", (
            Para("Versus Arthritis publishes a guide to hip replacement on its website."),
        )),
    ),
    risks=(
        Risk(("wound", "infection"), (1, None, 100)),
        Risk(("blood clot",), (2, 5, 100)),
        Risk(("dislocation",), (1, None, 100)),
        Risk(("longer",), None),
        Risk(("nerves",), (1, None, 1000)),
        Risk(("death",), (3, None, 1000)),
        Risk(("wearing out",), None),
    ),
)

# 2. Risks as a table Risk | How likely; Word headings as bold paragraphs; sub-headings.
VEINS = Leaflet(
    name="endovenous-laser-treatment", title="Endovenous laser treatment for varicose veins",
    word_headings="bold", container="article",
    parts=(
        Part("About varicose veins", "about", (
            Para("Varicose veins are swollen, twisted veins just under the skin, usually in the legs. They "
                 "happen when the small valves inside the veins stop working properly and blood pools in them."),
        )),
        Part("Who is this treatment for?", "candidates", (
            Para("The treatment is offered to people whose veins cause aching, swelling, skin changes or ulcers, "
                 "and whose scan shows a leaking main vein that the laser can reach."),
        )),
        Part("What does the treatment involve?", "procedure_steps", (
            Para("You will be awake. The nurse numbs the skin and the surgeon passes a thin laser fibre into the "
                 "vein through a needle, using an ultrasound scan to guide it."),
            Para("The laser heats the vein from the inside and seals it shut. Blood then flows through the "
                 "healthy veins instead. The treatment takes about 45 minutes for each leg."),
        )),
        Part("What are the benefits of treatment?", "benefits", (
            Para("Most people find the aching and heaviness in their legs improve and the veins look less "
                 "noticeable within a few weeks."),
        )),
        Part("Risks of the treatment", "risks", (
            Para("Laser treatment is generally very safe. This table lists the risks we would like you to know "
                 "about."),
            Table(("Risk", "How likely"), (
                ("Bruising along the treated vein", "common"),
                ("Brown staining of the skin over the vein", "1 in 10"),
                ("Numbness or tingling in the leg", "around 1 in 20"),
                ("Deep vein thrombosis (a clot in a deep vein)", "fewer than 1 in 100"),
                ("Burns to the skin", "rare"),
                ("New varicose veins appearing", "between 10% and 20%"),
                ("Clot travelling to the lungs (pulmonary embolism)", "0.1%"),
            )),
        )),
        Part("Are there any other options?", "alternatives", (
            Para("Other options include wearing compression stockings, injecting the veins with foam, or "
                 "having the veins tied and stripped in an operation under general anaesthetic."),
        )),
        Part("Recovering from treatment", "recovery", ()),
        Part("The first week", "recovery", (
            Para("Wear your compression stocking day and night for the first week. Walk for at least 30 "
                 "minutes every day."),
        ), level=3),
        Part("Returning to work and exercise", "recovery", (
            Para("Most people return to work within two or three days. Avoid swimming and heavy exercise for "
                 "two weeks."),
        ), level=3),
        Part("When should I seek medical help?", "get_help", (
            Para("Contact us or your GP straight away if your calf becomes painful and swollen, or if you become "
                 "short of breath or have chest pain."),
        )),
        Part("Frequently asked questions", "faq", ()),
        Part("Will the veins come back?", "faq", (
            Para("The treated vein should stay closed, but new varicose veins can develop over time in other "
                 "veins."),
        ), level=3),
        Part("Can I fly after treatment?", "faq", (
            Para("We advise you not to take a long flight for four weeks after treatment because of the risk of "
                 "a blood clot."),
        ), level=3),
        Part("How to contact us", "ignore", (
            Para("Vascular Nurse Specialists: 01632 961 622, Monday to Friday, 8.30am to 4.30pm."),
        )),
        Part("Further reading", "ignore", (
            Para("The Circulation Foundation has more information about varicose veins."),
        )),
    ),
    risks=(
        Risk(("bruising",), None),
        Risk(("staining",), (10, None, 100)),
        Risk(("numbness",), (5, None, 100)),
        Risk(("deep vein thrombosis",), (1, None, 100)),
        Risk(("burns",), None),
        Risk(("new varicose veins",), (10, 20, 100)),
        Risk(("pulmonary embolism",), (1, None, 1000)),
    ),
)

# 3. Risks as bold lead-in paragraphs; web headings as bold paragraphs.
COLONOSCOPY = Leaflet(
    name="colonoscopy", title="Colonoscopy", web_headings="bold", container="role",
    parts=(
        Part("What is a colonoscopy?", "about", (
            Para("A colonoscopy is a test to look at the lining of your large bowel. A thin flexible tube with "
                 "a light and a camera on its tip is passed into your bottom and around the bowel."),
        )),
        Part("Why have I been offered a colonoscopy?", "candidates", (
            Para("You may have been offered this test because of a change in your bowel habit, bleeding from "
                 "your bottom, a positive screening test, or to check on polyps found before."),
        )),
        Part("Preparing for your test", "unplaced", (
            Para("Your bowel needs to be empty for the test. We will send you laxatives with instructions. "
                 "Please follow them carefully, or the test may need to be done again."),
        )),
        Part("What happens during the test?", "procedure_steps", (
            Para("You will be offered a sedative through a small needle in your arm and gas and air to breathe. "
                 "You lie on your left side while the endoscopist gently passes the tube around your bowel."),
            Para("Air or carbon dioxide is used to open up the bowel, which can feel like wind. Small samples of "
                 "tissue and any polyps may be removed. The test takes between 30 and 45 minutes."),
        )),
        Part("What are the risks of colonoscopy?", "risks", (
            Para("Colonoscopy is a safe test for most people. The risks are:"),
            Para("Bleeding. If a polyp is removed there is a small chance of bleeding, around 1 in 100. It "
                 "usually stops by itself.", lead="Bleeding."),
            Para("A tear in the bowel wall (perforation). This happens in about 1 in 1,000 tests, and in up to "
                 "1 in 500 tests where a polyp is removed. It may need an operation to repair it.",
                 lead="A tear in the bowel wall (perforation)."),
            Para("Reaction to the sedative. A few people have breathing or heart problems from the sedative; "
                 "this is rare.", lead="Reaction to the sedative."),
            Para("Missing a polyp or cancer. No test is perfect, and a small number of polyps or cancers may "
                 "not be seen.", lead="Missing a polyp or cancer."),
            Para("Bloating and cramps. These are common for a few hours after the test.",
                 lead="Bloating and cramps."),
            Para("An incomplete test. In about 5% of people the tube cannot be passed all the way around the "
                 "bowel, and another test may be needed.", lead="An incomplete test."),
        )),
        Part("Other tests you could have instead", "alternatives", (
            Para("A CT scan of the bowel (CT colonography) can show polyps and cancers, but samples cannot be "
                 "taken and you may still need a colonoscopy afterwards."),
        )),
        Part("After the test", "recovery", (
            Para("If you have had a sedative, an adult must collect you and stay with you for 12 hours. Do not "
                 "drive, drink alcohol or sign legal documents for 24 hours."),
        )),
        Part("Consent", "unplaced", (
            Para("The endoscopist will explain the test and ask you to sign a consent form before it starts."),
        )),
        Part("Contacting us", "ignore", (
            Para("Endoscopy Unit: 01632 961 305, Monday to Friday, 8am to 6pm."),
        )),
    ),
    risks=(
        Risk(("bleeding",), (1, None, 100)),
        Risk(("perforation",), None),  # two figures for one risk: for a person to choose
        Risk(("sedative",), None),
        Risk(("missing a polyp",), None),
        Risk(("bloating",), None),
        Risk(("incomplete",), (5, None, 100)),
    ),
)

# 4. Risks as list items under sub-headings; a numbered list; a question-and-answer section.
HYSTEROSCOPY = Leaflet(
    name="outpatient-hysteroscopy", title="Outpatient hysteroscopy", container="main",
    parts=(
        Part("What is a hysteroscopy?", "about", (
            Para("A hysteroscopy is a way of looking inside the womb with a narrow telescope passed through the "
                 "vagina and the neck of the womb (cervix). Pictures are shown on a screen."),
        )),
        Part("Why might I need a hysteroscopy?", "candidates", (
            Para("It is used to find the cause of heavy or irregular bleeding, bleeding after the menopause, or "
                 "problems getting pregnant, and to remove small polyps or a lost coil."),
        )),
        Part("What happens during a hysteroscopy?", "procedure_steps", (
            Items((
                "You undress from the waist down and lie on a couch with your legs supported.",
                "The doctor or nurse passes the hysteroscope gently into the womb. Fluid is used to open it up.",
                "A small sample of the lining may be taken. The whole test takes 10 to 20 minutes.",
            ), numbered=True),
        )),
        Part("What are the possible complications?", "risks", (
            Para("Most women have no problems. We will talk to you about these risks before the test."),
        )),
        Part("Common risks", "risks", (
            Items((
                "Period-like cramping pain during and after the test (common)",
                "Feeling faint or sick (1 in 100)",
                "Light bleeding or discharge for a few days afterwards",
            )),
        ), level=3),
        Part("Less common risks", "risks", (
            Items((
                "Infection of the womb (about 1 in 400)",
                "Not being able to finish the test (between 5 and 10 in every 100 women)",
                "A small hole made in the wall of the womb (fewer than 1 in 1,000)",
                "Heavy bleeding that needs treatment (rare)",
            )),
        ), level=3),
        Part("Are there any other options?", "alternatives", (
            Para("An ultrasound scan can show the thickness of the womb lining, but it cannot remove polyps or "
                 "take a sample. The test can also be done under general anaesthetic as a day case."),
        )),
        Part("What if I do nothing?", "doing_nothing", (
            Para("If you choose not to have the test, the cause of your symptoms may not be found. Please talk "
                 "to your GP or gynaecologist about what this could mean for you."),
        )),
        Part("Looking after yourself at home", "recovery", (
            Para("Take paracetamol or ibuprofen for any cramps. Use sanitary towels rather than tampons until "
                 "the bleeding stops, and avoid sex for two days."),
        )),
        Part("When to get help", "get_help", (
            Para("Call the ward if you have a high temperature, smelly discharge, heavy bleeding or pain that "
                 "painkillers do not help."),
        )),
        Part("Frequently asked questions", "faq", (
            Para("Can I drive home? Yes, if you feel well and you have not had a sedative.",
                 lead="Can I drive home?"),
            Para("Will I get my results on the day? The doctor will tell you what they saw, but the results of "
                 "any sample take about four weeks.", lead="Will I get my results on the day?"),
        )),
        Part("Further reading", "ignore", (
            Para("The Royal College of Obstetricians and Gynaecologists has an information leaflet on "
                 "outpatient hysteroscopy."),
        )),
        Part("Contacting us", "ignore", (
            Para("Women's Outpatient Unit: 01632 961 877, Monday to Friday, 9am to 5pm."),
        )),
    ),
    risks=(
        Risk(("cramping",), None),
        Risk(("faint",), (1, None, 100)),
        Risk(("light bleeding",), None),
        Risk(("infection",), (25, None, 10000)),  # 1 in 400 is exactly 25 in 10,000
        Risk(("finish",), (5, 10, 100)),
        Risk(("small hole",), (1, None, 1000)),
        Risk(("heavy bleeding",), None),
    ),
)

LEAFLETS = (HIP, VEINS, COLONOSCOPY, HYSTEROSCOPY)


# --- set 2: a second held-out set ---------------------------------------------------------------
#
# TEST DATA ONLY, like set 1: flexible cystoscopy, wisdom tooth removal, arthroscopic subacromial
# decompression and breast lump excision, invented for this measurement. Their wording, risks and
# figures are made up, are not clinical information, and must never be printed for a patient or
# copied into a leaflet library. Harrowfield and Dene Hospitals NHS Foundation Trust does not exist.
#
# Written after set 1 had been used to change the importer, without reading the importer, its
# tests or the README's heading table: headings are phrased as trusts' leaflets phrase them, and
# the expected section is what the leaflet model asks for, not what any table says. Their web
# page, Word file and PDF have furniture of their own (set 2's writers below).

TRUST_2 = "Harrowfield and Dene Hospitals NHS Foundation Trust"  # invented

# A. Risks as list items with inline figures; an intro before the first heading; questions as h3.
CYSTOSCOPY = Leaflet(
    name="flexible-cystoscopy", title="Flexible cystoscopy", furniture=2, code="UROL 014",
    intro=(
        Para("This leaflet explains what a flexible cystoscopy is, what it involves and what the risks are. "
             "It does not replace a talk with your doctor or nurse."),
    ),
    parts=(
        Part("What is a flexible cystoscopy?", "about", (
            Para("A flexible cystoscopy is a test to look inside your bladder and the tube that carries urine "
                 "out of your body (the urethra). It uses a thin, bendy telescope called a cystoscope."),
        )),
        Part("Why do I need a flexible cystoscopy?", "candidates", (
            Para("Your doctor has asked for this test to find the cause of symptoms such as blood in your urine, "
                 "repeated urine infections or problems passing urine. It is also used to check the bladder "
                 "after treatment for bladder cancer, or to remove a stent."),
        )),
        Part("What happens during the procedure?", "procedure_steps", (
            Items((
                "You will be asked to change into a hospital gown and to lie on your back on a couch.",
                "The nurse cleans the area around the opening of your urethra and puts a numbing gel into it.",
                "The doctor or nurse passes the cystoscope gently into your bladder and fills it with sterile "
                "water so that the lining can be seen.",
                "The test usually takes about five minutes. You can watch on the screen if you wish.",
            ), numbered=True),
        )),
        Part("What are the benefits?", "benefits", (
            Para("The test can show the cause of your symptoms so that you can be given the right treatment. "
                 "Often it also rules out anything serious."),
        )),
        Part("What are the risks and side effects?", "risks", (
            Para("Most people have no problems after a flexible cystoscopy. Possible risks include:"),
            Items((
                "Mild burning or stinging when you pass urine for a day or two (very common)",
                "Blood in your urine for 24 to 48 hours",
                "A urine infection that needs antibiotics (about 1 in 50)",
                "Being unable to pass urine afterwards, so that a catheter is needed for a short time "
                "(less than 1 in 100)",
                "Being admitted to hospital with a severe infection (fewer than 1 in 500)",
                "Finding something that means you need another test, such as a biopsy under a general "
                "anaesthetic",
                "Damage to the urethra causing scarring later on (rare)",
            )),
        )),
        Part("Are there any alternatives?", "alternatives", (
            Para("A scan of your kidneys and bladder can show some problems, but it cannot show the lining of "
                 "the bladder as clearly. A rigid cystoscopy can be done under a general anaesthetic instead."),
        )),
        Part("What happens if I decide not to have a cystoscopy?", "doing_nothing", (
            Para("If you decide not to have the test, the cause of your symptoms may not be found and a problem "
                 "such as a bladder tumour could be missed. Please talk to your doctor before you decide."),
        )),
        Part("After your cystoscopy", "recovery", (
            Para("You can go home as soon as you have passed urine. Drink plenty of fluids for the next two days "
                 "to flush out your bladder. You can go back to work and drive the same day."),
        )),
        Part("When should I get medical advice?", "get_help", (
            Para("Contact your GP or NHS 111 if you have a high temperature, you cannot pass urine, the burning "
                 "gets worse after two days, or your urine has blood clots in it."),
        )),
        Part("Your questions answered", "faq", ()),
        Part("Can I drive myself home?", "faq", (
            Para("Yes. You will not be given a sedative, so you can drive home after the test."),
        ), level=3),
        Part("When will I get my results?", "faq", (
            Para("The doctor will usually tell you what they saw before you leave. If a sample was taken, we "
                 "will write to you with the result."),
        ), level=3),
        Part("Contact details", "ignore", (
            Para("Urology Investigations Unit, Harrowfield General Hospital: 01632 960 431, Monday to Friday, "
                 "8am to 5pm."),
        )),
        Part("Tell us what you think of this leaflet", "ignore", (
            Para("We would welcome your comments. Please fill in a feedback form at reception or email the "
                 "patient information team."),
        )),
        Part("Other formats and languages", "ignore", (
            Para("Please ask if you would like this leaflet in large print, in Braille, on audio or in another "
                 "language."),
        )),
    ),
    risks=(
        Risk(("burning",), None),
        Risk(("blood in your urine",), None),  # "24 to 48 hours" is no frequency
        Risk(("antibiotics",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("catheter",), (1, None, 100)),  # less than: an upper bound
        Risk(("admitted",), (2, None, 1000)),  # fewer than 1 in 500: 2 in 1,000, an upper bound
        Risk(("biopsy",), None),
        Risk(("scarring",), None),
    ),
)

# B. Risks as a three-column table; web headings as bold paragraphs; recovery sub-headings.
WISDOM = Leaflet(
    name="wisdom-tooth-removal", title="Removal of wisdom teeth", furniture=2, code="OMFS 006",
    web_headings="bold", container="article",
    parts=(
        Part("Introduction", "about", (
            Para("Wisdom teeth are the last teeth to come through, usually in your late teens or twenties. "
                 "Removing them is a common operation done by oral and maxillofacial surgeons."),
        )),
        Part("Why do my wisdom teeth need to come out?", "candidates", (
            Para("Your wisdom teeth may need to come out if there is not enough room for them and they cause "
                 "repeated infections of the gum, decay, damage to the tooth next to them, or a cyst."),
        )),
        Part("What does the operation involve?", "procedure_steps", (
            Para("The surgeon makes a small cut in the gum and may need to remove some bone around the tooth. "
                 "The tooth is sometimes cut into pieces to make it easier to remove."),
            Para("The gum is closed with dissolving stitches. The operation takes between 20 and 40 minutes."),
        )),
        Part("The anaesthetic", "procedure_steps", (
            Para("Most wisdom teeth are removed under a local anaesthetic injection, so you are awake but feel "
                 "no pain. Sedation or a general anaesthetic can be used if you are very anxious or the teeth "
                 "are difficult to reach."),
        ), level=3),
        Part("What are the benefits of having them removed?", "benefits", (
            Para("Removing the teeth should stop the pain and infections they have been causing and protect "
                 "the teeth next to them."),
        )),
        Part("What are the risks?", "risks", (
            Para("Your surgeon will talk to you about the risks that apply to your teeth, which depend on how "
                 "deeply they are buried."),
            Table(("Complication", "What this means", "How often"), (
                ("Pain, swelling and bruising", "Your face and jaw will be sore and swollen. This is worst for "
                 "two or three days and settles over a week or two.", "Almost everyone"),
                ("Dry socket", "The blood clot in the socket breaks down, causing a throbbing pain a few days "
                 "after the operation.", "About 1 in 20"),
                ("Wound infection", "Swelling, pain and sometimes pus, treated with antibiotics.", "2–5%"),
                ("Bleeding", "Some oozing is normal for a day. Heavier bleeding that needs the socket packed or "
                 "stitched again is unusual.", "Between 1 in 100 and 1 in 50"),
                ("Temporary numbness or tingling of the lip, chin or tongue", "The nerves close to the roots of "
                 "lower wisdom teeth can be bruised. The feeling usually returns within a few weeks.",
                 "About 1 in 10"),
                ("Permanent numbness or tingling of the lip, chin or tongue", "The feeling does not fully "
                 "return.", "Less than 1 in 100"),
                ("Damage to a neighbouring tooth or filling", "A nearby tooth, crown or filling is chipped or "
                 "loosened.", "Rare"),
                ("Broken jaw", "The jaw bone breaks during or after the removal of a deeply buried tooth.",
                 "Very rare (fewer than 1 in 10,000)"),
            )),
        )),
        Part("Other treatment options", "alternatives", (
            Para("If only the top of the tooth is causing problems, the surgeon may remove the crown and leave "
                 "the roots in place (coronectomy). Infections can sometimes be managed with antibiotics and "
                 "mouthwashes."),
        )),
        Part("What if I leave my wisdom teeth alone?", "doing_nothing", (
            Para("If you decide not to have them removed, you may keep having infections and pain, and the "
                 "tooth next to them may decay. You can change your mind and be referred again later."),
        )),
        Part("After the operation", "recovery", ()),
        Part("Pain relief", "recovery", (
            Para("Take paracetamol and ibuprofen regularly for the first three days, following the instructions "
                 "on the packet."),
        ), level=3),
        Part("Eating, drinking and keeping your mouth clean", "recovery", (
            Para("Eat soft food for a few days. From the day after the operation, rinse your mouth gently with "
                 "warm salty water after meals and keep brushing your teeth."),
        ), level=3),
        Part("Time off work or school", "recovery", (
            Para("Most people need two to five days off work or school."),
        ), level=3),
        Part("Problems after you get home", "get_help", (
            Para("Contact the department if bleeding does not stop after 30 minutes of pressing on a rolled-up "
                 "gauze, if you have a high temperature, or if swelling gets worse after three days. Go to "
                 "A&E if you have difficulty breathing or swallowing."),
        )),
        Part("Where to find us", "ignore", (
            Para("The Oral Surgery Department is on the second floor of the Outpatients Building. The nearest "
                 "car park is car park B, which is pay and display."),
        )),
        Part("Contact us", "ignore", (
            Para("Oral and Maxillofacial Surgery: 01632 960 572, Monday to Friday, 9am to 4.30pm."),
        )),
        Part("References", "ignore", (
            Para("National Institute for Health and Care Excellence. Guidance on the extraction of wisdom "
                 "teeth. Technology appraisal guidance TA1, 2000."),
        )),
    ),
    risks=(
        Risk(("pain, swelling",), None),
        Risk(("dry socket",), (5, None, 100)),
        Risk(("wound infection",), (2, 5, 100)),
        Risk(("bleeding",), (1, 2, 100)),
        Risk(("temporary numbness",), (10, None, 100)),
        Risk(("permanent numbness",), (1, None, 100)),
        Risk(("neighbouring tooth",), None),
        Risk(("broken jaw",), (1, None, 10000)),
    ),
)

# C. Risks as bold lead-in paragraphs; Word headings as bold paragraphs; a figure no whole number fits.
SHOULDER = Leaflet(
    name="subacromial-decompression", title="Arthroscopic subacromial decompression", furniture=2,
    code="ORTH 031", word_headings="bold", container="role",
    parts=(
        Part("What is subacromial decompression?", "about", (
            Para("Subacromial decompression is keyhole surgery to make more room for the tendons at the top of "
                 "the shoulder. The surgeon shaves away bone and thickened tissue that rub on the tendons when "
                 "you lift your arm."),
        )),
        Part("Is this operation right for me?", "candidates", (
            Para("It may help if you have shoulder impingement: pain when you lift your arm that has not got "
                 "better after at least six months of physiotherapy, pain relief and a steroid injection."),
        )),
        Part("How is the operation done?", "procedure_steps", (
            Para("You will usually have a general anaesthetic and an injection to numb the nerves of the "
                 "shoulder. The surgeon makes two or three small cuts, each about one centimetre long, and "
                 "puts a camera and fine instruments into the shoulder."),
            Para("The operation takes about 45 minutes, and most people go home the same day."),
        )),
        Part("What will I gain from the operation?", "benefits", (
            Para("The aim is to reduce your pain, especially at night and when you lift your arm, so that you "
                 "can use your shoulder more normally."),
        )),
        Part("Possible risks and complications", "risks", (
            Para("Complications are not common, but it is important that you know about them."),
            Para("Infection. Infection in the shoulder after keyhole surgery is uncommon, affecting fewer than "
                 "1 in 200 people. It is treated with antibiotics.", lead="Infection."),
            Para("Stiffness (frozen shoulder). Around 1 in 20 people develop a stiff and painful shoulder after "
                 "the operation. It can take several months to settle with physiotherapy.",
                 lead="Stiffness (frozen shoulder)."),
            Para("Blood clots. A clot in a vein of the leg or in the lungs is rare after shoulder surgery, "
                 "around 1 in 2,000 operations.", lead="Blood clots."),
            Para("Nerve or blood vessel damage. This is very rare. Most nerve problems get better on their "
                 "own.", lead="Nerve or blood vessel damage."),
            Para("Pain that does not get better. Not everyone benefits: around 1 in 8 people find their pain is "
                 "no better after the operation.", lead="Pain that does not get better."),
            Para("Needing further surgery. About 2% of people need another operation on the same shoulder "
                 "within five years.", lead="Needing further surgery."),
            Para("Anaesthetic problems. Serious problems from an anaesthetic are rare. Your anaesthetist will "
                 "talk to you about the risks of the anaesthetic and the nerve block.",
                 lead="Anaesthetic problems."),
        )),
        Part("Alternatives to surgery", "alternatives", (
            Para("You could carry on with physiotherapy and exercises at home, have a further steroid "
                 "injection, or change the activities that bring on the pain."),
        )),
        Part("What happens if I don't have the operation?", "doing_nothing", (
            Para("Impingement pain often gets better slowly on its own. If you decide against surgery, your "
                 "symptoms may stay the same, improve or get worse, and you can ask to be seen again."),
        )),
        Part("Your recovery", "recovery", (
            Para("Your shoulder will be sore for a few weeks. Take your painkillers regularly and use ice packs "
                 "wrapped in a towel."),
        )),
        Part("Wearing a sling", "recovery", (
            Para("You will go home in a sling for comfort. Take it off as soon as you feel able to, usually "
                 "within a few days."),
        ), level=3),
        Part("Physiotherapy", "recovery", (
            Para("A physiotherapist will show you exercises to do at home. Doing them every day is the most "
                 "important part of your recovery."),
        ), level=3),
        Part("Driving and going back to work", "recovery", (
            Para("You can drive when you can control the car safely, usually after two to three weeks. Most "
                 "people go back to office work after two weeks and to heavy work after six to eight weeks."),
        ), level=3),
        Part("Warning signs", "get_help", (
            Para("Contact the ward or your GP straight away if your wounds become red, hot or leak fluid, if "
                 "you have a high temperature, or if your arm or hand becomes cold, pale or numb."),
        )),
        Part("Car parking", "ignore", (
            Para("Parking for patients is in the multi-storey car park next to the main entrance. Blue badge "
                 "holders can park free of charge."),
        )),
        Part("About this leaflet", "ignore", (
            Para("This leaflet was written by the shoulder surgeons and physiotherapists, and checked by "
                 "patients and the Patient Information Group."),
        )),
    ),
    risks=(
        Risk(("infection",), (5, None, 1000)),  # fewer than 1 in 200: 5 in 1,000, an upper bound
        Risk(("frozen shoulder",), (5, None, 100)),
        Risk(("blood clots",), (5, None, 10000)),  # 1 in 2,000 is exactly 5 in 10,000
        Risk(("blood vessel",), None),
        Risk(("no better",), (125, None, 1000)),  # 1 in 8 is exactly 125 in 1,000
        Risk(("further surgery",), (2, None, 100)),
        Risk(("anaesthetic problems",), None),
    ),
)

# D. Headings as bold paragraphs on the web page, in the PDF and in Word; risks under sub-headings as
# list items, then bold lead-ins, then a sub-heading that is itself a risk.
BREAST = Leaflet(
    name="breast-lump-excision", title="Excision of a breast lump", furniture=2, code="BRS 022",
    web_headings="bold", word_headings="bold", container="main",
    intro=(
        Para("You have been advised to have an operation to remove a lump from your breast. This leaflet "
             "tells you about the operation and what to expect afterwards."),
    ),
    parts=(
        Part("What is a breast lump excision?", "about", (
            Para("A breast lump excision is an operation to remove a lump, or an area of breast tissue, so that "
                 "it can be looked at under a microscope. It is sometimes called an excision biopsy."),
        )),
        Part("Why have I been advised to have this operation?", "candidates", (
            Para("You may be offered the operation if the lump is getting bigger, is causing you discomfort, or "
                 "if the tests you have had so far have not given a clear answer."),
        )),
        Part("Before your operation", "unplaced", (
            Para("You will be seen at a pre-assessment clinic about a week before. Please tell the nurse if "
                 "you take medicines to thin your blood, as you may need to stop them for a few days."),
        )),
        Part("What to bring with you", "ignore", (
            Items((
                "A list of the medicines you take",
                "A well-fitting soft bra to wear after the operation",
                "Something to read while you wait",
            )),
        )),
        Part("On the day of your operation", "procedure_steps", (
            Para("The surgeon will see you before the operation, draw on your skin to mark the lump and ask you "
                 "to sign a consent form. If the lump cannot be felt, a fine wire may be placed in the breast "
                 "under ultrasound to guide the surgeon."),
        )),
        Part("The operation", "procedure_steps", (
            Para("The operation is done under a general anaesthetic and takes about 30 minutes. The surgeon "
                 "removes the lump through a cut near the edge of the areola or in a skin crease, and closes "
                 "it with dissolving stitches."),
        )),
        Part("Benefits of the operation", "benefits", (
            Para("Removing the lump means it can be examined fully, so that we can tell you what it is, and any "
                 "discomfort it was causing should go."),
        )),
        Part("Risks of the operation", "risks", (
            Para("All operations carry some risk. Your surgeon will discuss these with you."),
        )),
        Part("Common risks", "risks", (
            Items((
                "Bruising and swelling around the wound, which can last a few weeks (very common)",
                "A collection of fluid under the wound, called a seroma (about 1 in 10 women)",
                "Numbness of the skin around the scar",
                "A dent or change in the shape of the breast, depending on the size of the lump",
            )),
        ), level=3),
        Part("Less common risks", "risks", (
            Para("Wound infection. About 1 in 25 women need antibiotics for an infection of the wound.",
                 lead="Wound infection."),
            Para("Bleeding. A collection of blood under the wound (haematoma) happens after 2 to 3 in 100 "
                 "operations. A few women need a second operation to drain it.", lead="Bleeding."),
            Para("Needing more surgery. If the lump is found to be a cancer and has not been removed with a "
                 "clear edge of normal tissue, you may need a second operation. This happens to about 1 in 5 "
                 "women who have a cancer removed.", lead="Needing more surgery."),
            Para("A raised or painful scar. Some people form a thick, raised scar (keloid). This is "
                 "uncommon.", lead="A raised or painful scar."),
        ), level=3),
        Part("Risks of a general anaesthetic", "risks", (
            Para("A general anaesthetic is very safe for most people. Serious problems, such as a severe "
                 "allergic reaction, are very rare, about 1 in 10,000."),
        ), level=3),
        Part("What are the alternatives?", "alternatives", (
            Para("If your tests show that the lump is not a cancer, you can choose to leave it and have it "
                 "checked. Some lumps can be removed with a vacuum biopsy needle under local anaesthetic "
                 "instead."),
        )),
        Part("Do I have to have the operation?", "doing_nothing", (
            Para("No. If you decide not to have the lump removed, we will not know for certain what it is. "
                 "Your surgeon will explain what this means for you and how the lump would be watched."),
        )),
        Part("Going home", "recovery", (
            Para("Most women go home the same day. You will need someone to take you home and stay with you "
                 "overnight."),
        )),
        Part("Caring for your wound", "recovery", (
            Para("Keep the dressing dry for two days. Wear a soft, supportive bra day and night for the first "
                 "week to reduce swelling and discomfort."),
        )),
        Part("Follow-up appointment", "recovery", (
            Para("We will see you in clinic about two weeks after the operation to check your wound and give "
                 "you the results."),
        )),
        Part("When to contact us", "get_help", (
            Para("Please contact the breast care nurses if your breast becomes hot, red or very swollen, if the "
                 "wound leaks, or if you feel feverish or unwell."),
        )),
        Part("Useful telephone numbers", "ignore", (
            Para("Breast care nurses: 01632 960 318. Day Surgery Unit: 01632 960 250."),
        )),
        Part("Support organisations", "ignore", (
            Para("Breast Cancer Now offers information and support about breast conditions on its website and "
                 "helpline."),
        )),
        Part("Patient Advice and Liaison Service (PALS)", "ignore", (
            Para("If you have a concern about your care that you have not been able to sort out with the team, "
                 "please contact PALS."),
        )),
    ),
    risks=(
        Risk(("bruising and swelling",), None),
        Risk(("seroma",), (10, None, 100)),
        Risk(("numbness",), None),
        Risk(("dent",), None),
        Risk(("wound infection",), (4, None, 100)),  # 1 in 25 is exactly 4 in 100
        Risk(("haematoma",), (2, 3, 100)),
        Risk(("more surgery",), (20, None, 100)),
        Risk(("keloid",), None),
        Risk(("general anaesthetic",), (1, None, 10000)),  # the sub-heading is the risk
    ),
)

SET_2 = (CYSTOSCOPY, WISDOM, SHOULDER, BREAST)


# --- set 3: a third held-out set ----------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1 and 2: laparoscopic appendicectomy, total knee replacement,
# haemorrhoid banding and excision of a skin lesion under local anaesthetic, invented for this
# measurement. Their wording, risks and figures are made up, are not clinical information, and must
# never be printed for a patient or copied into a leaflet library. Ashcombe and Kelmarsh Hospitals
# NHS Trust does not exist.
#
# Written while sets 1 and 2 were both being used to change the importer, without reading the
# importer, its tests or the README's import section: headings are phrased as trusts' leaflets
# phrase them (numbered questions, plain labels, the leaflet's own voice, bold Word paragraphs),
# and the expected section is what the leaflet model asks for. Their files have furniture of their
# own (set 3's writers below).

TRUST_3 = "Ashcombe and Kelmarsh Hospitals NHS Trust"  # invented

# E. Numbered question headings; risks as list items with inline figures, and one risk sub-heading.
APPENDIX = Leaflet(
    name="laparoscopic-appendicectomy", title="Laparoscopic (keyhole) appendicectomy", furniture=3,
    code="GS-112",
    parts=(
        Part("1. What is the appendix and what is appendicitis?", "about", (
            Para("The appendix is a small, finger-shaped pouch joined to the large bowel on the lower right side "
                 "of your tummy. Appendicitis is when the appendix becomes swollen and infected."),
            Para("A laparoscopic appendicectomy is an operation to remove the appendix through three small cuts, "
                 "using a camera and fine instruments."),
        )),
        Part("2. Why do I need this operation?", "candidates", (
            Para("Your doctors think that you have appendicitis. If the appendix is not removed it can burst and "
                 "spread infection through your tummy, which can be life-threatening."),
        )),
        Part("3. What happens during the operation?", "procedure_steps", (
            Items((
                "You will be given a general anaesthetic, so you will be asleep for the whole operation.",
                "The surgeon makes a small cut near your belly button and fills your tummy with gas so they can "
                "see clearly.",
                "Two more small cuts are made lower down for the instruments.",
                "The appendix is removed and the cuts are closed with dissolvable stitches or glue.",
            ), numbered=True),
            Para("The operation usually takes about an hour."),
        )),
        Part("4. What are the benefits?", "benefits", (
            Para("Removing the appendix cures appendicitis and stops it from bursting. Keyhole surgery usually "
                 "means less pain, smaller scars and a quicker return to normal activities than open surgery."),
        )),
        Part("5. What are the risks?", "risks", (
            Para("Most people have no problems, but it is important that you know about the possible risks."),
            Items((
                "Wound infection: redness, pain or discharge from one of the cuts happens in about 1 in 20 people "
                "and is usually treated with antibiotics.",
                "A collection of pus inside the tummy (abscess): this affects between 2 and 5 in every 100 people, "
                "more often if the appendix had burst, and may need a drain.",
                "Changing to open surgery: in around 1 in 50 operations the surgeon needs to make a larger cut to "
                "finish the operation safely.",
                "Bleeding: this is rare, affecting fewer than 1 in 100 people.",
                "Injury to the bowel, bladder or a blood vessel: this is rare, about 1 in 1,000.",
                "A hernia at one of the wound sites, which can appear months or years later.",
            )),
        )),
        Part("Blood clots", "risks", (
            Para("Any operation raises the chance of a blood clot in the leg (deep vein thrombosis) or the lung. "
                 "We will give you stockings and small injections to lower this risk. Walking about as soon as "
                 "you can also helps."),
        ), level=3),
        Part("6. Are there any alternatives?", "alternatives", (
            Para("Some people with mild appendicitis can be treated with antibiotics alone. This avoids an "
                 "operation, but up to a third of people treated this way have appendicitis again within a year."),
            Para("The appendix can also be removed through one larger cut (open surgery)."),
        )),
        Part("7. What if I don't have the operation?", "doing_nothing", (
            Para("Without treatment the appendix may burst. This can cause peritonitis, a serious infection of "
                 "the lining of the tummy, which needs emergency surgery."),
        )),
        Part("8. Getting ready for your operation", "unplaced", (
            Para("You will not be able to eat or drink for some hours before the operation. A nurse will tell you "
                 "when to stop. Please remove any jewellery and nail varnish."),
        )),
        Part("9. After the operation", "recovery", (
            Para("Most people go home one or two days after the operation. Your tummy will feel sore and bloated, "
                 "and the gas can cause pain in your shoulder for a day or two."),
            Para("You can shower the day after surgery. Avoid heavy lifting for two weeks. Most people are back to "
                 "work within two to three weeks."),
        )),
        Part("10. When should I get medical help?", "get_help", (
            Para("Contact your GP or NHS 111, or go to the Emergency Department, if you have:"),
            Items((
                "a high temperature or shivering",
                "pain that is getting worse and is not eased by painkillers",
                "redness, swelling or pus coming from a wound",
                "vomiting that will not settle",
            )),
        )),
        Part("11. Contact numbers", "ignore", (
            Para("Surgical Assessment Unit: 01632 960 412 (24 hours). Ward 7: 01632 960 418."),
        )),
        Part("12. References", "ignore", (
            Para("Royal College of Surgeons of England. Commissioning guide: emergency general surgery. 2014."),
        )),
    ),
    risks=(
        Risk(("wound infection",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("abscess",), (2, 5, 100)),
        Risk(("open surgery",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("bleeding",), (1, None, 100)),  # "fewer than 1 in 100": the bound
        Risk(("bowel",), (1, None, 1000)),
        Risk(("hernia",), None),
        Risk(("blood clot",), None),  # the sub-heading is the risk; no figure
    ),
)

# F. Plain label headings as bold paragraphs (web, PDF and Word); risks in a table; a FAQ with bold
#    questions leading paragraphs.
KNEE = Leaflet(
    name="total-knee-replacement", title="Total knee replacement", furniture=3, code="ORTH-031",
    web_headings="bold", word_headings="bold", container="article",
    parts=(
        Part("Introduction", "about", (
            Para("A total knee replacement is an operation to replace the worn surfaces of your knee joint with "
                 "metal and plastic parts. It is one of the most common operations we carry out."),
        )),
        Part("Reasons for surgery", "candidates", (
            Para("Your surgeon has suggested a knee replacement because arthritis is causing you severe pain and "
                 "stiffness, and other treatments such as painkillers, injections and physiotherapy are no longer "
                 "helping."),
        )),
        Part("The operation", "procedure_steps", (
            Para("The operation is done under a spinal anaesthetic, which numbs you from the waist down, often "
                 "with sedation. Sometimes a general anaesthetic is used instead."),
            Para("The surgeon makes a cut down the front of the knee, removes the damaged surfaces of the bones "
                 "and fixes the new parts in place. The operation takes about one and a half hours."),
        )),
        Part("Expected benefits", "benefits", (
            Items((
                "Less pain in your knee.",
                "Being able to walk further and more comfortably.",
                "A better quality of life.",
            )),
        )),
        Part("Risks and complications", "risks", (
            Para("The table below shows the main risks. Your surgeon will talk to you about your own risks."),
            Table(("Complication", "How often it happens", "What this means"), (
                ("Wound infection", "About 1 in 100", "Usually treated with antibiotics."),
                ("Deep infection of the new joint", "Less than 1%",
                 "You may need further operations to clear the infection."),
                ("Blood clot in the leg (DVT)", "1 to 2 in 100",
                 "Causes a swollen, painful calf. Treated with blood-thinning medicine."),
                ("Blood clot in the lung", "Around 1 in 400", "This can be serious and needs urgent treatment."),
                ("Stiffness", "Uncommon", "Some people cannot bend the knee as far as they would like."),
                ("Ongoing pain", "About 1 in 8 people",
                 "Some people still have pain in the knee after it has healed."),
                ("Numb skin", "Common", "A patch of numb skin beside the scar is normal and often permanent."),
                ("Death", "About 1 in 300", "This is very rare and mostly affects people with other serious "
                                            "illnesses."),
            )),
        )),
        Part("Other treatment options", "alternatives", (
            Para("You can carry on with painkillers, physiotherapy, weight loss and a walking stick. Some people "
                 "may be suitable for a partial knee replacement, which replaces only one side of the joint."),
        )),
        Part("If you choose not to have surgery", "doing_nothing", (
            Para("Arthritis does not go away. Your knee pain and stiffness are likely to slowly get worse, but "
                 "choosing not to have the operation will not harm the knee in any other way."),
        )),
        Part("Pre-operative assessment clinic", "unplaced", (
            Para("About four weeks before your operation you will come to the pre-operative assessment clinic "
                 "for blood tests, a heart tracing and a check of your medicines."),
        )),
        Part("Your recovery", "recovery", (
            Para("You will start walking with a frame the day after your operation, with help from the "
                 "physiotherapists. Most people go home after one to three days."),
            Para("You will need crutches for about six weeks. Do your exercises every day. It can take a year "
                 "for the knee to fully settle."),
        )),
        Part("Warning signs after you go home", "get_help", (
            Para("Call the ward straight away or go to your nearest Emergency Department if your wound becomes "
                 "red, hot or leaks fluid, if you have a fever, or if your calf becomes swollen and painful. Call "
                 "999 if you are short of breath or have chest pain."),
        )),
        Part("Frequently asked questions", "faq", (
            Para("When can I drive again? Most people can drive again after about six weeks, once they can "
                 "do an emergency stop safely.", lead="When can I drive again?"),
            Para("How long will my new knee last? Most knee replacements last for more than 15 years.",
                 lead="How long will my new knee last?"),
        )),
        Part("Travel and parking", "ignore", (
            Para("Pay and display parking is available in car park B. Blue badge holders can park free of charge "
                 "near the main entrance."),
        )),
        Part("Comments and feedback", "ignore", (
            Para("We welcome your comments. Please speak to the ward manager or contact the Patient Advice and "
                 "Liaison Service."),
        )),
    ),
    risks=(
        Risk(("wound infection",), (1, None, 100)),
        Risk(("deep infection",), (1, None, 100)),  # "less than 1%": the bound
        Risk(("clot in the leg",), (1, 2, 100)),
        Risk(("clot in the lung",), (25, None, 10000)),  # 1 in 400 is exactly 25 in 10,000
        Risk(("stiffness",), None),
        Risk(("ongoing pain",), (125, None, 1000)),  # 1 in 8 is exactly 125 in 1,000
        Risk(("numb",), None),
        Risk(("death",), None),  # 1 in 300 is not exactly a whole number in 100, 1,000 or 10,000
    ),
)

# G. Questions in the patient's voice; risks as bold lead-in paragraphs; a FAQ of h3 questions.
BANDING = Leaflet(
    name="haemorrhoid-banding", title="Haemorrhoid banding", furniture=3, code="COL-007", container="role",
    parts=(
        Part("What are haemorrhoids?", "about", (
            Para("Haemorrhoids (piles) are swollen blood vessels in and around the back passage. They can bleed, "
                 "itch or hang down outside the back passage."),
        )),
        Part("What is banding?", "about", (
            Para("Banding is a treatment where a small, tight rubber band is placed around the base of each "
                 "haemorrhoid. This cuts off its blood supply, and the haemorrhoid shrivels and falls off within "
                 "about a week."),
        )),
        Part("Is banding right for me?", "candidates", (
            Para("Banding is offered to people whose haemorrhoids are still bleeding or uncomfortable after "
                 "changes to diet and creams from the pharmacy have been tried."),
        )),
        Part("What will happen at my appointment?", "procedure_steps", (
            Para("You will lie on your left side with your knees bent. The doctor will gently put a short tube "
                 "called a proctoscope into your back passage and place the bands. It takes about five minutes "
                 "and you do not need an anaesthetic."),
        )),
        Part("How will banding help me?", "benefits", (
            Para("Banding stops the bleeding and discomfort in most people, and avoids the need for an operation."),
        )),
        Part("Could anything go wrong?", "risks", (
            Para("Pain or discomfort. Most people feel a dull ache for a day or two. Simple painkillers usually "
                 "help.", lead="Pain or discomfort."),
            Para("Bleeding. A little bleeding is common when the band falls off, 7 to 10 days later. Heavy "
                 "bleeding happens in about 1 in 100 people and may need a stay in hospital.", lead="Bleeding."),
            Para("Feeling faint. Around 2% of people feel light-headed or faint soon after banding. We will ask "
                 "you to rest for a few minutes before you leave.", lead="Feeling faint."),
            Para("Infection. Serious infection is very rare, affecting less than 1 in 1,000 people, but it needs "
                 "treatment straight away.", lead="Infection."),
            Para("Difficulty passing urine. A few men find it hard to pass urine for a short time afterwards.",
                 lead="Difficulty passing urine."),
            Para("The haemorrhoids coming back. Between 1 and 3 in 10 people need banding again within a few "
                 "years.", lead="The haemorrhoids coming back."),
        )),
        Part("What else could I try?", "alternatives", (
            Para("Eating more fibre and drinking more water can soften your stools and help the haemorrhoids "
                 "settle. Other treatments include injections and, for larger haemorrhoids, an operation to "
                 "remove them."),
        )),
        Part("What if I do nothing?", "doing_nothing", (
            Para("Haemorrhoids are not dangerous and some settle on their own. If you do nothing, the bleeding "
                 "and discomfort may carry on or get worse."),
        )),
        Part("Afterwards", "recovery", (
            Para("You can go home straight after the treatment and most people return to normal activities the "
                 "next day. Avoid straining on the toilet and take a stool softener for two weeks."),
        )),
        Part("Contact us urgently if you have", "get_help", (
            Items((
                "heavy bleeding or clots from the back passage",
                "a high temperature",
                "severe pain that painkillers do not help",
                "difficulty passing urine",
            )),
        )),
        Part("Your questions answered", "faq"),
        Part("Can I drive home after banding?", "faq", (
            Para("Yes, most people can drive home, but it is best to bring someone with you in case you feel "
                 "faint."),
        ), level=3),
        Part("Will I need time off work?", "faq", (
            Para("Most people go back to work the next day. If your job involves heavy lifting, you may need a "
                 "few days off."),
        ), level=3),
        Part("Useful organisations", "ignore", (
            Para("Bowel Research UK and the NHS website have more information about haemorrhoids."),
        )),
        Part("About this leaflet", "ignore", (
            Para("This leaflet was written by the colorectal team and checked by our patient panel."),
        )),
    ),
    risks=(
        Risk(("discomfort",), None),
        Risk(("bleeding",), (1, None, 100)),
        Risk(("faint",), (2, None, 100)),
        Risk(("infection",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("urine",), None),
        Risk(("coming back",), (10, 30, 100)),  # 1 to 3 in 10 is exactly 10 to 30 in 100
    ),
)

# H. An intro; headings in the team's voice and as labels; bold paragraphs as headings in Word;
#    risks as list items, mostly without figures, and one risk sub-heading with its figure.
SKIN = Leaflet(
    name="skin-lesion-excision", title="Removing a skin lesion under local anaesthetic", furniture=3,
    code="DERM-019", word_headings="bold",
    intro=(Para("This leaflet explains what to expect when you come to the dermatology department to have a skin "
                "lesion removed."),),
    parts=(
        Part("About this procedure", "about", (
            Para("A skin lesion is a mole, lump or patch of skin that looks different from the skin around it. "
                 "We remove it by cutting it out with a small margin of normal skin and closing the wound with "
                 "stitches."),
        )),
        Part("Why have you been offered this procedure?", "candidates", (
            Para("Your doctor wants to remove the lesion so that it can be looked at under a microscope, or "
                 "because it is causing you problems such as catching on clothes or bleeding."),
        )),
        Part("What we will do", "procedure_steps", (
            Items((
                "We will check your details and mark the area to be removed.",
                "We will inject local anaesthetic to numb the skin. This stings for a few seconds.",
                "We will remove the lesion and close the wound with stitches.",
                "We will put a dressing over the wound.",
            ), numbered=True),
        )),
        Part("Benefits of removing the lesion", "benefits", (
            Para("Removing the lesion lets us find out exactly what it is, and in most cases removes it "
                 "completely."),
        )),
        Part("Risks of the procedure", "risks", (
            Para("As with any procedure, there are some risks."),
            Items((
                "Bleeding from the wound in the first 24 hours, which usually stops if you press firmly on it "
                "for 10 minutes.",
                "Infection of the wound (5%).",
                "The wound opening up, in about 1 in 50 people.",
                "An allergic reaction to the local anaesthetic, which is very rare.",
            )),
        )),
        Part("Scarring", "risks", (
            Para("All cuts leave a scar. The scar is usually a fine line about three times as long as the "
                 "lesion. In 1 in 10 people the scar becomes raised, red or lumpy."),
        ), level=3),
        Part("Alternatives to surgery", "alternatives", (
            Para("Some lesions can be treated with freezing (cryotherapy), a cream or a shave biopsy instead. "
                 "Your doctor will tell you whether these are suitable for you."),
        )),
        Part("What happens if the lesion is not removed?", "doing_nothing", (
            Para("If the lesion is not removed we will not be able to say for certain what it is. If it is a "
                 "skin cancer it may grow."),
        )),
        Part("Caring for your wound", "recovery", (
            Para("Keep the dressing on and dry for 48 hours. Your stitches will be taken out at your GP practice "
                 "after 7 to 14 days. Avoid swimming and heavy exercise until then."),
        )),
        Part("Signs of infection to look out for", "get_help", (
            Para("Contact your GP practice if the wound becomes hot, swollen, more painful or starts to leak "
                 "pus, or if you feel unwell with a fever."),
        )),
        Part("What to bring with you", "ignore", (
            Para("Please bring a list of your medicines and your glasses if you need them to read."),
        )),
        Part("How to find us", "ignore", (
            Para("The dermatology department is on level 2 of the Outpatients Building. Buses 14 and 27 stop "
                 "outside the main entrance."),
        )),
        Part("Contact details", "ignore", (
            Para("Dermatology nurses: 01632 960 377, Monday to Friday, 9am to 5pm."),
        )),
    ),
    risks=(
        Risk(("bleeding",), None),
        Risk(("infection",), (5, None, 100)),
        Risk(("opening up",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("allergic",), None),
        Risk(("scar",), (10, None, 100)),  # the sub-heading is the risk: 1 in 10 is exactly 10 in 100
    ),
)

SET_3 = (APPENDIX, KNEE, BANDING, SKIN)


# --- set 4: held out again ----------------------------------------------------------------------
# TEST DATA ONLY. Invented like sets 1-3, for an invented trust; never for patients. Written without
# reading the importer, its tests or the README's import section, and not changed after its results.

TRUST_4 = "Thornleigh and Brackenford Hospitals NHS Foundation Trust"  # invented

# I. Question headings in the patient's voice; risks as list items with inline figures; one risk
#    sub-heading.
THYROID = Leaflet(
    name="thyroidectomy", title="Thyroidectomy: having part or all of your thyroid gland removed", furniture=4,
    code="ENT/0931",
    intro=(Para("This leaflet explains what happens when you have an operation to remove your thyroid gland. "
                "Please read it before you sign your consent form."),),
    parts=(
        Part("What is a thyroidectomy?", "about", (
            Para("The thyroid is a butterfly-shaped gland at the front of your neck. It makes hormones that "
                 "control how your body uses energy."),
            Para("A thyroidectomy is an operation to remove half of the gland (hemithyroidectomy) or all of it "
                 "(total thyroidectomy)."),
        )),
        Part("Why do I need this operation?", "candidates", (
            Para("Your surgeon may recommend the operation if you have a lump in your thyroid that could be cancer, "
                 "a goitre that presses on your windpipe or gullet, or an overactive thyroid that has not "
                 "settled with tablets."),
        )),
        Part("What will happen during the operation?", "procedure_steps", (
            Para("You will be asleep under a general anaesthetic. The surgeon makes a cut of about 6 to 8 cm in a "
                 "skin crease at the front of your neck."),
            Para("The surgeon carefully finds and protects the nerves to your voice box and the small glands "
                 "that control your calcium levels, then removes the thyroid. The cut is closed with dissolvable "
                 "stitches or clips. The operation takes between one and a half and three hours."),
        )),
        Part("How will I benefit?", "benefits", (
            Para("The operation can relieve pressure symptoms such as difficulty swallowing or breathing. If there "
                 "is a lump, it allows it to be examined in the laboratory so that we can tell you whether it is "
                 "cancer."),
        )),
        Part("Are there any risks?", "risks", (
            Para("As with any operation, there are some risks. Your surgeon will talk to you about them."),
            Items((
                "Bleeding in the neck: about 1 in 100 people need a second operation to stop bleeding, usually "
                "within the first 24 hours.",
                "Low calcium levels for a few weeks (temporary hypocalcaemia): this happens in between 10 and 20 "
                "in every 100 people after a total thyroidectomy and is treated with calcium tablets.",
                "Permanently low calcium, needing tablets for life: around 1 in 50 people who have a total "
                "thyroidectomy.",
                "Wound infection: less than 1 in 100 people.",
                "The scar may become thick, red or raised.",
            )),
        )),
        Part("Changes to your voice", "risks", (
            Para("The nerves to your voice box lie very close to the thyroid. Your voice may be hoarse or weak for "
                 "a few weeks. Permanent damage to a nerve, leaving your voice hoarse for good, happens in around "
                 "1 in 200 operations."),
        ), level=3),
        Part("Is there another way to treat my thyroid?", "alternatives", (
            Para("Some overactive thyroids can be treated with tablets or with radioactive iodine. A lump that is "
                 "not cancer may simply be watched with regular scans."),
        )),
        Part("What if I decide not to have the operation?", "doing_nothing", (
            Para("If the lump is not removed, we cannot be sure whether it is cancer. A goitre may keep growing and "
                 "make swallowing or breathing harder."),
        )),
        Part("How do I prepare for my operation?", "unplaced", (
            Para("You will be invited to a pre-operative assessment clinic. Do not eat for six hours before your "
                 "operation."),
        )),
        Part("What will happen after the operation?", "recovery", (
            Para("Most people stay in hospital for one night. Your neck will feel stiff and sore, and swallowing "
                 "may be uncomfortable for a few days."),
            Para("If all of your thyroid is removed you will need to take thyroid hormone tablets every day for "
                 "the rest of your life. Most people return to work after two weeks."),
        )),
        Part("When should I ask for help?", "get_help", (
            Para("Call the ward straight away, or dial 999 out of hours, if you have:"),
            Items((
                "swelling in your neck that is getting bigger",
                "difficulty breathing",
                "tingling around your lips or in your fingers, or cramps in your hands",
                "a fever or a wound that is red and oozing",
            )),
        )),
        Part("Who can I contact with questions?", "ignore", (
            Para("Head and Neck Nurse Specialist: 01632 961 204, Monday to Friday 8am to 4pm. Ward 12: "
                 "01632 961 230."),
        )),
        Part("Where can I find more information?", "ignore", (
            Para("British Thyroid Foundation: www.btf-thyroid.org. Butterfly Thyroid Cancer Trust."),
        )),
    ),
    risks=(
        Risk(("bleeding",), (1, None, 100)),
        Risk(("temporary", "calcium"), (10, 20, 100)),
        Risk(("permanent", "calcium"), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("infection",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("scar",), None),
        Risk(("voice",), (5, None, 1000)),  # the sub-heading is the risk; 1 in 200 is exactly 5 in 1,000
    ),
)

# J. Plain label headings; risks in a table (risk | how often), then a risk sub-heading.
VASECTOMY = Leaflet(
    name="vasectomy", title="Vasectomy under local anaesthetic", furniture=4, code="URO/0218",
    container="article",
    parts=(
        Part("Overview", "about", (
            Para("A vasectomy is a permanent method of contraception for men. The tubes that carry sperm from the "
                 "testicles (the vas deferens) are cut and sealed, so that your semen no longer contains sperm."),
        )),
        Part("Reasons for the procedure", "candidates", (
            Para("A vasectomy is suitable for men who are sure they do not want any more children, or any children "
                 "at all. We will ask you to think about this carefully before you decide."),
        )),
        Part("The procedure", "procedure_steps", (
            Items((
                "The skin of your scrotum is numbed with a local anaesthetic injection.",
                "The doctor makes one or two very small openings in the skin.",
                "Each tube is cut, and the ends are sealed and tied.",
                "The openings are closed with dissolvable stitches or left to heal on their own.",
            ), numbered=True),
            Para("The procedure takes about 20 minutes and you can go home soon afterwards."),
        )),
        Part("Benefits", "benefits", (
            Para("A vasectomy is more than 99% effective once tests show there is no sperm in your semen. It does "
                 "not affect your sex drive, erections or the amount of semen you make."),
        )),
        Part("Risks and complications", "risks", (
            Para("Most men have no serious problems. The table shows the main risks."),
            Table(("Risk", "How often it happens"), (
                ("Bruising and swelling of the scrotum", "Common: about 1 in 5 men"),
                ("Infection of the wound", "2 in 100 men (2%)"),
                ("Long-term pain in the testicles (chronic post-vasectomy pain)", "Between 1 and 2 in every 100 men"),
                ("Early failure: sperm still present at the semen test", "About 1 in 250 men"),
                ("Late failure: the tubes rejoin after a clear test", "About 1 in 2,000 men"),
                ("Sperm granuloma (a small, sometimes tender lump where the tube was cut)", "Not known exactly"),
            )),
        )),
        Part("Regretting the decision", "risks", (
            Para("Some men later change their minds and wish to have children. An operation to reverse a "
                 "vasectomy is not always successful and is not usually available on the NHS."),
        ), level=3),
        Part("Other options", "alternatives", (
            Para("Long-acting contraception for your partner, such as an implant or a coil, is as reliable as a "
                 "vasectomy and can be reversed. Condoms are another option."),
        )),
        Part("If you decide not to have a vasectomy", "doing_nothing", (
            Para("Nothing will change, and you and your partner will need to keep using contraception to prevent "
                 "a pregnancy."),
        )),
        Part("Before the procedure", "unplaced", (
            Para("Shave the front of your scrotum the day before. Bring tight-fitting underwear to wear afterwards."),
        )),
        Part("Afterwards", "recovery", (
            Para("Rest for the first 24 hours and avoid heavy lifting or sport for a week. You can have sex again "
                 "after a few days, but you must keep using contraception."),
            Para("You will need a semen test 12 weeks after the procedure. You are not sterile until we tell you "
                 "that the test is clear."),
        )),
        Part("Warning signs", "get_help", (
            Para("Contact your GP or NHS 111 if you notice swelling that keeps getting bigger, a high temperature, "
                 "or a wound that is red, hot or leaking pus."),
        )),
        Part("Useful contacts", "ignore", (
            Para("Urology Day Unit: 01632 962 560. Out of hours, call NHS 111."),
        )),
        Part("Sources of information", "ignore", (
            Para("Faculty of Sexual and Reproductive Healthcare. Male and female sterilisation guideline."),
        )),
    ),
    risks=(
        Risk(("bruising",), (20, None, 100)),  # 1 in 5 is exactly 20 in 100
        Risk(("infection",), (2, None, 100)),
        Risk(("pain",), (1, 2, 100)),
        Risk(("early failure",), (4, None, 1000)),  # 1 in 250 is exactly 4 in 1,000
        Risk(("late failure",), (5, None, 10000)),  # 1 in 2,000 is exactly 5 in 10,000
        Risk(("granuloma",), None),
        Risk(("regret",), None),  # the sub-heading is the risk; no figure
    ),
)

# K. Numbered headings; risks as bold lead-in paragraphs; a risk sub-heading; a FAQ with bold questions.
GASTROSCOPY = Leaflet(
    name="gastroscopy", title="Gastroscopy (OGD)", furniture=4, code="ENDO/0077", container="role",
    parts=(
        Part("1. Introduction", "about", (
            Para("A gastroscopy is a test to look at the lining of your gullet (oesophagus), stomach and the first "
                 "part of your small bowel. It uses a thin, flexible tube with a light and a camera at its tip."),
        )),
        Part("2. Why have I been offered a gastroscopy?", "candidates", (
            Para("Your doctor has asked for this test to find the cause of symptoms such as indigestion, "
                 "difficulty swallowing, weight loss or anaemia."),
        )),
        Part("3. What does the test involve?", "procedure_steps", (
            Para("You can choose a throat spray to numb your throat, sedation to help you relax, or both. You will "
                 "lie on your left side and a plastic guard is placed between your teeth."),
            Para("The endoscopist passes the tube through your mouth and into your stomach. Small samples of "
                 "tissue (biopsies) may be taken. The test usually takes between 5 and 15 minutes."),
        )),
        Part("4. How will the test help me?", "benefits", (
            Para("The test can find the cause of your symptoms so that the right treatment can be started. Some "
                 "problems, such as bleeding, can be treated during the test."),
        )),
        Part("5. Possible risks and side effects", "risks", (
            Para("A gastroscopy is a safe test, but there are some risks:"),
            Para("Sore throat. Many people have a mild sore throat for a day or so afterwards.",
                 lead="Sore throat."),
            Para("Reaction to sedation. Sedation can occasionally affect your breathing or heart rate. This "
                 "happens in fewer than 1 in 1,000 people.", lead="Reaction to sedation."),
            Para("Damage to teeth or bridgework. This is uncommon, but please tell us about any crowns or loose "
                 "teeth.", lead="Damage to teeth or bridgework."),
            Para("Bleeding. If a biopsy is taken there is a small chance of bleeding, about 1 in 5,000.",
                 lead="Bleeding."),
            Para("A tear (perforation) of the gullet or stomach. This is rare and happens in approximately "
                 "1 in 10,000 tests. It may need an operation to repair it.",
                 lead="A tear (perforation) of the gullet or stomach."),
        )),
        Part("5.1 Breathing in stomach contents (aspiration)", "risks", (
            Para("Fluid from your stomach can go into your lungs and cause a chest infection. The risk is 0.2%, "
                 "which is why you must not eat before the test."),
        ), level=3),
        Part("6. Are there other tests I could have?", "alternatives", (
            Para("A barium swallow X-ray or a CT scan can show some problems, but they cannot take biopsies and "
                 "may miss small changes to the lining."),
        )),
        Part("7. What happens if I decide not to have the test?", "doing_nothing", (
            Para("Your doctor may not be able to find the cause of your symptoms, and a serious condition could be "
                 "missed."),
        )),
        Part("8. Preparing for your gastroscopy", "unplaced", (
            Para("Do not eat for six hours before the test. You may drink small sips of water until two hours "
                 "before."),
        )),
        Part("9. After your test", "recovery", (
            Para("If you had the throat spray, do not eat or drink for an hour. If you had sedation, you must be "
                 "taken home by a responsible adult and should not drive for 24 hours."),
        )),
        Part("10. When to seek urgent advice", "get_help", (
            Items((
                "severe pain in your chest or tummy",
                "vomiting blood or passing black stools",
                "a high temperature or difficulty breathing",
            )),
            Para("If you have any of these, go to your nearest Emergency Department."),
        )),
        Part("11. Frequently asked questions", "faq", (
            Para("Can I drive home? Not if you have had sedation. You can drive after the throat spray alone.",
                 lead="Can I drive home?"),
            Para("Will it hurt? Most people find it uncomfortable rather than painful.", lead="Will it hurt?"),
        )),
        Part("12. Travelling to the Endoscopy Unit", "ignore", (
            Para("The unit is on level 2 of the Brackenford Treatment Centre. Pay and display parking is available "
                 "in car park C."),
        )),
    ),
    risks=(
        Risk(("sore throat",), None),
        Risk(("sedation",), (1, None, 1000)),  # "fewer than 1 in 1,000": the bound
        Risk(("teeth",), None),
        Risk(("bleeding",), (2, None, 10000)),  # 1 in 5,000 is exactly 2 in 10,000
        Risk(("perforation",), (1, None, 10000)),
        Risk(("aspiration",), (2, None, 1000)),  # the sub-heading is the risk; 0.2% is exactly 2 in 1,000
    ),
)

# L. Bold-paragraph headings on the web page, in the PDF and in Word, in the team's voice; risks as
#    list items with percentages and ranges; a risk sub-heading.
BUNION = Leaflet(
    name="bunion-correction", title="Bunion correction surgery (scarf and Akin osteotomy)", furniture=4,
    code="ORTH/0344", web_headings="bold", word_headings="bold",
    parts=(
        Part("About your bunion", "about", (
            Para("A bunion (hallux valgus) is a bony lump at the base of the big toe, where the toe has drifted "
                 "towards the other toes."),
            Para("In this operation we cut and reshape the bones of the big toe and hold them in place with small "
                 "screws."),
        )),
        Part("Is this operation right for you?", "candidates", (
            Para("We offer surgery when a bunion causes pain that stops you doing everyday things and wider shoes, "
                 "insoles and painkillers have not helped. We do not operate for appearance alone."),
        )),
        Part("What we will do", "procedure_steps", (
            Para("You will usually have a general anaesthetic and an injection that numbs your foot for several "
                 "hours afterwards."),
            Para("We make a cut along the inner side of your foot, cut the bone and move it into a better "
                 "position, then fix it with two screws. The operation takes about an hour."),
        )),
        Part("What the operation can achieve", "benefits", (
            Para("Most patients have less pain and find it easier to buy and wear shoes. The shape of the foot is "
                 "improved."),
        )),
        Part("Possible complications", "risks", (
            Items((
                "Infection of the wound, in around 3% of patients, usually treated with antibiotics.",
                "Stiffness of the big toe joint, in 5 to 10 in every 100 patients.",
                "The screws rubbing and needing to be removed in a second operation: about 1 in 20 patients.",
                "The bunion coming back over the years (recurrence): about 1 in 10 patients.",
                "Damage to a small nerve, causing numbness near the scar.",
                "The bone not healing (non-union): less than 1 in 100 patients.",
            )),
        )),
        Part("Complex regional pain syndrome (CRPS)", "risks", (
            Para("This is a condition where the foot becomes very painful, swollen and sensitive to touch. It "
                 "affects fewer than 1 in 200 patients and can take many months to settle."),
        ), level=3),
        Part("Other treatments", "alternatives", (
            Para("Wide, soft shoes, bunion pads and insoles can ease the pain, although they will not correct "
                 "the shape of your foot."),
        )),
        Part("If you do not have surgery", "doing_nothing", (
            Para("The bunion will not go away and may slowly get worse, but it is not dangerous to leave it."),
        )),
        Part("Before your operation", "unplaced", (
            Para("Practise walking in the special shoe and with crutches. Arrange help at home for the first two "
                 "weeks."),
        )),
        Part("Recovering at home", "recovery", (
            Para("Keep your foot raised as much as possible for the first two weeks. You will wear a special flat "
                 "shoe for six weeks."),
            Para("Your foot may stay swollen for six months. Most patients can drive after six to eight weeks."),
        )),
        Part("When to contact us", "get_help", (
            Para("Please ring the ward if your dressing becomes soaked with blood, your pain gets much worse, or "
                 "your calf becomes painful and swollen."),
        )),
        Part("Contact details", "ignore", (
            Para("Foot and Ankle Team secretary: 01632 963 410. Day Surgery Unit: 01632 963 400."),
        )),
        Part("What to bring with you", "ignore", (
            Para("Your medicines, a dressing gown, and loose trousers that fit over a bandaged foot."),
        )),
    ),
    risks=(
        Risk(("infection",), (3, None, 100)),
        Risk(("stiff",), (5, 10, 100)),
        Risk(("screws",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("recurrence",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("numb",), None),
        Risk(("non-union",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("crps",), (5, None, 1000)),  # sub-heading risk; "fewer than 1 in 200": the bound, 5 in 1,000
    ),
)

SET_4 = (THYROID, VASECTOMY, GASTROSCOPY, BUNION)

SETS = {"1": LEAFLETS, "2": SET_2, "3": SET_3, "4": SET_4}


# --- set 5: held out again ----------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-4: cataract surgery, carpal tunnel release, open inguinal hernia repair
# and tonsillectomy for adults, invented for this measurement. Their wording, risks and figures are
# made up, are not clinical information, and must never be printed for a patient or copied into a
# leaflet library. Calderwick and Orme Valley Hospitals NHS Trust does not exist.
#
# Written after set 4's misses had been used to change the importer, without reading the importer, its
# tests or the README's import section: headings are phrased as trusts' leaflets phrase them, and the
# expected section is what the leaflet model asks for. Their files have furniture of their own (set 5's
# writers below).

TRUST_5 = "Calderwick and Orme Valley Hospitals NHS Trust"  # invented

# M. An intro; questions in the patient's voice; risks as list items with inline figures, then a risk
#    sub-heading holding more list items; doing nothing under its own heading; a FAQ of h3 questions.
CATARACT = Leaflet(
    name="cataract-surgery", title="Cataract surgery", furniture=5, code="CO/EYE/112",
    intro=(Para("This leaflet answers some of the questions you may have about having your cataract removed. "
                "Please bring it with you to your appointment."),),
    parts=(
        Part("What is a cataract and how is it treated?", "about", (
            Para("The lens inside your eye sits behind the coloured part (the iris). A cataract is when this lens "
                 "becomes cloudy, so that your sight is blurred or dim, colours look faded and bright lights "
                 "dazzle you."),
            Para("The only way to treat a cataract is to remove the cloudy lens and replace it with a clear "
                 "plastic lens implant, which stays in your eye for the rest of your life."),
        )),
        Part("Should I have my cataract removed?", "candidates", (
            Para("An operation is worth considering when the cataract makes everyday things such as reading, "
                 "watching television or driving difficult. It is your decision, and there is no need to wait "
                 "until the cataract is 'ripe'."),
        )),
        Part("What happens on the day?", "procedure_steps", (
            Items((
                "A nurse will put drops in your eye to widen the pupil. These take about an hour to work.",
                "Your eye is numbed with drops or an injection around the eye. You will be awake, but you will "
                "not be able to see what is happening.",
                "The surgeon makes a tiny cut in the front of the eye, breaks up the cloudy lens with sound "
                "waves and removes it.",
                "The new lens is folded, slipped into place and unfolds inside the eye. Stitches are rarely "
                "needed.",
            ), numbered=True),
            Para("The operation itself usually takes 15 to 20 minutes, but expect to be with us for two to three "
                 "hours."),
        )),
        Part("Will my eyesight be better afterwards?", "benefits", (
            Para("Most people find that their sight is clearer and colours are brighter once the eye has "
                 "settled. You will probably still need glasses for reading, and perhaps for distance too."),
        )),
        Part("Is the operation safe?", "risks", (
            Para("Cataract surgery is one of the most common operations in the NHS, and for most people it goes "
                 "smoothly. Problems that can happen include:"),
            Items((
                "A gritty, red or watery eye for a few days (very common).",
                "Clouding of the thin skin behind the new lens (posterior capsule opacification) months or "
                "years later, which is treated with a quick laser procedure: about 1 in 10 people.",
                "A tear in the back of the lens bag during surgery (posterior capsule rupture), which can mean a "
                "longer operation or a second operation: 2%.",
                "Swelling at the back of the eye (cystoid macular oedema) that blurs the vision for a few "
                "weeks and is treated with extra drops: between 1 and 2 in 100 people.",
                "A drooping upper eyelid, which is uncommon and often gets better on its own.",
            )),
        )),
        Part("Serious but rare problems", "risks", (
            Para("These problems are rare, but they can affect your sight for good."),
            Items((
                "Retinal detachment, where the retina comes away from the back of the eye and needs another "
                "operation: around 2 in 1,000.",
                "A severe infection inside the eye (endophthalmitis): about 1 in 1,000.",
                "Heavy bleeding inside the eye during the operation: less than 1 in 1,000.",
                "Permanent loss of some or all of the sight in the eye (very rare).",
            )),
        ), level=3),
        Part("Is there anything else I can try?", "alternatives", (
            Para("In the early stages, stronger glasses, brighter lighting and magnifiers can help you manage. "
                 "No eye drops, tablets or exercises can remove a cataract."),
        )),
        Part("Can I just leave the cataract?", "doing_nothing", (
            Para("Yes. A cataract does not harm the eye, and you can have the operation later if you change your "
                 "mind. Your sight will probably get slowly worse, and you may no longer meet the eyesight "
                 "standard for driving."),
        )),
        Part("How should I get ready for the operation?", "unplaced", (
            Para("You will have a pre-operative assessment, where we measure your eye to choose the strength of "
                 "the new lens. Keep taking your usual medicines, including blood thinners, unless we tell you "
                 "otherwise. Arrange for someone to take you home."),
        )),
        Part("How do I look after my eye at home?", "recovery", (
            Para("Use the eye drops exactly as prescribed, usually for four weeks. Wear the plastic shield at night "
                 "for the first week to stop you rubbing your eye."),
            Para("Avoid swimming for two weeks and heavy lifting for a week. You can read and watch television "
                 "straight away. Your optician can test you for new glasses after four to six weeks."),
        )),
        Part("When should I worry?", "get_help", (
            Para("Phone Eye Casualty straight away, day or night, if you have:"),
            Items((
                "pain that gets worse rather than better",
                "sight that is getting worse",
                "an eye that is becoming more red or sticky",
                "flashing lights, new floaters or a shadow across your vision",
            )),
        )),
        Part("Questions people often ask", "faq", ()),
        Part("When will my other eye be done?", "faq", (
            Para("If both eyes have cataracts, the second operation is usually planned six to twelve weeks after "
                 "the first, once the first eye has settled."),
        ), level=3),
        Part("Can I wear eye make-up?", "faq", (
            Para("Please avoid eye make-up for two weeks, as it can get into the eye and cause an infection."),
        ), level=3),
        Part("Is it all right to fly?", "faq", (
            Para("Yes, flying is safe after cataract surgery, but make sure you can use your eye drops while you "
                 "are away and get back for your follow-up appointment."),
        ), level=3),
        Part("Parking at the Eye Centre", "ignore", (
            Para("The Millbeck Eye Centre has a small car park for blue badge holders. Other patients should use "
                 "the Infirmary Street multi-storey, about five minutes' walk away."),
        )),
        Part("Eye Centre telephone numbers", "ignore", (
            Para("Eye Casualty (24 hours): 01632 965 240. Cataract pre-assessment: 01632 965 262."),
        )),
    ),
    risks=(
        Risk(("gritty",), None),
        Risk(("opacification",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("rupture",), (2, None, 100)),
        Risk(("macular oedema",), (1, 2, 100)),
        Risk(("eyelid",), None),  # "uncommon": a word, no figure
        Risk(("detachment",), (2, None, 1000)),
        Risk(("endophthalmitis",), (1, None, 1000)),
        Risk(("bleeding",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("permanent loss",), None),
    ),
)

# N. Plain label headings as bold paragraphs on the web page, in the PDF and in Word; risks in a table
#    (Risk | How often), then a risk sub-heading; doing nothing as a paragraph of the alternatives.
CARPAL = Leaflet(
    name="carpal-tunnel-release", title="Carpal tunnel release", furniture=5, code="CO/HAND/041",
    web_headings="bold", word_headings="bold", container="article",
    parts=(
        Part("Carpal tunnel syndrome", "about", (
            Para("The carpal tunnel is a narrow space in the wrist. When the median nerve is squeezed as it "
                 "passes through the tunnel, it causes tingling, numbness and pain in the thumb and fingers, "
                 "often worse at night."),
            Para("Carpal tunnel release is a small operation to cut the ligament that forms the roof of the "
                 "tunnel, so that the nerve has more room."),
        )),
        Part("Who is offered surgery", "candidates", (
            Para("Surgery is offered when symptoms are severe, when they have not settled with a splint or a "
                 "steroid injection, or when nerve tests show that the nerve is being damaged."),
        )),
        Part("How it is done", "procedure_steps", (
            Para("The operation is done as a day case under local anaesthetic, so you are awake. A tight band may "
                 "be put around your upper arm for a few minutes to stop bleeding."),
            Para("The surgeon makes a cut of about 3 cm in the palm, divides the ligament and closes the skin with "
                 "stitches. It takes around 15 minutes."),
        )),
        Part("Success rate", "benefits", (
            Para("Around 9 out of 10 people find that the tingling and night pain ease quickly, often within days. "
                 "Numbness and weakness that have been there for a long time may take months to improve, and "
                 "may not recover completely."),
        )),
        Part("Risks and complications", "risks", (
            Para("Carpal tunnel release is a safe operation. The main risks are shown below."),
            Table(("Risk", "How often"), (
                ("Wound infection", "1 in 100"),
                ("Bleeding under the wound (haematoma)", "Uncommon"),
                ("Stiffness in the fingers", "About 1 in 25"),
                ("Numbness that does not fully recover", "Less than 1 in 100"),
                ("Damage to a nerve, tendon or blood vessel", "Rare"),
                ("Symptoms returning years later", "2 to 3 in 100"),
                ("No improvement in symptoms", "About 1 in 20"),
            )),
        )),
        Part("Pillar pain", "risks", (
            Para("Pillar pain is an aching at the base of the palm, on either side of the scar, when you grip or "
                 "lean on the hand. It affects about 1 in 4 people and usually settles within three to six "
                 "months."),
        ), level=3),
        Part("Alternatives", "alternatives", (  # doing nothing is a paragraph of the alternatives
            Para("A wrist splint worn at night keeps the wrist straight and can ease mild symptoms. A steroid "
                 "injection into the carpal tunnel helps many people, although the symptoms often return."),
            Para("You can also choose to have no treatment. Mild symptoms sometimes settle on their own, for "
                 "example after pregnancy, but if the nerve stays squeezed for a long time the numbness and "
                 "weakness can become permanent."),
        )),
        Part("Giving your consent", "unplaced", (
            Para("Before the operation the surgeon will explain the benefits and risks and ask you to sign a "
                 "consent form. You can ask questions or change your mind at any point."),
        )),
        Part("Going home", "recovery", (
            Para("You can go home about 30 minutes after the operation, but you should not drive yourself. Keep "
                 "your hand raised on a pillow or in a sling for the first two days to reduce swelling."),
        )),
        Part("Wound care and stitches", "recovery", (
            Para("Keep the dressing clean and dry. Your stitches will be removed at your GP practice after 10 to "
                 "14 days."),
        ), level=3),
        Part("Using your hand", "recovery", (
            Para("Move your fingers gently from the first day. Most people can do light tasks after two weeks and "
                 "return to heavy manual work after four to six weeks."),
        ), level=3),
        Part("Seek help if", "get_help", (
            Items((
                "your hand becomes hot, red or more swollen",
                "the wound leaks pus or opens",
                "your fingers become cold, white or blue",
                "the pain is getting worse despite painkillers",
            )),
        )),
        Part("Feedback", "ignore", (
            Para("Tell us about your visit by filling in the Friends and Family Test card you will be given when "
                 "you leave."),
        )),
        Part("References", "ignore", (
            Para("British Society for Surgery of the Hand. Carpal tunnel syndrome: information for patients. "
                 "NICE Clinical Knowledge Summary: carpal tunnel syndrome."),
        )),
    ),
    risks=(
        Risk(("infection",), (1, None, 100)),
        Risk(("haematoma",), None),  # "uncommon": a word, no figure
        Risk(("stiffness",), (4, None, 100)),  # 1 in 25 is exactly 4 in 100
        Risk(("numbness",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("tendon",), None),
        Risk(("returning",), (2, 3, 100)),
        Risk(("improvement",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("pillar pain",), (25, None, 100)),  # the sub-heading is the risk; 1 in 4 is exactly 25 in 100
    ),
)

# O. Numbered headings, with numbered sub-headings; risks as bold lead-in paragraphs, then a risk
#    sub-heading; doing nothing under its own heading; a FAQ with bold questions leading paragraphs.
HERNIA = Leaflet(
    name="open-inguinal-hernia-repair", title="Open inguinal hernia repair", furniture=5, code="CO/GS/207",
    container="role",
    parts=(
        Part("1. About inguinal hernias", "about", (
            Para("An inguinal hernia is a bulge in the groin. It happens when fatty tissue or a loop of bowel "
                 "pushes through a weak area in the muscles of the tummy wall."),
            Para("In an open repair the surgeon pushes the bulge back through one cut in the groin and covers the "
                 "weak area with a sheet of synthetic mesh."),
        )),
        Part("2. Who needs an operation?", "candidates", (
            Para("We recommend a repair if your hernia is painful, getting bigger, or gets in the way of work or "
                 "exercise, and for most hernias in women, which are more likely to become stuck."),
        )),
        Part("3. How we repair the hernia", "procedure_steps", (
            Para("The operation is usually done under a general anaesthetic, although a local or spinal "
                 "anaesthetic may be possible. The surgeon makes a cut of 6 to 8 cm just above the crease of the "
                 "groin."),
            Para("The hernia is pushed back, the mesh is stitched over the weak area and the skin is closed with "
                 "dissolvable stitches. It takes 45 minutes to an hour, and most people go home the same day."),
        )),
        Part("4. Benefits of surgery", "benefits", (
            Para("Repairing the hernia removes the bulge and the discomfort it causes, and stops the bowel from "
                 "becoming trapped in the future."),
        )),
        Part("5. Risks", "risks", (
            Para("Most people recover without any problems. The risks we discuss with everyone are:"),
            Para("Bruising and swelling. Bruising of the groin, and of the scrotum in men, is very common and "
                 "fades within two to three weeks.", lead="Bruising and swelling."),
            Para("Wound infection. Between 1 and 3 in every 100 people get an infection of the wound, which is "
                 "usually treated with antibiotics.", lead="Wound infection."),
            Para("Seroma. Fluid can collect where the hernia used to be and feel as if the hernia has come back. "
                 "It usually goes away by itself within a few weeks.", lead="Seroma."),
            Para("Difficulty passing urine. A few people cannot pass urine straight after the operation and need "
                 "a catheter for a short time. This is uncommon.", lead="Difficulty passing urine."),
            Para("Blood clots. A clot in the leg or lungs is uncommon after hernia surgery, affecting about "
                 "0.5% of people.", lead="Blood clots."),
            Para("Damage to the testicle. In men, the blood supply to the testicle can be damaged, causing it to "
                 "shrink. This happens after less than 1 in 1,000 operations.", lead="Damage to the testicle."),
            Para("The hernia returning (recurrence). With a mesh repair the hernia comes back in about 1 in 100 "
                 "people, sometimes many years later.", lead="The hernia returning (recurrence)."),
        )),
        Part("5.1 Chronic groin pain", "risks", (
            Para("Chronic (long-lasting) pain or numbness in the groin, lasting more than three months, affects "
                 "around 1 in 10 people. It is usually mild, but a few people need treatment from the pain "
                 "team."),
        ), level=3),
        Part("6. Other ways to treat a hernia", "alternatives", (
            Para("A truss (a padded support belt) can hold the hernia in and ease discomfort, but it does not "
                 "cure it. A hernia can also be repaired by keyhole surgery; your surgeon will tell you if this "
                 "would suit you better."),
        )),
        Part("7. If the hernia is left alone", "doing_nothing", (
            Para("A hernia will not heal by itself and usually gets slowly bigger. A small number become stuck "
                 "(strangulated), which cuts off the blood supply to the bowel and needs an emergency operation. "
                 "If your hernia becomes painful and tender and cannot be pushed back, go to the Emergency "
                 "Department."),
        )),
        Part("8. Getting ready", "unplaced", (
            Para("If you smoke, stopping now will help your wound heal. Do not eat for six hours before your "
                 "operation, and arrange for an adult to take you home and stay with you overnight."),
        )),
        Part("9. Recovery", "recovery", (
            Para("Your groin will be sore for one to two weeks. Take painkillers regularly, and support the wound "
                 "with your hand when you cough or get up."),
        )),
        Part("9.1 The first two weeks", "recovery", (
            Para("Walk about every day. Eat plenty of fibre and drink well so that you do not strain on the "
                 "toilet."),
        ), level=3),
        Part("9.2 Work, driving and lifting", "recovery", (
            Para("Most people go back to a desk job after one to two weeks. Do not drive until you can do an "
                 "emergency stop without pain. Avoid heavy lifting for four weeks."),
        ), level=3),
        Part("10. Signs of a problem", "get_help", (
            Para("Contact the Day Surgery Unit, your GP or NHS 111 if the wound becomes red, hot or leaks pus, if "
                 "you have a temperature over 38°C, if the swelling keeps getting bigger, or if you cannot pass "
                 "urine."),
        )),
        Part("11. Common questions", "faq", (
            Para("Will I have a lump afterwards? A firm ridge under the scar is normal while it heals, and it "
                 "softens over a few months.", lead="Will I have a lump afterwards?"),
            Para("When can I have sex? When you feel comfortable, usually after one to two weeks.",
                 lead="When can I have sex?"),
        )),
        Part("12. Compliments, comments and concerns", "ignore", (
            Para("If you would like to tell us about your experience, please contact the Patient Experience Team "
                 "on 01632 965 118."),
        )),
        Part("13. Day Surgery Unit contact details", "ignore", (
            Para("Day Surgery Unit, Orme Valley Community Hospital: 01632 965 410, Monday to Friday, 7.30am to "
                 "8pm."),
        )),
    ),
    risks=(
        Risk(("bruising",), None),
        Risk(("wound infection",), (1, 3, 100)),
        Risk(("seroma",), None),
        Risk(("urine",), None),  # "uncommon": a word, no figure
        Risk(("clot",), (5, None, 1000)),  # "uncommon" and 0.5%: the figure, exactly 5 in 1,000
        Risk(("testicle",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("recurrence",), (1, None, 100)),
        Risk(("chronic",), (10, None, 100)),  # the sub-heading is the risk; 1 in 10 is exactly 10 in 100
    ),
)

# P. An intro; headings in the team's voice and as labels, bold paragraphs in Word only; risks under two
#    sub-headings, one itself a risk, the other holding list items with percentages, rates and words;
#    doing nothing as a paragraph of the alternatives; a FAQ of h3 questions.
TONSIL = Leaflet(
    name="adult-tonsillectomy", title="Tonsillectomy for adults", furniture=5, code="CO/ENT/056",
    word_headings="bold",
    intro=(Para("You have been listed for an operation to remove your tonsils. This leaflet tells you what is "
                "involved and what recovery is like for adults, which is often harder than it is for "
                "children."),),
    parts=(
        Part("About tonsillectomy", "about", (
            Para("The tonsils are two small pads of tissue at the back of the throat, one on each side. A "
                 "tonsillectomy is an operation to remove both of them through the mouth, so there is no cut on "
                 "the skin."),
        )),
        Part("Reasons for removing the tonsils", "candidates", (
            Para("We offer the operation to adults who have had repeated, severe bouts of tonsillitis (usually "
                 "seven or more in one year), an abscess next to the tonsil (quinsy), or tonsils so large that "
                 "they affect breathing at night."),
        )),
        Part("What we do during the operation", "procedure_steps", (
            Para("You will be fully asleep under a general anaesthetic. We hold your mouth open with a gag and "
                 "remove the tonsils with fine instruments, sealing the blood vessels with heat or stitches."),
            Para("The operation takes about 30 minutes. Most adults go home the same evening or the next "
                 "morning."),
        )),
        Part("What you can expect to gain", "benefits", (
            Para("Most people have far fewer sore throats afterwards, and need less time off work and fewer "
                 "courses of antibiotics."),
        )),
        Part("Things that can go wrong", "risks", (
            Para("Every operation has some risks. We will talk to you about the ones that matter most to you."),
        )),
        Part("Bleeding", "risks", (
            Para("Bleeding is the most important risk. It can happen in the first 24 hours, or up to two weeks "
                 "later when the scabs come away. Between 1 in 20 and 1 in 10 adults have some bleeding after "
                 "the operation. Most bleeds are small and stop by themselves, but a few people need to go back "
                 "to theatre to stop the bleeding."),
        ), level=3),
        Part("Other possible problems", "risks", (
            Items((
                "A very sore throat for 10 to 14 days, often with earache (almost everyone).",
                "Infection of the throat that needs antibiotics: around 5%.",
                "Damage to a tooth, a crown or the lips from the gag that holds the mouth open: about 1 in 150.",
                "A change in the taste of food for a few weeks (uncommon).",
                "A serious reaction to the anaesthetic: less than 1 in 10,000.",
            )),
        ), level=3),
        Part("Is surgery the only option?", "alternatives", (  # doing nothing is a paragraph of the alternatives
            Para("Each bout of tonsillitis can be treated with painkillers and, when needed, antibiotics. "
                 "Tonsillitis often becomes less frequent with age."),
            Para("If you decide not to have the operation, you are likely to keep having sore throats and may "
                 "need more time off work. You can ask your GP to refer you again if things get worse."),
        )),
        Part("Before you come in", "unplaced", (
            Para("Please tell us if you take aspirin, clopidogrel, warfarin or any other blood thinner, or if you "
                 "have had tonsillitis in the two weeks before your operation date. Do not eat for six hours "
                 "before you arrive."),
        )),
        Part("At home afterwards", "recovery", (
            Para("Expect your throat to be very sore, especially in the mornings and on days 5 to 7. Take your "
                 "painkillers regularly, before meals, rather than waiting for the pain to build."),
        )),
        Part("Eating and drinking", "recovery", (
            Para("Eat normal food, including crunchy food such as toast, as this helps the throat to heal. Drink "
                 "plenty of water."),
        ), level=3),
        Part("Work and travel", "recovery", (
            Para("Plan to take two weeks off work. Do not fly or travel abroad for two weeks, in case you have a "
                 "bleed."),
        ), level=3),
        Part("If your throat bleeds", "get_help", (
            Para("If you spit out or swallow more than a teaspoon of fresh blood, go to your nearest Emergency "
                 "Department straight away or call 999. Do not drive yourself."),
            Para("Contact your GP or NHS 111 if you have a high temperature, cannot drink, or your pain is not "
                 "controlled by painkillers."),
        )),
        Part("FAQs", "faq", ()),
        Part("Will my voice change?", "faq", (
            Para("Your voice may sound different for a few weeks while the throat heals, but it should go back to "
                 "normal."),
        ), level=3),
        Part("Why does my breath smell?", "faq", (
            Para("White patches form where the tonsils were and can cause bad breath. This is normal and clears as "
                 "the throat heals."),
        ), level=3),
        Part("Visiting the ENT ward and parking", "ignore", (
            Para("Ward 4 (ENT) is on the first floor of Calderwick General Hospital. Visitors can park in car park "
                 "A, where the first 30 minutes are free."),
        )),
        Part("Evidence used in this leaflet", "ignore", (
            Para("ENT UK. Tonsillectomy in adults: information for patients. Scottish Intercollegiate Guidelines "
                 "Network, guideline 117."),
        )),
    ),
    risks=(
        Risk(("bleeding",), (5, 10, 100)),  # the sub-heading is the risk; between 1 in 20 and 1 in 10
        Risk(("sore throat",), None),
        Risk(("infection",), (5, None, 100)),
        Risk(("tooth",), None),  # 1 in 150 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("taste",), None),  # "uncommon": a word, no figure
        Risk(("anaesthetic",), (1, None, 10000)),  # "less than 1 in 10,000": the bound
    ),
)

SET_5 = (CATARACT, CARPAL, HERNIA, TONSIL)
SETS["5"] = SET_5


# --- set 6: held out again ----------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-5: grommet insertion for a child, laparoscopic cholecystectomy, trigger
# finger release and transurethral resection of the prostate (TURP), invented for this measurement.
# Their wording, risks and figures are made up, are not clinical information, and must never be printed
# for a patient or copied into a leaflet library. Fellbridge and Penhallow University Hospitals NHS
# Trust does not exist.
#
# Written after set 5 had been seen while the importer's rules were changed, without reading the
# importer, its tests or the README: headings are phrased as trusts' leaflets phrase them, and the
# expected section is what the leaflet model asks for. Their files have furniture of their own (set 6's
# writers below).

TRUST_6 = "Fellbridge and Penhallow University Hospitals NHS Trust"  # invented

# Q. For parents: an intro; questions in the parent's voice; an anaesthetic section; risks as list items
#    with inline figures, then a sub-heading grouping less common ones; doing nothing under its own
#    heading; a FAQ of h3 questions.
GROMMETS = Leaflet(
    name="grommet-insertion", title="Grommets: information for parents and carers", furniture=6,
    code="FP/PAED-ENT/019",
    intro=(Para("Your child has been put on the waiting list to have grommets put in. This leaflet explains what "
                "the operation involves, so that you can decide with your child's surgeon whether it is right "
                "for your family."),),
    parts=(
        Part("What is glue ear?", "about", (
            Para("Glue ear is a build-up of sticky fluid in the middle ear, behind the eardrum. It is very common "
                 "in young children and often starts after a cold."),
            Para("The fluid muffles sound, so a child with glue ear may seem not to listen, may turn the "
                 "television up, or may be slow to start talking."),
        )),
        Part("What are grommets?", "about", (
            Para("Grommets are tiny plastic tubes that are placed in the eardrum. They let air into the middle "
                 "ear, so that the fluid can drain away and your child can hear clearly again. Most grommets "
                 "fall out by themselves within 6 to 18 months, as the eardrum heals behind them."),
        )),
        Part("Why does my child need grommets?", "candidates", (
            Para("Grommets are offered when glue ear has lasted for at least three months, affects the hearing "
                 "in both ears, and is holding back your child's speech, learning or behaviour. They can also "
                 "help children who keep getting ear infections."),
        )),
        Part("Your child's anaesthetic", "procedure_steps", (
            Para("Your child will have a general anaesthetic, so they will be asleep for the whole operation. "
                 "One parent or carer can stay with them in the anaesthetic room until they are asleep. The "
                 "anaesthetist will come and talk to you before the operation."),
        )),
        Part("How are the grommets put in?", "procedure_steps", (
            Para("Using a microscope, the surgeon makes a tiny cut in the eardrum, gently sucks out the fluid "
                 "and fits the grommet into the cut. Everything is done through the ear canal, so there are no "
                 "stitches and no scars."),
            Para("The operation takes about 15 minutes for both ears, and most children go home the same day."),
        )),
        Part("How will grommets help my child?", "benefits", (
            Para("Most children hear better straight away. Parents often notice that their child's speech, "
                 "concentration and mood improve over the next few weeks."),
        )),
        Part("What are the risks for my child?", "risks", (
            Para("Grommets are one of the most common operations in children, and serious problems are very "
                 "rare. The things that can happen are:"),
            Items((
                "A runny ear (discharge), usually caused by an ear infection and treated with antibiotic ear "
                "drops: between 1 in 20 and 1 in 10 children.",
                "A small patch of scarring on the eardrum (tympanosclerosis), which is common and hardly ever "
                "affects hearing.",
                "The grommet falling out too early, within a few months of the operation: up to 1 in 50 "
                "children.",
                "Glue ear coming back after the grommets have come out, so that another set is needed: about "
                "1 in 3 children.",
            )),
        )),
        Part("Less common problems", "risks", (
            Items((
                "A hole in the eardrum that does not close after the grommet comes out (perforation): 2 in "
                "100 children. A small operation to repair it may be offered when your child is older.",
                "The grommet becoming blocked, so that it stops working (uncommon).",
                "The grommet staying in the eardrum for more than two years, so that it has to be taken out "
                "under a general anaesthetic: about 1 in 100 children.",
            )),
        ), level=3),
        Part("Are there other ways to treat glue ear?", "alternatives", (
            Para("Hearing aids can help your child to hear while you wait for the glue ear to clear. Some "
                 "children are helped by autoinflation, where they blow up a special balloon through the nose "
                 "several times a day."),
        )),
        Part("What if my child does not have grommets?", "doing_nothing", (
            Para("Glue ear often gets better on its own, especially over the summer, but this can take many "
                 "months. While you wait, your child's hearing may stay muffled and their speech or schoolwork "
                 "may fall behind. We will check their hearing again if you decide to wait."),
        )),
        Part("How should I prepare my child?", "unplaced", (
            Para("Your child must not eat anything for six hours before the operation. They can have breast "
                 "milk up to four hours before, and water or diluted squash up to one hour before. Your "
                 "appointment letter gives the exact times."),
            Para("Talk to your child about coming into hospital in a way they can understand, and bring a "
                 "favourite toy or comforter with you."),
        )),
        Part("Caring for your child after grommets", "recovery", (
            Para("Your child may be sleepy and a little unsettled for the rest of the day. Give paracetamol or "
                 "ibuprofen if their ears ache. Most children can go back to nursery or school after a day or "
                 "two."),
            Para("Your child can have a bath and wash their hair as usual, but try to keep soapy water out of "
                 "their ears. We will see your child in clinic for a hearing test about eight weeks after the "
                 "operation."),
        )),
        Part("When should I call for advice?", "get_help", (
            Para("Contact the Children's Day Unit or your GP if discharge from your child's ear lasts more than "
                 "a week or is smelly or bloody, or if your child has a high temperature and seems unwell."),
        )),
        Part("Other questions parents ask", "faq", ()),
        Part("Can my child go swimming?", "faq", (
            Para("Yes. Most children can swim on the surface two weeks after the operation. Ask us about ear "
                 "plugs if your child dives or swims underwater."),
        ), level=3),
        Part("Can my child fly with grommets?", "faq", (
            Para("Yes. Grommets can even make flying more comfortable, because they let the pressure in the ear "
                 "even out."),
        ), level=3),
        Part("Will my child feel the grommets?", "faq", (
            Para("No. The grommets are too small to be felt, and you will not be able to see them."),
        ), level=3),
        Part("Getting to the Children's Day Unit", "ignore", (
            Para("The Children's Day Unit is on the ground floor of Penhallow Community Hospital, entrance C. "
                 "Drop-off bays outside the entrance can be used for 20 minutes, and parents of children having "
                 "day surgery can ask reception for a free parking permit."),
        )),
        Part("This leaflet in other languages and formats", "ignore", (
            Para("If you would like this information in another language, in large print, in Easy Read or as an "
                 "audio file, please ask a member of staff or email the patient information team."),
        )),
    ),
    risks=(
        Risk(("discharge",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("scarring",), None),  # "common": a word, no figure
        Risk(("falling out",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("coming back",), None),  # 1 in 3 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("perforation",), (2, None, 100)),
        Risk(("blocked",), None),  # "uncommon": a word, no figure
        Risk(("two years",), (1, None, 100)),
    ),
)

# R. Numbered plain-label headings; risks in a table (Complication | Chance of it happening), with a
#    percentage, rates, a bound, a rate no whole number fits and words, then an unnumbered risk
#    sub-heading; doing nothing as a paragraph of the alternatives; two preparation sections; a FAQ with
#    bold questions leading paragraphs.
GALLBLADDER = Leaflet(
    name="laparoscopic-cholecystectomy", title="Laparoscopic cholecystectomy (keyhole removal of the gallbladder)",
    furniture=6, code="FP/GS/0412", container="article",
    parts=(
        Part("1. Your gallbladder and gallstones", "about", (
            Para("The gallbladder is a small pouch under the liver. It stores bile, a fluid that helps you to "
                 "digest fat. Gallstones are hard lumps that form inside the gallbladder."),
            Para("A laparoscopic cholecystectomy is an operation to remove the gallbladder, with the stones "
                 "inside it, by keyhole surgery. You can live a normal life without a gallbladder."),
        )),
        Part("2. Why we recommend removing the gallbladder", "candidates", (
            Para("We recommend the operation if your gallstones have caused attacks of pain (biliary colic), "
                 "inflammation of the gallbladder (cholecystitis), jaundice or inflammation of the pancreas "
                 "(pancreatitis). Gallstones that have never caused symptoms do not usually need treatment."),
        )),
        Part("3. The keyhole operation", "procedure_steps", (
            Para("You will have a general anaesthetic. The surgeon makes four small cuts in your tummy, one of "
                 "them in your belly button, and fills your tummy with carbon dioxide gas to make room to see."),
            Para("A camera and fine instruments are passed through the cuts, and the gallbladder is freed from "
                 "the liver and taken out through the cut at your belly button. The operation takes about an "
                 "hour, and most people go home the same day or the next morning."),
        )),
        Part("4. Advantages of having the operation", "benefits", (
            Para("Removing the gallbladder stops the attacks of pain and prevents problems such as cholecystitis "
                 "and pancreatitis from coming back. Most people can go back to eating a normal diet."),
        )),
        Part("5. Complications", "risks", (
            Para("Serious problems are uncommon. The table shows the chance of each complication in our "
                 "hospitals."),
            Table(("Complication", "Chance of it happening"), (
                ("Pain in the shoulder tip caused by the gas, for a day or two", "Very common"),
                ("Wound infection, usually at the belly button", "1 in 100"),
                ("Changing to open surgery through a larger cut", "Around 5%"),
                ("A stone left behind in the bile duct, needing a further procedure", "1 in 50"),
                ("Bleeding that needs a blood transfusion or a return to theatre", "1 in 500"),
                ("Damage to the bowel or a major blood vessel", "Less than 1 in 1,000"),
                ("A hernia in one of the scars", "1 in 300"),
                ("Loose stools after fatty meals", "Uncommon, and usually settles within a few months"),
            )),
        )),
        Part("Injury to the bile duct", "risks", (
            Para("The bile duct carries bile from the liver to the bowel and lies right next to the gallbladder. "
                 "It is injured in about 0.3% of operations. If this happens you are likely to need a further, "
                 "larger operation and a longer stay in hospital."),
        ), level=3),
        Part("6. Alternatives to an operation", "alternatives", (  # doing nothing is a paragraph of the alternatives
            Para("A low-fat diet can reduce the number of attacks for some people, but it will not get rid of "
                 "the gallstones. Tablets that dissolve gallstones work slowly, only for some kinds of stone, "
                 "and the stones usually come back when the tablets are stopped."),
            Para("You may decide not to have any treatment. Some people have no more attacks, but many do, and "
                 "there is a risk of serious problems such as jaundice or pancreatitis, which can need emergency "
                 "treatment."),
        )),
        Part("7. Consent to treatment", "unplaced", (
            Para("Your surgeon will go through the operation with you and ask you to sign a consent form. If "
                 "there is anything you do not understand, or you would like more time to decide, please tell "
                 "us."),
        )),
        Part("8. Eating and drinking before surgery", "unplaced", (
            Para("Do not eat anything after midnight on the night before your operation. You may drink water "
                 "or black tea or coffee until 6am on the day."),
        )),
        Part("9. Recovering from keyhole surgery", "recovery", (
            Para("You will feel tired for a week or two. Walk a little further each day. Most people go back to "
                 "office work after two weeks, and to heavy work after four to six weeks."),
            Para("You can drive when you can wear a seatbelt comfortably and make an emergency stop. The "
                 "stitches dissolve by themselves."),
        )),
        Part("10. Problems to look out for", "get_help", (
            Items((
                "yellowing of your skin or the whites of your eyes",
                "pain in your tummy that is getting worse instead of better",
                "a high temperature or shivering",
                "redness, swelling or discharge from one of the cuts",
            )),
            Para("If you notice any of these, ring the Surgical Assessment Unit on 01632 967 320, day or night."),
        )),
        Part("11. Questions and answers", "faq", (
            Para("Will I need to change my diet? Most people can eat normally. A few find that very fatty food "
                 "upsets their stomach for a while.", lead="Will I need to change my diet?"),
            Para("Can I see my gallstones? Please tell the ward staff before your operation if you would like "
                 "to take them home.", lead="Can I see my gallstones?"),
        )),
        Part("12. Sources of evidence", "ignore", (
            Para("Royal College of Surgeons of England. Recovering from surgery: gallbladder removal. NICE "
                 "guideline CG188, Gallstone disease: diagnosis and management."),
        )),
        Part("13. Help us improve this leaflet", "ignore", (
            Para("Please send any comments about this leaflet to the Patient Information Group, Fellbridge "
                 "General Hospital, or email patient.information@fph.example.nhs.uk."),
        )),
    ),
    risks=(
        Risk(("shoulder",), None),
        Risk(("wound infection",), (1, None, 100)),
        Risk(("open surgery",), (5, None, 100)),
        Risk(("stone",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("bleeding",), (2, None, 1000)),  # 1 in 500 is exactly 2 in 1,000
        Risk(("blood vessel",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("hernia",), None),  # 1 in 300 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("loose stools",), None),  # "uncommon": a word, no figure
        Risk(("injur", "bile duct"), (3, None, 1000)),  # the sub-heading is the risk; 0.3% is exactly 3 in 1,000
    ),
)

# S. Plain label headings as bold paragraphs on the web page, in the PDF and in Word; risks as bold
#    lead-in paragraphs, then a sub-heading grouping two risks as list items; recovery sub-headings;
#    doing nothing under its own heading; "Alternative formats" next to "Alternative treatments".
TRIGGER = Leaflet(
    name="trigger-finger-release", title="Trigger finger release", furniture=6, code="FP/HAND/027",
    web_headings="bold", word_headings="bold", container="role",
    parts=(
        Part("Trigger finger", "about", (
            Para("Trigger finger is a condition in which a finger or thumb catches or locks when you bend it, "
                 "then straightens with a painful click. It happens when the tendon that bends the finger "
                 "cannot glide smoothly through the tunnel (the tendon sheath) at the base of the finger."),
            Para("Trigger finger release is a small operation to open the entrance of the tunnel so that the "
                 "tendon can move freely again."),
        )),
        Part("When surgery is recommended", "candidates", (
            Para("Surgery is usually offered when a finger stays locked, or when the triggering keeps coming "
                 "back after one or two steroid injections."),
        )),
        Part("Having the operation", "procedure_steps", (
            Para("The operation is done under local anaesthetic while you are awake. The surgeon injects the "
                 "anaesthetic into your palm, makes a cut of 1 to 2 cm in the skin crease at the base of the "
                 "finger and opens the tight part of the tunnel."),
            Para("The skin is closed with two or three stitches and a padded dressing is put on. The operation "
                 "takes about 10 minutes, and you will be in the unit for around an hour and a half."),
        )),
        Part("Expected outcome", "benefits", (
            Para("The locking and clicking usually stop straight away. Most people have full movement of the "
                 "finger within a few weeks."),
        )),
        Part("Risks of surgery", "risks", (
            Para("Trigger finger release is a safe operation, and serious complications are rare. You should "
                 "know about the following."),
            Para("Scar tenderness. The scar is often tender and firm for six to eight weeks. Massaging it with "
                 "an unperfumed cream helps it to soften.", lead="Scar tenderness."),
            Para("Infection. About 2% of people get a wound infection, which is usually treated with "
                 "antibiotics.", lead="Infection."),
            Para("A stiff finger. Some stiffness is normal for a few weeks. Stiffness that needs treatment from a "
                 "hand therapist affects up to 1 in 20 people.", lead="A stiff finger."),
            Para("Nerve damage. The nerves to the sides of the finger lie close to the tunnel. Damage that leaves "
                 "the side of the finger numb happens in about 2 in 1,000 operations.", lead="Nerve damage."),
            Para("The triggering coming back. The finger triggers again after about 1 in 100 operations, and a "
                 "few people need a second operation.", lead="The triggering coming back."),
            Para("Bowstringing. Very rarely, the tendon lifts away from the bone when you bend the finger "
                 "hard.", lead="Bowstringing."),
        )),
        Part("Reactions to the local anaesthetic", "risks", (
            Items((
                "Feeling faint or light-headed during the injection (uncommon)",
                "An allergic reaction to the local anaesthetic (very rare)",
            )),
        ), level=3),
        Part("Alternative treatments", "alternatives", (
            Para("A steroid injection into the tendon sheath cures the triggering in about half of people, and "
                 "can be repeated once. A splint worn at night can help when the triggering is mild."),
        )),
        Part("Having no treatment", "doing_nothing", (
            Para("Trigger finger sometimes gets better by itself, particularly if it is mild. If it does not, "
                 "the finger may become stuck in a bent position, and it can then be harder to straighten fully, "
                 "even after surgery."),
        )),
        Part("Before your appointment", "unplaced", (
            Para("You can eat and drink normally, as you will not be put to sleep. Take off all rings from the "
                 "hand before you come, and arrange for someone to drive you home."),
        )),
        Part("Aftercare", "recovery", (
            Para("Keep your hand raised for the first two days and move your fingers often. Keep the dressing "
                 "clean and dry. Your stitches will be taken out at your GP surgery after 10 to 14 days."),
        )),
        Part("Returning to normal activities", "recovery", (
            Para("You can use your hand for light tasks straight away. Avoid heavy gripping for three to four "
                 "weeks. You can drive when you can grip the steering wheel firmly."),
        ), level=3),
        Part("Hand therapy", "recovery", (
            Para("If your finger is slow to straighten, we will refer you to a hand therapist for exercises and "
                 "a splint."),
        ), level=3),
        Part("Problems after surgery", "get_help", (
            Para("Call the Hand Unit or your GP if your hand becomes hot, red or more painful, if the wound leaks, "
                 "or if you have a high temperature."),
        )),
        Part("Hand Unit contact numbers", "ignore", (
            Para("Hand Unit nurses: 01632 967 150, Monday to Friday, 8am to 6pm. Out of hours, ring the hospital "
                 "switchboard on 01632 967 000 and ask for the orthopaedic doctor on call."),
        )),
        Part("Alternative formats", "ignore", (
            Para("This leaflet is available in large print, in Braille, on audio and in other languages on "
                 "request."),
        )),
    ),
    risks=(
        Risk(("scar",), None),  # "often": a word, no figure
        Risk(("infection",), (2, None, 100)),
        Risk(("stiff",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("nerve",), (2, None, 1000)),
        Risk(("coming back",), (1, None, 100)),
        Risk(("bowstringing",), None),
        Risk(("faint",), None),  # "uncommon": a word, no figure
        Risk(("allergic",), None),
    ),
)

# T. Questions in the patient's voice; numbered procedure steps; the risks heading with only an
#    introduction, then risk sub-headings, most of them a risk each and one grouping several as list items;
#    doing nothing as a paragraph of the alternatives; a FAQ of plain question and answer paragraphs.
TURP = Leaflet(
    name="transurethral-resection-of-prostate", title="Transurethral resection of the prostate (TURP)",
    furniture=6, code="FP/URO/0088",
    parts=(
        Part("What is a TURP?", "about", (
            Para("The prostate is a gland about the size of a walnut. It sits below the bladder and wraps around "
                 "the urethra, the tube that carries urine out of the body. As men get older the prostate often "
                 "grows and squeezes the urethra (benign prostatic enlargement)."),
            Para("A transurethral resection of the prostate (TURP) removes the inner part of the prostate that "
                 "is blocking the flow of urine. It is done through the urethra, so there are no cuts on the "
                 "skin."),
        )),
        Part("Is a TURP right for me?", "candidates", (
            Para("A TURP may be suggested if you have a weak flow, need to pass urine often or urgently, or get "
                 "up many times in the night, and tablets have not helped. It is also offered to men who cannot "
                 "pass urine at all, or whose blocked bladder is harming their kidneys."),
        )),
        Part("How is a TURP done?", "procedure_steps", (
            Items((
                "You will have a spinal anaesthetic, which numbs you from the waist down, or a general "
                "anaesthetic.",
                "The surgeon passes a telescope into the urethra and uses a heated wire loop to cut away the "
                "blocking prostate tissue in small pieces.",
                "The pieces are washed out of the bladder and sent to the laboratory to be examined.",
                "A catheter is put into your bladder at the end of the operation, and fluid is run through it to "
                "wash out any blood.",
            ), numbered=True),
            Para("The operation takes about an hour. Most men stay in hospital for one to three nights."),
        )),
        Part("How could a TURP help me?", "benefits", (
            Para("Most men find that their flow is much stronger and that they need to pass urine less often. "
                 "Getting up at night can take longer to improve."),
        )),
        Part("What problems can happen after a TURP?", "risks", (
            Para("Your urologist will talk to you about the risks that apply to you. The most important ones are "
                 "described below."),
        )),
        Part("Dry orgasm (retrograde ejaculation)", "risks", (
            Para("After a TURP most men, about 3 in 4, find that semen goes back into the bladder when they "
                 "climax, instead of coming out. This is harmless and the feeling of orgasm is usually the same, "
                 "but it means you are unlikely to be able to father a child naturally."),
        ), level=3),
        Part("Bleeding and blood in the urine", "risks", (
            Para("Your urine will be pink or red for the first few weeks, and small clots are normal. Bleeding "
                 "heavy enough to need a blood transfusion or a return to theatre affects about 2 in 100 men."),
        ), level=3),
        Part("Problems with passing urine", "risks", (
            Items((
                "A urine infection needing antibiotics: around 1 in 20 men.",
                "Not being able to pass urine when the catheter is taken out, so that it has to be put back for a "
                "week or two: about 1 in 15 men.",
                "Leaking urine that does not get better (incontinence): less than 1 in 100 men.",
                "Scarring that narrows the urethra or the neck of the bladder (stricture), months or years "
                "later: between 2 and 4 in every 100 men.",
                "The prostate growing back, so that the operation has to be done again: about 1 in 10 men within "
                "ten years.",
            )),
        ), level=3),
        Part("Erection problems", "risks", (
            Para("A few men notice that their erections are weaker after the operation. This is uncommon, and "
                 "your urologist can talk to you about treatment if it happens."),
        ), level=3),
        Part("TUR syndrome", "risks", (
            Para("Rarely, the fluid used to rinse the bladder during the operation is absorbed into the "
                 "bloodstream. This can cause confusion, sickness and breathing problems, and happens in less "
                 "than 1 in 1,000 operations. It is treated on the ward or in intensive care."),
        ), level=3),
        Part("What other treatments are there?", "alternatives", (  # doing nothing is a paragraph of them
            Para("Other operations include laser removal of the prostate (HoLEP), steam treatment and prostate "
                 "lift implants. Some of these have a lower risk of dry orgasm, but they do not suit every "
                 "prostate. You could also carry on with tablets, or use a catheter."),
            Para("Doing nothing is also an option. Your symptoms may stay the same, get slowly worse or "
                 "sometimes improve. A small number of men suddenly become unable to pass urine and need a "
                 "catheter urgently."),
        )),
        Part("What do I need to do before I come in?", "unplaced", (
            Para("You will have a pre-assessment appointment, where we check your blood, urine and heart. If you "
                 "take a blood thinner such as warfarin, apixaban or clopidogrel, we will tell you when to stop "
                 "it. Do not eat for six hours before your operation."),
        )),
        Part("How long will it take to recover?", "recovery", (
            Para("The catheter usually stays in for two or three days. Once it is out and you are passing urine "
                 "well, you can go home."),
            Para("Drink two to three litres of fluid a day for the first two weeks. Avoid heavy lifting, "
                 "straining and sex for four weeks. Most men go back to work after two to four weeks."),
        )),
        Part("What should I look out for at home?", "get_help", (
            Para("Go to your nearest Emergency Department, or ring the Urology Ward at any time, if:"),
            Items((
                "you cannot pass urine",
                "your urine is thick with blood or clots",
                "you have a high temperature or shivers",
                "you have pain that painkillers do not control",
            )),
        )),
        Part("Common questions about TURP", "faq", (
            Para("Will the tissue be checked for cancer?"),
            Para("Yes. All the tissue removed is examined in the laboratory, and we will write to you and your GP "
                 "with the result."),
            Para("When can I drive again?"),
            Para("Usually after two weeks, once you can make an emergency stop without discomfort."),
        )),
        Part("Useful websites", "ignore", (
            Para("Prostate Cancer UK and the British Association of Urological Surgeons both publish information "
                 "about an enlarged prostate."),
        )),
        Part("Tell us about your experience", "ignore", (
            Para("We welcome your comments and suggestions. Please speak to the nurse in charge of the Urology "
                 "Ward, or contact the Patient Experience Team on 01632 967 090."),
        )),
    ),
    risks=(
        Risk(("ejaculation",), (75, None, 100)),  # the sub-heading is the risk; 3 in 4 is exactly 75 in 100
        Risk(("bleeding",), (2, None, 100)),  # the sub-heading is the risk
        Risk(("infection",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("catheter",), None),  # 1 in 15 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("incontinence",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("stricture",), (2, 4, 100)),
        Risk(("growing back",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("erection",), None),  # the sub-heading is the risk; "uncommon": a word, no figure
        Risk(("tur syndrome",), (1, None, 1000)),  # the sub-heading is the risk; "less than 1 in 1,000": the bound
    ),
)

SET_6 = (GROMMETS, GALLBLADDER, TRIGGER, TURP)
SETS["6"] = SET_6


# --- set 7: held out again ----------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-6: squint surgery for a child, having a permanent pacemaker fitted, LLETZ
# treatment to the cervix and a steroid injection into the shoulder, invented for this measurement. Their
# wording, risks and figures are made up, are not clinical information, and must never be printed for a
# patient or copied into a leaflet library. Kestlebury and Wendmoor Hospitals NHS Trust does not exist.
#
# Written while set 6 was being used to change the importer, without reading the importer, its tests or the
# README: headings are phrased as trusts' leaflets phrase them, and the expected section is what the leaflet
# model asks for. Their files have furniture of their own (set 7's writers below).

TRUST_7 = "Kestlebury and Wendmoor Hospitals NHS Trust"  # invented

# U. For parents: an intro; questions in the parent's voice; risks as list items with inline figures, then a
#    risk sub-heading that is one risk and another grouping rare ones; doing nothing under its own heading;
#    a FAQ of h3 questions; an other-formats section headed by a question.
SQUINT = Leaflet(
    name="squint-surgery-child", title="Squint surgery: information for parents and carers", furniture=7,
    code="KW/OPH/0311",
    intro=(Para("Your child's eye doctor (ophthalmologist) has suggested an operation to straighten your child's "
                "eyes. This leaflet explains what the operation involves and what to expect afterwards. Please "
                "read it with your child if they are old enough."),),
    parts=(
        Part("What is a squint?", "about", (
            Para("A squint (strabismus) is when the eyes point in different directions. One eye may turn in, out, "
                 "up or down while the other eye looks straight ahead. The turn may be there all the time or come "
                 "and go."),
            Para("Each eye is moved by six small muscles on its outside surface. Squint surgery moves or shortens "
                 "one or more of these muscles so that the eyes line up better."),
        )),
        Part("Why does my child need an operation?", "candidates", (
            Para("An operation is usually offered when glasses and patching have done as much as they can and the "
                 "eyes still do not line up. It may also be offered if the squint causes double vision, makes your "
                 "child tilt their head, or affects how your child feels about their appearance."),
        )),
        Part("What happens during the operation?", "procedure_steps", (
            Para("Your child will have a general anaesthetic, so they will be asleep and will feel nothing. You can "
                 "stay with your child until they are asleep."),
            Para("The surgeon makes a small opening in the clear skin that covers the white of the eye (the "
                 "conjunctiva), moves or shortens the eye muscle and holds it in its new place with dissolving "
                 "stitches. The eye is never taken out of its socket. The operation takes between 45 minutes and "
                 "an hour and a half, depending on how many muscles are moved."),
        )),
        Part("What are the benefits for my child?", "benefits", (
            Para("In most children the eyes look straighter after the operation. Some children also find it easier "
                 "to use both eyes together, and a head tilt may improve. The operation does not improve the sight "
                 "itself, so your child may still need glasses."),
        )),
        Part("Can there be any complications or risks?", "risks", (
            Para("Squint surgery is a common operation and most children recover quickly. Things that can happen "
                 "include:"),
            Items((
                "A red, sore and watery eye for two to three weeks, which nearly every child has.",
                "The eyes not being perfectly straight afterwards, so that more glasses, patching or a second "
                "operation is needed: about 1 in 10 children.",
                "An infection of the eye or eyelid that needs antibiotic drops (1%).",
                "A small lump or cyst where a stitch was, which may need to be removed (uncommon).",
                "A pink mark on the white of the eye that lasts for months: up to 1 in 50 children.",
            )),
        )),
        Part("Double vision", "risks", (
            Para("Older children may see double for a few days after the operation, while the brain gets used to the "
                 "new position of the eyes. Double vision that does not go away is rare: it affects less than 1 in "
                 "1,000 children."),
        ), level=3),
        Part("Rare but serious problems", "risks", (
            Items((
                "The needle passing through the wall of the eye while the muscle is stitched (scleral "
                "perforation), which may need laser treatment: about 2 in 1,000 operations.",
                "An eye muscle slipping back from where it was stitched (a slipped muscle), so that the eye cannot "
                "move properly and another operation is needed: about 1 in 2,000 operations.",
                "A severe infection inside the eye, which could damage the sight (very rare).",
            )),
        ), level=3),
        Part("Are there other treatments?", "alternatives", (
            Para("Glasses, patching and eye exercises can help some squints, and your child may already be using "
                 "them. Some squints can be treated with an injection of botulinum toxin into an eye muscle, which "
                 "weakens it for a few months; this is used more often in adults than in children."),
        )),
        Part("What will happen if we leave it alone?", "doing_nothing", (
            Para("A squint will not harm your child's eyes, and you can choose to wait. Most squints that are left "
                 "alone do not get better, and some slowly get bigger. Other children may notice the squint, which "
                 "can affect your child's confidence. You can ask for the operation later if you change your mind."),
        )),
        Part("How do I get my child ready for the operation?", "unplaced", (
            Para("Your child must not eat for six hours before the operation. They may have breast milk up to four "
                 "hours before and clear drinks up to one hour before. Bring their glasses, a favourite toy and "
                 "something to do while you wait."),
            Para("The surgeon will explain the operation again on the day and ask you to sign a consent form."),
        )),
        Part("Looking after your child at home", "recovery", (
            Para("Use the eye drops as you have been shown, usually four times a day for two weeks. Give paracetamol "
                 "or ibuprofen if the eye is sore. Your child should keep wearing their glasses, if they have them."),
            Para("Most children go back to school after about a week. Keep your child out of swimming pools for two "
                 "weeks. We will see your child in the eye clinic six to eight weeks after the operation."),
        )),
        Part("When should I get help?", "get_help", (
            Para("Ring the Children's Eye Unit straight away, or go to Eye Casualty out of hours, if:"),
            Items((
                "your child's eye becomes more red, swollen or painful after the first few days",
                "there is a yellow or green sticky discharge",
                "your child's sight seems worse",
                "your child has a high temperature and seems unwell",
            )),
        )),
        Part("Questions parents often ask", "faq", ()),
        Part("Will the stitches need to come out?", "faq", (
            Para("No. The stitches dissolve by themselves over four to six weeks. Your child may feel them as a "
                 "slight scratchiness until then."),
        ), level=3),
        Part("Will my child still need glasses?", "faq", (
            Para("Probably. The operation straightens the eyes but does not change their focus, so keep using "
                 "glasses unless the eye doctor tells you otherwise."),
        ), level=3),
        Part("Can my child watch television?", "faq", (
            Para("Yes. Reading, television and screens will not harm the eyes after squint surgery."),
        ), level=3),
        Part("Parking at the Children's Eye Unit", "ignore", (
            Para("The Children's Eye Unit is in the Rowan Wing of Kestlebury Royal Infirmary. Use car park 3, next "
                 "to the Rowan Wing entrance; parents of children having surgery can ask at reception for a day "
                 "permit."),
        )),
        Part("Need this leaflet in another language or format?", "ignore", (
            Para("We can provide this leaflet in large print, braille, Easy Read, audio or another language. Please "
                 "email patient.information@kwh.example.nhs.uk or ring 01632 968 044."),
        )),
    ),
    risks=(
        Risk(("watery",), None),  # "nearly every child": words, no figure
        Risk(("perfectly straight",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("antibiotic",), (1, None, 100)),
        Risk(("cyst",), None),  # "uncommon": a word, no figure
        Risk(("pink mark",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("double vision",), (1, None, 1000)),  # the sub-heading is the risk; "rare" and "less than 1 in 1,000"
        Risk(("scleral perforation",), (2, None, 1000)),
        Risk(("slipped muscle",), (5, None, 10000)),  # 1 in 2,000 is exactly 5 in 10,000
        Risk(("severe infection",), None),  # "very rare": words, no figure
    ),
)

# V. Numbered question headings with numbered sub-headings, bold paragraphs in Word only; risks in a table
#    (Possible problem | How many people it affects), then a numbered risk sub-heading; doing nothing as a
#    paragraph of the alternatives; a sub-heading for carers; a FAQ with bold questions leading paragraphs.
PACEMAKER = Leaflet(
    name="permanent-pacemaker", title="Having a permanent pacemaker fitted", furniture=7, code="KW/CARD/0142",
    word_headings="bold", container="role",
    parts=(
        Part("1. What is a pacemaker?", "about", (
            Para("A pacemaker is a small battery-powered device, about the size of a matchbox, that is placed under "
                 "the skin below the collarbone. One or two thin wires (leads) run from it through a vein into the "
                 "heart."),
            Para("The pacemaker checks your heartbeat all the time. If your heart beats too slowly or pauses, the "
                 "pacemaker sends a tiny electrical signal that makes it beat."),
        )),
        Part("2. Why do I need a pacemaker?", "candidates", (
            Para("A pacemaker is offered to people whose heart beats too slowly, or whose heartbeat stops for a few "
                 "seconds at a time, because of a problem with the heart's own electrical wiring (heart block) or "
                 "its natural pacemaker (sick sinus syndrome). This can cause dizziness, blackouts, tiredness and "
                 "breathlessness."),
        )),
        Part("3. How is the pacemaker fitted?", "procedure_steps", (
            Items((
                "You lie on your back on an X-ray table. The skin below your collarbone is cleaned and numbed with "
                "a local anaesthetic. You can have a sedative to help you relax.",
                "The cardiologist makes a cut of about 5 cm and passes the leads through a vein into the heart, "
                "using X-rays to guide them.",
                "The leads are tested and connected to the pacemaker, which is placed in a pocket under the skin.",
                "The wound is closed with dissolving stitches or glue and covered with a dressing.",
            ), numbered=True),
            Para("The procedure usually takes about an hour. Most people go home the same day or the next morning."),
        )),
        Part("4. What are the benefits?", "benefits", (
            Para("A pacemaker stops your heart from beating too slowly, so the dizziness, blackouts and tiredness it "
                 "causes should ease or stop. Most people feel better within a few days."),
        )),
        Part("5. Risks", "risks", (
            Para("Having a pacemaker fitted is a common procedure and serious problems are uncommon. The table shows "
                 "the main risks."),
            Table(("Possible problem", "How many people it affects"), (
                ("Bruising or swelling around the pacemaker", "Common"),
                ("A collection of blood under the skin (haematoma) that needs draining", "2 to 5 in 100"),
                ("A lead moving out of place (lead displacement), needing a second procedure", "About 2%"),
                ("Air leaking from the lung into the chest (pneumothorax)", "Less than 1 in 100"),
                ("A lead making a hole in the heart wall (perforation)", "1 in 1,000"),
                ("Soreness over the pacemaker lasting more than a few weeks", "1 in 30"),
                ("Death", "Very rare"),
            )),
        )),
        Part("5.1 Infection of the pacemaker", "risks", (
            Para("Infection of the pacemaker pocket or leads happens in about 1 in 200 people, sometimes months after "
                 "the procedure. It is treated with antibiotics, and usually the whole pacemaker and its leads have "
                 "to be removed and replaced."),
        ), level=3),
        Part("6. Are there any alternatives?", "alternatives", (  # doing nothing is a paragraph of them
            Para("If a medicine is causing your heart to slow down, stopping or changing it may be enough, and your "
                 "doctor will have checked this. A leadless pacemaker, placed inside the heart through a vein in the "
                 "groin, suits some people; your cardiologist will tell you if it is an option for you."),
            Para("You can decide not to have a pacemaker. Your symptoms are likely to continue and may get worse, and "
                 "blackouts can lead to falls and injuries. For some people a very slow heartbeat can be "
                 "life-threatening."),
        )),
        Part("7. Consent", "unplaced", (
            Para("Before the procedure the cardiologist will explain the risks and benefits and ask you to sign a "
                 "consent form. If you look after someone who cannot make this decision for themselves, the team "
                 "will talk with you about what is in their best interests."),
        )),
        Part("8. After the procedure", "recovery", (
            Para("You will have a chest X-ray and a pacemaker check before you go home, and you will be given a "
                 "pacemaker identity card. Keep the wound dry for five days."),
            Para("For four to six weeks, do not lift your arm on the pacemaker side above your shoulder, and avoid "
                 "lifting anything heavy, so that the leads can settle in place."),
        )),
        Part("8.1 Driving", "recovery", (
            Para("You must not drive a car for one week after a pacemaker is fitted. If you hold a bus or lorry "
                 "licence, you must not drive these vehicles for six weeks and must tell the DVLA."),
        ), level=3),
        Part("8.2 Helping someone at home after a pacemaker", "recovery", (
            Para("If you care for someone who has just had a pacemaker fitted, help them with tasks that need the arm "
                 "raised, such as dressing and washing their hair, for the first few weeks. Check the wound each day "
                 "for redness or swelling, and encourage them to take short walks."),
        ), level=3),
        Part("9. When to get medical help", "get_help", (
            Para("Ring the Cardiac Day Unit, or NHS 111 out of hours, if the wound becomes red, hot, swollen or starts "
                 "to leak, or if you have a high temperature."),
            Para("Call 999 if you have chest pain, sudden shortness of breath, or dizziness or blackouts like those "
                 "you had before the pacemaker was fitted."),
        )),
        Part("10. Frequently asked questions", "faq", (
            Para("Can I use a mobile phone? Yes. Keep it at least 15 cm away from the pacemaker, so do not carry it in "
                 "a top pocket on that side.", lead="Can I use a mobile phone?"),
            Para("What about airport security? Show your pacemaker identity card to the security staff. Walking "
                 "through the arch is safe, but do not let a hand-held scanner rest over the pacemaker.",
                 lead="What about airport security?"),
            Para("How long does the battery last? Usually between 8 and 12 years. The battery is checked at each "
                 "clinic visit, and changing it is a smaller procedure than the first one.",
                 lead="How long does the battery last?"),
        )),
        Part("11. Cardiology contact numbers", "ignore", (
            Para("Cardiac Day Unit: 01632 968 270, Monday to Friday, 8am to 6pm. Pacing Clinic: 01632 968 275. Out of "
                 "hours, ring the switchboard on 01632 968 000 and ask for the cardiology registrar."),
        )),
        Part("12. References", "ignore", (
            Para("British Heart Foundation. Pacemakers. Arrhythmia Alliance. Pacemakers: a guide for patients. NICE "
                 "guidance on dual-chamber pacing for slow heart rhythms."),
        )),
    ),
    risks=(
        Risk(("bruising",), None),  # "common": a word, no figure
        Risk(("haematoma",), (2, 5, 100)),
        Risk(("lead displacement",), (2, None, 100)),
        Risk(("pneumothorax",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("perforation",), (1, None, 1000)),
        Risk(("soreness",), None),  # 1 in 30 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("death",), None),  # "very rare": words, no figure
        Risk(("infection",), (5, None, 1000)),  # the sub-heading is the risk; 1 in 200 is exactly 5 in 1,000
    ),
)

# W. Plain label headings as bold paragraphs on the web page, in the PDF and in Word; risks as list items
#    with figures in brackets (a duration written "up to" beside a word), then a sub-heading grouping two
#    risks named only in words; doing nothing under its own heading; "When to contact us" (get help) beside
#    the clinic's contact details.
LLETZ = Leaflet(
    name="lletz-treatment", title="LLETZ treatment to the cervix", furniture=7, code="KW/GYN/0227",
    web_headings="bold", word_headings="bold", container="article",
    parts=(
        Part("About LLETZ", "about", (
            Para("LLETZ stands for large loop excision of the transformation zone. It is a treatment that removes "
                 "abnormal cells from the cervix (the neck of the womb) using a thin wire loop heated by an "
                 "electrical current."),
            Para("The abnormal cells are not cancer. Treating them lowers the chance that they will turn into cancer "
                 "in the future."),
        )),
        Part("Why you have been offered treatment", "candidates", (
            Para("Your colposcopy or biopsy showed moderate or severe changes in the cells of your cervix (CIN2 or "
                 "CIN3), or mild changes that have lasted for two years or more. LLETZ is the usual treatment for "
                 "these changes."),
        )),
        Part("The treatment", "procedure_steps", (
            Para("LLETZ is done in the Colposcopy Clinic and takes about 15 minutes. You lie on a couch with your legs "
                 "supported, and the colposcopist puts a speculum into the vagina, as for a smear test."),
            Para("A local anaesthetic is injected into the cervix, which can make your heart beat faster for a minute "
                 "or two. The loop removes the abnormal area, and the tissue is sent to the laboratory. You may hear "
                 "a buzzing noise and notice a smell of burning from the machine, which is normal."),
        )),
        Part("Benefits", "benefits", (
            Para("LLETZ removes all the abnormal cells in about 9 out of 10 women with a single treatment. The piece "
                 "of tissue removed is also examined in the laboratory, so that we can be sure of the diagnosis."),
        )),
        Part("Risks and complications", "risks", (
            Para("LLETZ is a safe treatment. Possible problems are:"),
            Items((
                "Bleeding or a brown discharge for up to four weeks (very common)",
                "Heavier bleeding that needs treatment or a visit to hospital (about 1 in 100)",
                "An infection of the cervix or womb, treated with antibiotics (2%)",
                "Feeling faint or dizzy during or just after the treatment (uncommon)",
                "Narrowing of the cervix (cervical stenosis), which can make periods painful or future smear tests "
                "difficult (2 in 1,000)",
                "Needing a second treatment because not all the abnormal cells were removed (between 1 in 20 and 1 "
                "in 10)",
                "Damage to the wall of the vagina or to the bladder from the loop",
            )),
        )),
        Part("Future pregnancies", "risks", (
            Para("Most women who have had LLETZ go on to have normal pregnancies. If a deep piece of tissue is "
                 "removed, or you need more than one treatment, there is a small increase in the chance of:"),
            Items((
                "giving birth early (premature birth), which is uncommon",
                "a late miscarriage, which is rare",
            )),
            Para("Please tell your midwife that you have had LLETZ if you become pregnant."),
        ), level=3),
        Part("Other treatments", "alternatives", (
            Para("Some clinics use cold coagulation or laser to destroy the abnormal cells instead of removing them, "
                 "but then no tissue can be checked in the laboratory. LLETZ can also be done under a general "
                 "anaesthetic if you would find the clinic too difficult."),
        )),
        Part("Not having treatment", "doing_nothing", (
            Para("You can choose not to have treatment, or to wait. Some moderate changes go back to normal by "
                 "themselves, and for some women, particularly those under 25, we may suggest checking the cervix "
                 "again in six months instead. Severe changes are less likely to go away, and over a number of years "
                 "some could develop into cancer of the cervix."),
        )),
        Part("Before your appointment", "unplaced", (
            Para("You can eat and drink normally. If you think you might be pregnant, or your appointment falls during "
                 "your period, please ring the clinic, as we may need to change the date. The colposcopist will ask "
                 "for your consent before starting."),
        )),
        Part("Afterwards", "recovery", (
            Para("You can go home straight after the treatment and can drive yourself. You may have period-like pain "
                 "for a few hours; paracetamol or ibuprofen will help."),
            Para("We will write to you with the results of the tissue within four to six weeks, and tell you when "
                 "your next smear test is due."),
        )),
        Part("Sex, periods and exercise", "recovery", (
            Para("To let the cervix heal and lower the chance of infection, use sanitary towels rather than tampons "
                 "and do not have sex for four weeks. Avoid swimming and hard exercise for two weeks. Your next "
                 "period may be heavier than usual."),
        ), level=3),
        Part("When to contact us", "get_help", (
            Para("Ring the Colposcopy Clinic during the day, or the Gynaecology Ward at night, if you have:"),
            Items((
                "bleeding that is heavier than your normal period or has clots in it",
                "a discharge that smells unpleasant",
                "pain that painkillers do not control",
                "a high temperature or feel shivery",
            )),
        )),
        Part("Colposcopy Clinic contact details", "ignore", (
            Para("Colposcopy Clinic, Wendmoor Community Hospital: 01632 968 330, Monday to Friday, 8.30am to 4.30pm. "
                 "Gynaecology Ward (24 hours): 01632 968 335."),
        )),
        Part("Your views matter", "ignore", (
            Para("We would like to hear about your experience of the Colposcopy Clinic. Please fill in the short "
                 "survey on the card you are given, or leave a comment on the Trust website."),
        )),
        Part("Sources", "ignore", (
            Para("NHS Cervical Screening Programme: colposcopy and programme management. British Society for "
                 "Colposcopy and Cervical Pathology: information for women having treatment."),
        )),
    ),
    risks=(
        Risk(("brown discharge",), None),  # "very common": words; "up to four weeks" is a time, not a figure
        Risk(("heavier bleeding",), (1, None, 100)),
        Risk(("infection",), (2, None, 100)),
        Risk(("faint",), None),  # "uncommon": a word, no figure
        Risk(("stenosis",), (2, None, 1000)),
        Risk(("second treatment",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("bladder",), None),  # no figure at all
        Risk(("premature",), None),  # "uncommon": a word, no figure
        Risk(("miscarriage",), None),  # "rare": a word, no figure
    ),
)

# X. Two intro paragraphs; question headings and plain labels ("Success rate", "Going home") as bold
#    paragraphs on the web page and in the PDF, Word headings styled; risks as bold lead-in paragraphs, then a
#    sub-heading grouping three risks as list items; doing nothing as a paragraph of the alternatives; a
#    privacy section.
SHOULDER_INJECTION = Leaflet(
    name="shoulder-steroid-injection", title="Steroid injection into the shoulder", furniture=7,
    code="KW/MSK/0093", web_headings="bold",
    intro=(
        Para("You have been referred for a steroid injection into your shoulder. This leaflet explains how the "
             "injection can help, what the risks are and how to look after your shoulder afterwards."),
        Para("Please ask the person giving the injection if anything is unclear."),
    ),
    parts=(
        Part("What is a steroid injection?", "about", (
            Para("A steroid (corticosteroid) is a medicine that reduces inflammation. It is injected, usually "
                 "together with a local anaesthetic, into or around the shoulder joint, where it can ease pain and "
                 "stiffness."),
            Para("These steroids are not the same as the anabolic steroids that some athletes misuse."),
        )),
        Part("Who can have one?", "candidates", (
            Para("An injection may help if you have shoulder pain from inflamed tendons (rotator cuff tendinopathy) "
                 "or an inflamed bursa, a frozen shoulder or arthritis, and painkillers and exercises have not been "
                 "enough."),
        )),
        Part("What happens during the injection?", "procedure_steps", (
            Para("You sit on a chair or lie on a couch. The doctor, physiotherapist or nurse cleans the skin and may "
                 "use an ultrasound scan to guide the needle to the right place."),
            Para("The injection takes a few minutes and can feel uncomfortable. The local anaesthetic may make your "
                 "shoulder numb and less painful for a few hours."),
        )),
        Part("Success rate", "benefits", (
            Para("Most people find that their pain eases within one to two weeks. The effect usually lasts for a few "
                 "weeks to several months, which gives you a chance to do your exercises and get the shoulder moving "
                 "again."),
        )),
        Part("Side effects and risks", "risks", (
            Para("Most people have no problems. Possible side effects are:"),
            Para("Pain flare. The shoulder can be more painful for a day or two after the injection, before the "
                 "steroid starts to work. This happens to about 1 in 5 people.", lead="Pain flare."),
            Para("Facial flushing. Some people notice a hot, red face for a day or two. This affects up to 1 in 20 "
                 "people.", lead="Facial flushing."),
            Para("Skin changes. The skin around the injection may become thinner or paler. This is uncommon, but it "
                 "can be permanent.", lead="Skin changes."),
            Para("Infection. An infection in the joint is rare, happening after less than 1 in 10,000 injections, but "
                 "it is serious.", lead="Infection."),
            Para("Tendon damage. Very rarely, a tendon near the injection is weakened and can tear.",
                 lead="Tendon damage."),
            Para("No improvement. The injection does not help everyone: about 3 in 10 people notice little or no "
                 "change in their pain.", lead="No improvement."),
        )),
        Part("Effects on the rest of the body", "risks", (
            Para("A small amount of the steroid passes into the bloodstream, which can cause:"),
            Items((
                "a rise in blood sugar for two or three days if you have diabetes (common)",
                "a change in your periods, or some vaginal bleeding if you have been through the menopause "
                "(uncommon)",
                "a severe allergic reaction to the injection (very rare)",
            )),
        ), level=3),
        Part("What are the alternatives?", "alternatives", (  # doing nothing is a paragraph of them
            Para("You can carry on with painkillers, such as paracetamol or anti-inflammatory tablets, and a "
                 "programme of shoulder exercises from a physiotherapist. For some shoulder problems an operation "
                 "may be offered if other treatments have not helped."),
            Para("If you choose not to have an injection, your shoulder will not be harmed. Many shoulder problems "
                 "settle slowly over months, but the pain and stiffness may last longer without treatment."),
        )),
        Part("Before your injection", "unplaced", (
            Para("Tell us before the injection if you feel unwell or have an infection, if you have diabetes, if you "
                 "take a blood thinner such as warfarin, or if you have had a steroid injection in the last three "
                 "months. We will ask you to agree to the injection before it is given."),
        )),
        Part("Going home", "recovery", (
            Para("Rest the shoulder for one or two days, but keep it moving gently. You can drive if the shoulder is "
                 "comfortable, although your arm may feel numb or heavy for a few hours."),
        )),
        Part("Exercises and physiotherapy", "recovery", (
            Para("Start your exercises again after two days. The injection works best when it is followed by "
                 "physiotherapy, so keep any appointments you have been given."),
        ), level=3),
        Part("When to seek help", "get_help", (
            Para("Contact your GP, NHS 111 or the Emergency Department straight away if, in the first few days after "
                 "the injection, your shoulder becomes hot, swollen and very painful, or you feel feverish and "
                 "unwell."),
        )),
        Part("Useful websites", "ignore", (
            Para("Versus Arthritis and the Chartered Society of Physiotherapy both publish exercises for shoulder "
                 "pain on their websites."),
        )),
        Part("How we use your personal information", "ignore", (
            Para("The Trust keeps a record of your treatment in your health records. To find out how we use and "
                 "protect your information, read the privacy notice on the Trust website or ask a member of staff."),
        )),
    ),
    risks=(
        Risk(("pain flare",), (20, None, 100)),  # 1 in 5 is exactly 20 in 100
        Risk(("flushing",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("skin",), None),  # "uncommon": a word, no figure
        Risk(("infection",), (1, None, 10000)),  # "rare" and "less than 1 in 10,000": the bound
        Risk(("tendon",), None),  # "very rarely": words, no figure
        Risk(("improvement",), (30, None, 100)),  # 3 in 10 is exactly 30 in 100
        Risk(("blood sugar",), None),  # "common": a word, no figure
        Risk(("periods",), None),  # "uncommon": a word, no figure
        Risk(("allergic",), None),  # "very rare": words, no figure
    ),
)

SET_7 = (SQUINT, PACEMAKER, LLETZ, SHOULDER_INJECTION)
SETS["7"] = SET_7


# --- set 8: held out again ----------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-7: ureteroscopy and laser treatment for kidney stones, dental extractions under
# general anaesthetic for a child, a lumbar microdiscectomy and a bone marrow aspirate and trephine biopsy, invented
# for this measurement. Their wording, risks and figures are made up, are not clinical information, and must never
# be printed for a patient or copied into a leaflet library. Ambleford and Corrowdale Healthcare NHS Foundation Trust
# does not exist.
#
# Written while the importer's rules were being changed again, without reading the importer, its tests or the
# README: headings are phrased as trusts' leaflets phrase them, and the expected section is what the leaflet model
# asks for. Their files have furniture of their own (set 8's writers below).

TRUST_8 = "Ambleford and Corrowdale Healthcare NHS Foundation Trust"  # invented

# Y. An intro; questions in the patient's voice, with a procedure sub-heading about the stent; risks as list items
#    with inline figures (a time among them that is no figure), then a risk sub-heading that is one risk and another
#    grouping less common ones; doing nothing under its own heading; a FAQ of h3 questions; "Who do I call if I feel
#    unwell at home?" (get help) beside the unit's contact numbers.
URETEROSCOPY = Leaflet(
    name="ureteroscopy-kidney-stones", title="Ureteroscopy and laser treatment for kidney stones", furniture=8,
    code="ACH-PIL-0612",
    intro=(Para("Your urologist has recommended a ureteroscopy to treat a stone in your kidney or ureter. This leaflet "
                "explains what is involved, so that you can talk it over with your family and decide whether to go "
                "ahead."),),
    parts=(
        Part("What does ureteroscopy mean?", "about", (
            Para("The ureters are the two tubes that carry urine from the kidneys down to the bladder. A ureteroscopy "
                 "is a procedure to look inside the ureter and the kidney with a very thin telescope (a "
                 "ureteroscope), which is passed up through the urethra and the bladder, so there are no cuts on the "
                 "skin."),
            Para("When the stone is found, it is broken into small pieces with a laser. The larger pieces are taken "
                 "out with a tiny wire basket, and the dust is left to wash out in your urine."),
        )),
        Part("Why is this being offered to me?", "candidates", (
            Para("Stones smaller than 5 mm usually pass on their own. A ureteroscopy is offered when a stone is too "
                 "large to pass, when it keeps causing pain or infections, when it is blocking the kidney, or when "
                 "shockwave treatment has not broken it up."),
        )),
        Part("How is the stone treated?", "procedure_steps", (
            Para("The procedure is done under a general anaesthetic, so you will be asleep. You will be given a dose "
                 "of antibiotics through a drip at the start."),
            Para("The surgeon passes the ureteroscope into the ureter or the kidney, breaks up the stone with the "
                 "laser and removes the pieces. It usually takes between 30 and 90 minutes, depending on the size "
                 "and position of the stone."),
        )),
        Part("About the stent", "procedure_steps", (
            Para("At the end of the procedure the surgeon may put in a stent, a soft plastic tube about 26 cm long "
                 "that runs inside the ureter from the kidney to the bladder. It lets urine drain while the ureter "
                 "heals. You cannot see it from the outside."),
        ), level=3),
        Part("Will it get rid of my stone?", "benefits", (
            Para("Most people are free of stones after a single procedure, and the pain and infections that the stone "
                 "was causing stop. A very large stone, or several stones, may need a second procedure."),
        )),
        Part("Is there anything I should know about the risks?", "risks", (
            Para("Ureteroscopy is a common procedure and most people have no serious problems. Your surgeon will talk "
                 "to you about the risks that apply to you. The things that can happen are:"),
            Items((
                "Pink or bloodstained urine for the first 2 to 3 days, which is very common and clears if you drink "
                "plenty.",
                "A burning feeling when you pass urine and needing to go more often, for a day or two (common).",
                "A urine infection that needs antibiotics: between 1 in 20 and 1 in 10 people.",
                "Fragments of stone left behind that need another procedure: up to 1 in 5 people.",
                "The surgeon not being able to reach the stone, for example because the ureter is too narrow, so "
                "that a stent is put in and the procedure is tried again a few weeks later: fewer than 1 in 100 "
                "people.",
            )),
        )),
        Part("Stent discomfort", "risks", (
            Para("If you have a stent, you will probably notice it. It can cause discomfort in your side or lower "
                 "tummy, a need to pass urine urgently, and blood in your urine, especially after exercise. Up to 8 "
                 "in 10 people with a stent have some of these symptoms, which stop once it is removed."),
        ), level=3),
        Part("Less common but serious risks", "risks", (
            Items((
                "A small tear in the wall of the ureter (perforation), which usually heals if the stent is left in "
                "for longer: about 1 in 100 people.",
                "A serious infection in the blood (sepsis) that needs treatment in hospital: 2 in 1,000 people.",
                "Narrowing of the ureter by scar tissue months later (stricture), which may need another operation: "
                "less than 1 in 1,000 people.",
                "Severe damage to the ureter that has to be repaired by open surgery (very rare).",
            )),
        ), level=3),
        Part("Are there other ways to deal with the stone?", "alternatives", (
            Para("Some stones can be broken up by shockwave lithotripsy, where shock waves are aimed at the stone "
                 "from outside the body while you lie on a couch. It does not need an anaesthetic, but it works less "
                 "well for hard or large stones and may need several sessions."),
            Para("Large stones in the kidney may be better removed through a small cut in the back (percutaneous "
                 "nephrolithotomy, or PCNL). Your urologist will explain which treatments would suit your stone."),
        )),
        Part("Can I wait and see?", "doing_nothing", (
            Para("Sometimes. If your stone is small and is not blocking the kidney, you can wait to see whether it "
                 "passes on its own, with painkillers and a tablet that relaxes the ureter. If it does not pass, it "
                 "can cause more attacks of pain and infections, and a stone that blocks the kidney for a long time "
                 "can damage it."),
        )),
        Part("What do I need to do beforehand?", "unplaced", (
            Para("You will be asked to come to a pre-assessment appointment and to give a urine sample about a week "
                 "before the procedure, so that any infection can be treated first. Tell us if you take a blood "
                 "thinner. Do not eat for six hours before your admission time."),
            Para("On the day, the surgeon will go through the procedure with you again and ask you to sign a consent "
                 "form."),
        )),
        Part("How will I feel afterwards?", "recovery", (
            Para("Most people go home the same day, once they have passed urine. You may feel tired for a few days. "
                 "Drink 2 to 3 litres of fluid a day for the first week, and take paracetamol if you are sore."),
            Para("You can usually go back to work after two or three days, or once the stent is out if it is "
                 "uncomfortable."),
        )),
        Part("Having the stent removed", "recovery", (
            Para("Some stents have a thread attached, which comes out of the urethra and is taped to your skin. We "
                 "will show you how to pull the stent out yourself, usually after five days. Other stents are "
                 "removed in the clinic with a flexible telescope within four weeks."),
        ), level=3),
        Part("Who do I call if I feel unwell at home?", "get_help", (
            Para("Ring the Urology Ward, day or night, or go to your nearest Emergency Department if:"),
            Items((
                "you have a temperature of 38°C or above, or you are shivering",
                "you have pain in your side that painkillers do not control",
                "your urine is thick with blood or clots",
                "you cannot pass urine",
            )),
        )),
        Part("Questions we are often asked", "faq", ()),
        Part("Will I need a follow-up appointment?", "faq", (
            Para("Yes. We will see you in clinic, or phone you, about six weeks after the procedure, usually after an "
                 "X-ray or a scan to check that the stone has gone."),
        ), level=3),
        Part("How can I stop new stones forming?", "faq", (
            Para("Drink enough to keep your urine pale all through the day, and cut down on salt. We send the stone "
                 "to the laboratory, and once we know what it is made of we can give you more advice."),
        ), level=3),
        Part("Can I fly with a stent in?", "faq", (
            Para("Yes, but it is best not to travel abroad until the stent has been removed, in case you need "
                 "treatment for an infection."),
        ), level=3),
        Part("Getting here", "ignore", (
            Para("The Stone Unit is in the Beacon Building at Ambleford General Hospital. Pay-on-exit parking is in "
                 "car park D, and the 41 and 42 buses stop outside the main entrance."),
        )),
        Part("Contact the Stone Unit", "ignore", (
            Para("Stone Unit nurses: 01632 969 410, Monday to Friday, 8am to 5pm. Urology Ward (24 hours): 01632 969 "
                 "415."),
        )),
    ),
    risks=(
        Risk(("bloodstained",), None),  # "very common": words; "2 to 3 days" is a time, not a figure
        Risk(("burning",), None),  # "common": a word, no figure
        Risk(("urine infection",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("fragments",), (20, None, 100)),  # "up to 1 in 5": the bound, exactly 20 in 100
        Risk(("reach",), (1, None, 100)),  # "fewer than 1 in 100": the bound
        Risk(("discomfort",), (80, None, 100)),  # the sub-heading is the risk; "up to 8 in 10": the bound, 80 in 100
        Risk(("perforation",), (1, None, 100)),
        Risk(("sepsis",), (2, None, 1000)),
        Risk(("stricture",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("open surgery",), None),  # "very rare": words, no figure
    ),
)

# Z. For parents: an intro of two paragraphs (an age in the second); questions in the parent's voice as bold
#    paragraphs on the web page and in the PDF, Word headings styled; numbered steps; risks in a table (Side effect or
#    complication | Chance for your child) with rates, a range of rates, a bound, a percentage, a rate no whole number
#    fits and words, then a risk sub-heading that is a question about one risk; doing nothing as a paragraph of the
#    alternatives; consent and preparation under headings of their own; a FAQ with bold questions leading paragraphs.
DENTAL = Leaflet(
    name="child-dental-extractions",
    title="Dental extractions under general anaesthetic: a guide for parents and carers", furniture=8,
    code="ACH-PIL-0587", web_headings="bold", container="article",
    intro=(
        Para("Your child's dentist has referred them to the Children's Dental Service to have one or more teeth "
             "taken out while they are asleep. This leaflet is for you, as the parent or carer, to read before you "
             "agree to the treatment."),
        Para("We also have a picture story for children aged 3 to 7, which you can read together at home."),
    ),
    parts=(
        Part("What is a dental general anaesthetic?", "about", (
            Para("A general anaesthetic is a medicine that puts your child into a deep sleep, so that they do not "
                 "move, feel pain or remember the treatment. It is given by a specialist doctor (an anaesthetist), "
                 "who stays with your child the whole time."),
            Para("While your child is asleep, the dentist takes out the teeth that are badly decayed or infected. "
                 "Most of the teeth we take out are baby (milk) teeth."),
        )),
        Part("Why can't my child have the teeth out at our own dentist?", "candidates", (
            Para("Most children have teeth taken out in the dental chair with a numbing injection. A general "
                 "anaesthetic is offered when several teeth need to come out at once, when your child has a painful "
                 "abscess or swelling, or when your child is too young or too anxious to have treatment while "
                 "awake."),
        )),
        Part("What happens when we arrive?", "procedure_steps", (
            Items((
                "A nurse checks your child's details, weight and temperature, and puts numbing cream on the back of "
                "both hands.",
                "The dentist and the anaesthetist see you both, check which teeth are to come out and answer your "
                "questions.",
                "You go with your child to the anaesthetic room. Your child goes to sleep by breathing gas through a "
                "mask, or with an injection through a small plastic tube in the back of the hand.",
                "Once your child is asleep you go back to the waiting area. The teeth are taken out, sometimes with "
                "dissolving stitches, which takes 10 to 20 minutes.",
                "You are called to the recovery room as soon as your child starts to wake up.",
            ), numbered=True),
        )),
        Part("What difference will it make?", "benefits", (
            Para("Taking out the decayed teeth gets rid of the toothache and the infection, so your child can eat, "
                 "sleep and concentrate at school more easily. It also stops the infection from spreading."),
        )),
        Part("Is a general anaesthetic safe for my child?", "risks", (
            Para("Serious problems are very rare in healthy children, and the anaesthetist will talk to you about "
                 "your own child. The table shows the side effects and complications we would like you to know "
                 "about."),
            Table(("Side effect or complication", "Chance for your child"), (
                ("Sore mouth and some bleeding from the gums for a day or two", "Very common"),
                ("Feeling sick or being sick on the way home", "About 1 in 10"),
                ("Sore throat, headache or feeling dizzy", "Common"),
                ("Being upset, confused or restless when waking up", "Between 1 in 10 and 1 in 5"),
                ("Bleeding from a socket that has to be packed or stitched", "Less than 1 in 100"),
                ("A chipped tooth or a cut lip from the mouth prop", "1%"),
                ("A small piece of tooth root left in the gum", "About 1 in 30"),
                ("A serious allergic reaction to a medicine", "1 in 10,000"),
            )),
        )),
        Part("Could the adult teeth be harmed?", "risks", (
            Para("Taking out a baby tooth does not damage the adult tooth growing underneath it. Rarely, the teeth "
                 "on either side drift into the gap and leave less room for the adult tooth, so that your child may "
                 "need a brace when they are older."),
        ), level=3),
        Part("Is there another way to treat my child's teeth?", "alternatives", (  # doing nothing is a paragraph
            Para("Some children can manage treatment in the dental chair with inhalation sedation, where they breathe "
                 "a mixture of gas and oxygen through a small nose mask and stay awake but relaxed. Some decayed "
                 "teeth can be saved with a filling or a crown instead of being taken out. Your child's dentist will "
                 "have talked to you about whether these would work for your child."),
            Para("You can decide not to go ahead. The decayed teeth will then stay in your child's mouth, where they "
                 "are likely to cause more toothache and abscesses, and your child may need antibiotics or emergency "
                 "treatment if their face swells."),
        )),
        Part("Giving consent for your child", "unplaced", (
            Para("A parent or guardian with parental responsibility must come with your child and sign the consent "
                 "form. If you are a foster carer, please bring the paperwork that shows who can give consent. Older "
                 "children are asked whether they agree, too."),
        )),
        Part("What should I do before the day?", "unplaced", (
            Para("Your child must not eat anything for six hours before the appointment. They can have milk up to "
                 "four hours before, and water or diluted squash up to one hour before. Give any usual medicines as "
                 "normal, and dress your child in loose, comfortable clothes."),
        )),
        Part("Once you are home", "recovery", (
            Para("Your child may be sleepy and a little wobbly for the rest of the day, so keep them at home with an "
                 "adult and let them rest. Give children's paracetamol if they are sore, following the dose on the "
                 "bottle. Most children can go back to school the next day."),
        )),
        Part("Food, drink and brushing", "recovery", (
            Para("Start with drinks and soft food, and avoid hot food and drinks until the numbness has worn off. Do "
                 "not let your child rinse their mouth for 24 hours. After that, rinse gently with warm salty water "
                 "after meals, and brush the other teeth as usual."),
        ), level=3),
        Part("What if the bleeding starts again?", "get_help", (
            Para("Roll up a clean cotton handkerchief or a piece of gauze, place it over the gap and ask your child "
                 "to bite on it firmly for 20 minutes. If the bleeding does not stop, or your child has a swollen "
                 "face, a high temperature or pain that paracetamol does not help, ring the Children's Dental "
                 "Service. Out of hours, call NHS 111."),
        )),
        Part("Questions parents ask us", "faq", (
            Para("Can I stay with my child? Yes. One parent or carer can stay until your child is asleep and will be "
                 "called back as soon as they start to wake.", lead="Can I stay with my child?"),
            Para("Can brothers and sisters come too? Please arrange for them to be looked after at home, as there is "
                 "very little space in the unit.", lead="Can brothers and sisters come too?"),
            Para("Can we take the teeth home? Yes. Ask the nurse and we will put them in a small envelope for the "
                 "tooth fairy.", lead="Can we take the teeth home?"),
        )),
        Part("Interpreters and other languages", "ignore", (
            Para("Please tell us before the appointment if you need an interpreter, including a British Sign "
                 "Language interpreter. We can arrange this free of charge."),
        )),
        Part("Finding the Children's Dental Service", "ignore", (
            Para("The Children's Dental Service is on the first floor of Corrowdale Health Centre, Station Road. There "
                 "is a lift, a baby-changing room and free parking for 2 hours behind the building."),
        )),
    ),
    risks=(
        Risk(("sore mouth",), None),  # "very common": words, no figure
        Risk(("feeling sick",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("headache",), None),  # "common": a word, no figure
        Risk(("restless",), (10, 20, 100)),  # between 1 in 10 and 1 in 5: 10 to 20 in 100
        Risk(("packed",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("mouth prop",), (1, None, 100)),
        Risk(("root",), None),  # 1 in 30 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("allergic",), (1, None, 10000)),
        Risk(("drift",), None),  # the sub-heading (a question) is the risk; "rarely": a word, no figure
    ),
)

# AA. Numbered labels and questions, with numbered sub-headings in the risks and the recovery; risks as paragraphs
#     with a bold lead-in ending in a colon (a rate that rescales to 1,000), then a numbered risk sub-heading that is
#     one risk (a range of percentages) and another grouping serious ones as list items; doing nothing under its own
#     heading; "Making a decision" and the preparation under headings of their own; no FAQ.
DISCECTOMY = Leaflet(
    name="lumbar-microdiscectomy", title="Lumbar microdiscectomy", furniture=8, code="ACH-PIL-0644",
    container="role",
    parts=(
        Part("1. Sciatica and slipped discs", "about", (
            Para("The bones of the spine (vertebrae) are separated by discs, which act as cushions. A disc has a "
                 "tough outer layer and a soft, jelly-like centre. If the outer layer weakens, part of the centre can "
                 "bulge out (a slipped or prolapsed disc) and press on a nerve."),
            Para("Pressure on a nerve in the lower back causes pain, numbness or pins and needles that spread down "
                 "the leg (sciatica). A microdiscectomy is an operation to remove the part of the disc that is "
                 "pressing on the nerve, using a microscope and a small cut in the back."),
        )),
        Part("2. Who is suitable for this operation?", "candidates", (
            Para("Surgery is usually offered when severe leg pain has not got better after at least six weeks of "
                 "painkillers and physiotherapy, and a scan shows a disc pressing on the nerve that matches your "
                 "symptoms. It may be done sooner if your leg is becoming weak."),
        )),
        Part("3. What the surgeon does", "procedure_steps", (
            Para("You will be asleep under a general anaesthetic, lying face down. The surgeon makes a cut of 3 to 4 "
                 "cm in the middle of your lower back and uses an X-ray to check that it is at the right level."),
            Para("Using a microscope, the surgeon moves the nerve gently to one side and removes the bulging piece of "
                 "disc. The wound is closed with dissolving stitches. The operation takes about an hour."),
        )),
        Part("4. What can I expect from surgery?", "benefits", (
            Para("Most people notice that their leg pain is much better within days of the operation. Numbness and "
                 "weakness improve more slowly, over weeks or months. The operation is done to relieve leg pain: it "
                 "is less likely to help with back pain."),
        )),
        Part("5. Possible side effects and complications", "risks", (
            Para("Most people recover without any serious problems. Your surgeon will talk to you about the risks "
                 "that matter most to you."),
            Para("Wound infection: around 1% of people get an infection of the wound, which is treated with "
                 "antibiotics.", lead="Wound infection:"),
            Para("The leg pain not getting better: in about 1 in 10 people the leg pain is no better, or only a "
                 "little better, after the operation.", lead="The leg pain not getting better:"),
            Para("The disc bulging again (recurrence): the same disc can bulge out again, sometimes years later. This "
                 "happens to between 5 and 10 in every 100 people, and some of them need a second operation.",
                 lead="The disc bulging again (recurrence):"),
            Para("Blood clots: a clot in a vein of the leg or in the lungs is uncommon, affecting less than 1 in 100 "
                 "people. You will be given stockings and encouraged to walk soon after the operation.",
                 lead="Blood clots:"),
            Para("Difficulty passing urine: some people cannot pass urine for a few hours after the operation and "
                 "need a catheter for a short time. This happens to about 1 in 40 people.",
                 lead="Difficulty passing urine:"),
        )),
        Part("5.1 Dural tear", "risks", (
            Para("A dural tear is a tear in the dura, the thin sac around the nerves that holds the fluid bathing "
                 "them. It happens during between 1% and 3% of operations. The surgeon repairs it at the time, and "
                 "you may be asked to lie flat for 24 hours. Most tears heal without further problems, although some "
                 "people have a headache for a few days."),
        ), level=3),
        Part("5.2 Serious complications", "risks", (
            Items((
                "Damage to a nerve root, causing weakness or numbness in the leg or foot that may be permanent: about "
                "0.5% of operations.",
                "Damage to the nerves that control the bladder, bowel and sexual function (cauda equina syndrome): "
                "fewer than 1 in 1,000 operations.",
                "An operation at the wrong level of the spine, which we guard against with an X-ray during the "
                "operation (very rare).",
                "Paralysis of the legs (extremely rare).",
            )),
        ), level=3),
        Part("6. Other treatments for sciatica", "alternatives", (
            Para("Painkillers, staying active and exercises from a physiotherapist help many people while the disc "
                 "settles. An injection of steroid and local anaesthetic around the nerve (a nerve block) can ease "
                 "the pain for some weeks or months, and may be enough to avoid an operation."),
        )),
        Part("7. If you decide against an operation", "doing_nothing", (
            Para("Sciatica caused by a slipped disc gets better without surgery in many people, usually over three to "
                 "six months, as the bulging part of the disc shrinks. The operation can still be done later if the "
                 "pain does not settle. Rarely, a disc presses on the nerves to the bladder and bowel, and an "
                 "emergency operation is needed."),
        )),
        Part("8. Making a decision", "unplaced", (
            Para("You do not have to decide straight away. It can help to write down your questions and talk things "
                 "over with your family or your GP, and you can ask for a second opinion. If you decide to go ahead, "
                 "you will be asked to sign a consent form, and you can change your mind at any time before the "
                 "operation."),
        )),
        Part("9. Preparing for surgery", "unplaced", (
            Para("At the pre-operative assessment clinic a nurse will check your health, take blood tests and tell "
                 "you which of your medicines to stop. If you smoke, stopping before your operation helps the wound "
                 "to heal. Do not eat for six hours before you come in."),
        )),
        Part("10. Your stay in hospital", "recovery", (
            Para("After the operation you will wake up in the recovery area before going back to the ward. A "
                 "physiotherapist will help you to get up and walk, usually on the same day. Most people go home "
                 "the next day, once they can walk safely and manage stairs."),
        )),
        Part("11. Life after surgery", "recovery", (
            Para("Your back will be sore around the wound for a few weeks, and your leg may still ache or tingle "
                 "while the nerve recovers. Keep taking your painkillers regularly at first."),
        )),
        Part("11.1 The first six weeks", "recovery", (
            Para("Walk a little further every day. Avoid sitting for longer than 30 minutes at a time, lifting "
                 "anything heavier than a full kettle, and bending and twisting. Keep the wound clean and dry for "
                 "the first 10 days."),
        ), level=3),
        Part("11.2 Getting back to work and driving", "recovery", (
            Para("You can drive when you can sit comfortably and make an emergency stop, usually after two to four "
                 "weeks. Most people return to office work after four to six weeks, and to heavy manual work after "
                 "about three months."),
        ), level=3),
        Part("12. Urgent symptoms", "get_help", (
            Para("Go to your nearest Emergency Department straight away if you have numbness between your legs or "
                 "around your bottom, or you cannot control your bladder or bowels."),
            Para("Ring the Spinal Ward or your GP if the wound becomes red, hot or starts to leak, if you have a "
                 "temperature, or if your calf becomes painful and swollen."),
        )),
        Part("13. More information", "ignore", (
            Para("The British Association of Spine Surgeons and the Chartered Society of Physiotherapy publish "
                 "information about sciatica and back pain on their websites."),
        )),
        Part("14. How did we do?", "ignore", (
            Para("We would like to hear about your stay. Please fill in a Friends and Family Test card on the ward, "
                 "or contact the Patient Experience Team on 01632 969 120."),
        )),
    ),
    risks=(
        Risk(("wound infection",), (1, None, 100)),
        Risk(("not getting better",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("recurrence",), (5, 10, 100)),
        Risk(("clot",), (1, None, 100)),  # "uncommon" and "less than 1 in 100": the bound
        Risk(("catheter",), (25, None, 1000)),  # 1 in 40 is exactly 25 in 1,000
        Risk(("dural tear",), (1, 3, 100)),  # the sub-heading is the risk; between 1% and 3%
        Risk(("nerve root",), (5, None, 1000)),  # 0.5% is exactly 5 in 1,000
        Risk(("cauda equina",), (1, None, 1000)),  # "fewer than 1 in 1,000": the bound
        Risk(("wrong level",), None),  # "very rare": words, no figure
        Risk(("paralysis",), None),  # "extremely rare": words, no figure
    ),
)

# AB. An intro; plain labels, and two questions ("Who will do the procedure?", "What are my choices?"), as bold
#     paragraphs on the web page, in the PDF and in Word; a dose that is no figure; risks as list items with
#     percentages, a bound, words and one with neither, then a risk sub-heading that is one risk (a rate in every
#     10,000) and another grouping a sedative's two (a time written "up to" beside a word); doing nothing as a
#     paragraph of the alternatives; a FAQ of questions as bold paragraphs; a privacy section.
MARROW = Leaflet(
    name="bone-marrow-biopsy", title="Bone marrow aspirate and trephine biopsy", furniture=8, code="ACH-PIL-0519",
    web_headings="bold", word_headings="bold",
    intro=(Para("This leaflet is for adults who have been asked to have a bone marrow test. It explains what happens "
                "and what the risks are, but it does not replace the conversation with your doctor or nurse."),),
    parts=(
        Part("The bone marrow test", "about", (
            Para("Bone marrow is the soft, spongy tissue inside the larger bones, where blood cells are made. In a "
                 "bone marrow test a small sample of the liquid marrow (the aspirate) and a thin core of bone and "
                 "marrow about 2 cm long (the trephine) are taken, usually from the back of the hip bone."),
        )),
        Part("Why it is needed", "candidates", (
            Para("The test is done to find the cause of abnormal blood counts, to diagnose or rule out conditions "
                 "such as leukaemia, lymphoma and myeloma, and to see how well treatment for these conditions is "
                 "working."),
        )),
        Part("Who will do the procedure?", "procedure_steps", (  # who does it is part of what happens
            Para("A haematology doctor or a specialist nurse trained in bone marrow tests will do your biopsy, with a "
                 "healthcare assistant who stays with you throughout."),
        )),
        Part("During the procedure", "procedure_steps", (
            Para("You lie on your side with your knees drawn up. The skin over the back of the hip is cleaned and "
                 "numbed with a local anaesthetic injection, which stings for a few seconds."),
            Para("A needle is passed through the skin into the bone and the aspirate is drawn up, which can cause a "
                 "brief, sharp pulling pain down the leg. A slightly wider needle is then used to take the trephine. "
                 "The whole procedure takes 20 to 30 minutes."),
            Para("If you are anxious, you can use gas and air (Entonox) during the test, or ask for a sedative "
                 "tablet (lorazepam 1 mg) to take about an hour beforehand."),
        )),
        Part("What the test can tell us", "benefits", (
            Para("The samples are examined in the laboratory. The results help your doctor to make or confirm a "
                 "diagnosis and to plan the best treatment for you, or to check whether a treatment is working."),
        )),
        Part("Risks and side effects", "risks", (
            Para("A bone marrow test is a safe procedure. Possible problems include:"),
            Items((
                "Aching or bruising over the hip for a few days, which most people have",
                "Bleeding from the biopsy site that soaks through the dressing: 1%",
                "An infection where the needle went in: about 0.1%",
                "A reaction to the local anaesthetic, such as feeling faint or a rash (uncommon)",
                "A sample that is too small to be tested, so that the biopsy has to be repeated: up to 1 in 50",
                "A small scar over the hip",
            )),
        )),
        Part("Heavy bleeding", "risks", (
            Para("People with a low platelet count, or who take blood-thinning medicines, are more likely to bleed. "
                 "Heavy bleeding that needs treatment in hospital happens after about 2 in every 10,000 biopsies."),
        ), level=3),
        Part("If you have a sedative", "risks", (
            Items((
                "Drowsiness and unsteadiness for up to 12 hours (common)",
                "Breathing that becomes too slow, which we watch for and can reverse with an injection (rare)",
            )),
        ), level=3),
        Part("What are my choices?", "alternatives", (  # doing nothing is a paragraph of the alternatives
            Para("Blood tests, scans or a biopsy of a lymph node can sometimes give enough information, and your "
                 "doctor will have thought about these. For many blood conditions, though, a bone marrow test is "
                 "the only way to make a firm diagnosis."),
            Para("You can decide not to have the test. Without it we may not be able to find the cause of your blood "
                 "problem or choose the right treatment, and your diagnosis may be delayed."),
        )),
        Part("Before you come", "unplaced", (
            Para("You can eat and drink as normal. Tell us if you take a blood thinner such as warfarin, apixaban or "
                 "clopidogrel, as you may need to stop it for a few days. If you would like a sedative, bring someone "
                 "to take you home. The doctor or nurse will explain the test and ask for your written consent."),
        )),
        Part("Looking after yourself", "recovery", (
            Para("Lie on your back for 10 minutes afterwards, to press on the biopsy site. Keep the dressing on and "
                 "dry for 24 hours, then you can shower. Take paracetamol if you are sore, but avoid aspirin and "
                 "ibuprofen for two days unless your doctor says otherwise."),
            Para("If you have had a sedative, do not drive, drink alcohol or sign important documents until the next "
                 "day."),
        )),
        Part("Getting help", "get_help", (
            Para("Ring the Haematology Day Unit, or the 24-hour Haematology Advice Line out of hours, if the site "
                 "keeps bleeding after you have pressed on it firmly for 10 minutes, if it becomes red, hot or "
                 "swollen, or if you have a temperature of 38°C or above."),
        )),
        Part("Questions you may have", "faq", ()),
        Part("Will it hurt?", "faq", (
            Para("Most people find that the local anaesthetic stings and the aspirate causes a short pulling pain, "
                 "but the test is over quickly. Tell us if you feel pain and we can give you more anaesthetic."),
        ), level=3),
        Part("How long do the results take?", "faq", (
            Para("Some results are ready within a few days, but the trephine takes longer to prepare. Your doctor "
                 "will usually go through the full results with you in clinic after one to two weeks."),
        ), level=3),
        Part("Can I go back to work the same day?", "faq", (
            Para("Yes, if you feel well and have not had a sedative. Avoid heavy lifting and contact sports for a "
                 "day or two."),
        ), level=3),
        Part("Your information", "ignore", (
            Para("Your results are kept in your health record and shared with your GP and the team treating you. To "
                 "find out how we use and protect your personal data, read the privacy notice on our website."),
        )),
        Part("Large print, audio and translations", "ignore", (
            Para("This leaflet is available in large print, as an audio file and in other languages. Please ask the "
                 "Haematology Day Unit, or email patient.information@acht.example.nhs.uk."),
        )),
    ),
    risks=(
        Risk(("aching",), None),  # "most people": words, no figure
        Risk(("soaks",), (1, None, 100)),
        Risk(("infection",), (1, None, 1000)),  # 0.1% is exactly 1 in 1,000
        Risk(("faint",), None),  # "uncommon": a word, no figure
        Risk(("repeated",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("scar",), None),  # no figure at all
        Risk(("heavy bleeding",), (2, None, 10000)),  # the sub-heading is the risk
        Risk(("drowsiness",), None),  # "common": a word; "up to 12 hours" is a time, not a figure
        Risk(("breathing",), None),  # "rare": a word, no figure
    ),
)

SET_8 = (URETEROSCOPY, DENTAL, DISCECTOMY, MARROW)
SETS["8"] = SET_8


# --- set 9: held out again ----------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-8: a coronary angiogram, circumcision for a boy, a fasciectomy for Dupuytren's
# contracture and a liver biopsy, invented for this measurement. Their wording, risks and figures are made up, are
# not clinical information, and must never be printed for a patient or copied into a leaflet library. Brantwick and
# Selmoor Hospitals NHS Trust does not exist.
#
# Written while the importer's rules were being changed again, without reading the importer, its tests or the
# README: headings are phrased as trusts' leaflets phrase them, and the expected section is what the leaflet model
# asks for. Their files have furniture of their own (set 9's writers below).

TRUST_9 = "Brantwick and Selmoor Hospitals NHS Trust"  # invented

# AC. An intro; questions in the patient's voice, with a procedure sub-heading about a stent put in at the same time;
#     risks as list items with inline figures (a range of rates, a bound, a rate that rescales to 1,000, a
#     percentage, words beside a time written "up to", and one with neither), then a risk sub-heading that is one risk
#     and another grouping serious ones (a rate that rescales to 10,000); doing nothing under its own heading;
#     recovery with a sub-heading; a FAQ of h3 questions; parking and interpreting.
ANGIOGRAM = Leaflet(
    name="coronary-angiogram", title="Coronary angiogram", furniture=9, code="PI 318/CAR",
    intro=(Para("You have been referred for a coronary angiogram. This leaflet explains what the test involves, what "
                "the risks are and what to expect afterwards. Please read it before you come into hospital, and "
                "bring it with you on the day."),),
    parts=(
        Part("What is a coronary angiogram?", "about", (
            Para("The coronary arteries are the blood vessels that supply the heart muscle with blood. A coronary "
                 "angiogram is an X-ray test that shows whether any of these arteries are narrowed or blocked."),
            Para("A thin, flexible tube (a catheter) is passed through an artery in your wrist or groin up to your "
                 "heart. A dye (contrast) is injected through the catheter, and X-ray pictures are taken as it flows "
                 "through the arteries."),
        )),
        Part("Why do I need an angiogram?", "candidates", (
            Para("Your cardiologist may recommend an angiogram if you have chest pain (angina) that could be caused by "
                 "narrowed arteries, if you have had a heart attack, or if another test, such as a CT scan or an "
                 "exercise test, has shown a problem. It is also done before some heart valve operations."),
        )),
        Part("What will happen during the angiogram?", "procedure_steps", (
            Para("You will be awake for the test, lying on your back on an X-ray table in the cardiac catheter "
                 "laboratory. You can have a mild sedative if you feel anxious. The doctor cleans the skin over your "
                 "wrist or groin and numbs it with an injection of local anaesthetic."),
            Para("The catheter is passed into the artery and guided up to your heart using the X-ray pictures. You "
                 "will not feel it moving inside you. When the dye is injected you may feel a hot flush, or feel as "
                 "though you are passing urine, for a few seconds. The test usually takes about 30 minutes."),
        )),
        # What may be done during the test, with the patient's agreement: part of what happens, not a benefit.
        Part("If a narrowing is found", "procedure_steps", (
            Para("If the pictures show a narrowing that can be treated by widening it with a small balloon and a "
                 "metal mesh tube (a stent), the cardiologist may suggest doing this straight away, while the catheter "
                 "is in place. This is called a coronary angioplasty. It will only be done if you have already agreed "
                 "to it, and it makes the procedure longer."),
        ), level=3),
        Part("What will the angiogram tell my doctors?", "benefits", (
            Para("The pictures show exactly where any arteries are narrowed and how badly. This helps your "
                 "cardiologist to decide with you whether you need medicines, a stent or heart bypass surgery, or no "
                 "treatment at all."),
        )),
        Part("What are the risks of having an angiogram?", "risks", (
            Para("A coronary angiogram is a very common test, and most people have no problems. The risks are higher "
                 "if you are older, have kidney disease or diabetes, or are already very unwell. Possible problems "
                 "are:"),
            Items((
                "Bruising where the catheter went in, which can spread and last for up to two weeks (very common).",
                "A collection of blood under the skin (haematoma) at the wrist or groin: between 1 in 50 and 1 in 20 "
                "people.",
                "A blocked artery in the wrist, which hardly ever causes problems because the hand has a second blood "
                "supply: up to 1 in 20 people.",
                "An allergic reaction to the dye, usually mild, such as a rash: about 1 in 200 people.",
                "Damage to the kidneys from the dye, which is usually short-lived: 2% of people.",
                "An uneven heartbeat during the test, which usually settles by itself (common).",
                "A small increase in the chance of developing a cancer later in life, because of the radiation from "
                "the X-rays.",
            )),
        )),
        Part("Damage to the artery in the groin", "risks", (
            Para("If the catheter goes in at the groin, the artery can be damaged, leaving a bulge in its wall (a "
                 "false aneurysm) that may need an injection or a small operation to repair it. This happens after "
                 "less than 1 in 100 angiograms."),
        ), level=3),
        Part("Serious complications", "risks", (
            Para("These are rare, but you should know about them:"),
            Items((
                "A stroke, caused by a small clot or a piece of fatty material travelling to the brain: about 2 in "
                "1,000 people.",
                "A heart attack during or soon after the test: fewer than 1 in 1,000 people.",
                "A tear in a coronary artery that needs an emergency stent or heart surgery (very rare).",
                "Death as a result of the test: about 1 in 2,000 people.",
            )),
        ), level=3),
        Part("Could I have a different test?", "alternatives", (
            Para("A CT coronary angiogram, where the dye is injected into a vein in your arm and the pictures are "
                 "taken with a CT scanner, can show narrowed arteries in some people. A stress echocardiogram or a "
                 "heart MRI scan can show whether part of the heart muscle is short of blood. These tests do not need "
                 "a catheter, but they may not give enough detail to plan treatment, and you may still need an "
                 "angiogram afterwards."),
        )),
        Part("What happens if I say no?", "doing_nothing", (
            Para("It is your choice whether to have the test. If you decide not to, your cardiologist will carry on "
                 "treating your symptoms with medicines, but without knowing how narrow your arteries are, and a "
                 "narrowing that could be treated may be missed. You can change your mind and ask for the test "
                 "later."),
        )),
        Part("Getting ready for your angiogram", "unplaced", (
            Para("You will have a pre-assessment appointment, where we check your blood and how well your kidneys are "
                 "working. If you take warfarin, apixaban or another blood thinner, or metformin for diabetes, we will "
                 "tell you whether to stop it and when. You can have a light breakfast on the day unless your letter "
                 "says otherwise."),
            Para("Before you go into the catheter laboratory, the cardiologist will explain the test again and ask you "
                 "to sign a consent form."),
        )),
        Part("When can I go home?", "recovery", (
            Para("You will rest on the ward for 2 to 4 hours. If the catheter went in at your wrist, a tight band is "
                 "put around it and loosened bit by bit. If it went in at your groin, you will need to lie flat for "
                 "the first hour or two."),
            Para("Most people go home the same day, once the cardiologist has talked to them about the results. A "
                 "responsible adult must take you home and stay with you overnight."),
        )),
        Part("Caring for the puncture site", "recovery", (
            Para("Keep the dressing on and dry for 24 hours. You can shower after that, but do not have a bath or go "
                 "swimming for three days. Avoid heavy lifting, and pushing up with the arm if the wrist was used, for "
                 "a week."),
            Para("Do not drive for 2 days. Most people go back to work after 2 or 3 days, but your cardiologist will "
                 "tell you if you need longer, for example if you had a stent."),
        ), level=3),
        Part("What should I do if I have a problem at home?", "get_help", (
            Para("If the puncture site starts to bleed, lie down and press firmly on it for 10 minutes. If it does not "
                 "stop, keep pressing and call 999."),
            Para("Ring the Cardiac Day Ward, or NHS 111 out of hours, if:"),
            Items((
                "the puncture site becomes red, hot, swollen or more painful",
                "your hand or leg on that side becomes cold, pale or numb",
                "you have a high temperature",
            )),
            Para("Call 999 if you have chest pain that does not go away with your GTN spray."),
        )),
        Part("Questions about your angiogram", "faq", ()),
        Part("Will I be asleep?", "faq", (
            Para("No. You will be awake so that you can follow instructions, such as taking a deep breath and holding "
                 "it. Most people find the test less uncomfortable than they expected."),
        ), level=3),
        Part("When will I know the results?", "faq", (
            Para("The cardiologist will usually tell you what the pictures showed before you go home. A letter is "
                 "sent to you and your GP."),
        ), level=3),
        Part("Can someone come with me?", "faq", (
            Para("Yes, but they will not be able to come into the catheter laboratory. There is a small waiting area "
                 "on the Cardiac Day Ward, and we can ring them when you are ready to go home."),
        ), level=3),
        Part("Parking at Brantwick General Hospital", "ignore", (
            Para("The Cardiac Day Ward is on level 2 of the Heart Centre. The nearest car park is car park B, off "
                 "Canal Road. Blue Badge holders can park free of charge in the bays outside the Heart Centre."),
        )),
        Part("Interpreters and translated leaflets", "ignore", (
            Para("If you need an interpreter, including a British Sign Language interpreter, please tell us when we "
                 "send your appointment. This leaflet can also be translated or provided in large print."),
        )),
    ),
    risks=(
        Risk(("bruising",), None),  # "very common": words; "up to two weeks" is a time, not a figure
        Risk(("haematoma",), (2, 5, 100)),  # between 1 in 50 and 1 in 20: 2 to 5 in 100
        Risk(("blocked artery",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("allergic",), (5, None, 1000)),  # 1 in 200 is exactly 5 in 1,000
        Risk(("kidneys",), (2, None, 100)),
        Risk(("heartbeat",), None),  # "common": a word, no figure
        Risk(("radiation",), None),  # "a small increase": no figure at all
        Risk(("aneurysm",), (1, None, 100)),  # the sub-heading is the risk; "less than 1 in 100": the bound
        Risk(("stroke",), (2, None, 1000)),
        Risk(("heart attack",), (1, None, 1000)),  # "fewer than 1 in 1,000": the bound
        Risk(("tear",), None),  # "very rare": words, no figure
        Risk(("death",), (5, None, 10000)),  # 1 in 2,000 is exactly 5 in 10,000
    ),
)

# AD. For parents: an intro of two paragraphs (an age in the second); questions in the parent's voice as bold
#     paragraphs on the web page and in the PDF, Word headings styled; risks in a table (What could happen | How many
#     boys it affects) with words, a rate, a bound, a range of rates and a bound in 10,000, then a risk sub-heading that
#     is a parent's question about one risk and another grouping rare ones; doing nothing as a paragraph of the
#     alternatives; consent and preparation under headings of their own; recovery sub-headings; a FAQ of plain
#     question and answer paragraphs; feedback and the unit's numbers.
CIRCUMCISION = Leaflet(
    name="circumcision-child", title="Circumcision for your son: information for parents", furniture=9,
    code="PI 204/PSU", web_headings="bold", container="article",
    intro=(
        Para("Your son has been referred to the Children's Surgical Unit for a circumcision. This leaflet explains "
             "what the operation involves, its benefits and risks, and how to look after your son afterwards."),
        Para("It is written for parents and carers. If your son is 8 or older, you may like to read some of it with "
             "him."),
    ),
    parts=(
        Part("What is a circumcision?", "about", (
            Para("A circumcision is an operation to remove the foreskin, the loose fold of skin that covers the end "
                 "of the penis (the glans)."),
            Para("We only carry out circumcision in boys when there is a medical reason for it. We do not offer it "
                 "for religious or cultural reasons at this hospital."),
        )),
        Part("Why has my son been offered this operation?", "candidates", (
            Para("The most common reason is a foreskin that has become tight and scarred (balanitis xerotica "
                 "obliterans, or BXO), so that it cannot be pulled back and makes passing urine difficult or "
                 "painful. Circumcision may also be offered to boys who keep getting infections of the foreskin "
                 "despite treatment."),
            Para("It is normal for a young boy's foreskin to be tight. It usually loosens by itself as he grows, "
                 "often not until he is a teenager, and on its own this is not a reason for an operation."),
        )),
        Part("How is it done?", "procedure_steps", (
            Para("Your son will have a general anaesthetic, so he will be asleep throughout. You can stay with him in "
                 "the anaesthetic room until he is asleep. Once he is asleep, the anaesthetist also injects local "
                 "anaesthetic at the base of the penis (a penile block), so that it stays numb for several hours "
                 "afterwards."),
            Para("The surgeon removes the foreskin and stitches the edges of the skin together with dissolving "
                 "stitches. The operation takes around 30 minutes, and most boys go home the same day, once they "
                 "have passed urine."),
        )),
        Part("How will it help my son?", "benefits", (
            Para("The operation cures the tight foreskin and stops the infections coming back. Passing urine should "
                 "become easier and no longer hurt."),
        )),
        Part("Could there be any problems?", "risks", (
            Para("Circumcision is a common operation, and most boys recover quickly. The table shows the problems that "
                 "can happen and how often we see them."),
            Table(("What could happen", "How many boys it affects"), (
                ("Swelling and bruising of the penis for a few days", "Almost all boys"),
                ("Bleeding from the wound that needs another operation to stop it", "About 1 in 100"),
                ("Infection of the wound, treated with antibiotics", "Up to 1 in 50"),
                ("Difficulty passing urine in the first day, so that a catheter is needed for a short time",
                 "Uncommon"),
                ("Narrowing of the opening at the tip of the penis (meatal stenosis)", "Between 1 in 20 and 1 in 10"),
                ("A serious reaction to the anaesthetic", "Less than 1 in 10,000"),
            )),
        )),
        # A parent's question under the risks heading about one risk: a risk sub-heading, not a FAQ.
        Part("Will my son's penis look different?", "risks", (
            Para("Yes, the end of the penis will be uncovered. Occasionally too much or too little skin is removed, or "
                 "the scar is uneven, and some parents are unhappy with how it looks. This happens in about 3 in 100 "
                 "boys, and a few of them have a second operation to improve it."),
        ), level=3),
        Part("Rare complications", "risks", (
            Items((
                "Damage to the glans or the urethra (the tube that carries urine) during the operation: less than 1 "
                "in 1,000 boys.",
                "A small bridge of skin forming between the scar and the glans (a skin bridge), which may need a "
                "minor operation (rare).",
            )),
        ), level=3),
        Part("Are there alternatives to circumcision?", "alternatives", (  # doing nothing is a paragraph of them
            Para("For a tight foreskin, a steroid cream rubbed onto the foreskin twice a day for 4 to 6 weeks loosens "
                 "it in many boys, but it does not usually work if the foreskin is badly scarred. Some boys can have a "
                 "smaller operation that widens the foreskin instead of removing it (a preputioplasty), although the "
                 "tightness can come back."),
            Para("You can also decide not to go ahead. A scarred foreskin is unlikely to get better by itself, so "
                 "passing urine may become more difficult and the infections may carry on. We will be happy to see "
                 "your son again if you change your mind."),
        )),
        Part("Who can give consent for my son?", "unplaced", (
            Para("A parent or carer with parental responsibility will be asked to sign the consent form on the day. "
                 "If your son is old enough to understand, the surgeon will explain the operation to him as well and "
                 "ask whether he agrees."),
        )),
        Part("Getting your son ready", "unplaced", (
            Para("Your son must not eat anything for six hours before the operation. He can drink water or diluted "
                 "squash until one hour before. Your admission letter gives the exact times. Bring loose pants or "
                 "shorts, and something to keep him busy while you wait."),
        )),
        Part("Caring for your son at home", "recovery", (
            Para("The penis will look red, swollen and bruised for the first few days, and a yellow crust may form on "
                 "the end. This is part of normal healing and is not a sign of infection."),
            Para("Give him children's paracetamol or ibuprofen regularly for the first two or three days, following "
                 "the instructions on the bottle. Put petroleum jelly on the end of the penis at every nappy change "
                 "or trip to the toilet, so that it does not stick to his nappy or pants."),
        )),
        Part("Bathing", "recovery", (
            Para("Your son can have a shallow bath the day after the operation, and once a day after that, without "
                 "bubble bath or soap. This keeps the wound clean and helps the stitches to dissolve."),
        ), level=3),
        Part("Nursery and school", "recovery", (
            Para("Most boys are ready to go back after about a week. Avoid bikes, scooters and sit-on toys for two "
                 "weeks."),
        ), level=3),
        Part("When should I ring the ward?", "get_help", (
            Para("Ring the Children's Surgical Unit, or NHS 111 out of hours, if:"),
            Items((
                "the wound keeps bleeding after you have pressed on it gently with a clean cloth for 10 minutes",
                "your son has not passed urine within 12 hours of the operation",
                "redness or swelling is spreading, or there is a smelly discharge",
                "your son has a high temperature or seems unwell",
            )),
        )),
        Part("Common questions from parents", "faq", (
            Para("Will the stitches need to be taken out?"),
            Para("No. They dissolve by themselves within two to three weeks."),
            Para("Will we need to come back to the hospital?"),
            Para("Most boys do not need a follow-up appointment. If the surgeon wants to see your son again, we will "
                 "send you an appointment."),
            Para("Is the foreskin sent for testing?"),
            Para("Yes. It is examined in the laboratory to confirm the diagnosis, and we will write to you if anything "
                 "unexpected is found."),
        )),
        Part("Tell us how we did", "ignore", (
            Para("We would love to hear about your son's stay. Please fill in a Friends and Family Test card before "
                 "you leave, or email childrens.feedback@bsh.example.nhs.uk."),
        )),
        Part("Children's Surgical Unit telephone numbers", "ignore", (
            Para("Saffron Ward (24 hours): 01632 960 540. Paediatric surgery secretaries: 01632 960 545, Monday to "
                 "Friday, 9am to 4pm."),
        )),
    ),
    risks=(
        Risk(("swelling",), None),  # "almost all boys": words, no figure
        Risk(("bleeding",), (1, None, 100)),
        Risk(("infection",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("catheter",), None),  # "uncommon": a word, no figure
        Risk(("meatal stenosis",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("anaesthetic",), (1, None, 10000)),  # "less than 1 in 10,000": the bound
        Risk(("uneven",), (3, None, 100)),  # the sub-heading (a parent's question) is the risk
        Risk(("urethra",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("skin bridge",), None),  # "rare": a word, no figure
    ),
)

# AE. Numbered labels and questions with numbered sub-headings in the risks, the preparation and the recovery; Word
#     headings as bold paragraphs, web and PDF headings tags; risks as paragraphs with a bold lead-in ending in a dash
#     (a rate, a bound, a rate that rescales to 100, a rate in 1,000, a word), then a numbered risk sub-heading that is
#     one risk (a range of percentages beside a time in digits) and another grouping less common ones as list items;
#     doing nothing under its own heading; consent as a numbered sub-heading of the preparation; "When to contact the
#     Hand Unit" (get help) beside the unit's telephone numbers; no FAQ, no intro.
DUPUYTREN = Leaflet(
    name="dupuytrens-fasciectomy", title="Fasciectomy for Dupuytren's contracture", furniture=9, code="PI 127/HAND",
    word_headings="bold", container="role",
    parts=(
        Part("1. Dupuytren's contracture", "about", (
            Para("Dupuytren's contracture is a condition in which the tissue under the skin of the palm (the palmar "
                 "fascia) thickens and shortens. Cords form that pull one or more fingers down towards the palm, most "
                 "often the ring and little fingers."),
            Para("A fasciectomy is an operation to cut out the thickened cords, so that the finger can straighten "
                 "again."),
        )),
        Part("2. When is an operation advised?", "candidates", (
            Para("We usually suggest an operation when you can no longer lay your hand flat on a table, or when a "
                 "finger is bent at the middle joint by 30 degrees or more, so that it gets in the way of everyday "
                 "tasks such as washing your face, putting on gloves or shaking hands."),
        )),
        Part("3. What the operation involves", "procedure_steps", (
            Para("The operation is done under a general anaesthetic, or with the whole arm numbed by an injection "
                 "near the collarbone (a regional block). A tight band (a tourniquet) is put around your upper arm to "
                 "stop bleeding while the surgeon works."),
            Para("The surgeon makes a zig-zag cut along the finger and palm and carefully removes the diseased tissue, "
                 "protecting the nerves and blood vessels. Sometimes part of the wound in the palm is left open to "
                 "heal by itself, or a skin graft from the inside of the forearm is used. The operation takes between "
                 "one and two hours, and most people go home the same day."),
        )),
        Part("4. Benefits of a fasciectomy", "benefits", (
            Para("Most people get a straighter finger and find the hand much easier to use. A finger bent only at the "
                 "knuckle usually straightens fully; a finger bent at the middle joint often improves but may not "
                 "straighten completely."),
        )),
        Part("5. What could go wrong?", "risks", (
            Para("Most people have no serious problems, but a fasciectomy is a delicate operation. These are the risks "
                 "you should know about."),
            Para("Wound healing problems – the wound can be slow to heal, particularly in the palm, and the skin "
                 "edges may break down. This happens to about 1 in 10 people and usually settles with dressings.",
                 lead="Wound healing problems –"),
            Para("Infection – about 2 in 100 people get a wound infection, which is usually treated with "
                 "antibiotics.", lead="Infection –"),
            Para("Nerve damage – the nerves that give feeling to the fingers run close to, and sometimes through, "
                 "the cords. Numbness or tingling down one side of a finger affects up to 1 in 50 people, and usually "
                 "gets better over a few months.", lead="Nerve damage –"),
            Para("Damage to an artery – one of the two small arteries to a finger is damaged in about 2 in 1,000 "
                 "operations. It is usually repaired at the time.", lead="Damage to an artery –"),
            Para("Stiffness – some stiffness of the finger joints is common for several weeks after the operation. "
                 "Your hand therapy exercises will help it to settle.", lead="Stiffness –"),
            Para("Haematoma – bleeding under the skin can cause a painful swelling (a haematoma) in the first day or "
                 "two. Fewer than 1 in 100 people need to go back to theatre to have it drained.",
                 lead="Haematoma –"),
        )),
        Part("5.1 The contracture coming back", "risks", (
            Para("Surgery removes the cords that are there now, but it does not cure Dupuytren's disease, and new "
                 "cords can form in the same finger or in others. Within 5 years of the operation the contracture "
                 "comes back in between 20% and 40% of people, although not all of them need another operation."),
        ), level=3),
        Part("5.2 Less common complications", "risks", (
            Items((
                "A flare reaction, where the whole hand becomes painful, swollen and red for several weeks after the "
                "operation: about 1 in 20 people.",
                "Long-lasting pain and sensitivity in the hand (complex regional pain syndrome), which can take many "
                "months to settle: less than 1 in 100 people.",
                "Part of a skin graft not taking (uncommon).",
                "Loss of the finger, if its blood supply cannot be restored (very rare).",
            )),
        ), level=3),
        Part("6. Other ways of treating Dupuytren's", "alternatives", (
            Para("Needle fasciotomy: under a local anaesthetic, a needle is passed through the skin to divide the "
                 "cord. Recovery is quicker than after surgery, but the finger tends to bend again sooner."),
            Para("Dermofasciectomy: the skin over the cords is removed as well and replaced with a skin graft. It is "
                 "usually used when the contracture has returned after an earlier operation."),
        )),
        Part("7. Leaving the finger as it is", "doing_nothing", (
            Para("Dupuytren's contracture is not dangerous, and you do not have to have treatment. Some people's "
                 "fingers stay the same for years, but in most the bend slowly gets worse. The longer a finger stays "
                 "bent, the harder it is to straighten fully, even with surgery."),
        )),
        Part("8. Preparing for the operation", "unplaced", (
            Para("You will be asked to come to a pre-operative assessment, where a nurse checks your health and your "
                 "medicines. Take off all rings from the hand before you come in. Arrange for someone to take you "
                 "home, and for help with cooking and shopping for the first few days, as you will have only one "
                 "good hand."),
        )),
        Part("8.1 Agreeing to the operation", "unplaced", (
            Para("Your surgeon will talk to you about what the operation can and cannot do for your hand, and ask you "
                 "to sign a consent form. You can change your mind at any time before the operation."),
        ), level=3),
        Part("9. Recovering from your operation", "recovery", (
            Para("Your hand will be in a bulky dressing, sometimes with a plaster splint, for the first week. Keep it "
                 "raised above the level of your heart as much as you can for the first 48 hours, to reduce the "
                 "swelling, and take painkillers regularly for the first few days."),
        )),
        Part("9.1 Hand therapy and splints", "recovery", (
            Para("You will see a hand therapist within a week of your operation. They will give you exercises and make "
                 "you a splint to wear at night for 3 to 6 months, to help keep the finger straight."),
        ), level=3),
        Part("9.2 Stitches, driving and work", "recovery", (
            Para("Your stitches are taken out after 10 to 14 days. You can drive when you can grip the steering wheel "
                 "firmly, usually after 2 to 4 weeks. Most people go back to office work after 2 weeks, and to "
                 "manual work after 6 to 8 weeks."),
        ), level=3),
        # Headed as a contact, but it lists the warning signs: get help, not the unit's numbers.
        Part("10. When to contact the Hand Unit", "get_help", (
            Para("Contact the Hand Unit, or your GP out of hours, if your hand becomes more painful, red, hot or "
                 "swollen, if the wound leaks pus or smells, if your fingers become pale, cold or numb, or if you "
                 "have a high temperature."),
        )),
        Part("11. Telephone numbers", "ignore", (
            Para("Hand Unit, Monday to Friday, 8am to 6pm: 01632 960 560. Hand Therapy: 01632 960 565. Out of hours, "
                 "ring the Selmoor Hospital switchboard on 01632 960 500 and ask for the orthopaedic doctor on call."),
        )),
        Part("12. Further information", "ignore", (
            Para("The British Society for Surgery of the Hand publishes information about Dupuytren's disease on its "
                 "website."),
        )),
        Part("13. Sources used for this leaflet", "ignore", (
            Para("British Society for Surgery of the Hand. Dupuytren's disease: patient information. NICE guidance on "
                 "needle fasciotomy for Dupuytren's contracture."),
        )),
    ),
    risks=(
        Risk(("slow to heal",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("infection",), (2, None, 100)),
        Risk(("nerve",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("artery",), (2, None, 1000)),  # "the two small arteries" is a count, not a figure
        Risk(("stiffness",), None),  # "common": a word; "several weeks" is a time
        Risk(("haematoma",), (1, None, 100)),  # "fewer than 1 in 100": the bound
        Risk(("contracture",), (20, 40, 100)),  # the sub-heading is the risk; between 20% and 40%; "5 years" a time
        Risk(("flare",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("complex regional",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("graft",), None),  # "uncommon": a word, no figure
        Risk(("loss of the finger",), None),  # "very rare": words, no figure
    ),
)

# AF. An intro; plain labels, with a procedure sub-heading, as bold paragraphs on the web page, in the PDF and in Word;
#     risks as list items with figures in brackets (a rate no whole number fits beside a time written "up to", a
#     word, a rate in 1,000, words, a percentage, none, a rate in 10,000), then a risk sub-heading that is one risk (a
#     percentage that rescales to 1,000) and another grouping the risks of the route through the neck; doing nothing
#     as a paragraph of the alternatives; consent inside the preparation; a dose written "up to" in the recovery;
#     results as a recovery heading; a FAQ of bold questions leading paragraphs; a privacy section.
LIVER_BIOPSY = Leaflet(
    name="liver-biopsy", title="Liver biopsy", furniture=9, code="PI 442/HEP", web_headings="bold",
    word_headings="bold",
    intro=(Para("Your doctor has recommended that you have a liver biopsy. This leaflet tells you about the procedure "
                "and its risks. If you have any questions after reading it, please ring the Liver Unit."),),
    parts=(
        Part("What a liver biopsy is", "about", (
            Para("A liver biopsy is a procedure to take a small sample of liver tissue with a needle. The sample, "
                 "about 2 cm long and 1 mm wide, is examined under a microscope in the laboratory."),
        )),
        Part("Reasons for having a liver biopsy", "candidates", (
            Para("A biopsy can show what is causing your liver problem, such as fatty liver disease, hepatitis or a "
                 "problem with the immune system, and how much scarring (fibrosis) there is. It may also be used to "
                 "find out what a lump seen on a scan is."),
        )),
        Part("Having the biopsy", "procedure_steps", (
            Para("You lie on your back with your right hand behind your head. The doctor uses an ultrasound scan to "
                 "find the best place, cleans the skin over the lower right side of your chest and numbs it with "
                 "local anaesthetic."),
            Para("You will be asked to breathe out and hold your breath for a few seconds while the needle is put in "
                 "and taken out. You may hear a click. The whole procedure takes about 20 minutes."),
        )),
        # Another way of taking the same biopsy, described under having it: procedure steps, not an alternative.
        Part("Biopsy through a vein in the neck", "procedure_steps", (
            Para("If your blood does not clot well, or there is fluid in your abdomen, the biopsy may be taken through "
                 "a vein in your neck instead (a transjugular biopsy). A thin tube is passed down the vein into the "
                 "liver using X-ray pictures, and the sample is taken through the tube. We will give you a separate "
                 "leaflet if you need this."),
        ), level=3),
        Part("What the biopsy can show", "benefits", (
            Para("The results help your doctor to confirm the diagnosis, to judge how severe the liver disease is, and "
                 "to plan the right treatment for you."),
        )),
        Part("Possible risks", "risks", (
            Para("A liver biopsy is generally safe, but, like any procedure, it has some risks. They include:"),
            Items((
                "Pain where the needle went in or in the right shoulder, which can last for up to 24 hours (about 1 "
                "in 3 people)",
                "Feeling faint or sick for a short time afterwards (common)",
                "A leak of bile from the liver, which can cause pain and may need a drain (1 in 1,000)",
                "The needle puncturing the lung, the gallbladder or the bowel (very rare)",
                "The sample not giving a clear answer, so that the biopsy needs to be repeated (2%)",
                "An infection at the needle site",
                "Death (about 1 in 10,000)",
            )),
        )),
        Part("Internal bleeding", "risks", (
            Para("The liver has a rich blood supply, so the most important risk is bleeding inside the abdomen. "
                 "Serious bleeding that needs a blood transfusion, or a procedure to stop it, happens in about 0.5% "
                 "of people. This is why we check your blood before the biopsy and watch you closely afterwards."),
        ), level=3),
        Part("If the biopsy is taken through the neck", "risks", (
            Items((
                "Bruising or a small swelling in the neck (common)",
                "An irregular heartbeat while the tube passes through the heart, which settles quickly (up to 1 in 20)",
                "A reaction to the X-ray dye (rare)",
            )),
        ), level=3),
        Part("Alternatives to a biopsy", "alternatives", (  # doing nothing is a paragraph of the alternatives
            Para("Blood tests and a special ultrasound scan that measures how stiff the liver is (a FibroScan) can "
                 "often estimate how much scarring there is, and you may already have had these. They cannot always "
                 "show the cause of the liver disease, which is why a biopsy has been suggested."),
            Para("You may decide not to have a biopsy. Your doctor will then make the best decisions they can from "
                 "your other tests, but the diagnosis may be less certain and the right treatment may be delayed."),
        )),
        Part("Preparation", "unplaced", (
            Para("You will need a blood test in the week before the biopsy to check how well your blood clots. If you "
                 "take aspirin, clopidogrel, warfarin or another blood thinner, the Liver Unit will tell you whether "
                 "and when to stop it. Do not eat for 6 hours before the biopsy, but you can drink water."),
            Para("The doctor will explain the procedure and ask you to sign a consent form before the biopsy."),
        )),
        Part("After the biopsy", "recovery", (
            Para("You will stay in bed on the day unit for 4 to 6 hours, lying on your right side for the first 2 "
                 "hours, while the nurses check your pulse and blood pressure. If all is well you can go home the "
                 "same day, but someone must drive you and stay with you overnight."),
            Para("You can take paracetamol for pain, up to 1 g four times a day, but avoid aspirin and ibuprofen for a "
                 "week unless your doctor tells you otherwise."),
        )),
        Part("The first few days", "recovery", (
            Para("Rest for the rest of the day. Do not lift anything heavy, play sport or do hard exercise for a week. "
                 "You can shower after 24 hours."),
        ), level=3),
        # Follow-up after the procedure: recovery in the leaflet model (sets 1 and 8 ask about results in a FAQ).
        Part("Getting your results", "recovery", (
            Para("The sample takes one to two weeks to process. Your results will be discussed with you at your next "
                 "clinic appointment, and a copy of the letter will be sent to your GP."),
        )),
        Part("When to get urgent help", "get_help", (
            Para("Ring the Liver Unit, or go to your nearest Emergency Department, if you have:"),
            Items((
                "severe pain in your abdomen, chest or shoulder",
                "dizziness, fainting or shortness of breath",
                "a temperature of 38°C or higher",
                "bleeding from the biopsy site that does not stop when you press on it",
            )),
        )),
        Part("Your questions", "faq", (
            Para("Will it hurt? The local anaesthetic stings for a few seconds. Most people feel a dull ache or "
                 "pressure during the biopsy, but not sharp pain.", lead="Will it hurt?"),
            Para("Can I eat afterwards? Yes. You can eat and drink once the nurse has checked you, usually about an "
                 "hour after the biopsy.", lead="Can I eat afterwards?"),
            Para("When can I go back to work? Most people go back after two or three days. Ask us for a fit note if "
                 "your work involves heavy lifting.", lead="When can I go back to work?"),
        )),
        Part("Contacting the Liver Unit", "ignore", (
            Para("Liver Unit nurses: 01632 960 570, Monday to Friday, 8am to 5pm. Out of hours, ring the "
                 "Gastroenterology Ward on 01632 960 575."),
        )),
        Part("Your personal information", "ignore", (
            Para("We keep a record of your care in your health record and share it with your GP and the team treating "
                 "you. Our privacy notice, on the Trust website, explains how we use and protect your information."),
        )),
        Part("Large print and other languages", "ignore", (
            Para("This leaflet is available in large print, as audio and in other languages. Please ask a member of "
                 "staff or email patient.information@bsh.example.nhs.uk."),
        )),
    ),
    risks=(
        Risk(("shoulder",), None),  # 1 in 3 is not exactly a whole number in 100, 1,000 or 10,000; "24 hours" a time
        Risk(("faint",), None),  # "common": a word, no figure
        Risk(("bile",), (1, None, 1000)),
        Risk(("puncturing",), None),  # "very rare": words, no figure
        Risk(("clear answer",), (2, None, 100)),
        Risk(("needle site",), None),  # no figure at all
        Risk(("death",), (1, None, 10000)),
        Risk(("abdomen",), (5, None, 1000)),  # the sub-heading is the risk; 0.5% is exactly 5 in 1,000
        Risk(("bruising",), None),  # "common": a word, no figure
        Risk(("irregular heartbeat",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("dye",), None),  # "rare": a word, no figure
    ),
)

SET_9 = (ANGIOGRAM, CIRCUMCISION, DUPUYTREN, LIVER_BIOPSY)
SETS["9"] = SET_9


# --- set 10: held out again ---------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-9: a transperineal prostate biopsy, removal of the adenoids for a child, electrical
# cardioversion for atrial fibrillation and a total laparoscopic hysterectomy, invented for this measurement. Their
# wording, risks and figures are made up, are not clinical information, and must never be printed for a patient or
# copied into a leaflet library. Marrowby and Tessfield Teaching Hospitals NHS Trust does not exist.
#
# Written without reading the importer, its tests or the README: headings are phrased as an ordinary trust's patient
# information team phrases them, and the expected section is what the leaflet model asks for. Their files have
# furniture of their own (set 10's writers below).

TRUST_10 = "Marrowby and Tessfield Teaching Hospitals NHS Trust"  # invented

# AG. An intro; questions in the patient's voice; risks as list items with inline figures (words beside a time written
#     "up to", a word, a rate that rescales to 100, a bound, a range of rates, none), then a risk sub-heading that is
#     one risk (a bound in 1,000) and another grouping less common ones (a percentage that rescales to 1,000, a rate,
#     a word); doing nothing under its own heading; preparation and consent under one heading; results as a recovery
#     heading; a FAQ of h3 questions; parking and other formats.
PROSTATE_BIOPSY = Leaflet(
    name="transperineal-prostate-biopsy", title="Transperineal prostate biopsy under local anaesthetic",
    furniture=10, code="MTH-URO-0112",
    intro=(Para("Your urologist has recommended that you have a biopsy of your prostate. This leaflet explains what "
                "the biopsy involves, its possible risks and what to expect afterwards, so that you can decide "
                "whether to go ahead. Please ask us about anything you do not understand."),),
    parts=(
        Part("What is a transperineal prostate biopsy?", "about", (
            Para("The prostate is a gland about the size of a walnut that sits below the bladder and surrounds the "
                 "tube that carries urine out of the body. A biopsy means taking small samples of tissue so that "
                 "they can be looked at under a microscope."),
            Para("In a transperineal biopsy the samples are taken through the skin of the perineum, the area between "
                 "the scrotum and the back passage, rather than through the wall of the back passage."),
        )),
        Part("Why do I need a biopsy?", "candidates", (
            Para("You may be offered a biopsy if a blood test shows a raised PSA (prostate specific antigen) level, if "
                 "your prostate felt abnormal when it was examined, or if an MRI scan has shown an area that needs "
                 "checking. A biopsy is the only way to find out for certain whether there is prostate cancer."),
        )),
        Part("How is the biopsy done?", "procedure_steps", (
            Para("You lie on your back on a couch with your legs raised in supports. The doctor gently places an "
                 "ultrasound probe in your back passage so that the prostate can be seen on a screen."),
            Para("The skin of the perineum is cleaned and numbed with an injection of local anaesthetic, and more "
                 "anaesthetic is given around the prostate. The doctor then takes usually 15 to 25 small samples "
                 "through the skin, aiming at any area seen on your MRI scan. You may hear a click as each sample is "
                 "taken. The biopsy takes about 20 minutes."),
        )),
        Part("How will the biopsy help me?", "benefits", (
            Para("The results will tell us whether there is cancer in your prostate and, if there is, how fast it is "
                 "likely to grow. This helps you and your urologist to choose the right treatment, or to decide that "
                 "you do not need any treatment at all."),
        )),
        Part("Are there any side effects or risks?", "risks", (
            Para("Most men have no serious problems after a biopsy. The side effects and risks are:"),
            Items((
                "Blood in your urine for a few days, and in your semen for up to 6 weeks (very common).",
                "Bruising of the skin between your legs (common).",
                "Being unable to pass urine, so that a catheter (a thin tube to drain the bladder) is needed for a few "
                "days: about 1 in 50 men.",
                "A urine infection, treated with antibiotic tablets: less than 1 in 100 men.",
                "Problems getting an erection for a few weeks: between 1 in 20 and 1 in 10 men.",
                "An ache in the perineum for a few days, which usually eases with paracetamol.",
            )),
        )),
        Part("Sepsis", "risks", (
            Para("Sepsis is a serious infection that spreads into the bloodstream. It is much less likely after a "
                 "biopsy through the perineum than after one through the back passage, and happens to fewer than 1 in "
                 "1,000 men. It needs treatment in hospital with antibiotics given into a vein."),
        ), level=3),
        Part("Other, less likely problems", "risks", (
            Items((
                "Bleeding heavy enough to need a stay in hospital (0.5%).",
                "Feeling faint or dizzy during or just after the biopsy (2 in 100).",
                "An allergic reaction to the local anaesthetic (rare).",
            )),
        ), level=3),
        Part("What other options do I have?", "alternatives", (
            Para("If the chance of a serious cancer is low, you may be able to have regular PSA blood tests and MRI "
                 "scans instead, and only have a biopsy if these change. The biopsy can also be done under a general "
                 "anaesthetic, so that you are asleep, but this means a longer stay in hospital."),
        )),
        Part("What happens if I don't have the biopsy?", "doing_nothing", (
            Para("You do not have to have a biopsy. If you decide not to, we will not know for certain whether you "
                 "have prostate cancer, and a cancer that needs treatment could be missed or found later. We will "
                 "talk to you about keeping an eye on your PSA level instead."),
        )),
        Part("Before your biopsy", "unplaced", (
            Para("You can eat and drink normally on the day. If you take a blood thinner such as warfarin, apixaban or "
                 "clopidogrel, please ring us at least a week before, as you may need to stop it for a few days."),
            Para("The doctor will go through the biopsy with you and ask you to sign a consent form before it "
                 "starts."),
        )),
        Part("Going home after your biopsy", "recovery", (
            Para("We will ask you to pass urine before you go home, usually about an hour after the biopsy. Drink two "
                 "litres of fluid a day for the next two days, and avoid cycling, horse riding and heavy lifting for a "
                 "week."),
        )),
        # Follow-up after the procedure: recovery in the leaflet model (as set 9 places its results heading).
        Part("Your results", "recovery", (
            Para("The samples are examined in the laboratory, which takes about two weeks. We will send you an "
                 "appointment to discuss the results with your urologist or specialist nurse."),
        )),
        Part("When do I need to get help?", "get_help", (
            Para("Ring the Urology Nurse Specialists, or NHS 111 out of hours, if:"),
            Items((
                "you cannot pass urine, or can only pass a few drops",
                "you are passing blood clots, or your urine is red rather than pink",
                "you have a temperature of 38°C or higher, or you feel shivery and unwell",
            )),
            Para("Go to your nearest Emergency Department if you feel very unwell, confused or breathless."),
        )),
        Part("Questions men often ask", "faq", ()),
        Part("Is the biopsy painful?", "faq", (
            Para("The local anaesthetic injection stings for a short time. Most men feel some pressure during the "
                 "biopsy but little pain."),
        ), level=3),
        Part("Can I drive after the biopsy?", "faq", (
            Para("Yes. You will not have had a sedative, so you can drive if you feel well, but some men prefer to "
                 "bring someone with them."),
        ), level=3),
        Part("When can I have sex again?", "faq", (
            Para("You can have sex when you feel ready. Blood in your semen is normal for a few weeks and will not "
                 "harm your partner."),
        ), level=3),
        Part("Car parking at Marrowby General Hospital", "ignore", (
            Para("The Urology Investigation Suite is in the Outpatients Building. Use car park C, off Tessfield Road. "
                 "Parking is free for Blue Badge holders."),
        )),
        Part("This leaflet in other formats", "ignore", (
            Para("This leaflet is available in large print, Easy Read and other languages. Please ring the Patient "
                 "Information Team on 01632 960 890."),
        )),
    ),
    risks=(
        Risk(("semen",), None),  # "very common": words; "up to 6 weeks" is a time, not a figure
        Risk(("bruising",), None),  # "common": a word, no figure
        Risk(("catheter",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("urine infection",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("erection",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("ache",), None),  # no figure at all
        Risk(("sepsis",), (1, None, 1000)),  # the sub-heading is the risk; "fewer than 1 in 1,000": the bound
        Risk(("bleeding",), (5, None, 1000)),  # 0.5% is exactly 5 in 1,000
        Risk(("faint",), (2, None, 100)),
        Risk(("allergic",), None),  # "rare": a word, no figure
    ),
)

# AH. For parents: an intro of two paragraphs (ages in the second); questions in the parent's voice as bold paragraphs
#     on the web page and in the PDF, Word headings styled; risks in a table (Possible risk | How common is it?) with
#     words, a rate that rescales to 1,000, a percentage, a bound, a range of rates that rescale to 100 and a word,
#     then a risk sub-heading that is one risk (a bound that rescales to 10,000) and another grouping the anaesthetic's
#     (a word, a rate that rescales to 100, a rate in 10,000); doing nothing as a paragraph of the alternatives;
#     preparation and consent under one heading; feedback and the ward's numbers; no FAQ.
ADENOIDS = Leaflet(
    name="adenoidectomy-child", title="Removing your child's adenoids (adenoidectomy): information for parents",
    furniture=10, code="MTH-ENT-0240", web_headings="bold", container="article",
    intro=(
        Para("Your child's ear, nose and throat (ENT) surgeon has suggested an operation to take out your child's "
             "adenoids. This leaflet explains what the operation involves, its benefits and risks, and how to care "
             "for your child afterwards."),
        Para("Most children who have their adenoids removed are between 2 and 8 years old. If your child is old "
             "enough, you may like to talk to them about what will happen, using this leaflet to help you."),
    ),
    parts=(
        Part("What are adenoids?", "about", (
            Para("Adenoids are small lumps of tissue at the back of the nose, above the roof of the mouth. They help "
                 "to fight infection in young children, but they usually shrink by the age of about 7 and are not "
                 "needed after that. You cannot see them by looking in your child's mouth."),
            Para("An adenoidectomy is an operation to remove them."),
        )),
        Part("Why does my child need their adenoids out?", "candidates", (
            Para("Large adenoids can block the back of the nose, so that your child breathes through their mouth, "
                 "snores loudly or stops breathing for short spells while asleep. They can also lead to repeated "
                 "ear infections and glue ear, and the operation is often done at the same time as putting in "
                 "grommets."),
        )),
        Part("What will happen in the operating theatre?", "procedure_steps", (
            Para("Your child will have a general anaesthetic, so they will be asleep throughout. One parent can stay "
                 "with them until they are asleep."),
            Para("The surgeon removes the adenoids through your child's mouth, so there are no cuts on the face or "
                 "neck. The bleeding is stopped with a gauze pack or by sealing the blood vessels with heat. The "
                 "operation takes about half an hour."),
        )),
        Part("How will the operation help my child?", "benefits", (
            Para("Most children breathe more easily through their nose and sleep more quietly after the operation. "
                 "If your child has glue ear, removing the adenoids can make it less likely to come back after the "
                 "grommets fall out."),
        )),
        Part("Are there any risks to my child?", "risks", (
            Para("Adenoidectomy is a very common operation, and most children recover without any problems. The table "
                 "shows the risks and how often they happen."),
            Table(("Possible risk", "How common is it?"), (
                ("Snoring, a blocked nose or bad breath for one to two weeks", "Very common"),
                ("Bleeding from the nose or mouth that needs a return to the operating theatre", "About 1 in 200"),
                ("Infection, treated with antibiotics", "2%"),
                ("Chipped or loose teeth, or a sore lip, from the instruments", "Less than 1 in 100"),
                ("The adenoids regrowing, so that the symptoms come back", "Between 1 in 50 and 1 in 25"),
                ("A nasal-sounding voice that lasts longer than a few weeks", "Rare"),
            )),
        )),
        Part("Neck stiffness", "risks", (
            Para("Very rarely, inflammation at the back of the nose spreads to the joints at the top of the neck and "
                 "causes a stiff, painful neck a few days after the operation. It needs urgent treatment. This happens "
                 "to fewer than 1 in 5,000 children."),
        ), level=3),
        Part("Risks of the anaesthetic", "risks", (
            Items((
                "Feeling sick or being sick on the day of the operation (common).",
                "A sore throat from the breathing tube for a day or two (about 1 in 4 children).",
                "A serious allergic reaction to the anaesthetic drugs (about 1 in 10,000 children).",
            )),
        ), level=3),
        Part("Is there another way of treating my child?", "alternatives", (  # doing nothing is a paragraph of them
            Para("A steroid nose spray, used every day for 3 months, can shrink the adenoids in some children and may "
                 "be tried first. If the main problem is glue ear, grommets or hearing aids can be used without taking "
                 "out the adenoids."),
            Para("You can also decide to wait. Adenoids shrink as children grow, so the symptoms may get better by "
                 "themselves, but this can take several years, and in the meantime your child may carry on sleeping "
                 "badly or having trouble hearing."),
        )),
        Part("Getting your child ready for the operation", "unplaced", (
            Para("Your child must not eat for 6 hours before the operation, but can drink water or diluted squash "
                 "until 1 hour before. Your admission letter will give you the exact times. Bring a favourite toy or "
                 "book, and a change of clothes."),
            Para("A parent or carer with parental responsibility will be asked to sign a consent form on the day."),
        )),
        Part("How long will my child be in hospital?", "recovery", (
            Para("Most children go home on the same day, once they are awake, eating and drinking. Children under 3, "
                 "and those with severe sleep apnoea, usually stay overnight so that the nurses can watch their "
                 "breathing."),
        )),
        Part("Caring for your child when you get home", "recovery", (
            Para("Give your child children's paracetamol and ibuprofen regularly for the first few days, following the "
                 "dose on the bottle for their age. Encourage them to eat normal food, as this helps healing."),
            Para("Keep your child off nursery or school for a week, and away from people with coughs and colds, to "
                 "lower the chance of an infection. Do not let them blow their nose hard for a week."),
        )),
        Part("When should I get help for my child?", "get_help", (
            Para("If your child has bleeding from the nose or mouth, spits up fresh blood or keeps swallowing, take "
                 "them straight to the nearest Emergency Department or call 999."),
            Para("Ring Kingfisher Ward, or NHS 111 out of hours, if your child has a high temperature, will not drink, "
                 "or has a stiff or painful neck."),
        )),
        Part("Tell us what you think", "ignore", (
            Para("We welcome comments on your child's care. Please fill in a feedback card on the ward, or email "
                 "mth.childrensfeedback@mth.example.nhs.uk."),
        )),
        Part("Ward and department telephone numbers", "ignore", (
            Para("Kingfisher Ward (24 hours): 01632 960 840. ENT secretaries: 01632 960 845, Monday to Friday, 9am to "
                 "5pm."),
        )),
    ),
    risks=(
        Risk(("bad breath",), None),  # "very common": words, no figure
        Risk(("bleeding",), (5, None, 1000)),  # 1 in 200 is exactly 5 in 1,000
        Risk(("infection",), (2, None, 100)),
        Risk(("teeth",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("regrowing",), (2, 4, 100)),  # between 1 in 50 and 1 in 25: 2 to 4 in 100
        Risk(("nasal",), None),  # "rare": a word, no figure
        Risk(("neck",), (2, None, 10000)),  # the sub-heading is the risk; "fewer than 1 in 5,000": the bound
        Risk(("being sick",), None),  # "common": a word, no figure
        Risk(("sore throat",), (25, None, 100)),  # 1 in 4 is exactly 25 in 100
        Risk(("allergic",), (1, None, 10000)),
    ),
)

# AI. Numbered questions and labels with numbered sub-headings in the preparation, the risks, the recovery and the FAQ;
#     Word headings as bold paragraphs, web and PDF headings tags; a success rate in the benefits that is no risk;
#     risks as paragraphs whose first words are bold, running on into the sentence (words, a bound that rescales to
#     100, words, a percentage), then a numbered risk sub-heading that is one risk (a range of percentages beside a
#     time) and another grouping serious ones as list items (a bound, a rate in 1,000, a percentage that rescales to
#     1,000, words); doing nothing under its own heading; an FAQ of numbered h3 questions; contacts and sources; no
#     intro.
CARDIOVERSION = Leaflet(
    name="electrical-cardioversion", title="Electrical cardioversion for atrial fibrillation", furniture=10,
    code="MTH-CAR-0075", word_headings="bold", container="role",
    parts=(
        Part("1. What is cardioversion?", "about", (
            Para("Atrial fibrillation is a common heart rhythm problem in which the upper chambers of the heart beat "
                 "fast and irregularly. Cardioversion is a treatment that uses a controlled electric shock, given "
                 "through pads on your chest, to bring the heart back to its normal rhythm."),
        )),
        Part("2. Why have I been offered cardioversion?", "candidates", (
            Para("Your cardiologist may suggest cardioversion if atrial fibrillation is making you breathless, tired "
                 "or aware of your heartbeat, and medicines have not controlled it. It works best when the irregular "
                 "rhythm started within the last year."),
        )),
        Part("3. How can cardioversion help?", "benefits", (
            Para("The shock restores a normal rhythm straight away in about 9 out of 10 people. Many people find they "
                 "have more energy and are less breathless once their heart is beating normally."),
        )),
        Part("4. Preparing for your cardioversion", "unplaced", (
            Para("You will be asked to come to a pre-assessment clinic for a heart tracing (ECG) and blood tests. Do "
                 "not eat for 6 hours before your appointment, but you can drink water until 2 hours before."),
            Para("The cardiologist will explain the procedure on the day and ask you to sign a consent form."),
        )),
        # Getting ready: what to take beforehand, not a risk or a step of the procedure.
        Part("4.1 Your anticoagulant medicine", "unplaced", (
            Para("To lower the risk of a stroke, you must take an anticoagulant (blood-thinning) medicine, such as "
                 "apixaban, rivaroxaban or warfarin, every day for at least 3 weeks before the cardioversion and for "
                 "at least 4 weeks after it. Please tell us if you miss any doses, as the procedure may need to be put "
                 "off."),
        ), level=3),
        Part("5. What happens during cardioversion", "procedure_steps", (
            Items((
                "A nurse puts a small needle (cannula) into a vein in your arm and sticks two large pads to your "
                "chest, or one on your chest and one on your back.",
                "An anaesthetist gives you a short general anaesthetic or a strong sedative, so that you are asleep.",
                "The cardiologist gives one or more shocks through the pads, checking your heart rhythm on a monitor "
                "after each one.",
            ), numbered=True),
            Para("The procedure itself takes only a few minutes, and you will wake up shortly afterwards."),
        )),
        Part("6. What are the possible risks?", "risks", (
            Para("Cardioversion is a common and safe procedure. Your cardiologist will talk to you about the risks, "
                 "which include:"),
            Para("Red, sore skin where the pads were placed, like mild sunburn. This is common and settles within a "
                 "few days.", lead="Red, sore skin"),
            Para("Aching chest muscles for a day or two, because the muscles tighten during the shock. This affects up "
                 "to 1 in 10 people.", lead="Aching chest muscles"),
            Para("Remembering the shock happens to a few people, despite the sedation. It is unpleasant but does no "
                 "harm.", lead="Remembering the shock"),
            Para("Low blood pressure after the anaesthetic, which can make you feel dizzy, affects 2% of people. It "
                 "usually settles with fluids through the cannula.", lead="Low blood pressure"),
        )),
        Part("6.1 The irregular rhythm coming back", "risks", (
            Para("Cardioversion does not cure atrial fibrillation. Within a year, the irregular rhythm comes back in "
                 "between 50% and 70% of people. Taking a medicine to control the rhythm, or having a catheter "
                 "ablation, can make this less likely."),
        ), level=3),
        Part("6.2 Serious but rare risks", "risks", (
            Items((
                "A stroke, if a blood clot forms in the heart and travels to the brain: less than 1 in 100 people who "
                "have taken their anticoagulant as prescribed.",
                "A very slow heartbeat after the shock that needs a temporary pacemaker: 2 in 1,000 people.",
                "A dangerous fast rhythm from the lower chambers of the heart (ventricular fibrillation), treated "
                "straight away with a further shock: about 0.1% of people.",
                "Breathing problems caused by the anaesthetic, which the anaesthetist is ready to treat (very rare).",
            )),
        ), level=3),
        Part("7. What are the other treatment options?", "alternatives", (
            Para("Medicines such as beta-blockers can slow the heart down without changing its rhythm, and many people "
                 "with atrial fibrillation are treated this way. Other medicines, such as flecainide or amiodarone, "
                 "can sometimes restore a normal rhythm on their own. A catheter ablation, where the areas of the "
                 "heart causing the irregular rhythm are treated through a tube passed up from the groin, may be "
                 "suggested if the rhythm keeps coming back."),
        )),
        Part("8. What if I do not have cardioversion?", "doing_nothing", (
            Para("You can choose not to have cardioversion. Your heart will probably stay in atrial fibrillation, and "
                 "your symptoms will be treated with medicines to control your heart rate. You will still need to take "
                 "an anticoagulant to protect you from a stroke."),
        )),
        Part("9. After cardioversion", "recovery", (
            Para("You will stay on the Cardiac Day Unit for 2 to 3 hours while the anaesthetic wears off and a nurse "
                 "checks your heart tracing. An adult must take you home and stay with you overnight."),
        )),
        Part("9.1 Driving and returning to work", "recovery", (
            Para("Do not drive for 48 hours after the anaesthetic. Most people go back to work after 2 days. You do "
                 "not usually need to tell the DVLA about a planned cardioversion."),
        ), level=3),
        # Follow-up after the procedure: recovery in the leaflet model, like the prostate biopsy's results heading.
        Part("9.2 Your follow-up appointment", "recovery", (
            Para("We will see you in clinic 6 to 8 weeks after the procedure, with another ECG, to check whether your "
                 "heart has stayed in a normal rhythm."),
        ), level=3),
        Part("10. When should I call for help?", "get_help", (
            Para("Call 999 if you have chest pain, weakness of your face, arm or leg, or difficulty speaking."),
            Para("Ring the Cardiac Day Unit, or NHS 111 out of hours, if you feel your heart racing, feel dizzy or "
                 "faint, or the skin under the pads blisters."),
        )),
        Part("11. Your questions about cardioversion", "faq", ()),
        Part("11.1 Will I feel the shock?", "faq", (
            Para("No. You will be asleep when the shock is given, and most people remember nothing about it."),
        ), level=3),
        Part("11.2 Can I go home the same day?", "faq", (
            Para("Yes, almost everyone goes home on the same day, as long as someone can take you home."),
        ), level=3),
        Part("11.3 Will I need to keep taking my medicines?", "faq", (
            Para("Yes. Keep taking your anticoagulant and any rhythm medicines until your cardiologist tells you "
                 "otherwise."),
        ), level=3),
        # Only the unit's numbers, no warning signs: nothing the leaflet model holds.
        Part("12. How to contact the Cardiac Day Unit", "ignore", (
            Para("Cardiac Day Unit: 01632 960 860, Monday to Friday, 7.30am to 6pm. Arrhythmia Nurse Specialists: "
                 "01632 960 865."),
        )),
        Part("13. Where this information comes from", "ignore", (
            Para("British Heart Foundation. Atrial fibrillation. Arrhythmia Alliance. Cardioversion: a patient "
                 "guide. NICE guideline on atrial fibrillation diagnosis and management."),
        )),
    ),
    risks=(
        Risk(("sunburn",), None),  # "common": a word, no figure
        Risk(("aching",), (10, None, 100)),  # "up to 1 in 10": the bound, exactly 10 in 100
        Risk(("remembering",), None),  # "a few people": words, no figure
        Risk(("blood pressure",), (2, None, 100)),
        Risk(("comes back",), (50, 70, 100)),  # the sub-heading is the risk; between 50% and 70%; "a year" a time
        Risk(("stroke",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("pacemaker",), (2, None, 1000)),
        Risk(("ventricular",), (1, None, 1000)),  # 0.1% is exactly 1 in 1,000
        Risk(("breathing",), None),  # "very rare": words, no figure
    ),
)

# AJ. An intro; plain labels as bold paragraphs on the web page, in the PDF and in Word; risks as list items with
#     figures in brackets (words, a rate that rescales to 100, a percentage bound, a bound, a rate, a rate in 1,000, a
#     percentage, a rate no whole number fits), then a risk sub-heading that is one risk (a bound that rescales to 100
#     beside a time) and another grouping later ones (words, a word, a bound in 1,000); doing nothing as a paragraph of
#     the alternatives; preparation and consent under headings of their own; a dose in the recovery; a FAQ of bold
#     questions leading paragraphs; privacy and further information.
HYSTERECTOMY = Leaflet(
    name="laparoscopic-hysterectomy", title="Total laparoscopic hysterectomy", furniture=10, code="MTH-GYN-0318",
    web_headings="bold", word_headings="bold",
    intro=(Para("This leaflet is for women who have been offered a total laparoscopic hysterectomy, the removal of the "
                "womb by keyhole surgery. It explains the operation, its risks and your recovery. Your gynaecologist "
                "will go through it with you at your clinic appointment."),),
    parts=(
        Part("About the operation", "about", (
            Para("A total hysterectomy removes the womb (uterus) and the neck of the womb (cervix). In a laparoscopic "
                 "hysterectomy this is done through four or five small cuts in the abdomen, using a camera and long, "
                 "thin instruments, and the womb is taken out through the vagina."),
            Para("Your ovaries may be left in place or removed at the same time. Your gynaecologist will talk to you "
                 "about this before the operation."),
        )),
        Part("Reasons for a hysterectomy", "candidates", (
            Para("A hysterectomy may be offered for heavy periods, fibroids, endometriosis or pain that has not got "
                 "better with other treatments. It is only suitable if you do not want to become pregnant in the "
                 "future."),
        )),
        Part("What to expect in theatre", "procedure_steps", (
            Para("You will have a general anaesthetic. The surgeon fills your abdomen with carbon dioxide gas, so that "
                 "the organs can be seen clearly, and a catheter is put into your bladder to drain urine."),
            Para("The womb and cervix are freed and removed through the vagina, and the top of the vagina is closed "
                 "with stitches. The small cuts are closed with dissolving stitches or glue. The operation usually "
                 "takes between 90 minutes and 2 hours."),
        )),
        Part("How a hysterectomy can help", "benefits", (
            Para("Your periods will stop, and pain or heavy bleeding caused by the womb should go away. Compared with "
                 "an open operation, keyhole surgery usually means less pain, a shorter stay in hospital and a quicker "
                 "recovery."),
        )),
        Part("Risks and complications of the operation", "risks", (
            Para("Most women recover well, but every operation carries some risk. Your gynaecologist will explain "
                 "which of these apply to you."),
            Items((
                "Pain in the shoulder tips, caused by the gas used during the operation (very common)",
                "Infection of the wounds, the bladder or the top of the vagina (around 1 in 10)",
                "Bleeding heavy enough to need a blood transfusion (up to 2%)",
                "A blood clot in a leg or the lungs (less than 1 in 100)",
                "Damage to the bladder or the ureters, the tubes that carry urine from the kidneys (about 1 in 100)",
                "Damage to the bowel (4 in 1,000)",
                "Needing a larger cut in the abdomen to finish the operation (3%)",
                "Death (about 1 in 3,000)",
            )),
        )),
        Part("An earlier menopause", "risks", (
            Para("If your ovaries are left in place, they can stop working sooner than they otherwise would, bringing "
                 "on the menopause early. This happens in up to 1 in 4 women, usually within 5 years of the "
                 "operation."),
        ), level=3),
        Part("Problems that can happen later", "risks", (
            Items((
                "A prolapse, where the top of the vagina drops down, sometimes many years later (uncommon)",
                "A hernia at one of the keyhole cuts (rare)",
                "The stitches at the top of the vagina coming apart, most often after sex too soon after the operation "
                "(less than 1 in 1,000)",
            )),
        ), level=3),
        Part("Other choices", "alternatives", (  # doing nothing is a paragraph of them
            Para("Depending on the reason for your operation, you may be able to have a hormone coil (such as a "
                 "Mirena), tablets or injections to control bleeding, removal of fibroids, or a treatment that removes "
                 "the lining of the womb (endometrial ablation). A hysterectomy can also be done through a cut in the "
                 "abdomen or through the vagina alone."),
            Para("You may decide not to have any treatment. Heavy periods and fibroids often settle after the "
                 "menopause, but until then your symptoms are likely to carry on and may get worse."),
        )),
        Part("Getting ready for surgery", "unplaced", (
            Para("You will have a pre-operative assessment about two weeks before your operation. If you smoke, "
                 "stopping now will help you to heal. If you take the contraceptive pill or HRT, we will tell you "
                 "whether you need to stop it."),
        )),
        Part("Agreeing to treatment", "unplaced", (
            Para("Your gynaecologist will go through the operation with you again and ask you to sign a consent form. "
                 "You can change your mind at any point, even after signing."),
        )),
        Part("In hospital after the operation", "recovery", (
            Para("Most women stay in hospital for one night, and some go home on the same day. The catheter is usually "
                 "taken out the next morning, and you will be encouraged to get up and walk as soon as you can."),
        )),
        Part("Recovery at home", "recovery", (
            Items((
                "Take paracetamol, 1 g up to four times a day, and ibuprofen if you need it, for the first week.",
                "Expect some light bleeding or brown discharge for up to 6 weeks.",
                "Most women go back to an office job after 4 weeks, and to heavy work after 6 to 8 weeks.",
                "Wait until 6 weeks after the operation before having sex, to allow the top of the vagina to heal.",
            )),
        )),
        Part("Warning signs to look out for", "get_help", (
            Para("Contact the Gynaecology Ward, or your GP, if you have heavy bleeding, a smelly discharge, a high "
                 "temperature, pain that is getting worse, or pain or swelling in one leg. Call 999 if you become "
                 "short of breath or have chest pain."),
        )),
        Part("Your questions about hysterectomy", "faq", (
            Para("Will I still need cervical screening? Usually not, because the cervix is removed. Your gynaecologist "
                 "will tell you if you need any further tests.", lead="Will I still need cervical screening?"),
            Para("When can I drive? When you can do an emergency stop without pain, usually after 3 to 4 weeks. Check "
                 "with your insurance company.", lead="When can I drive?"),
            Para("Will I go through the menopause straight away? Only if your ovaries are removed and you have not "
                 "already had the menopause. We can talk to you about HRT.",
                 lead="Will I go through the menopause straight away?"),
        )),
        Part("How we use your information", "ignore", (
            Para("Details of your operation are kept in your health record and shared with your GP. Our privacy "
                 "notice, on the Trust website, explains how we use and protect your personal information."),
        )),
        Part("More information and support", "ignore", (
            Para("The Royal College of Obstetricians and Gynaecologists publishes information about recovering after "
                 "a laparoscopic hysterectomy on its website."),
        )),
    ),
    risks=(
        Risk(("shoulder",), None),  # "very common": words, no figure
        Risk(("infection",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("transfusion",), (2, None, 100)),  # "up to 2%": the bound
        Risk(("clot",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("ureters",), (1, None, 100)),
        Risk(("bowel",), (4, None, 1000)),
        Risk(("larger cut",), (3, None, 100)),
        Risk(("death",), None),  # 1 in 3,000 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("menopause",), (25, None, 100)),  # the sub-heading is the risk; "up to 1 in 4": the bound, 25 in 100
        Risk(("prolapse",), None),  # "uncommon": a word, no figure
        Risk(("hernia",), None),  # "rare": a word, no figure
        Risk(("coming apart",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
    ),
)

SET_10 = (PROSTATE_BIOPSY, ADENOIDS, CARDIOVERSION, HYSTERECTOMY)
SETS["10"] = SET_10


# --- set 11: held out again ---------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-10: a knee arthroscopy, repair of a hydrocele for a child, an ERCP and ptosis surgery to
# lift a drooping upper eyelid, invented for this measurement. Their wording, risks and figures are made up, are not
# clinical information, and must never be printed for a patient or copied into a leaflet library. Pellingford and
# Wraxby Hospitals NHS Foundation Trust does not exist.
#
# Written without reading the importer, its tests or the README: headings are phrased as an ordinary trust's patient
# information team phrases them, and the expected section is what the leaflet model asks for. Their files have
# furniture of their own (set 11's writers below).

TRUST_11 = "Pellingford and Wraxby Hospitals NHS Foundation Trust"  # invented

# AK. An intro; questions in the patient's voice; risks as list items with inline figures (words beside a time written
#     "up to", a word, a rate, a bound "up to" that rescales to 100, none, a range of rates), then a risk sub-heading
#     that is one risk (a bound in 1,000) and another grouping rare but serious ones (a rate in 1,000, words, a rate
#     that rescales to 10,000); doing nothing under its own heading; preparation and consent under one heading; driving
#     and work as a recovery question; a FAQ of h3 questions; parking and the unit's numbers.
ARTHROSCOPY = Leaflet(
    name="knee-arthroscopy", title="Knee arthroscopy (keyhole surgery on the knee)", furniture=11,
    code="PWH/ORT/391",
    intro=(Para("You have been offered a knee arthroscopy. This leaflet tells you what the operation involves, what the "
                "benefits and risks are, and what to expect when you go home. It is not meant to replace the "
                "discussion between you and your surgeon."),),
    parts=(
        Part("What is a knee arthroscopy?", "about", (
            Para("An arthroscopy is a keyhole operation to look inside a joint and treat some problems in it. The "
                 "surgeon uses an arthroscope, a thin telescope with a camera on the end, which shows a picture of "
                 "the inside of your knee on a screen."),
            Para("The arthroscope and the instruments go in through two or three small cuts, each about 1 cm long, "
                 "at the front of the knee."),
        )),
        Part("Why has my surgeon suggested it?", "candidates", (
            Para("A knee arthroscopy is usually offered to people whose knee locks, catches or gives way because of a "
                 "torn cartilage (meniscus) or a loose piece of bone or cartilage in the joint. It can also be used to "
                 "tidy or repair damaged cartilage."),
            Para("It does not help knee pain that is caused by arthritis alone, so your surgeon will only recommend it "
                 "if your symptoms and your scan suggest that it is likely to help."),
        )),
        Part("How is the operation carried out?", "procedure_steps", (
            Para("Most people have a general anaesthetic, so they are asleep throughout. Some people have a spinal "
                 "anaesthetic instead, which numbs the legs while they stay awake."),
            Para("The surgeon fills the knee with sterile fluid so that the inside can be seen clearly, then looks "
                 "around the joint and trims or repairs any damaged cartilage. The small cuts are closed with stitches "
                 "or paper strips and covered with a dressing and a bandage. The operation usually takes 30 to 45 "
                 "minutes."),
        )),
        Part("How might the operation help me?", "benefits", (
            Para("If your knee has been locking or catching, removing or repairing the torn cartilage should stop this "
                 "and ease the pain, so that you can walk and exercise more comfortably."),
        )),
        Part("Are there any risks or complications?", "risks", (
            Para("A knee arthroscopy is a common operation and most people have no problems. Your surgeon will talk to "
                 "you about the risks that apply to you. They include:"),
            Items((
                "Swelling and some discomfort in the knee for up to 6 weeks (very common).",
                "Bruising around the small cuts (common).",
                "A wound infection, usually treated with antibiotic tablets: about 1 in 100 people.",
                "Blood collecting in the knee joint (haemarthrosis), which may need to be drained: up to 1 in 50 "
                "people.",
                "Numbness of a small patch of skin beside one of the cuts, which usually improves over several months.",
                "Pain that carries on, or no improvement in your symptoms: between 1 in 20 and 1 in 10 people.",
            )),
        )),
        Part("Deep vein thrombosis (DVT)", "risks", (
            Para("A blood clot can form in a deep vein in the leg after any operation, and can travel to the lungs. "
                 "After a knee arthroscopy this happens to less than 1 in 1,000 people. If your risk is higher than "
                 "usual, you will be given injections to thin your blood for a few days."),
        ), level=3),
        Part("Rare but serious complications", "risks", (
            Items((
                "Infection inside the knee joint (septic arthritis), which needs a further operation to wash out the "
                "joint: 2 in 1,000 people.",
                "Damage to a nerve or a blood vessel behind the knee (very rare).",
                "Complex regional pain syndrome, a long-lasting pain and stiffness with changes in the colour and "
                "temperature of the skin: about 1 in 2,000 people.",
            )),
        ), level=3),
        Part("Are there other treatments I could try?", "alternatives", (
            Para("Many knee problems get better with physiotherapy, painkillers, losing weight if you need to, and "
                 "changing the activities that bring on your pain. A steroid injection into the knee can ease pain and "
                 "swelling for a few months. Your surgeon will tell you whether any of these would suit you."),
        )),
        Part("What if I choose not to go ahead?", "doing_nothing", (
            Para("You do not have to have the operation. If you decide against it, your knee may carry on locking or "
                 "giving way, and the pain may stay the same or slowly get better by itself. You can ask your GP to "
                 "refer you back to us if you change your mind."),
        )),
        Part("How do I get ready for the operation?", "unplaced", (
            Para("You will be invited to a pre-operative assessment clinic, where a nurse will check your health and "
                 "tell you which of your medicines to stop. Do not eat for 6 hours before your admission time. You "
                 "can drink water until 2 hours before."),
            Para("On the day, your surgeon will check that you still want to go ahead and ask you to sign a consent "
                 "form. You can change your mind at any time."),
        )),
        Part("What should I expect afterwards?", "recovery", (
            Para("Most people go home on the day of the operation, once they have had something to eat and drink and "
                 "can walk safely. You may be given crutches to use for the first few days. Someone will need to take "
                 "you home and stay with you overnight."),
            Para("Keep the dressing clean and dry for 5 days. Take painkillers regularly for the first few days, and "
                 "rest with your leg raised when you can."),
        )),
        Part("Your knee exercises", "recovery", (
            Para("A physiotherapist will show you some simple exercises before you go home. Do them three or four "
                 "times a day to keep your knee moving and to strengthen the muscles of your thigh."),
        ), level=3),
        # A question about getting back to normal: recovery in the leaflet model, not a question for the FAQ.
        Part("When can I drive and go back to work?", "recovery", (
            Para("You can drive when you can bend your knee comfortably and do an emergency stop, usually after 1 to 2 "
                 "weeks. Most people go back to office work within a week, and to heavy manual work after 4 to 6 "
                 "weeks."),
        )),
        Part("Who should I contact if I am worried?", "get_help", (
            Para("Contact the Day Surgery Unit, or NHS 111 out of hours, if:"),
            Items((
                "your knee becomes hot, red and more painful",
                "a wound starts to leak or smells unpleasant",
                "you have a temperature of 38°C or higher",
                "your calf becomes painful or swollen",
            )),
            Para("Call 999 if you suddenly become short of breath or have pain in your chest."),
        )),
        Part("Common questions about knee arthroscopy", "faq", ()),
        Part("Will I have stitches?", "faq", (
            Para("You may have a stitch in each cut. The nurse will tell you whether they dissolve or need to be taken "
                 "out at your GP practice after 10 to 14 days."),
        ), level=3),
        Part("Can I see the pictures of my knee?", "faq", (
            Para("Yes. The surgeon can print some of the pictures taken during the operation and go through them with "
                 "you before you leave."),
        ), level=3),
        Part("Will I be seen in clinic again?", "faq", (
            Para("Most people have a follow-up appointment with the surgeon or a physiotherapist about 6 weeks after "
                 "the operation."),
        ), level=3),
        Part("Parking and getting to the hospital", "ignore", (
            Para("The Day Surgery Unit is on the ground floor of the Orchard Wing at Pellingford General Hospital. Use "
                 "car park A, off Mill Lane. The 12 and 15 buses stop outside the main entrance."),
        )),
        Part("Day Surgery Unit contact numbers", "ignore", (
            Para("Day Surgery Unit: 01632 961 230, Monday to Friday, 7.30am to 8pm. Orthopaedic secretaries: 01632 961 "
                 "245."),
        )),
    ),
    risks=(
        Risk(("swelling",), None),  # "very common": words; "up to 6 weeks" is a time, not a figure
        Risk(("bruising",), None),  # "common": a word, no figure
        Risk(("wound infection",), (1, None, 100)),
        Risk(("haemarthrosis",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("numbness",), None),  # no figure at all
        Risk(("improvement",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("deep vein",), (1, None, 1000)),  # the sub-heading is the risk; "less than 1 in 1,000": the bound
        Risk(("septic arthritis",), (2, None, 1000)),
        Risk(("blood vessel",), None),  # "very rare": words, no figure
        Risk(("regional pain",), (5, None, 10000)),  # 1 in 2,000 is exactly 5 in 10,000
    ),
)

# AL. For parents: an intro of two paragraphs (ages in the second); questions in the parent's voice as bold paragraphs
#     on the web page and in the PDF, Word headings styled; risks in a table (Risk or side effect | Chance of this
#     happening) with words, a rate, bounds in 100 and in 1,000 and a rate no whole number fits, then a risk
#     sub-heading that is a parent's question about one risk (a percentage) and another grouping the anaesthetic's (a
#     rate that rescales to 100, a word, a rate in 10,000); doing nothing as a paragraph of the alternatives; consent
#     and preparation under headings of their own; warning signs under a label; feedback and the ward's numbers; no
#     FAQ.
HYDROCELE = Leaflet(
    name="hydrocele-repair-child", title="Hydrocele repair: information for parents and carers", furniture=11,
    code="PWH/PSU/127", web_headings="bold", container="article",
    intro=(
        Para("This leaflet is for parents and carers of children who are coming into hospital to have a hydrocele "
             "repaired. It explains what the operation is, what the risks are and how to look after your child at "
             "home."),
        Para("Most of the children we see for this operation are aged between 2 and 5, but it can be done at any age. "
             "If your child is old enough, you may want to talk to them about what will happen."),
    ),
    parts=(
        Part("What is a hydrocele?", "about", (
            Para("A hydrocele is a collection of fluid around a testicle, which makes one side of the scrotum look "
                 "swollen. It is painless."),
            Para("Before birth, the testicles move down from the tummy into the scrotum through a small channel. The "
                 "channel usually closes, but if it stays open, fluid from the tummy can trickle down it and collect "
                 "around the testicle."),
        )),
        Part("Why has my child been offered surgery?", "candidates", (
            Para("Many hydroceles in babies go away by themselves as the channel closes, so we usually wait. An "
                 "operation is offered if the hydrocele is still there after your child's second birthday, if it is "
                 "getting bigger, or if the surgeon thinks that there may also be a hernia."),
        )),
        Part("What will the surgeon do?", "procedure_steps", (
            Para("Your child will have a general anaesthetic, so they will be asleep throughout. One parent can stay "
                 "with them until they are asleep. The anaesthetist will also give an injection of local anaesthetic "
                 "so that the area stays numb for some hours afterwards."),
            Para("The surgeon makes a small cut, about 2 to 3 cm long, in the crease of the groin, ties off the open "
                 "channel and lets out the fluid. The cut is closed with dissolving stitches under the skin and "
                 "sometimes skin glue. The operation takes about 45 minutes."),
        )),
        Part("How will my child benefit?", "benefits", (
            Para("Once the channel is closed, the fluid cannot collect again, so the swelling goes away. Closing the "
                 "channel also stops a hernia from forming through it."),
        )),
        Part("What are the possible risks for my child?", "risks", (
            Para("Hydrocele repair is a common operation and most children recover quickly. The table shows the "
                 "risks we would like you to know about."),
            Table(("Risk or side effect", "Chance of this happening"), (
                ("Swelling and bruising of the scrotum for one to two weeks", "Very common"),
                ("A wound infection that needs antibiotics", "About 1 in 100"),
                ("Bleeding under the wound, causing a firm lump (haematoma)", "Less than 1 in 100"),
                ("Damage to the tube that carries sperm (the vas deferens) or to the blood supply of the testicle",
                 "Less than 1 in 1,000"),
                ("The testicle being pulled up higher in the scrotum, so that a second operation is needed to bring "
                 "it down", "About 1 in 300"),
            )),
        )),
        # A parent's question under the risks heading about one risk: a risk sub-heading, not a FAQ.
        Part("Could the hydrocele come back?", "risks", (
            Para("Occasionally fluid collects again after the operation. This happens to about 2% of children, and a "
                 "few of them need a second operation."),
        ), level=3),
        # Under the risks heading, and what it lists is the anaesthetic's risks: risks, not the procedure.
        Part("About the general anaesthetic", "risks", (
            Para("Anaesthetics for children are very safe. The anaesthetist will meet you before the operation and "
                 "talk to you about:"),
            Items((
                "feeling sick or being sick after the operation (about 1 in 10 children)",
                "a sore throat or a hoarse voice for a day (common)",
                "a serious allergic reaction to one of the medicines (around 1 in 10,000)",
            )),
        ), level=3),
        Part("Are there any other choices for my child?", "alternatives", (  # doing nothing is a paragraph of them
            Para("If the hydrocele is small, your surgeon may suggest waiting for a while longer to see whether it "
                 "goes away by itself. Draining the fluid with a needle is not used in children, because the fluid "
                 "comes back while the channel is still open."),
            Para("You can decide not to go ahead with the operation. A hydrocele is not harmful in itself, but once a "
                 "child is over 2 it is unlikely to go away, it may get larger, and a hernia can develop through the "
                 "same channel."),
        )),
        Part("Who signs the consent form?", "unplaced", (
            Para("A parent or carer with parental responsibility will be asked to sign the consent form on the day of "
                 "the operation. If your child is old enough, the surgeon will explain the operation to them too and "
                 "ask whether they agree."),
        )),
        Part("Preparing your child for hospital", "unplaced", (
            Para("Your child must not eat for 6 hours before the operation. Babies can have breast milk until 4 hours "
                 "before, and all children can drink water or diluted squash until 1 hour before. Your admission "
                 "letter gives the exact times."),
        )),
        Part("Waking up and going home", "recovery", (
            Para("Your child will wake up in the recovery room and come back to the ward as soon as they are awake. "
                 "Most children go home on the same day, once they have had a drink and something light to eat."),
        )),
        Part("Caring for your child after the operation", "recovery", (
            Para("Give your child children's paracetamol and ibuprofen regularly for the first 2 to 3 days, following "
                 "the dose on the bottle for their age. Your child can have a bath or shower after 2 days."),
            Para("Avoid bikes, scooters and sit-on toys for 2 weeks. Most children can go back to nursery or school "
                 "after a few days, once they are comfortable."),
        )),
        Part("Signs to look out for at home", "get_help", (
            Para("Ring Puffin Ward, or NHS 111 out of hours, if your child:"),
            Items((
                "has a high temperature or seems unwell",
                "has redness, swelling or discharge from the wound",
                "has pain that is not eased by paracetamol and ibuprofen",
                "has a scrotum that becomes very swollen, hard or tender",
            )),
        )),
        Part("Feedback about your child's care", "ignore", (
            Para("We want to hear about your child's stay. Please fill in a Friends and Family Test card before you "
                 "leave, or send your comments to pwh.childrensfeedback@pwh.example.nhs.uk."),
        )),
        Part("Puffin Ward contact details", "ignore", (
            Para("Puffin Ward (24 hours): 01632 961 310. Paediatric surgery secretaries: 01632 961 315, Monday to "
                 "Friday, 9am to 4.30pm."),
        )),
    ),
    risks=(
        Risk(("bruising",), None),  # "very common": words; "one to two weeks" is a time, not a figure
        Risk(("wound infection",), (1, None, 100)),
        Risk(("haematoma",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("vas deferens",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("higher",), None),  # 1 in 300 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("collects again",), (2, None, 100)),  # the sub-heading (a parent's question) is the risk
        Risk(("sick",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("sore throat",), None),  # "common": a word, no figure
        Risk(("allergic",), (1, None, 10000)),
    ),
)

# AM. No intro; numbered questions and labels with numbered sub-headings in the procedure, the preparation, the risks,
#     the recovery and the FAQ; Word headings as bold paragraphs, web and PDF headings tags; a success rate in the
#     benefits and a dose in the preparation that are no risk figures; risks as paragraphs whose bold lead-in names the
#     risk and its figure (a word, a rate, a rate that rescales to 100, a bound that rescales to 100), then a numbered
#     risk sub-heading that is one risk (a range in every 100 beside a time in words) and another grouping serious
#     ones as list items (a rate that rescales to 1,000, a bound in 1,000, a word, a rate that rescales to 1,000);
#     doing nothing under its own heading; consent as a numbered sub-heading of the preparation; the unit's numbers and
#     the sources.
ERCP = Leaflet(
    name="ercp", title="ERCP (endoscopic retrograde cholangiopancreatography)", furniture=11, code="PWH/GAS/218",
    word_headings="bold", container="role",
    parts=(
        Part("1. What is an ERCP?", "about", (
            Para("The bile ducts are the tubes that carry bile from the liver and the gallbladder into the bowel. The "
                 "duct from the pancreas joins them just before they open into the duodenum, the first part of the "
                 "bowel after the stomach."),
            Para("An ERCP is a procedure to look at and treat these ducts. A thin, flexible tube with a camera on the "
                 "end (a duodenoscope) is passed through your mouth and stomach into the duodenum. A dye that shows "
                 "up on X-rays is then injected into the ducts."),
        )),
        Part("2. Reasons for having an ERCP", "candidates", (
            Para("You may be offered an ERCP if a scan has shown gallstones in your bile duct, or a narrowing of the "
                 "duct that is stopping bile from draining. This can cause jaundice (yellowing of the skin and eyes), "
                 "pain and infection."),
        )),
        Part("3. What happens during the ERCP?", "procedure_steps", (
            Items((
                "A nurse puts a small needle (cannula) into a vein in your hand or arm.",
                "Your throat is numbed with a spray, and you are given a sedative and a painkiller through the "
                "cannula to make you sleepy and comfortable.",
                "You lie on your front, with your head turned to one side, and the endoscopist passes the "
                "duodenoscope through your mouth.",
                "Dye is injected into the ducts and X-ray pictures are taken to show any stones or narrowing.",
            ), numbered=True),
            Para("The procedure usually takes between 30 and 60 minutes."),
        )),
        Part("3.1 Removing stones and putting in a stent", "procedure_steps", (
            Para("To remove stones, the endoscopist makes a small cut in the muscle at the opening of the bile duct "
                 "(a sphincterotomy) and pulls the stones out into the bowel with a tiny balloon or basket. If the "
                 "duct is narrowed, a short plastic or metal tube (a stent) may be left in it to keep it open."),
        ), level=3),
        Part("4. How an ERCP can help", "benefits", (
            Para("Removing the stones or unblocking the duct lets bile drain again, which eases the pain and clears "
                 "the jaundice. In more than 9 out of 10 people the duct can be cleared or drained in one procedure. "
                 "Samples can also be taken to find the cause of a narrowing."),
        )),
        Part("5. Preparing for the procedure", "unplaced", (
            Para("Do not eat anything for 6 hours before your appointment. You can drink small amounts of water until "
                 "2 hours before. If you take a blood thinner or have diabetes, the Endoscopy Unit will tell you what "
                 "to do with your medicines."),
            Para("Just before the procedure you will be given a diclofenac suppository (100 mg), a painkiller that "
                 "has been shown to make inflammation of the pancreas less likely. Please tell us if you are allergic "
                 "to anti-inflammatory medicines."),
        )),
        Part("5.1 Signing the consent form", "unplaced", (
            Para("The endoscopist will explain the procedure and its risks and ask you to sign a consent form. You can "
                 "ask questions at any time, and you can change your mind."),
        ), level=3),
        Part("6. Risks and complications", "risks", (
            Para("ERCP is a more complicated procedure than other endoscopies, and it is only recommended when the "
                 "benefits outweigh the risks. Your endoscopist will go through them with you:"),
            Para("Sore throat (common). Your throat may feel sore for a day or two after the procedure.",
                 lead="Sore throat (common)."),
            Para("Bleeding (about 1 in 100). The small cut at the opening of the bile duct can bleed. This usually "
                 "stops by itself or is treated during the ERCP, but a few people need a blood transfusion.",
                 lead="Bleeding (about 1 in 100)."),
            Para("Infection of the bile ducts, or cholangitis (1 in 50). This causes a high temperature and shivering "
                 "and is treated with antibiotics.", lead="Infection of the bile ducts, or cholangitis (1 in 50)."),
            Para("The procedure not being successful (up to 1 in 10). Sometimes the duct cannot be reached or cleared, "
                 "and the ERCP has to be repeated or another treatment arranged.",
                 lead="The procedure not being successful (up to 1 in 10)."),
        )),
        Part("6.1 Pancreatitis", "risks", (
            Para("Inflammation of the pancreas (pancreatitis) is the most common serious complication. It causes "
                 "severe pain in the upper tummy and usually means staying in hospital for a few days. It happens "
                 "after between 3 and 5 in every 100 ERCPs. Most people recover fully, but it can occasionally be "
                 "severe."),
        ), level=3),
        Part("6.2 Less likely but serious problems", "risks", (
            Items((
                "A tear (perforation) in the wall of the duodenum or the bile duct, which may need an operation: about "
                "1 in 250 people.",
                "Breathing or heart problems caused by the sedation: less than 1 in 1,000 people.",
                "A stent becoming blocked or moving out of place, so that the ERCP has to be done again (uncommon).",
                "Death as a result of a complication: about 1 in 500 people.",
            )),
        ), level=3),
        Part("7. Other ways of treating the problem", "alternatives", (
            Para("An MRI scan of the bile ducts (MRCP) can show stones and narrowing, but it cannot treat them. Stones "
                 "can sometimes be removed during an operation to take out the gallbladder. A blocked duct can also be "
                 "drained by a tube put in through the skin of your side (a PTC), guided by X-rays."),
        )),
        Part("8. Can I say no to the ERCP?", "doing_nothing", (
            Para("Yes. It is your decision. If you choose not to have an ERCP, the stones or the narrowing will stay in "
                 "the duct, and the jaundice, pain and infections may carry on or come back, and can become serious. "
                 "Please talk to your doctor about what this would mean for you."),
        )),
        Part("9. After your ERCP", "recovery", (
            Para("You will rest in the recovery area until the sedative has worn off. Most people stay in hospital "
                 "for a few hours, and some stay overnight so that we can check for any complications. You can "
                 "usually start drinking a few hours after the procedure, and eating once the doctor or nurse says "
                 "so."),
        )),
        Part("9.1 The first 24 hours after sedation", "recovery", (
            Para("The sedative can affect your judgement for the rest of the day. An adult must take you home and stay "
                 "with you overnight. Do not drive, drink alcohol, use machinery or sign legal documents for 24 "
                 "hours."),
        ), level=3),
        # Follow-up after the procedure: recovery in the leaflet model, as sets 9 and 10 place their results headings.
        Part("9.2 Results and follow-up", "recovery", (
            Para("The endoscopist will tell you what was found before you go home. If samples were taken, the results "
                 "take about two weeks. If you have a plastic stent, it will need to be changed or removed, usually "
                 "within three months."),
        ), level=3),
        Part("10. Warning signs after an ERCP", "get_help", (
            Para("Go to your nearest Emergency Department, or call 999, if in the first few days you have:"),
            Items((
                "severe pain in your tummy, chest or back",
                "a high temperature or shivering",
                "vomiting, or vomiting blood",
                "black, tarry stools",
                "yellowing of your skin or eyes that is getting worse",
            )),
            Para("Take this leaflet with you, so that the staff know you have had an ERCP."),
        )),
        Part("11. Questions about ERCP", "faq", ()),
        Part("11.1 Will the sedation put me to sleep?", "faq", (
            Para("You will be very drowsy and relaxed, and most people remember little of the procedure, but you will "
                 "not be fully asleep. A general anaesthetic is used only for some people."),
        ), level=3),
        Part("11.2 How long will I be in the unit?", "faq", (
            Para("Allow most of the day. You may have to wait for your procedure, and you will need to rest for at "
                 "least two hours afterwards."),
        ), level=3),
        Part("11.3 Can I eat normally afterwards?", "faq", (
            Para("Once you are allowed to eat, start with light meals. If you have gallstones, your doctor may advise "
                 "a low-fat diet until your gallbladder has been removed."),
        ), level=3),
        # Only the unit's numbers, no warning signs: nothing the leaflet model holds.
        Part("12. Endoscopy Unit telephone numbers", "ignore", (
            Para("Endoscopy Unit: 01632 961 520, Monday to Friday, 8am to 6pm. Out of hours, ring the hospital "
                 "switchboard on 01632 961 000 and ask for the gastroenterology doctor on call."),
        )),
        Part("13. Evidence used in this leaflet", "ignore", (
            Para("British Society of Gastroenterology. ERCP: the way forward, a standards framework. European Society "
                 "of Gastrointestinal Endoscopy guideline on the prevention of post-ERCP pancreatitis."),
        )),
    ),
    risks=(
        Risk(("sore throat",), None),  # "common": a word, no figure
        Risk(("bleeding",), (1, None, 100)),
        Risk(("cholangitis",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("successful",), (10, None, 100)),  # "up to 1 in 10": the bound, exactly 10 in 100
        Risk(("pancreatitis",), (3, 5, 100)),  # the sub-heading is the risk; "a few days" is a time, not a figure
        Risk(("perforation",), (4, None, 1000)),  # 1 in 250 is exactly 4 in 1,000
        Risk(("sedation",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("stent",), None),  # "uncommon": a word, no figure
        Risk(("death",), (2, None, 1000)),  # 1 in 500 is exactly 2 in 1,000
    ),
)

# AN. An intro; plain labels, with a procedure sub-heading, as bold paragraphs on the web page, in the PDF and in Word;
#     risks as list items with figures in brackets or after a dash (words beside a time written as a range, a word, a
#     range of rates, a rate that rescales to 100, none, a bound, a percentage that rescales to 1,000), then a risk
#     sub-heading that is one risk (a bound in 10,000) and another grouping the sedative's (a word, a rate that
#     rescales to 100); doing nothing as a paragraph of the alternatives; preparation and consent under one heading;
#     times in the recovery; a FAQ of bold questions leading paragraphs; privacy, a notes page and other formats.
PTOSIS = Leaflet(
    name="ptosis-surgery", title="Ptosis surgery (correcting a drooping upper eyelid)", furniture=11,
    code="PWH/OPH/452", web_headings="bold", word_headings="bold",
    intro=(Para("This leaflet is for adults who are thinking about having an operation to lift a drooping upper eyelid. "
                "It explains what is involved, so that you can make a decision with your surgeon that is right for "
                "you."),),
    parts=(
        Part("About ptosis", "about", (
            Para("Ptosis is the medical name for a drooping upper eyelid. It most often happens with age, when the "
                 "tendon that lifts the eyelid stretches or comes away from it. It can also follow eye surgery or "
                 "years of wearing hard contact lenses."),
            Para("In ptosis surgery the surgeon reattaches or shortens this tendon, so that the eyelid sits higher."),
        )),
        Part("Who the operation is for", "candidates", (
            Para("The operation is offered when the eyelid hangs low enough to cover part of the pupil and block your "
                 "vision, or when you have to raise your eyebrows all the time to see, which can cause headaches. A "
                 "test of your field of vision may be done to see how much the eyelid is in the way."),
        )),
        Part("How the operation is done", "procedure_steps", (
            Para("The surgeon makes a cut in the natural crease of the upper eyelid, finds the tendon and stitches it "
                 "back into place, checking the height and shape of the eyelid as they go. The cut is closed with "
                 "fine stitches. The operation takes about an hour for one eye, or longer if both eyes are done."),
        )),
        Part("Local anaesthetic and sedation", "procedure_steps", (
            Para("The operation is done under local anaesthetic, which is injected into the eyelid with a very fine "
                 "needle. You will be awake, so that you can open and close your eyes when the surgeon asks you to. "
                 "If you are anxious, you may be offered a sedative to help you relax."),
        ), level=3),
        Part("Benefits of ptosis surgery", "benefits", (
            Para("Lifting the eyelid should clear the top part of your vision, so that you can see better without "
                 "raising your eyebrows. Many people also feel that their eyes look less tired."),
        )),
        Part("Risks and possible complications", "risks", (
            Para("Most people are pleased with the result of their operation, but all surgery carries some risk. The "
                 "risks include:"),
            Items((
                "Bruising and swelling of the eyelids, which can last for 2 to 3 weeks (very common)",
                "Dry, gritty or watering eyes while the eyelids heal (common)",
                "The two eyelids not matching in height or shape (asymmetry) – between 1 in 10 and 1 in 5",
                "The eyelid being lifted too little (under-correction) or too much, so that a further operation is "
                "needed – about 1 in 10",
                "Not being able to close the eye fully, especially when asleep, for the first few weeks. This is "
                "usually temporary.",
                "A wound infection – less than 1 in 100",
                "A red or raised scar in the eyelid crease – 0.5%",
            )),
        )),
        Part("Loss of vision", "risks", (
            Para("Very rarely, bleeding behind the eye presses on the nerve at the back of the eye and causes loss of "
                 "sight. This happens after fewer than 1 in 10,000 eyelid operations. Tell us straight away if your "
                 "vision becomes blurred or your eye becomes very painful after surgery."),
        ), level=3),
        Part("Risks of sedation", "risks", (
            Items((
                "Feeling drowsy for the rest of the day (common)",
                "Feeling sick (about 1 in 20)",
            )),
        ), level=3),
        Part("Other treatment choices", "alternatives", (  # doing nothing is a paragraph of them
            Para("A small support called a ptosis prop can be fitted to the frame of your glasses to hold the eyelid "
                 "up. For a mild droop, eye drops that lift the eyelid a little for a few hours at a time may help."),
            Para("You may decide not to have the operation. A drooping eyelid does not harm the eye in adults, but it "
                 "may slowly get worse and go on getting in the way of your vision."),
        )),
        Part("Before the day of surgery", "unplaced", (
            Para("Tell us if you take aspirin, clopidogrel, warfarin or another blood thinner, as you may need to stop "
                 "it for a few days. Do not wear eye make-up on the day, and arrange for someone to take you home. "
                 "Your surgeon will go through the operation with you and ask you to sign a consent form."),
        )),
        Part("After surgery", "recovery", (
            Para("Your eye may be covered with a pad for a few hours. Hold a cold compress wrapped in a clean cloth "
                 "gently against the eyelid for 10 minutes every hour while you are awake for the first 48 hours, and "
                 "sleep propped up on two or three pillows to reduce the swelling."),
            Para("Use the antibiotic ointment you are given three times a day for one week."),
        )),
        Part("Stitches and follow-up", "recovery", (
            Para("Your stitches will be taken out in the Eye Clinic 7 to 10 days after the operation. We will see you "
                 "again about three months later, when the swelling has settled, to check the height of the eyelid."),
        )),
        Part("Getting back to normal", "recovery", (
            Para("Most people go back to work after about two weeks. Do not drive until you can see clearly and the "
                 "swelling no longer gets in the way. Avoid swimming, eye make-up and heavy lifting for two weeks."),
        )),
        Part("Getting urgent help", "get_help", (
            Para("Go to the Eye Casualty at Pellingford General Hospital straight away, or call 999 out of hours, if "
                 "your vision gets worse, your eye becomes very painful or the eyelid swells up suddenly. Ring the Eye "
                 "Clinic if the wound becomes red, hot or starts to leak."),
        )),
        Part("Questions patients ask", "faq", (
            Para("Will I be awake? Yes. The local anaesthetic means you will not feel pain, although you may feel "
                 "some pushing and pulling.", lead="Will I be awake?"),
            Para("Will there be a scar? The cut is made in the natural crease of the eyelid, so the scar is usually "
                 "hidden when your eyes are open.", lead="Will there be a scar?"),
            Para("Can I have both eyelids done at once? Often, yes. Your surgeon will talk to you about whether this "
                 "is right for you.", lead="Can I have both eyelids done at once?"),
        )),
        Part("Data protection and your records", "ignore", (
            Para("Details of your operation are kept in your health record and shared with your GP. Our privacy "
                 "notice, on the Trust website, explains how we collect, use and protect your personal information."),
        )),
        # A space for the reader's own notes: nothing the leaflet model holds.
        Part("Notes and questions", "ignore", (
            Para("Use this space to write down any questions you would like to ask at your next appointment."),
        )),
        Part("Do you need this leaflet in another format?", "ignore", (
            Para("This leaflet can be provided in large print, Braille, audio or another language. Please ask a member "
                 "of staff or email pwh.patientinformation@pwh.example.nhs.uk."),
        )),
    ),
    risks=(
        Risk(("bruising",), None),  # "very common": words; "2 to 3 weeks" is a time, not a figure
        Risk(("gritty",), None),  # "common": a word, no figure
        Risk(("asymmetry",), (10, 20, 100)),  # between 1 in 10 and 1 in 5: 10 to 20 in 100
        Risk(("under-correction",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("close the eye",), None),  # "usually temporary": no figure at all
        Risk(("infection",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("scar",), (5, None, 1000)),  # 0.5% is exactly 5 in 1,000
        Risk(("sight",), (1, None, 10000)),  # the sub-heading is the risk; "fewer than 1 in 10,000": the bound
        Risk(("drowsy",), None),  # "common": a word, no figure
        Risk(("sick",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
    ),
)

SET_11 = (ARTHROSCOPY, HYDROCELE, ERCP, PTOSIS)
SETS["11"] = SET_11


def source_text(leaflet: Leaflet) -> str:
    """Every word of the leaflet as written (the same for each of its files)."""
    texts = [leaflet.title] + [block.text for block in leaflet.intro]
    for part in leaflet.parts:
        texts.append(part.heading)
        for block in part.content:
            if isinstance(block, Para):
                texts.append(block.text)
            elif isinstance(block, Items):
                texts += block.texts
            else:
                texts += [" | ".join(row) for row in (block.header, *block.rows)]
    return "\n".join(texts)


# --- the files ----------------------------------------------------------------------------------

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _content_html(leaflet: Leaflet) -> str:
    out = [f"<h1>{_esc(leaflet.title)}</h1>"] + [f"<p>{_esc(block.text)}</p>" for block in leaflet.intro]
    for part in leaflet.parts:
        if leaflet.web_headings == "bold":
            out.append(f"<p><b>{_esc(part.heading)}</b></p>")
        else:
            out.append(f"<h{part.level}>{_esc(part.heading)}</h{part.level}>")
        for block in part.content:
            if isinstance(block, Para):
                rest = block.text[len(block.lead):]
                out.append(f"<p><strong>{_esc(block.lead)}</strong>{_esc(rest)}</p>" if block.lead
                           else f"<p>{_esc(block.text)}</p>")
            elif isinstance(block, Items):
                tag = "ol" if block.numbered else "ul"
                out.append(f"<{tag}>" + "".join(f"\n  <li>{_esc(t)}</li>" for t in block.texts) + f"\n</{tag}>")
            else:
                head = "".join(f"<th scope=\"col\">{_esc(c)}</th>" for c in block.header)
                body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in block.rows)
                out.append(f"<table class=\"risk-table\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "\n".join(out)


def write_html(leaflet: Leaflet, path: Path) -> None:
    if leaflet.furniture == 2:
        return _write_html_2(leaflet, path)
    if leaflet.furniture == 3:
        return _write_html_3(leaflet, path)
    if leaflet.furniture == 4:
        return _write_html_4(leaflet, path)
    if leaflet.furniture == 5:
        return _write_html_5(leaflet, path)
    if leaflet.furniture == 6:
        return _write_html_6(leaflet, path)
    if leaflet.furniture == 7:
        return _write_html_7(leaflet, path)
    if leaflet.furniture == 8:
        return _write_html_8(leaflet, path)
    if leaflet.furniture == 9:
        return _write_html_9(leaflet, path)
    if leaflet.furniture == 10:
        return _write_html_10(leaflet, path)
    if leaflet.furniture == 11:
        return _write_html_11(leaflet, path)
    content = _content_html(leaflet)
    after = ('<div class="page-feedback"><p>Did you find this information useful?</p>'
             '<button>Yes</button><button>No</button></div>\n'
             '<p class="last-reviewed">Page last reviewed: 4 March 2026</p>')
    holder = {
        "main": f'<main class="nhsuk-main-wrapper" id="maincontent">\n{content}\n{after}\n</main>',
        "article": f'<div class="nhsuk-width-container"><article class="leaflet">\n{content}\n</article>\n{after}</div>',
        "role": f'<div class="container" role="main">\n{content}\n{after}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{_esc(leaflet.title)} - Patient information - {TRUST}</title>
<link rel="stylesheet" href="/assets/site.css"><script src="/assets/analytics.js"></script>
</head><body class="js-enabled">
<a class="nhsuk-skip-link" href="#maincontent">Jump to content</a>
<div id="nhsuk-cookie-banner" class="cookie-consent"><h2>Cookies on our website</h2>
  <p>This site uses cookies to remember your settings and measure how you use it.</p>
  <button>Accept additional cookies</button><button>Reject additional cookies</button></div>
<header class="nhsuk-header" role="banner"><a class="nhsuk-header__logo" href="/">{TRUST}</a>
  <nav class="nhsuk-header__navigation" aria-label="Primary navigation"><ul>
    <li><a href="/a-z">Services A to Z</a></li><li><a href="/visit">Visiting us</a></li>
    <li><a href="/jobs">Work for us</a></li></ul></nav></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
  <li><a href="/leaflets">Patient leaflets</a></li></ol></nav>
{holder}
<footer class="nhsuk-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li>
  <li><a href="/freedom-of-information">Freedom of information</a></li></ul>
  <p>&copy; Copyright {TRUST} 2026</p></footer>
</body></html>
""", encoding="utf-8")


def _render_pdf(leaflet: Leaflet, path: Path, lang: str, style: str) -> None:
    """The leaflet's content laid out by WeasyPrint under a set's own page furniture (`style`)."""
    import weasyprint

    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{_esc(leaflet.title)}</title>\n'
            f"<style>\n{style}</style></head><body>\n{_content_html(leaflet)}\n</body></html>")
    path.write_bytes(weasyprint.HTML(string=page).write_pdf())


def write_pdf(leaflet: Leaflet, path: Path) -> None:
    if leaflet.furniture == 2:
        return _write_pdf_2(leaflet, path)
    if leaflet.furniture == 3:
        return _write_pdf_3(leaflet, path)
    if leaflet.furniture == 4:
        return _write_pdf_4(leaflet, path)
    if leaflet.furniture == 5:
        return _write_pdf_5(leaflet, path)
    if leaflet.furniture == 6:
        return _write_pdf_6(leaflet, path)
    if leaflet.furniture == 7:
        return _write_pdf_7(leaflet, path)
    if leaflet.furniture == 8:
        return _write_pdf_8(leaflet, path)
    if leaflet.furniture == 9:
        return _write_pdf_9(leaflet, path)
    if leaflet.furniture == 10:
        return _write_pdf_10(leaflet, path)
    if leaflet.furniture == 11:
        return _write_pdf_11(leaflet, path)
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 25mm 20mm;
  @top-left {{ content: "{TRUST}"; font-size: 8.5pt; color: #005eb8 }}
  @bottom-left {{ content: "PIL 0457 | Version 2 | Issued March 2026"; font-size: 8pt }}
  @bottom-center {{ content: counter(page); font-size: 8pt }} }}
body {{ font-family: serif; font-size: 11pt; line-height: 1.35 }}
h1 {{ font-size: 20pt }} h2 {{ font-size: 14pt }} h3 {{ font-size: 12pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 0.75pt solid #444; padding: 3pt 5pt; text-align: left }}
""")


def write_docx(leaflet: Leaflet, path: Path) -> None:
    if leaflet.furniture == 2:
        return _write_docx_2(leaflet, path)
    if leaflet.furniture == 3:
        return _write_docx_3(leaflet, path)
    if leaflet.furniture == 4:
        return _write_docx_4(leaflet, path)
    if leaflet.furniture == 5:
        return _write_docx_5(leaflet, path)
    if leaflet.furniture == 6:
        return _write_docx_6(leaflet, path)
    if leaflet.furniture == 7:
        return _write_docx_7(leaflet, path)
    if leaflet.furniture == 8:
        return _write_docx_8(leaflet, path)
    if leaflet.furniture == 9:
        return _write_docx_9(leaflet, path)
    if leaflet.furniture == 10:
        return _write_docx_10(leaflet, path)
    if leaflet.furniture == 11:
        return _write_docx_11(leaflet, path)
    import docx
    from docx.shared import Pt

    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size = True, Pt(20)
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            document.add_paragraph().add_run(part.heading).bold = True
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Table Grid"
                for column, text in enumerate(block.header):
                    table.cell(0, column).paragraphs[0].add_run(text).bold = True
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{TRUST}\tPatient Information"
    section.footer.paragraphs[0].text = "PIL 0457 · Version 2 · Review date March 2029"
    document.save(path)


# Set 2's furniture: another trust's site and print templates, so that none of it is set 1's.

def _write_html_2(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    tools = ('<ul class="page-tools"><li><a href="javascript:window.print()">Print this page</a></li>'
             f'<li><a href="/media/{leaflet.name}.pdf">Download this leaflet (PDF, 212KB)</a></li></ul>\n'
             '<p class="page-updated">Last updated: 11 June 2026</p>')
    holder = {
        "main": f'<main id="content" class="col-main" tabindex="-1">\n{content}\n{tools}\n</main>',
        "article": f'<div id="content" class="col-main"><article class="leaflet-body">\n{content}\n</article>\n'
                   f'{tools}</div>',
        "role": f'<div id="content" class="col-main" role="main">\n{content}\n{tools}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{_esc(leaflet.title)} | Patient leaflets | {TRUST_2}</title>
<meta name="description" content="Patient information leaflet">
<link rel="stylesheet" href="/static/css/main.min.css"><script async src="/static/js/tag-manager.js"></script>
</head><body>
<a href="#content" class="skip-to-content">Skip to main content</a>
<div class="cookie-notice" role="dialog" aria-label="Cookie preferences">
  <p>We use essential cookies to make our website work. We would also like to set analytics cookies to
  help us improve it. We will not set these unless you allow them.</p>
  <a href="/cookies">Cookie settings</a> <button type="button">Allow all cookies</button>
  <button type="button">Essential cookies only</button></div>
<div class="top-bar"><a class="logo" href="/">{TRUST_2}</a>
  <form role="search" action="/search"><label for="q">Search our website</label><input id="q" name="q">
  <button type="submit">Search</button></form>
  <a class="translate" href="#translate">Translate this page</a></div>
<nav class="mega-menu" aria-label="Main menu"><ul><li><a href="/">Home</a></li>
  <li><a href="/our-hospitals">Our hospitals</a></li><li><a href="/services">Services</a></li>
  <li><a href="/patients-and-visitors">Patients and visitors</a></li><li><a href="/contact">Contact us</a></li>
  </ul></nav>
<div class="breadcrumbs">You are here: <a href="/">Home</a> &gt; <a href="/patients-and-visitors">Patients and
  visitors</a> &gt; <a href="/leaflets">Patient information leaflets</a> &gt; {_esc(leaflet.title)}</div>
<div class="layout">
<aside class="sidebar"><h2>In this section</h2><ul><li><a href="/leaflets/a-z">Leaflets A to Z</a></li>
  <li><a href="/leaflets/languages">Leaflets in other languages</a></li>
  <li><a href="/pals">Patient Advice and Liaison Service</a></li></ul></aside>
{holder}
</div>
<div class="share-bar"><p>Share this page:</p><a href="/share/email">Email</a> <a href="/share/x">X</a>
  <a href="/share/facebook">Facebook</a></div>
<footer class="site-footer"><p>{TRUST_2}, Dene Road, Harrowfield HF1 2AB. Switchboard: 01632 960 100</p>
  <ul><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li>
  <li><a href="/accessibility">Accessibility</a></li><li><a href="/modern-slavery">Modern slavery statement</a></li>
  </ul><p>&copy; {TRUST_2} 2026. All rights reserved.</p></footer>
</body></html>
""", encoding="utf-8")


def _write_pdf_2(leaflet: Leaflet, path: Path) -> None:
    _render_pdf(leaflet, path, "en", f"""@page {{ size: A4; margin: 22mm 18mm 24mm;
  @top-left {{ content: "{TRUST_2}"; font-size: 8pt }}
  @top-right {{ content: "Patient information"; font-size: 8pt; font-weight: bold }}
  @bottom-left {{ content: "Ref: {leaflet.code}   Issued: June 2026   Review due: June 2029"; font-size: 7.5pt }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt }} }}
body {{ font-family: sans-serif; font-size: 11.5pt; line-height: 1.4 }}
h1 {{ font-size: 22pt; color: #003087 }} h2 {{ font-size: 14pt; color: #003087 }} h3 {{ font-size: 12pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 0.5pt solid #888; padding: 4pt; text-align: left; vertical-align: top }}
th {{ background: #e8edee }}
""")


def _page_field(paragraph, code: str) -> None:
    """A Word field ("PAGE" or "NUMPAGES") in a paragraph: what Word shows as the page number."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for tag, value in (("fldChar", "begin"), ("instrText", f" {code} "), ("fldChar", "separate"), ("t", "1"),
                       ("fldChar", "end")):
        element = OxmlElement(f"w:{tag}")
        if tag == "fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = value
        run._r.append(element)


def _write_docx_2(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size = True, Pt(22)
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            run = document.add_paragraph().add_run(part.heading)
            run.bold, run.font.size = True, Pt(14 if part.level == 2 else 12)
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Light Grid Accent 1"
                for column, text in enumerate(block.header):
                    table.cell(0, column).text = text
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    section = document.sections[0]
    section.header.paragraphs[0].text = TRUST_2
    section.header.add_paragraph("Patient information")
    footer = section.footer.paragraphs[0]
    footer.text = f"Ref: {leaflet.code}\tIssued: June 2026\tReview due: June 2029"
    numbers = section.footer.add_paragraph("Page ")
    _page_field(numbers, "PAGE")
    numbers.add_run(" of ")
    _page_field(numbers, "NUMPAGES")
    document.save(path)


# Set 3's furniture: a third trust's site and print templates, so that none of it is set 1's or 2's.

def _write_html_3(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    holder = {
        "main": f'<main class="page-content" id="main-content">\n{content}\n</main>',
        "article": f'<div class="page-content" id="main-content"><article class="patient-leaflet">\n{content}\n'
                   '</article></div>',
        "role": f'<div class="page-content" id="main-content" role="main">\n{content}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8">
<title>{_esc(leaflet.title)} - {TRUST_3}</title>
<link rel="stylesheet" href="/wp-content/themes/akh/style.css"><script src="/wp-includes/js/jquery.min.js"></script>
</head><body class="page-template-leaflet">
<a class="screen-reader-text" href="#main-content">Skip to content</a>
<div class="emergency-banner"><p>In an emergency call 999. For urgent advice call NHS 111.</p></div>
<header class="site-header"><div class="branding"><a href="/">{TRUST_3}</a></div>
  <div class="header-tools"><a href="#recite">Accessibility tools</a> <a href="/translate">Language</a>
  <a href="/donate">Support our charity</a></div>
  <nav class="primary-nav" aria-label="Site"><ul><li><a href="/about-us">About us</a></li>
  <li><a href="/a-z-of-services">A-Z of services</a></li><li><a href="/patients">Patients</a></li>
  <li><a href="/visitors">Visitors</a></li><li><a href="/news">News</a></li><li><a href="/careers">Careers</a></li>
  </ul></nav></header>
<p class="crumbs"><a href="/">Home</a> / <a href="/patients">Patients</a> / <a href="/patients/leaflets">Leaflets</a></p>
<div class="wrap">
{holder}
<section class="related"><h2>Related leaflets</h2><ul><li><a href="/leaflets/general-anaesthetic">Having a
  general anaesthetic</a></li><li><a href="/leaflets/day-surgery">Your visit to the day surgery unit</a></li></ul>
  </section>
<form class="helpful" action="/feedback"><p>Was this page helpful?</p><label><input type="radio" name="h"> Yes</label>
  <label><input type="radio" name="h"> No</label><button>Send</button></form>
</div>
<footer class="site-footer"><div class="footer-col"><h2>Contact us</h2><p>{TRUST_3}, Kelmarsh Road, Ashcombe
  AK4 9ZZ</p><p>Main switchboard: 01632 960 000</p></div>
  <div class="footer-col"><h2>Follow us</h2><ul><li><a href="/social/facebook">Facebook</a></li>
  <li><a href="/social/instagram">Instagram</a></li></ul></div>
  <p class="legal"><a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a> | <a href="/sitemap">Sitemap</a>
  </p><p>&copy; {TRUST_3} 2026</p></footer>
<div id="cookie-law-info-bar" class="cookie-bar"><span>This website uses cookies to improve your experience.
  You can opt out if you wish.</span> <a role="button" href="#accept">Accept</a> <a role="button"
  href="#reject">Reject</a> <a href="/cookie-policy">Read more</a></div>
</body></html>
""", encoding="utf-8")


def _write_pdf_3(leaflet: Leaflet, path: Path) -> None:
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 28mm 20mm 26mm;
  @top-center {{ content: "{TRUST_3}  ·  Patient Information Leaflet"; font-size: 8pt; color: #425563 }}
  @bottom-left {{ content: "Leaflet no. {leaflet.code}  Approved: September 2026  Review: September 2028";
    font-size: 7.5pt }}
  @bottom-right {{ content: counter(page) " / " counter(pages); font-size: 7.5pt }} }}
body {{ font-family: sans-serif; font-size: 12pt; line-height: 1.45 }}
h1 {{ font-size: 24pt; color: #005eb8 }} h2 {{ font-size: 15pt; color: #005eb8 }} h3 {{ font-size: 12.5pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 0.5pt solid #005eb8; padding: 4pt 6pt; text-align: left; vertical-align: top }}
th {{ background: #005eb8; color: white }}
""")


def _write_docx_3(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size = True, Pt(24)
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            run = document.add_paragraph().add_run(part.heading)
            run.bold, run.font.size = True, Pt(15 if part.level == 2 else 12.5)
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Medium Shading 1 Accent 1"
                for column, text in enumerate(block.header):
                    table.cell(0, column).text = text
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{TRUST_3}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = f"Leaflet no. {leaflet.code}"
    section.footer.add_paragraph("Approved: September 2026   Review: September 2028")
    numbers = section.footer.add_paragraph()
    numbers.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(numbers, "PAGE")
    document.save(path)


# Set 4's furniture: a fourth trust's site and print templates, so that none of it is sets 1-3's.

def _write_html_4(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    holder = {
        "main": f'<main id="page-body" class="leaflet-wrap">\n{content}\n</main>',
        "article": f'<div id="page-body" class="leaflet-wrap"><article class="pil">\n{content}\n</article></div>',
        "role": f'<div id="page-body" class="leaflet-wrap" role="main">\n{content}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} :: Information for patients :: {TRUST_4}</title>
<link rel="stylesheet" href="/themes/tbh/style.css"><script defer src="/themes/tbh/bundle.js"></script>
</head><body class="page-leaflet">
<div id="ccc" class="cookie-control"><h2>This site uses cookies</h2>
  <p>Some of these cookies are essential, while others help us to improve your experience by providing insights
  into how the site is being used.</p><button>I accept</button><button>Settings</button></div>
<ul class="skip-links"><li><a href="#page-body">Skip to content</a></li><li><a href="#site-nav">Skip to navigation</a></li></ul>
<div class="utility-bar"><a href="#recite">Listen and translate</a> <a href="/easy-read">Easy read</a>
  <a href="/covid">Visiting update</a></div>
<header class="masthead"><a href="/" class="brand">{TRUST_4}</a>
  <p class="strapline">Caring for Thornleigh, Brackenford and the Vale</p></header>
<nav id="site-nav" aria-label="Site"><ul><li><a href="/services">Our services</a></li>
  <li><a href="/patients">For patients</a></li><li><a href="/visitors">For visitors</a></li>
  <li><a href="/about">About the trust</a></li><li><a href="/news">News</a></li></ul></nav>
<p class="crumbs"><a href="/">Home</a> / <a href="/patients">For patients</a> / <a href="/patients/leaflets">Leaflets</a></p>
{holder}
<section class="leaflet-meta"><p>Leaflet reference: {leaflet.code}</p><p>Published: October 2026</p>
  <a href="/patients/leaflets/{leaflet.name}.pdf">Download as PDF</a></section>
<a href="#top" class="back-to-top">Back to top</a>
<footer class="site-foot"><div class="foot-col"><h3>Contact us</h3><p>Thornleigh General Hospital, Vale Road,
  Thornleigh TL4 9QS</p><p>Telephone: 01632 964 000</p></div>
  <div class="foot-col"><h3>Quick links</h3><ul><li><a href="/pals">PALS</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/foi">Freedom of Information</a></li><li><a href="/privacy">Privacy</a></li></ul></div>
  <p class="legal">&copy; {TRUST_4}. Registered charity no. 1000000.</p></footer>
</body></html>
""", encoding="utf-8")


def _write_pdf_4(leaflet: Leaflet, path: Path) -> None:
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 26mm 20mm 26mm;
  @top-left {{ content: "{TRUST_4}"; font-size: 8pt; color: #425563 }}
  @top-right {{ content: "{_esc(leaflet.title)}"; font-size: 8pt; font-style: italic }}
  @bottom-left {{ content: "{leaflet.code} | Published October 2026 | Review October 2029"; font-size: 7.5pt }}
  @bottom-right {{ content: "Page " counter(page); font-size: 7.5pt }} }}
body {{ font-family: sans-serif; font-size: 12pt; line-height: 1.45 }}
h1 {{ font-size: 21pt; color: #00205b }} h2 {{ font-size: 15pt; color: #00205b }} h3 {{ font-size: 12.5pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 0.6pt solid #768692; padding: 4pt 6pt; text-align: left; vertical-align: top }}
""")


def _write_docx_4(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size = True, Pt(18)
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            run = document.add_paragraph().add_run(part.heading)
            run.bold, run.font.size = True, Pt(13 if part.level == 2 else 12)
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Light List Accent 1"
                for column, text in enumerate(block.header):
                    table.cell(0, column).paragraphs[0].add_run(text).bold = True
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{TRUST_4}\tInformation for patients"
    footer = section.footer.paragraphs[0]
    footer.text = f"{leaflet.code}\tPublished October 2026\t"
    footer.add_run("Page ")
    _page_field(footer, "PAGE")
    footer.add_run(" of ")
    _page_field(footer, "NUMPAGES")
    document.save(path)


# Set 5's furniture: a fifth trust's site and print templates, so that none of it is sets 1-4's.

def _write_html_5(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    details = (f'<div class="field field--leaflet-ref"><span class="field__label">Leaflet reference</span> '
               f'{_esc(leaflet.code)}</div>\n<div class="field field--review"><span class="field__label">Next '
               'review due</span> January 2030</div>')
    holder = {
        "main": f'<main role="main" id="main-content"><div class="node__content">\n{content}\n</div>\n{details}\n'
                '</main>',
        "article": f'<div id="main-content" class="layout-content"><article class="node node--type-leaflet">\n'
                   f'{content}\n</article>\n{details}</div>',
        "role": f'<div id="main-content" class="layout-content" role="main">\n{content}\n{details}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{_esc(leaflet.title)} | Patient leaflets | Calderwick and Orme Valley Hospitals</title>
<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/sites/default/files/css/css_k9Qx2.css">
<script src="/core/misc/drupal.js"></script>
</head><body class="path-node page-node-type-leaflet">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<dialog open class="cookie-compliance" aria-labelledby="cookie-title"><h2 id="cookie-title">Can we use cookies?</h2>
  <p>We'd like to set optional cookies to understand how you use our website and to show you videos. Necessary
  cookies keep the site working and are always on.</p>
  <button>Yes, I'm happy</button><button>No thanks</button><a href="/cookie-policy">Manage preferences</a></dialog>
<div class="alert-strip" role="alert"><p><strong>Industrial action:</strong> please come to your appointment
  unless we contact you to rearrange it.</p></div>
<header role="banner" class="region-header"><a href="/" rel="home" class="site-logo">{TRUST_5}</a>
  <button class="menu-toggle" aria-expanded="false">Menu</button>
  <form class="search-block-form" action="/search/node"><input type="search" name="keys"
  placeholder="Search for a service or condition"><input type="submit" value="Go"></form>
  <select aria-label="Choose a hospital"><option>Calderwick General Hospital</option>
  <option>Orme Valley Community Hospital</option><option>Millbeck Eye Centre</option></select></header>
<nav role="navigation" aria-labelledby="main-menu" class="menu--main"><h2 id="main-menu" class="visually-hidden">Main
  navigation</h2><ul><li><a href="/our-services">Our services</a></li><li><a href="/your-visit">Your visit</a></li>
  <li><a href="/information-for-patients">Information for patients</a></li><li><a href="/get-involved">Get
  involved</a></li><li><a href="/vacancies">Vacancies</a></li></ul></nav>
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb
  </h2><ol><li><a href="/">Home</a></li><li><a href="/information-for-patients">Information for patients</a></li>
  <li><a href="/leaflets">Patient leaflets</a></li><li>{_esc(leaflet.title)}</li></ol></nav>
<div class="layout-container">
{holder}
<aside class="layout-sidebar-second" role="complementary"><h2>Related pages</h2><ul>
  <li><a href="/your-visit/day-surgery">Coming into the Day Surgery Unit</a></li>
  <li><a href="/your-visit/anaesthetic">Your anaesthetic</a></li></ul>
  <div class="rate-widget"><p>How useful was this page?</p><button>1</button><button>2</button><button>3</button>
  <button>4</button><button>5</button></div></aside>
</div>
<div class="webchat-launcher"><button type="button">Need help? Chat with us</button></div>
<footer role="contentinfo" class="site-footer"><div class="footer-top"><p>Calderwick General Hospital, Infirmary
  Street, Calderwick CW2 7DN</p><p>Switchboard: 01632 965 000</p><p>Textphone: 18001 01632 965 000</p></div>
  <ul class="menu--footer"><li><a href="/website-accessibility">Website accessibility</a></li>
  <li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/cookie-policy">Cookie policy</a></li>
  <li><a href="/sitemap">Sitemap</a></li></ul>
  <ul class="social"><li><a href="/x">X (Twitter)</a></li><li><a href="/youtube">YouTube</a></li>
  <li><a href="/linkedin">LinkedIn</a></li></ul><p class="copyright">&copy; 2027 {TRUST_5}</p></footer>
</body></html>
""", encoding="utf-8")


def _write_pdf_5(leaflet: Leaflet, path: Path) -> None:
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 30mm 18mm 28mm;
  @top-left {{ content: "{TRUST_5}"; font-size: 9pt; font-weight: bold; color: #330072 }}
  @top-right {{ content: "Ref {leaflet.code} · Version 3"; font-size: 8pt }}
  @bottom-left {{ content: "Issued January 2027 · Review January 2030 · Other formats available on request";
    font-size: 7pt }}
  @bottom-right {{ content: counter(page) " of " counter(pages); font-size: 7pt }} }}
body {{ font-family: sans-serif; font-size: 11pt; line-height: 1.4 }}
h1 {{ font-size: 20pt; color: #330072 }} h2 {{ font-size: 14pt; color: #330072 }} h3 {{ font-size: 12pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 0.5pt solid #7c2855; padding: 3pt 6pt; text-align: left; vertical-align: top }}
th {{ background: #e5dcf0 }}
""")


def _write_docx_5(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    purple = RGBColor(0x33, 0x00, 0x72)
    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(20), purple
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            run = document.add_paragraph().add_run(part.heading)
            run.bold, run.font.size, run.font.color.rgb = True, Pt(14 if part.level == 2 else 12), purple
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Light Shading Accent 4"
                for column, text in enumerate(block.header):
                    table.cell(0, column).text = text
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    section = document.sections[0]
    banner = section.header.add_table(rows=1, cols=2, width=Cm(17))
    banner.cell(0, 0).text = TRUST_5
    banner.cell(0, 1).text = "Patient information leaflet"
    banner.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = f"Ref {leaflet.code} | Version 3 | Issued January 2027 | Review January 2030"
    numbers = section.footer.add_paragraph("Page ")
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(numbers, "PAGE")
    document.save(path)


# Set 6's furniture: a sixth trust's site and print templates, so that none of it is sets 1-5's.

def _write_html_6(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    title_line, rest = content.split("\n", 1)
    contents = "".join(f'\n    <li><a href="#section-{number}">{_esc(part.heading)}</a></li>'
                       for number, part in enumerate(leaflet.parts, 1) if part.level == 2)
    toc = (f'<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title" class="toc__title">On this page</h2>'
           f'<ol>{contents}\n  </ol></nav>')
    body = f"{title_line}\n{toc}\n{rest}"
    tools = ('<div class="page-actions"><button type="button" onclick="window.print()">Print</button>'
             f'<a href="/download/leaflets/{leaflet.name}.pdf">Download PDF (180 KB)</a>'
             '<a href="/patients/leaflets/easy-read">Easy Read leaflets</a></div>')
    holder = {
        "main": f'<main id="content-start" class="content-area" tabindex="-1">\n{body}\n{tools}\n</main>',
        "article": f'<div id="content-start" class="content-area"><article class="c-leaflet">\n{body}\n</article>\n'
                   f'{tools}</div>',
        "role": f'<div id="content-start" class="content-area" role="main" tabindex="-1">\n{body}\n{tools}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} – Patient information – Fellbridge and Penhallow University Hospitals</title>
<meta property="og:site_name" content="{TRUST_6}"><link rel="stylesheet" href="/dist/css/fph.bundle.4d21.css">
<script type="module" src="/dist/js/app.4d21.js"></script>
</head><body class="t-leaflet">
<div id="ccb" class="cookie-consent-banner" role="dialog" aria-modal="true" aria-labelledby="ccb-title">
  <h2 id="ccb-title">Tell us whether you accept cookies</h2>
  <p>We use cookies that are needed for this website to work. We would also like to use analytics cookies so we
  can understand how you use the website and make improvements.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a></div>
<a class="skip-link" href="#content-start">Skip to main content</a>
<div class="access-bar" role="region" aria-label="Accessibility options"><span>Text size</span>
  <button type="button">A</button><button type="button">A+</button><button type="button">A++</button>
  <button type="button">High contrast</button> <a href="/read-aloud">Read this page aloud</a></div>
<header class="site-hdr"><a class="site-hdr__logo" href="/"><img src="/img/fph-logo.svg" alt="{TRUST_6} home"></a>
  <div class="site-hdr__info"><p>Switchboard <a href="tel:01632967000">01632 967 000</a></p>
  <p><a href="/urgent-care/waiting-times">Emergency Department waiting time</a>: about 3 hours</p></div>
  <form class="site-hdr__search" role="search" action="/search"><input type="text" name="q" aria-label="Search"
  placeholder="What are you looking for?"><button type="submit">Search</button></form></header>
<nav class="mega-nav" aria-label="Main navigation">
  <div class="mega-nav__col"><h3>Patients</h3><ul><li><a href="/patients/appointments">Outpatient appointments</a></li>
  <li><a href="/patients/leaflets">Patient information leaflets</a></li>
  <li><a href="/patients/pals">PALS</a></li></ul></div>
  <div class="mega-nav__col"><h3>Visitors</h3><ul><li><a href="/visitors/times">Visiting times</a></li>
  <li><a href="/visitors/parking">Parking</a></li><li><a href="/visitors/food">Food and drink</a></li></ul></div>
  <div class="mega-nav__col"><h3>Working here</h3><ul><li><a href="/jobs">Current vacancies</a></li>
  <li><a href="/volunteering">Volunteering</a></li></ul></div></nav>
<ol class="crumb" aria-label="You are here"><li><a href="/">Home</a></li><li><a href="/patients">Patients</a></li>
  <li><a href="/patients/leaflets">Patient information leaflets</a></li>
  <li aria-current="page">{_esc(leaflet.title)}</li></ol>
{holder}
<section class="leaflet-details" aria-label="Leaflet details"><dl><dt>Reference</dt><dd>{_esc(leaflet.code)}</dd>
  <dt>Published</dt><dd>April 2027</dd><dt>Review due</dt><dd>April 2030</dd></dl></section>
<section class="page-survey"><h2>Did you find what you needed?</h2><button type="button">Yes</button>
  <button type="button">No</button>
  <p>Please do not include personal or medical information in any feedback.</p></section>
<footer class="site-ftr"><p class="site-ftr__999"><strong>In an emergency</strong> always dial 999. For urgent
  medical help that is not an emergency, use NHS 111.</p>
  <div class="site-ftr__cols"><div><h2>Our hospitals</h2><ul><li><a href="/fgh">Fellbridge General Hospital</a></li>
  <li><a href="/pch">Penhallow Community Hospital</a></li></ul></div>
  <div><h2>Get in touch</h2><p>Fellbridge General Hospital, Moor Lane, Fellbridge FB3 8RT</p>
  <p>Switchboard: 01632 967 000</p></div>
  <div><h2>Follow us</h2><ul><li><a href="/social/facebook">Facebook</a></li>
  <li><a href="/social/instagram">Instagram</a></li>
  <li><a href="/social/threads">Threads</a></li></ul></div></div>
  <ul class="site-ftr__legal"><li><a href="/accessibility-statement">Accessibility statement</a></li>
  <li><a href="/cookies">Cookies</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/terms">Terms of use</a></li></ul>
  <p>&copy; {TRUST_6} 2027</p></footer>
</body></html>
""", encoding="utf-8")


def _write_pdf_6(leaflet: Leaflet, path: Path) -> None:
    _render_pdf(leaflet, path, "en", f"""@page {{ size: A4; margin: 24mm 19mm 30mm;
  @top-left {{ content: "{TRUST_6}"; font-size: 8pt; color: #00594f }}
  @top-right {{ content: "Patient information"; font-size: 8pt; color: #00594f }}
  @bottom-left {{ content: "{leaflet.code} · Published April 2027 · Review April 2030"; font-size: 7.5pt }}
  @bottom-center {{ content: "– " counter(page) " –"; font-size: 8pt }}
  @bottom-right {{ content: "Need this in another format? Call 01632 967 010"; font-size: 7pt }} }}
@page :first {{
  @top-left {{ content: "{TRUST_6}"; font-size: 12pt; font-weight: bold; color: #00594f }}
  @top-right {{ content: none }} }}
body {{ font-family: sans-serif; font-size: 11.5pt; line-height: 1.5 }}
h1 {{ font-size: 22pt; color: #00594f }} h2 {{ font-size: 14.5pt; color: #00594f }} h3 {{ font-size: 12pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border-bottom: 0.6pt solid #00594f; padding: 4pt 6pt; text-align: left; vertical-align: top }}
th {{ background: #d8ece9 }}
""")


def _write_docx_6(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    teal = RGBColor(0x00, 0x59, 0x4F)
    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(22), teal
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            run = document.add_paragraph().add_run(part.heading)
            run.bold, run.font.size, run.font.color.rgb = True, Pt(14.5 if part.level == 2 else 12), teal
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Medium List 1 Accent 6"
                for column, text in enumerate(block.header):
                    table.cell(0, column).paragraphs[0].add_run(text).bold = True
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.add_run(TRUST_6).bold = True
    section.first_page_header.add_paragraph("Patient information")
    section.first_page_footer.paragraphs[0].text = (
        f"{leaflet.code}   If you need this leaflet in large print, another language or another format, please "
        "call 01632 967 010.")
    header = section.header.paragraphs[0]
    header.text = f"{leaflet.title} | {TRUST_6}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    strip = section.footer.add_table(rows=1, cols=3, width=Cm(17))
    strip.cell(0, 0).text = leaflet.code
    strip.cell(0, 1).text = "Published April 2027 · Review April 2030"
    numbers = strip.cell(0, 2).paragraphs[0]
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    numbers.add_run("Page ")
    _page_field(numbers, "PAGE")
    numbers.add_run(" of ")
    _page_field(numbers, "NUMPAGES")
    document.save(path)


# Set 7's furniture: a seventh trust's site and print templates, so that none of it is sets 1-6's.

def _write_html_7(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    title_line, rest = content.split("\n", 1)
    minutes = max(1, round(len(source_text(leaflet).split()) / 200))
    hero = (f'<header class="kwh-hero"><p class="kwh-hero__kicker">Patient information</p>\n{title_line}\n'
            f'<p class="kwh-hero__meta">Leaflet {_esc(leaflet.code)} · Reading time: about {minutes} minutes</p>'
            '</header>')
    body = f"{hero}\n{rest}"
    after = ('<ul class="kwh-downloads" aria-label="Downloads">'
             f'<li><a href="/media/leaflets/{leaflet.name}.docx">Download as a Word document (64 KB)</a></li>'
             f'<li><a href="/media/leaflets/{leaflet.name}-large-print.pdf">Large print version (PDF)</a></li></ul>\n'
             '<p class="kwh-updated">Page last updated: 14 February 2028</p>')
    holder = {
        "main": f'<main id="leaflet-content" class="kwh-main">\n{body}\n{after}\n</main>',
        "article": f'<div id="leaflet-content" class="kwh-main"><article class="kwh-leaflet">\n{body}\n</article>\n'
                   f'{after}</div>',
        "role": f'<div id="leaflet-content" class="kwh-main" role="main">\n{body}\n{after}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} · Kestlebury and Wendmoor Hospitals</title>
<link rel="stylesheet" href="/css/kwh.min.css?v=7"><script>document.documentElement.className = "js";</script>
</head><body id="patient-leaflet" class="kwh-site">
<noscript><p class="kwh-noscript">JavaScript is turned off in your browser. Some parts of this website, such as
  search and cookie settings, may not work.</p></noscript>
<aside class="kwh-cookies" aria-label="Cookie notice"><p><strong>Cookies</strong> We use some essential cookies to
  make this website work. We'd also like to use analytics cookies to count visits and see which pages are
  popular.</p><p><button type="button">Accept all cookies</button> <button type="button">Essential cookies
  only</button> <a href="/privacy/cookies">How we use cookies</a></p></aside>
<a href="#leaflet-content" class="kwh-skip">Skip to the leaflet</a>
<div class="kwh-phones"><span>Switchboard 01632 968 000</span> <span>PALS 01632 968 123</span>
  <a href="/contact-us/phone-numbers">All phone numbers</a></div>
<header class="kwh-header"><a class="kwh-logo" href="/"><span>{TRUST_7}</span></a>
  <details class="kwh-menu"><summary>Menu</summary><ul><li><a href="/our-hospitals">Our hospitals</a></li>
  <li><a href="/departments">Departments and wards</a></li><li><a href="/patients">Patients and visitors</a></li>
  <li><a href="/patient-leaflets">Patient leaflets</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/about-us">About us</a></li></ul></details>
  <form class="kwh-search" role="search" action="/search"><label for="kwh-q">Search</label><input id="kwh-q"
  name="q" type="search"><button type="submit">Go</button></form></header>
<nav class="kwh-crumbs" aria-label="Breadcrumb"><ul itemscope itemtype="https://schema.org/BreadcrumbList">
  <li itemprop="itemListElement"><a href="/">Home</a></li>
  <li itemprop="itemListElement"><a href="/patients">Patients and visitors</a></li>
  <li itemprop="itemListElement"><a href="/patient-leaflets">Patient leaflets</a></li>
  <li itemprop="itemListElement" aria-current="page">{_esc(leaflet.title)}</li></ul></nav>
<div class="kwh-columns">
{holder}
<aside class="kwh-aside" aria-label="Help and contacts"><h2>Need to talk to someone?</h2>
  <p>Patient Advice and Liaison Service (PALS): 01632 968 123</p><p>Switchboard (24 hours): 01632 968 000</p>
  <h2>Getting here</h2><p><a href="/getting-here">Maps, buses and car parks</a></p></aside>
</div>
<section class="kwh-membership"><h2>Become a member of the Trust</h2><p>Members get a say in how our hospitals are
  run and can vote for our governors. It is free to join.</p><a href="/membership">Join today</a></section>
<footer class="kwh-footer">
  <address>Kestlebury Royal Infirmary, Abbey Lane, Kestlebury KB1 4TX<br>Telephone: 01632 968 000</address>
  <address>Wendmoor Community Hospital, Mill Road, Wendmoor WM6 2QA<br>Telephone: 01632 968 500</address>
  <p>In an emergency dial 999. For urgent medical advice call NHS 111.</p>
  <ul class="kwh-footer__links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy
  notice</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/sitemap">Site map</a></li></ul>
  <p>&copy; {TRUST_7} 2028</p></footer>
<script src="/js/kwh.bundle.js" defer></script>
</body></html>
""", encoding="utf-8")


def _write_pdf_7(leaflet: Leaflet, path: Path) -> None:
    # Mirrored like a printed booklet: the running header and the page number sit on the outer edge.
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 27mm 20mm 25mm }}
@page :right {{
  @top-right {{ content: "{_esc(leaflet.title)}"; font-size: 8pt; color: #78123a }}
  @bottom-left {{ content: "{leaflet.code} · Issue 1 · February 2028 · Review February 2031"; font-size: 7pt }}
  @bottom-right {{ content: "p. " counter(page) "/" counter(pages); font-size: 7.5pt }} }}
@page :left {{
  @top-left {{ content: "{TRUST_7}"; font-size: 8pt; color: #78123a }}
  @bottom-left {{ content: "p. " counter(page) "/" counter(pages); font-size: 7.5pt }}
  @bottom-right {{ content: "Patient Information Service · 01632 968 044"; font-size: 7pt }} }}
@page :first {{
  @top-left {{ content: "{TRUST_7}"; font-size: 10pt; font-weight: bold; color: #78123a }}
  @top-right {{ content: "Information for patients"; font-size: 8pt; color: #78123a }} }}
body {{ font-family: sans-serif; font-size: 11pt; line-height: 1.5 }}
h1 {{ font-size: 21pt; color: #78123a }} h2 {{ font-size: 14pt; color: #78123a; border-bottom: 0.5pt solid #78123a }}
h3 {{ font-size: 12pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ padding: 3pt 6pt; text-align: left; vertical-align: top }}
th {{ border-bottom: 1pt solid #78123a }} tr:nth-child(even) td {{ background: #f5e8ee }}
""")


def _write_docx_7(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    maroon = RGBColor(0x78, 0x12, 0x3A)
    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(21), maroon
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            run = document.add_paragraph().add_run(part.heading)
            run.bold, run.font.size = True, Pt(14 if part.level == 2 else 12)
            if part.level == 2:
                run.font.color.rgb = maroon
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Light Grid Accent 2"
                for column, text in enumerate(block.header):
                    table.cell(0, column).text = text
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    # Odd and even pages differ, like a printed booklet: the title and the page number on the outer edge.
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    odd = section.header.paragraphs[0]
    odd.text = leaflet.title
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.even_page_header.paragraphs[0].text = TRUST_7
    section.footer.paragraphs[0].text = f"{leaflet.code} · Issue 1 · February 2028 · Review February 2031"
    odd_number = section.footer.add_paragraph("p. ")
    odd_number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(odd_number, "PAGE")
    even_number = section.even_page_footer.paragraphs[0]
    even_number.add_run("p. ")
    _page_field(even_number, "PAGE")
    section.even_page_footer.add_paragraph("Patient Information Service · 01632 968 044")
    document.save(path)


# Set 8's furniture: an eighth trust's site and print templates, so that none of it is sets 1-7's.

_DEPARTMENTS_8 = {"ACH-PIL-0612": "Urology", "ACH-PIL-0587": "Children's Dental Service",
                  "ACH-PIL-0644": "Spinal Surgery", "ACH-PIL-0519": "Haematology"}


def _write_html_8(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    title_line, rest = content.split("\n", 1)
    department = _DEPARTMENTS_8.get(leaflet.code, "Patient information")
    facts = (f'<dl class="pil-facts"><div><dt>Department</dt><dd>{_esc(department)}</dd></div>'
             f'<div><dt>Leaflet number</dt><dd>{_esc(leaflet.code)}</dd></div>'
             '<div><dt>Version</dt><dd>2.1</dd></div><div><dt>Review date</dt><dd>June 2031</dd></div></dl>\n'
             '<div class="pil-actions"><button type="button" onclick="window.print()">Print</button> '
             f'<a href="mailto:?subject=Patient%20leaflet%20{_esc(leaflet.code)}">Email this page</a> '
             f'<a href="/media/pil/{leaflet.name}.pdf">PDF version (1 MB)</a></div>')
    body = f'<p class="pil-eyebrow">Patient information leaflet</p>\n{title_line}\n{facts}\n{rest}'
    after = ('<p class="pil-disclaimer"><em>This leaflet gives general information. It does not replace the advice '
             'of the healthcare professionals who are caring for you.</em></p>\n'
             f'<p class="pil-tags">Related services: <a href="/services/{department.lower().replace(" ", "-")}">'
             f'{_esc(department)}</a> <a href="/services/day-case-unit">Day Case Unit</a></p>')
    holder = {
        "main": f'<main id="content" class="acht-main" tabindex="-1">\n{body}\n{after}\n</main>',
        "article": f'<div id="content" class="acht-main"><article class="acht-pil">\n{body}\n</article>\n{after}</div>',
        "role": f'<div id="content" class="acht-main" role="main" tabindex="-1">\n{body}\n{after}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB" data-theme="acht"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} | Ambleford and Corrowdale Healthcare</title>
<meta name="description" content="Patient information leaflet {_esc(leaflet.code)}">
<link rel="stylesheet" href="/assets/acht/theme.2031.css"><script src="/assets/acht/otSDKStub.js" async></script>
</head><body class="template-pil">
<a class="skip" href="#content">Skip to content</a>
<div class="acht-utility"><ul><li><a href="/staff">Staff zone</a></li><li><a href="/charity/donate">Donate to
  Ambleford Hospitals Charity</a></li><li><a href="/contact">Contact us</a></li></ul>
  <form class="acht-language" action="/translate"><label for="acht-lang">Choose a language</label>
  <select id="acht-lang" name="lang"><option value="en" selected>English</option><option value="pl"
  lang="pl">Polski</option><option value="ro" lang="ro">Română</option><option value="ur" lang="ur">اردو</option>
  <option value="bn" lang="bn">বাংলা</option><option value="pa" lang="pa">ਪੰਜਾਬੀ</option><option value="lt"
  lang="lt">Lietuvių</option></select><button type="submit">Translate</button></form></div>
<header class="acht-header"><a class="acht-logo" href="/"><img src="/assets/acht/logo.svg" alt="{TRUST_8}"></a>
  <form class="acht-search" role="search" action="/search"><label for="acht-q">Find a service, condition or
  leaflet</label><input id="acht-q" name="q" list="acht-popular"><datalist id="acht-popular"><option
  value="Visiting times"><option value="Maternity"><option value="Parking"></datalist><button
  type="submit">Search</button></form>
  <button class="acht-burger" aria-controls="acht-nav" aria-expanded="false">Menu</button></header>
<nav id="acht-nav" class="acht-nav" aria-label="Main"><ul><li><a href="/services">Services</a><ul>
  <li><a href="/services/a-z">Services A to Z</a></li><li><a href="/services/surgery">Surgery</a></li>
  <li><a href="/services/children">Children and young people</a></li></ul></li>
  <li><a href="/patients">Patients and visitors</a><ul><li><a href="/patients/leaflets">Patient leaflets</a></li>
  <li><a href="/patients/visiting">Visiting</a></li></ul></li><li><a href="/about">About us</a></li>
  <li><a href="/jobs">Jobs</a></li></ul></nav>
<nav class="acht-trail" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/patients">Patients and
  visitors</a> › <a href="/patients/leaflets">Patient leaflets</a> › <span>{_esc(department)}</span></nav>
<div class="acht-grid">
{holder}
<aside class="acht-news" aria-label="Latest news"><h2>Latest news</h2>
  <article><h3><a href="/news/new-day-case-unit">New Day Case Unit opens at Ambleford General</a></h3>
  <p>The unit has 24 bays and will treat up to 9,000 patients a year.</p></article>
  <article><h3><a href="/news/volunteers">Volunteers thanked at annual awards</a></h3>
  <p>More than 300 volunteers give their time across our hospitals.</p></article></aside>
</div>
<a class="acht-top" href="#content">Back to top</a>
<footer class="acht-footer">
  <section class="acht-newsletter"><h2>Sign up to our newsletter</h2><form action="/newsletter"><label
  for="acht-email">Email address</label><input id="acht-email" type="email"><button type="submit">Sign up</button>
  </form></section>
  <div class="acht-footer__cols">
  <div><h4>Our hospitals</h4><ul><li><a href="/ambleford-general">Ambleford General Hospital</a></li>
  <li><a href="/corrowdale">Corrowdale Health Centre</a></li><li><a href="/swinford">Swinford Community
  Hospital</a></li></ul></div>
  <div><h4>Patients and visitors</h4><ul><li><a href="/pals">PALS</a></li><li><a href="/parking">Parking</a></li>
  <li><a href="/interpreting">Interpreting</a></li></ul></div>
  <div><h4>About the Trust</h4><ul><li><a href="/board">Our board</a></li><li><a href="/publications">Publications</a>
  </li><li><a href="/foi">Freedom of information</a></li></ul></div>
  <div><h4>Connect with us</h4><ul><li><a href="/social/facebook">Facebook</a></li>
  <li><a href="/social/linkedin">LinkedIn</a></li><li><a href="/social/tiktok">TikTok</a></li></ul></div></div>
  <p>Ambleford General Hospital, Quarry Hill Road, Ambleford AM4 9LD. Switchboard: 01632 969 000</p>
  <p>Ambleford Hospitals Charity is a registered charity, number 1190427.</p>
  <ul class="acht-legal"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="#" class="ot-sdk-show-settings">Cookie settings</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
  <p>&copy; {TRUST_8} 2028</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner">
  <p id="onetrust-policy-text">We use cookies to make our website work and, with your permission, to understand how
  it is used and to improve it.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button>
  <button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Manage
  preferences</button></div>
  <div id="onetrust-pc-sdk" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title" hidden>
  <h2 id="ot-pc-title">Privacy preference centre</h2>
  <p>When you visit any website, it may store or retrieve information on your browser, mostly in the form of
  cookies. You can choose not to allow some types of cookies.</p>
  <h3>Strictly necessary cookies</h3><p>Always active. These cookies are needed for the website to work and cannot
  be switched off.</p>
  <h3>Performance cookies</h3><p>These cookies let us count visits so we can measure and improve the website.</p>
  <label><input type="checkbox" name="C0002"> Allow performance cookies</label>
  <h3>Functional cookies</h3><p>These cookies remember your choices, such as your language.</p>
  <label><input type="checkbox" name="C0003"> Allow functional cookies</label>
  <button type="button">Confirm my choices</button></div></div>
</body></html>
""", encoding="utf-8")


def _write_pdf_8(leaflet: Leaflet, path: Path) -> None:
    # A5 pages with two-line footers on both sides; the first page carries the trust in place of the title.
    department = _DEPARTMENTS_8.get(leaflet.code, "Patient information")
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A5; margin: 20mm 13mm 22mm;
  @top-left {{ content: "{_esc(leaflet.title)}"; font-size: 6.5pt; color: #555 }}
  @top-right {{ content: "{department}"; font-size: 6.5pt; color: #006747 }}
  @bottom-left {{ content: "{TRUST_8}\\A Version 2.1 · Approved June 2028 · Review June 2031"; white-space: pre;
    font-size: 6pt; line-height: 1.3 }}
  @bottom-right {{ content: "{leaflet.code}\\A Page " counter(page) " of " counter(pages); white-space: pre;
    font-size: 6pt; line-height: 1.3; text-align: right }} }}
@page :first {{
  @top-left {{ content: "{TRUST_8}"; font-size: 8.5pt; font-weight: bold; color: #006747 }}
  @top-right {{ content: "Information for patients and families"; font-size: 6.5pt; color: #006747 }} }}
body {{ font-family: sans-serif; font-size: 9.5pt; line-height: 1.4; text-align: justify }}
h1 {{ font-size: 16pt; color: #006747; text-align: left }}
h2 {{ font-size: 11.5pt; color: #006747; border-left: 3pt solid #78be20; padding-left: 4pt; text-align: left }}
h3 {{ font-size: 10pt; text-align: left }}
table {{ border-collapse: collapse; width: 100%; border: none }}
th {{ background: #006747; color: white; padding: 3pt 5pt; text-align: left }}
td {{ padding: 3pt 5pt; border: none; text-align: left; vertical-align: top }}
tr {{ break-inside: avoid }} tbody tr:nth-child(odd) td {{ background: #e3f1e9 }}
""")


def _write_docx_8(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    green = RGBColor(0x00, 0x67, 0x47)
    department = _DEPARTMENTS_8.get(leaflet.code, "Patient information")
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(12)
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(16), green
    else:
        document.add_heading(leaflet.title, level=0)  # the template's Title style, not Heading 1
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            # The same size as the text: only the weight, and the colour of the main ones, mark them out.
            run = document.add_paragraph().add_run(part.heading)
            run.bold = True
            if part.level == 2:
                run.font.color.rgb = green
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Medium Shading 2 Accent 6"
                for column, text in enumerate(block.header):
                    table.cell(0, column).text = text
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    # The template's document control table closes the leaflet, after its last section.
    document.add_paragraph()
    control = document.add_table(rows=5, cols=2)
    control.style = "Table Grid"
    for row, (label, value) in zip(control.rows, (
            ("Leaflet number", leaflet.code), ("Version", "2.1"), ("Produced by", department),
            ("Approved by", "Patient Information Panel, June 2028"), ("Review date", "June 2031")), strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    section = document.sections[0]
    banner = section.header.add_table(rows=1, cols=3, width=Cm(17))  # no logo: three cells of text, no borders
    banner.cell(0, 0).text = department
    banner.cell(0, 1).text = TRUST_8
    banner.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    banner.cell(0, 2).text = "Patient information"
    banner.cell(0, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    version = section.footer.paragraphs[0].add_run(
        "Version 2.1 · Approved by the Patient Information Panel, June 2028 · Review June 2031")
    version.font.size = Pt(8)
    numbers = section.footer.add_paragraph(f"{leaflet.code}\t\tPage ")
    _page_field(numbers, "PAGE")
    document.save(path)


# Set 9's furniture: a ninth trust's site and print templates, so that none of it is sets 1-8's.

_SERVICES_9 = {"PI 318/CAR": "Cardiology", "PI 204/PSU": "Children's Surgery", "PI 127/HAND": "Hand Surgery",
               "PI 442/HEP": "Liver Unit"}


def _content_html_9(leaflet: Leaflet) -> tuple[str, list[tuple[str, str]]]:
    """The leaflet as the site's editor writes it: h2 headings get anchors, each section ends in "Back to top"."""
    mains = {f"<h2>{_esc(p.heading)}</h2>" if leaflet.web_headings != "bold" else f"<p><b>{_esc(p.heading)}</b></p>"
             for p in leaflet.parts if p.level == 2}
    out: list[str] = []
    anchors: list[tuple[str, str]] = []
    seen = 0
    for line in _content_html(leaflet).split("\n"):
        if line in mains:
            if seen:
                out.append('<p class="to-top"><a href="#top">Back to top</a></p>')
            seen += 1
            if line.startswith("<h2>"):
                anchors.append((f"section-{seen}", line[4:-5]))
                line = f'<h2 id="section-{seen}">{line[4:]}'
        out.append(line)
    out.append('<p class="to-top"><a href="#top">Back to top</a></p>')
    return "\n".join(out), anchors


def _write_html_9(leaflet: Leaflet, path: Path) -> None:
    content, anchors = _content_html_9(leaflet)
    service = _SERVICES_9.get(leaflet.code, "Patient information")
    # The site builds its contents list from the h2 headings: a leaflet of bold paragraphs has none.
    contents = ("" if not anchors else
                '<aside class="bsh-contents" aria-labelledby="bsh-contents-title">'
                '<h2 id="bsh-contents-title">Contents</h2><ol>'
                + "".join(f'\n  <li><a href="#{anchor}">{text}</a></li>' for anchor, text in anchors)
                + "\n</ol></aside>\n")
    meta = (f'<p class="bsh-leaflet-meta">Leaflet {_esc(leaflet.code)} · {_esc(service)} · Issued May 2029 · Review '
            'May 2032 <button type="button" onclick="window.print()">Print this leaflet</button></p>')
    holder = {
        "main": f'<main id="leaflet" class="bsh-prose">\n{content}\n{meta}\n</main>',
        "article": f'<div id="leaflet" class="bsh-prose"><article class="bsh-leaflet">\n{content}\n</article>\n'
                   f'{meta}</div>',
        "role": f'<div id="leaflet" class="bsh-prose" role="main">\n{content}\n{meta}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} – {_esc(service)} – Brantwick and Selmoor Hospitals</title>
<meta property="og:title" content="{html.escape(leaflet.title)}"><meta property="og:type" content="article">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "MedicalWebPage",
 "name": "{leaflet.title}", "lastReviewed": "2029-05-14",
 "publisher": {{"@type": "Organization", "name": "{TRUST_9}"}}}}</script>
<link rel="stylesheet" href="/static/bsh/main.css?v=29">
</head><body id="top" class="bsh leaflet-page">
<form class="bsh-cookies" action="/cookies" method="post"><fieldset>
  <legend>Can we store analytics cookies on your device?</legend>
  <p>Analytics cookies help us understand how people use our website, so that we can make it better. We will not
  store them unless you say yes.</p>
  <label><input type="radio" name="analytics" value="yes"> Yes, I'm happy with analytics cookies</label>
  <label><input type="radio" name="analytics" value="no"> No, only use cookies the website needs to work</label>
  <button type="submit">Save my cookie choice</button></fieldset></form>
<a class="bsh-skip" href="#leaflet">Skip to the leaflet</a>
<div class="bsh-notice" role="status"><p><strong>Selmoor Hospital:</strong> the Tanner Street entrance is closed for
  building work until September. Please use the main entrance on Orchard Way.</p></div>
<header class="bsh-header"><a href="/" class="bsh-header__logo"><img src="/static/bsh/nhs-logo.svg" alt="NHS">
  <span>{TRUST_9}</span></a>
  <ul class="bsh-header__links"><li><a href="/contact-us">Contact us</a></li><li><a href="/charity">Our
  charity</a></li><li><a href="/translate">Translate</a></li></ul>
  <button class="bsh-header__menu" aria-controls="bsh-offcanvas" aria-expanded="false">Menu</button>
  <button class="bsh-header__search" aria-controls="bsh-search" aria-expanded="false">Search</button></header>
<div id="bsh-search" class="bsh-search" hidden><form action="/search"><label for="bsh-q">Search this website</label>
  <input id="bsh-q" name="q" type="search"><button type="submit">Search</button></form></div>
<nav id="bsh-offcanvas" class="bsh-offcanvas" aria-label="Site menu" hidden><ul>
  <li><a href="/services">Services and departments</a></li><li><a href="/your-visit">Your visit</a></li>
  <li><a href="/patient-leaflets">Patient leaflets</a></li><li><a href="/news">News</a></li>
  <li><a href="/jobs">Jobs</a></li><li><a href="/about">About the Trust</a></li></ul></nav>
<p class="bsh-back"><a href="/patient-leaflets">&larr; All patient leaflets</a></p>
<div class="bsh-layout">
{contents}{holder}
</div>
<details class="bsh-report"><summary>Report a problem with this page</summary><form action="/report-a-problem">
  <label for="bsh-what">What went wrong?</label><textarea id="bsh-what" name="what"></textarea>
  <p>We cannot reply to you. Please do not include personal or medical information.</p>
  <button type="submit">Send report</button></form></details>
<footer class="bsh-footer">
  <div class="bsh-footer__sites"><p><strong>Brantwick General Hospital</strong><br>Canal Road, Brantwick BK2 6TL<br>
  Switchboard 01632 960 500</p>
  <p><strong>Selmoor Hospital</strong><br>Orchard Way, Selmoor SQ9 4DW<br>Switchboard 01632 960 600</p></div>
  <ul class="bsh-footer__links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and
  cookies</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/freedom-to-speak-up">Freedom to
  Speak Up</a></li></ul>
  <p>Follow us: <a href="/social/facebook">Facebook</a> <a href="/social/bluesky">Bluesky</a>
  <a href="/social/youtube">YouTube</a></p>
  <p>&copy; {TRUST_9} 2029. Website by the Trust's digital team.</p></footer>
<script src="/static/bsh/main.js" defer></script>
</body></html>
""", encoding="utf-8")


def _write_pdf_9(leaflet: Leaflet, path: Path) -> None:
    # The page number at the top outer corner; the first page carries the NHS lozenge and the trust instead.
    service = _SERVICES_9.get(leaflet.code, "Patient information")
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 26mm 21mm 22mm;
  @top-left {{ content: "{_esc(leaflet.title)} · {service}"; font-size: 8pt; color: #a0461e }}
  @top-right {{ content: counter(page); font-size: 11pt; font-weight: bold; color: #a0461e }}
  @bottom-center {{ content: "{leaflet.code} · Issue 2 · May 2029 · Review May 2032 · {TRUST_9}"; font-size: 6.5pt;
    color: #555 }} }}
@page :first {{
  @top-left {{ content: "Information for patients"; font-size: 9pt; color: #a0461e }}
  @top-right {{ content: "NHS\\A {TRUST_9}"; white-space: pre; text-align: right; font-size: 9pt; font-weight: bold;
    color: #005eb8 }} }}
body {{ font-family: serif; font-size: 11pt; line-height: 1.45 }}
h1 {{ font-size: 23pt; color: #a0461e }}
h2 {{ font-size: 12.5pt; color: white; background: #a0461e; padding: 2pt 5pt }} h3 {{ font-size: 11.5pt }}
table {{ border-collapse: collapse; width: 100%; border-top: 1.5pt solid #222; border-bottom: 1.5pt solid #222 }}
th {{ border-bottom: 0.75pt solid #222; padding: 3pt 5pt; text-align: left }}
td {{ padding: 3pt 5pt; text-align: left; vertical-align: top }} td:last-child {{ text-align: right }}
""")


def _write_docx_9(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
    from docx.shared import Pt

    service = _SERVICES_9.get(leaflet.code, "Patient information")
    document = docx.Document()
    document.styles["Normal"].font.name = "Verdana"
    document.styles["Normal"].font.size = Pt(11)
    bold = leaflet.word_headings == "bold"
    if bold:
        title = document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run(leaflet.title)
        run.bold, run.font.size = True, Pt(18)
    else:
        document.add_heading(leaflet.title, level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            # An older template: main headings bold and underlined, sub-headings bold italic, both the text's size.
            run = document.add_paragraph().add_run(part.heading)
            run.bold = True
            if part.level == 2:
                run.underline = WD_UNDERLINE.SINGLE
            else:
                run.italic = True
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Medium Grid 1 Accent 5"
                for column, text in enumerate(block.header):
                    table.cell(0, column).paragraphs[0].add_run(text).bold = True
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    # The template's boxed other-formats notice closes the leaflet.
    document.add_paragraph()
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).text = ("If you would like this leaflet in large print, Easy Read, Braille, audio or another "
                           "language, please contact the Patient Information Team on 01632 960 590.")
    section = document.sections[0]
    logo = section.header.paragraphs[0]
    logo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    lozenge = logo.add_run("NHS")
    lozenge.bold, lozenge.font.size = True, Pt(16)
    trust = section.header.add_paragraph(TRUST_9)
    trust.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    small = section.footer.paragraphs[0].add_run(
        f"{leaflet.code} | {service} | Issue 2: May 2029 | Review: May 2032")
    small.font.size = Pt(8)
    numbers = section.footer.add_paragraph()
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(numbers, "PAGE")
    numbers.add_run("/")
    _page_field(numbers, "NUMPAGES")
    document.save(path)


# Set 10's furniture: a tenth trust's site and print templates, so that none of it is sets 1-9's.

_DEPARTMENTS_10 = {"MTH-URO-0112": "Urology", "MTH-ENT-0240": "Ear, Nose and Throat (ENT)",
                   "MTH-CAR-0075": "Cardiology", "MTH-GYN-0318": "Gynaecology"}


def _write_html_10(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    department = _DEPARTMENTS_10.get(leaflet.code, "Patient information")
    slug = re.sub(r"[^a-z]+", "-", department.lower()).strip("-")
    # The content management system's "resources" block after the leaflet: an audio version and other downloads.
    resources = ('<div class="sf-resources"><figure class="sf-audio"><figcaption>Listen to this leaflet</figcaption>'
                 f'<audio controls preload="none" src="/docs/audio/{leaflet.name}.mp3"></audio></figure>\n'
                 f'<ul class="sf-downloads"><li><a href="/docs/leaflets/{leaflet.name}.pdf">Printable version '
                 '(PDF)</a></li><li><a href="/docs/leaflets/easy-read">Easy Read leaflets</a></li></ul>\n'
                 f'<p class="sf-small">Leaflet ID: {_esc(leaflet.code)} | Published: March 2030 | Next review: '
                 '<time datetime="2033-03">March 2033</time></p></div>')
    holder = {
        "main": f'<main id="main" class="sf-content">\n{content}\n{resources}\n</main>',
        "article": f'<div id="main" class="sf-content"><article class="sf-leaflet">\n{content}\n</article>\n'
                   f'{resources}</div>',
        "role": f'<div id="main" class="sf-content" role="main">\n{content}\n{resources}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} | {_esc(department)} | Marrowby and Tessfield Teaching Hospitals</title>
<link rel="canonical" href="https://www.mth.example.nhs.uk/departments/{slug}/leaflets/{leaflet.name}">
<link rel="stylesheet" href="/ResourcePackages/MTH/assets/dist/css/main.min.css">
<script src="/ResourcePackages/MTH/assets/dist/js/cookieconsent.min.js"></script>
</head><body class="sf-page dept-{slug}">
<div class="cc-window cc-banner" role="dialog" aria-live="polite" aria-label="cookieconsent"><span
  class="cc-message">This website uses cookies to make sure you get the best experience. Some are essential and
  some help us to understand how the site is used. <a class="cc-link" href="/cookie-policy">Learn more about
  cookies</a></span> <a class="cc-btn cc-deny" role="button" href="#deny">Decline</a> <a class="cc-btn cc-allow"
  role="button" href="#allow">Allow cookies</a></div>
<a class="sf-skip" href="#main">Skip to main content</a>
<div class="phase-banner"><p><strong class="tag">BETA</strong> This is our new website. Your <a
  href="/website-feedback">feedback</a> will help us to improve it.</p></div>
<header class="mth-header"><a class="mth-header__logo" href="/"><img src="/ResourcePackages/MTH/assets/nhs-mth.svg"
  alt="{TRUST_10}"></a>
  <p class="mth-header__phone">Switchboard: <a href="tel:01632960800">01632 960 800</a></p>
  <div id="google_translate_element" class="mth-header__translate"><select class="goog-te-combo"
  aria-label="Language Translate Widget"><option value="">Select Language</option><option value="cy">Welsh</option>
  <option value="pl">Polish</option><option value="ur">Urdu</option><option value="ro">Romanian</option></select>
  </div>
  <form class="mth-header__search" role="search" action="/search-results"><label class="sr-only" for="mth-q">Search
  </label><input id="mth-q" name="searchQuery" type="search" placeholder="Search our site"><button
  type="submit">Search</button></form></header>
<nav class="navbar" aria-label="Main menu"><ul class="navbar__list">
  <li class="navbar__item dropdown"><a href="/our-hospitals">Our hospitals</a></li>
  <li class="navbar__item dropdown"><a href="/departments">Departments</a></li>
  <li class="navbar__item dropdown"><a href="/patients-and-visitors">Patients and visitors</a></li>
  <li class="navbar__item"><a href="/working-for-us">Working for us</a></li>
  <li class="navbar__item"><a href="/get-involved">Get involved</a></li></ul></nav>
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>
  <li class="breadcrumb-item"><a href="/departments">Departments</a></li>
  <li class="breadcrumb-item"><a href="/departments/{slug}">{_esc(department)}</a></li>
  <li class="breadcrumb-item"><a href="/departments/{slug}/leaflets">Patient leaflets</a></li>
  <li class="breadcrumb-item active" aria-current="page">{_esc(leaflet.title)}</li></ol></nav>
<div class="row">
<nav class="col-md-3 section-nav" aria-label="In this department"><p class="section-nav__title">{_esc(department)}
  </p><ul><li><a href="/departments/{slug}">About the department</a></li>
  <li><a href="/departments/{slug}/clinics">Clinics and wards</a></li>
  <li><a href="/departments/{slug}/team">Meet the team</a></li>
  <li class="active"><a href="/departments/{slug}/leaflets">Patient leaflets</a></li>
  <li><a href="/departments/{slug}/contact">Contact the department</a></li></ul></nav>
<div class="col-md-9">
{holder}
</div>
</div>
<footer class="mth-footer"><div class="mth-footer__hospitals">
  <p><strong>Marrowby General Hospital</strong><br>Tessfield Road, Marrowby MB7 3RE<br>Tel: 01632 960 800</p>
  <p><strong>Tessfield Community Hospital</strong><br>Priory Lane, Tessfield TF2 8NW<br>Tel: 01632 960 900</p></div>
  <div class="mth-footer__cqc"><p>Care Quality Commission</p><p>Overall rating: <strong>Good</strong></p>
  <a href="/cqc-report">Read our latest report</a></div>
  <ul class="mth-footer__links"><li><a href="/accessibility-statement">Accessibility statement</a></li>
  <li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/cookie-policy">Cookie policy</a></li>
  <li><a href="/freedom-of-information">Freedom of information</a></li><li><a href="/modern-slavery">Modern slavery
  statement</a></li></ul>
  <p class="mth-footer__social">Find us on <a href="/social/facebook">Facebook</a>, <a
  href="/social/instagram">Instagram</a> and <a href="/social/linkedin">LinkedIn</a></p>
  <p>&copy; {TRUST_10} 2030. Registered office: Marrowby General Hospital, Tessfield Road, Marrowby MB7 3RE.</p>
</footer>
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
</body></html>
""", encoding="utf-8")


def _write_pdf_10(leaflet: Leaflet, path: Path) -> None:
    # The department and the trust along the top (the trust alone, larger, on the first page), the leaflet's details
    # at the bottom left and the page number in Word's "n | Page" style at the bottom right.
    department = _DEPARTMENTS_10.get(leaflet.code, "Patient information")
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 24mm 22mm 24mm 24mm;
  @top-left {{ content: "{department} · Patient information"; font-size: 8pt; color: #6a2c70 }}
  @top-right {{ content: "{TRUST_10}"; font-size: 8pt; color: #6a2c70 }}
  @bottom-left {{ content: "Leaflet ID {leaflet.code} · Published March 2030 · Review March 2033"; font-size: 7pt;
    color: #444 }}
  @bottom-right {{ content: counter(page) " | Page"; font-size: 8pt; color: #6a2c70 }} }}
@page :first {{
  @top-left {{ content: "{TRUST_10}"; font-size: 11pt; font-weight: bold; color: #6a2c70 }}
  @top-right {{ content: "{department}"; font-size: 9pt; color: #6a2c70 }} }}
body {{ font-family: sans-serif; font-size: 11pt; line-height: 1.45 }}
h1 {{ font-size: 22pt; color: #6a2c70; border-bottom: 2pt solid #6a2c70; padding-bottom: 3pt }}
h2 {{ font-size: 14pt; color: #6a2c70; border-top: 0.5pt solid #c9a9cc; padding-top: 4pt }}
h3 {{ font-size: 12pt; font-style: italic; color: #6a2c70 }}
table {{ border-collapse: collapse; width: 100%; border: 1pt solid #6a2c70 }}
th, td {{ padding: 4pt 6pt; text-align: left; vertical-align: top }}
th + th, td + td {{ border-left: 0.5pt solid #6a2c70; text-align: center }}
th {{ border-bottom: 1pt dotted #6a2c70 }}
""")


def _logo_png_10() -> bytes:
    """A small plain PNG standing in for the NHS logo that the trust's Word template carries in its header."""
    import struct
    import zlib

    width, height = 72, 30
    rows = b"".join(b"\x00" + b"\x00\x5e\xb8" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _write_docx_10(leaflet: Leaflet, path: Path) -> None:
    import io

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt, RGBColor

    plum = RGBColor(0x6A, 0x2C, 0x70)
    department = _DEPARTMENTS_10.get(leaflet.code, "Patient information")
    document = docx.Document()
    document.styles["Normal"].font.name = "Trebuchet MS"
    document.styles["Normal"].font.size = Pt(11)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.name = "Trebuchet MS"
        document.styles[name].font.color.rgb = plum
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2)
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(20), plum
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            # The template's main headings are white bold text on a plum band; its sub-headings bold plum text.
            paragraph = document.add_paragraph()
            run = paragraph.add_run(part.heading)
            run.bold = True
            if part.level == 2:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:color"), "auto")
                shading.set(qn("w:fill"), "6A2C70")
                paragraph._p.get_or_add_pPr().append(shading)
            else:
                run.font.color.rgb = plum
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Colorful List Accent 4"
                for column, text in enumerate(block.header):
                    table.cell(0, column).text = text
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    # The header: the logo at the left, the trust at the right margin, the department under it.
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    header.add_run().add_picture(io.BytesIO(_logo_png_10()), width=Cm(1.9))
    header.add_run(f"\t{TRUST_10}").bold = True
    under = section.header.add_paragraph(department)
    under.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # The footer: the leaflet's details, then the page number in Word's "n | Page" style at the right.
    small = section.footer.paragraphs[0].add_run(
        f"Leaflet ID {leaflet.code} · Published March 2030 · Review March 2033 · {TRUST_10}")
    small.font.size = Pt(8)
    numbers = section.footer.add_paragraph()
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(numbers, "PAGE")
    numbers.add_run(" | Page")
    document.save(path)


# Set 11's furniture: an eleventh trust's site and print templates, so that none of it is sets 1-10's.

_DEPARTMENTS_11 = {"PWH/ORT/391": "Trauma and Orthopaedics", "PWH/PSU/127": "Paediatric Surgery",
                   "PWH/GAS/218": "Endoscopy Unit", "PWH/OPH/452": "Ophthalmology"}


def _write_html_11(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    department = _DEPARTMENTS_11.get(leaflet.code, "Patient information")
    slug = re.sub(r"[^a-z]+", "-", department.lower()).strip("-")
    # The leaflet page's tabs sit above it: the leaflet itself, an Easy Read version and a short film.
    tabs = ('<div class="pwh-tabs" role="tablist" aria-label="Ways to read this leaflet">'
            '<button role="tab" aria-selected="true">Read online</button>'
            '<button role="tab" aria-selected="false" tabindex="-1">Easy Read</button>'
            '<button role="tab" aria-selected="false" tabindex="-1">Watch the film (4 minutes)</button></div>')
    holder = {
        "main": f'<main id="pwh-leaflet" class="pwh-leaflet">\n{content}\n</main>',
        "article": f'<div id="pwh-leaflet" class="pwh-leaflet"><article>\n{content}\n</article></div>',
        "role": f'<div id="pwh-leaflet" class="pwh-leaflet" role="main">\n{content}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} :: Patient leaflets :: Pellingford and Wraxby Hospitals</title>
<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/wp-content/themes/pwh/dist/app.css?ver=11.4">
<script>document.documentElement.classList.replace("no-js", "js")</script>
</head><body class="leaflet-template-default single single-leaflet">
<a class="screen-reader-text skip-link" href="#pwh-leaflet">Skip to main content</a>
<div class="pwh-topbar"><p class="pwh-topbar__urgent">Need help now? Call <a href="tel:111">NHS 111</a>, or
  <a href="tel:999">999</a> in an emergency.</p>
  <ul class="pwh-topbar__links"><li><a href="/staff-intranet">Staff</a></li><li><a href="/members">Become a
  member</a></li><li><a href="/charity">Donate</a></li><li><a href="/contact">Contact us</a></li></ul></div>
<header class="pwh-masthead"><a class="pwh-masthead__brand" href="/"><img src="/wp-content/themes/pwh/img/logo.svg"
  alt="{TRUST_11}" width="260" height="60"></a>
  <form class="pwh-masthead__search" role="search" action="/"><label for="pwh-s">Search the website</label>
  <input id="pwh-s" name="s" type="search" placeholder="e.g. physiotherapy, parking, a leaflet"><button
  type="submit">Go</button></form>
  <a class="pwh-masthead__cta" href="/find-a-service">Find a service</a></header>
<nav class="pwh-primary" aria-label="Main navigation"><ul>
  <li><a href="/our-services">Our services</a></li><li><a href="/patients-and-visitors">Patients and visitors</a>
  </li><li><a href="/working-for-us">Working for us</a></li><li><a href="/about-us">About us</a></li>
  <li><a href="/news">News and events</a></li></ul></nav>
<nav class="pwh-crumbs" aria-label="You are here"><a href="/">Home</a> / <a href="/patients-and-visitors">Patients
  and visitors</a> / <a href="/patient-leaflets">Patient information leaflets</a> / <a
  href="/our-services/{slug}">{_esc(department)}</a></nav>
<div class="pwh-page">
{tabs}
<div class="pwh-tabpanel" role="tabpanel">
{holder}
</div>
<aside class="pwh-leaflet-details" aria-label="About this leaflet">
  <table class="pwh-docinfo"><caption>Leaflet details</caption>
  <tr><th scope="row">Leaflet number</th><td>{_esc(leaflet.code)}</td></tr>
  <tr><th scope="row">Written by</th><td>{_esc(department)}</td></tr>
  <tr><th scope="row">Date of issue</th><td>October 2030</td></tr>
  <tr><th scope="row">Review due</th><td>October 2033</td></tr></table>
  <ul class="pwh-leaflet-tools"><li><a href="javascript:window.print()">Print this leaflet</a></li>
  <li><a href="/wp-content/uploads/leaflets/{leaflet.name}.pdf">Download (PDF, 380 KB)</a></li>
  <li><a href="/request-a-leaflet-in-another-format">Ask for another format</a></li></ul></aside>
</div>
<footer class="pwh-footer">
  <div class="pwh-footer__sites">
  <p><strong>Pellingford General Hospital</strong><br>Mill Lane, Pellingford PF3 2QX<br>01632 961 000</p>
  <p><strong>Wraxby Community Hospital</strong><br>Church Street, Wraxby WX8 1LN<br>01632 961 900</p></div>
  <ul class="pwh-footer__links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy
  notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/foi">Freedom of information</a></li>
  <li><a href="/equality">Equality and diversity</a></li><li><a href="/sitemap">Site map</a></li></ul>
  <p class="pwh-footer__awards">Disability Confident Leader · Armed Forces Covenant Gold Award · Veteran Aware</p>
  <p>&copy; 2030 {TRUST_11}</p></footer>
<div class="pwh-cookies" role="region" aria-label="Cookie choices"><p>We use some essential cookies to make this
  website work. We would also like to set analytics cookies to see how you use it.</p>
  <button type="button" data-cookies="accept">Accept analytics cookies</button>
  <button type="button" data-cookies="reject">Essential cookies only</button>
  <a href="/cookies">Change your cookie settings</a></div>
<script src="/wp-content/themes/pwh/dist/app.js?ver=11.4" defer></script>
</body></html>
""", encoding="utf-8")


def _write_pdf_11(leaflet: Leaflet, path: Path) -> None:
    # The department and the trust in small type along the top (the trust alone, bolder, on the first page), the
    # leaflet's details at the bottom left and the page number alone in a filled box at the bottom right.
    department = _DEPARTMENTS_11.get(leaflet.code, "Patient information")
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 28mm 20mm 26mm;
  @top-left {{ content: "{department}"; font-size: 7.5pt; color: #1f5d73 }}
  @top-right {{ content: "{TRUST_11}"; font-size: 7.5pt; color: #1f5d73 }}
  @bottom-left {{ content: "Leaflet {leaflet.code} · Issue 1 · October 2030 · Review due October 2033"; font-size: 7pt;
    color: #555 }}
  @bottom-right {{ content: counter(page); font-size: 9pt; font-weight: bold; color: white; background: #1f5d73;
    width: 8mm; height: 6mm; text-align: center; vertical-align: middle }} }}
@page :first {{
  @top-left {{ content: "{TRUST_11}"; font-size: 10.5pt; font-weight: bold; color: #1f5d73 }}
  @top-right {{ content: "Patient information leaflet"; font-size: 8pt; color: #1f5d73 }} }}
body {{ font-family: sans-serif; font-size: 10.5pt; line-height: 1.5 }}
h1 {{ font-size: 24pt; color: #1f5d73; margin-bottom: 8pt }}
h2 {{ font-size: 13.5pt; color: #1f5d73; border-bottom: 1.5pt solid #1f5d73; padding-bottom: 2pt }}
h3 {{ font-size: 11pt; color: #1f5d73 }}
table {{ border-collapse: separate; border-spacing: 0 2.5pt; width: 100% }}
th {{ color: #1f5d73; border-bottom: 2pt solid #1f5d73; padding: 3pt 6pt; text-align: left }}
td {{ background: #e6f0f3; padding: 4pt 6pt; text-align: left; vertical-align: top }}
td:first-child {{ width: 62% }}
""")


def _write_docx_11(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt, RGBColor

    petrol = RGBColor(0x1F, 0x5D, 0x73)
    department = _DEPARTMENTS_11.get(leaflet.code, "Patient information")

    def rule_under(paragraph, size: str) -> None:
        """A line under the paragraph, as the template draws under its main headings and its header."""
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", size), ("w:space", "1"), ("w:color", "1F5D73")):
            bottom.set(qn(key), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    document = docx.Document()
    document.styles["Normal"].font.name = "Tahoma"
    document.styles["Normal"].font.size = Pt(11)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.name = "Tahoma"
        document.styles[name].font.color.rgb = petrol
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2.2)
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(20), petrol
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            # The template's main headings are bold petrol text a little larger than the text, with a rule under
            # them; its sub-headings are bold petrol text the size of the text.
            paragraph = document.add_paragraph()
            run = paragraph.add_run(part.heading)
            run.bold, run.font.color.rgb = True, petrol
            if part.level == 2:
                run.font.size = Pt(13)
                rule_under(paragraph, "6")
        else:
            document.add_heading(part.heading, level=part.level)
        for block in part.content:
            if isinstance(block, Para):
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text[len(block.lead):])
            elif isinstance(block, Items):
                for text in block.texts:
                    document.add_paragraph(text, style="List Number" if block.numbered else "List Bullet")
            else:
                table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
                table.style = "Medium List 2 Accent 1"
                for column, text in enumerate(block.header):
                    table.cell(0, column).paragraphs[0].add_run(text).bold = True
                for number, row in enumerate(block.rows, 1):
                    for column, text in enumerate(row):
                        table.cell(number, column).text = text
    # The header: the trust at the left, the department and the page number at the right margin, a rule under both.
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    header.add_run(TRUST_11).bold = True
    header.add_run(f"\t{department} | ")
    _page_field(header, "PAGE")
    rule_under(header, "4")
    # The footer: the leaflet's details, then a line about other formats.
    small = section.footer.paragraphs[0].add_run(
        f"Leaflet {leaflet.code} · Issue 1 · Date of issue: October 2030 · Review due: October 2033")
    small.font.size = Pt(8)
    formats = section.footer.add_paragraph().add_run(
        "Please ask if you would like this leaflet in large print, Braille, audio or another language.")
    formats.font.size, formats.italic = Pt(8), True
    document.save(path)


WRITERS = {"html": (".html", write_html), "docx": (".docx", write_docx), "pdf": (".pdf", write_pdf)}


# --- measuring ----------------------------------------------------------------------------------

def normal(text: str) -> str:
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", text)  # Markdown escapes
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                         "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    return " ".join(text.split())


_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"


def _value(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def source_figures(text: str) -> tuple[set[Fraction], set[Fraction], set[int]]:
    """(numbers written, rates written, denominators written: 100 for a percentage)."""
    numbers = {_value(n) for n in re.findall(_NUMBER, text)}
    rates, pers = set(), set()
    for n, d in re.findall(rf"({_NUMBER})\s+in\s+(?:every\s+)?({_NUMBER})", text):
        rates.add(_value(n) / _value(d))
        pers.add(int(_value(d)))
    for low, high, d in re.findall(rf"between\s+({_NUMBER})\s+and\s+({_NUMBER})\s+in\s+(?:every\s+)?({_NUMBER})",
                                   text):
        rates |= {_value(low) / _value(d), _value(high) / _value(d)}
        pers.add(int(_value(d)))
    for n in re.findall(rf"({_NUMBER})\s*%", text):
        rates.add(_value(n) / 100)
        pers.add(100)
    return numbers, rates, pers


def invented(frequency: dict, text: str) -> list[str]:
    """The numbers of a draft frequency that the source does not write, nor write as the same rate."""
    numbers, rates, pers = source_figures(text)
    per = frequency.get("per")
    wrong = []
    for key in ("count", "up_to"):
        value = frequency.get(key)
        if value is None:
            continue
        if Fraction(value) not in numbers and Fraction(value, per) not in rates:
            wrong.append(f"{key} {value}")
    if per not in pers and not any(Fraction(frequency[k], per) in rates for k in ("count", "up_to")
                                   if frequency.get(k) is not None):
        wrong.append(f"per {per}")
    return wrong


def body_texts(sections: dict) -> list[str]:
    """The draft's body text: what the importer took from the source, not its TODOs or notes."""
    texts = []

    def add(value):
        if isinstance(value, str) and not value.startswith("TODO"):
            texts.append(value)

    for key, value in sections.items():
        if key == "risks":
            for risk in value:
                add(risk.get("name"))
                add(risk.get("detail"))
        elif key in ("about", "doing_nothing"):
            add(value)
        elif key in ("candidates", "benefits"):
            for text in value:
                add(text)
        elif key == "procedure_steps":
            for step in value:
                add(step.get("text"))
        elif key == "alternatives":
            for alternative in value:
                add(alternative.get("text"))
        elif key == "recovery":
            for stage in value:
                add(stage.get("text"))
        elif key == "get_help":
            for texts_ in value.values():
                for text in texts_:
                    add(text)
        elif key == "faq":
            for question in value:
                add(question.get("q"))
                add(question.get("a"))
    return texts


def sentences(text: str) -> list[str]:
    found = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
        found += [s.strip() for s in re.split(r"(?<=[.?!:;])\s+", line) if s.strip()]
    return found


@dataclass
class Result:
    leaflet: str
    file_format: str
    headings: int = 0
    headings_right: int = 0
    risks: int = 0
    risks_right: int = 0
    figures: int = 0
    sentences: int = 0
    sentences_own: int = 0


def measure(leaflet: Leaflet, file_format: str, folder: Path, misses: list[str]) -> Result:
    suffix, writer = WRITERS[file_format]
    source = folder / f"{leaflet.name}{suffix}"
    writer(leaflet, source)
    output = folder / f"{leaflet.name}-{file_format}.yaml"
    report_path = folder / f"{leaflet.name}-{file_format}.json"
    imported = import_leaflet(source, output, leaflet_id=leaflet.name, report_path=report_path)
    report = imported.report
    draft = yaml.safe_load(output.read_text(encoding="utf-8"))
    where = f"{leaflet.name} [{file_format}]"
    result = Result(leaflet.name, file_format)

    placed = {}
    for entry in report["placed"]:
        placed.setdefault(normal(entry["heading"]).casefold(), entry["section"])
    for part in leaflet.parts:
        result.headings += 1
        got = placed.get(normal(part.heading).casefold(), "(not read as a heading)")
        if got == part.section:
            result.headings_right += 1
        else:
            misses.append(f"{where} heading {part.heading!r}: got {got}, expected {part.section}")
    known = {normal(p.heading).casefold() for p in leaflet.parts} | {normal(leaflet.title).casefold()}
    for entry in report["placed"]:
        if normal(entry["heading"]).casefold() not in known:
            misses.append(f"{where} (note) a heading not in the source's headings: {entry['heading']!r} "
                          f"-> {entry['section']}")

    risks = list(draft["sections"].get("risks") or [])
    used = set()
    for risk in leaflet.risks:
        result.risks += 1
        match = next((i for i, r in enumerate(risks) if i not in used and all(
            w.casefold() in f"{r.get('name', '')} {r.get('detail', '')}".casefold() for w in risk.words)), None)
        if match is None:
            misses.append(f"{where} risk {'/'.join(risk.words)!r}: not found, expected {fmt(risk.frequency)}")
            continue
        used.add(match)
        frequency = risks[match].get("frequency")
        got = None if frequency is None else (frequency["count"], frequency.get("up_to"), frequency["per"])
        if got == risk.frequency:
            result.risks_right += 1
        else:
            misses.append(f"{where} risk {risks[match].get('name')!r}: got {fmt(got)}, expected {fmt(risk.frequency)}"
                          + (f" (review: {risks[match]['review']})" if risks[match].get("review") else ""))
    for i, r in enumerate(risks):
        if i not in used and not str(r.get("name", "")).startswith("TODO"):
            misses.append(f"{where} (note) a draft risk no expected risk matched: {r.get('name')!r} "
                          f"{fmt(None if not r.get('frequency') else (r['frequency']['count'], r['frequency'].get('up_to'), r['frequency']['per']))}")

    text = source_text(leaflet)
    for r in risks:
        if r.get("frequency"):
            result.figures += 1
            for wrong in invented(r["frequency"], text):
                misses.append(f"{where} INVENTED figure in risk {r.get('name')!r}: {wrong}")

    own_text = normal(text)
    for body in body_texts(draft["sections"]):
        for sentence in sentences(body):
            if len(sentence.split()) < 6:
                continue
            result.sentences += 1
            if normal(sentence) in own_text:
                result.sentences_own += 1
            else:
                misses.append(f"{where} sentence not the source's own: {sentence!r}")
    return result


def fmt(frequency) -> str:
    if frequency is None:
        return "none"
    count, up_to, per = frequency
    return f"{count}{'-' + str(up_to) if up_to else ''} in {per:,}"


def pct(right: int, total: int) -> str:
    return f"{right}/{total} = {100 * right / total:.1f}%" if total else "-"


def table(rows: list[tuple[str, list[Result]]], invented_count: dict[str, int]) -> None:
    print(f"{'files':10} {'headings in right section':>28} {'risks found, figure exact':>28} "
          f"{'invented figures':>17} {'own sentences (>=6 words)':>28}")
    for label, results in rows:
        h = (sum(r.headings_right for r in results), sum(r.headings for r in results))
        k = (sum(r.risks_right for r in results), sum(r.risks for r in results))
        s = (sum(r.sentences_own for r in results), sum(r.sentences for r in results))
        figures = sum(r.figures for r in results)
        print(f"{label:10} {pct(*h):>28} {pct(*k):>28} {f'{invented_count[label]} of {figures}':>17} "
              f"{pct(*s):>28}")


SET_NAMES = {
    "1": "set 1 (hip replacement, varicose veins, colonoscopy, hysteroscopy): seen while the heading rules "
         "were changed, so no longer held out",
    "2": "set 2 (flexible cystoscopy, wisdom teeth, subacromial decompression, breast lump): seen while the "
         "importer's rules were changed, so no longer held out",
    "3": "set 3 (laparoscopic appendicectomy, total knee replacement, haemorrhoid banding, skin lesion "
         "excision): seen while the importer's rules were changed, so no longer held out",
    "4": "set 4 (thyroidectomy, vasectomy, gastroscopy, bunion correction): seen while the importer's rules were "
         "changed, so no longer held out",
    "5": "set 5 (cataract surgery, carpal tunnel release, open inguinal hernia repair, adult tonsillectomy): seen "
         "while the importer's rules were changed, so no longer held out",
    "6": "set 6 (grommets for a child, laparoscopic cholecystectomy, trigger finger release, TURP): seen while the "
         "importer's rules were changed, so no longer held out",
    "7": "set 7 (squint surgery for a child, permanent pacemaker, LLETZ treatment to the cervix, steroid injection "
         "into the shoulder): seen while the importer's rules were changed, so no longer held out",
    "8": "set 8 (ureteroscopy for kidney stones, dental extractions for a child, lumbar microdiscectomy, bone marrow "
         "biopsy): seen while the importer's rules were changed, so no longer held out",
    "9": "set 9 (coronary angiogram, circumcision for a child, Dupuytren's fasciectomy, liver biopsy): seen while the "
         "importer's rules were changed, so no longer held out",
    "10": "set 10 (transperineal prostate biopsy, adenoidectomy for a child, electrical cardioversion, laparoscopic "
          "hysterectomy): seen while the importer's rules were changed, so no longer held out",
    "11": "set 11 (knee arthroscopy, hydrocele repair for a child, ERCP, ptosis surgery on the upper eyelid): held "
          "out",
}


def run_set(leaflets: tuple[Leaflet, ...], folder: Path) -> tuple[list[Result], list[str]]:
    misses: list[str] = []
    results: list[Result] = []
    for leaflet in leaflets:
        for file_format in FORMATS:
            try:
                results.append(measure(leaflet, file_format, folder, misses))
            except Exception as error:  # a measurement: report a failed import and go on
                misses.append(f"{leaflet.name} [{file_format}] IMPORT FAILED: {type(error).__name__}: {error}")
                results.append(Result(leaflet.name, file_format,
                                      headings=len(leaflet.parts), risks=len(leaflet.risks)))
    return results, misses


def invented_by_format(misses: list[str]) -> dict[str, int]:
    counts = {f: sum(1 for m in misses if "INVENTED" in m and f"[{f}]" in m) for f in FORMATS}
    counts["overall"] = sum(counts.values())
    return counts


def report_set(name: str, leaflets: tuple[Leaflet, ...], results: list[Result], misses: list[str]) -> None:
    rows = [(f, [r for r in results if r.file_format == f]) for f in FORMATS] + [("overall", results)]
    print(f"consentpack import on {SET_NAMES[name]}: {len(leaflets)} invented leaflets x {len(FORMATS)} formats "
          f"(title headings not counted)\n")
    table(rows, invented_by_format(misses))
    print("\nPer leaflet (all three formats):")
    table([(r.leaflet[:10], [x for x in results if x.leaflet == r.leaflet]) for r in results[::len(FORMATS)]],
          {**{lf.name[:10]: sum(1 for m in misses if "INVENTED" in m and m.startswith(lf.name)) for lf in leaflets}})
    print(f"\nMisses ({sum(1 for m in misses if '(note)' not in m)}), and notes:")
    for miss in misses:
        print("  " + miss)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="How well `consentpack import` maps invented leaflets.")
    parser.add_argument("--set", dest="sets", choices=(*SETS, "both", "all"), default="all",
                        help="which set of leaflets to measure: 1, 2, 3, 4, 5, 6, 7, 8, 9 (held out), 10 (held "
                             "out), 11 (held out), or all of them (all or both, the default)")
    picked = parser.parse_args(argv).sets
    chosen = tuple(SETS) if picked in ("both", "all") else (picked,)
    everything: list[Result] = []
    every_miss: list[str] = []
    with tempfile.TemporaryDirectory(prefix="import-accuracy-") as folder:
        for number, name in enumerate(chosen):
            if number:
                print("\n" + "=" * 120 + "\n")
            results, misses = run_set(SETS[name], Path(folder))
            report_set(name, SETS[name], results, misses)
            everything += results
            every_miss += misses
    if len(chosen) > 1:
        print("\n" + "=" * 120 + f"\n\nAll sets together ({sum(len(SETS[n]) for n in chosen)} leaflets x "
              f"{len(FORMATS)} formats):\n")
        table([(f, [r for r in everything if r.file_format == f]) for f in FORMATS] + [("overall", everything)],
              invented_by_format(every_miss))
    return 0


if __name__ == "__main__":
    sys.exit(main())

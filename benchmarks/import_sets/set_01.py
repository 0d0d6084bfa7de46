"""Set 1: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

from pathlib import Path

from .model import Items, Leaflet, Para, Part, Risk, Table, _content_html, _esc, _render_pdf, add_docx_content

# --- set 1 --------------------------------------------------------------------------------------
#
# TEST DATA ONLY. The four leaflets below (hip replacement, endovenous laser treatment for
# varicose veins, colonoscopy, outpatient hysteroscopy) were invented for this measurement.
# Their wording, risks and figures are made up, are not clinical information, and must never
# be printed for a patient or copied into a leaflet library. Westbrook Community Hospitals NHS
# Trust does not exist.

TRUST = "Westbrook Community Hospitals NHS Trust"  # invented


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

SET = (HIP, VEINS, COLONOSCOPY, HYSTEROSCOPY)


def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Table Grid", bold_header=True)
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{TRUST}\tPatient Information"
    section.footer.paragraphs[0].text = "PIL 0457 · Version 2 · Review date March 2029"
    document.save(path)

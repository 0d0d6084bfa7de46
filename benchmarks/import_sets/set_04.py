"""Set 4: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

from pathlib import Path

from .model import (
    Items,
    Leaflet,
    Para,
    Part,
    Risk,
    Table,
    _content_html,
    _esc,
    _page_field,
    _render_pdf,
    add_docx_content,
)

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

SET = (THYROID, VASECTOMY, GASTROSCOPY, BUNION)


# Set 4's furniture: a fourth trust's site and print templates, so that none of it is sets 1-3's.

def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Light List Accent 1", bold_header=True)
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{TRUST_4}\tInformation for patients"
    footer = section.footer.paragraphs[0]
    footer.text = f"{leaflet.code}\tPublished October 2026\t"
    footer.add_run("Page ")
    _page_field(footer, "PAGE")
    footer.add_run(" of ")
    _page_field(footer, "NUMPAGES")
    document.save(path)

"""Set 2: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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

SET = (CYSTOSCOPY, WISDOM, SHOULDER, BREAST)


# Set 2's furniture: another trust's site and print templates, so that none of it is set 1's.

def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Light Grid Accent 1")
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

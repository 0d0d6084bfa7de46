"""Set 3: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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

SET = (APPENDIX, KNEE, BANDING, SKIN)


# Set 3's furniture: a third trust's site and print templates, so that none of it is set 1's or 2's.

def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Medium Shading 1 Accent 1")
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

"""Set 5: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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

SET = (CATARACT, CARPAL, HERNIA, TONSIL)


# Set 5's furniture: a fifth trust's site and print templates, so that none of it is sets 1-4's.

def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Light Shading Accent 4")
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

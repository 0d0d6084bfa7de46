"""Set 12: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

import json
import re
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

# --- set 12: held out again ---------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-11: endoscopic sinus surgery, repair of an umbilical hernia for a child, a carotid
# endarterectomy and breast reduction surgery, invented for this measurement. Their wording, risks and figures are made
# up, are not clinical information, and must never be printed for a patient or copied into a leaflet library. Cressfold
# and Tarnby University Hospitals NHS Trust does not exist.
#
# Written without reading the importer, its tests or the README: headings are phrased as an ordinary trust's patient
# information team phrases them, and the expected section is what the leaflet model asks for. Their files have
# furniture of their own (set 12's writers below).

TRUST_12 = "Cressfold and Tarnby University Hospitals NHS Trust"  # invented

# AO. An intro; questions in the patient's voice; a success rate in the benefits, a time written "up to" in the
#     preparation and times in the recovery that are no risk figures; risks as list items with a figure after a colon
#     (words beside a time in words, a word, a rate, a bound "up to" that rescales to 100, a percentage, a range of
#     rates), then a risk sub-heading that is one risk, a plain label (a bound in 100), and another grouping rare ones
#     (a rate in 1,000, a bound in 1,000, a rate in 1,000, words); doing nothing under its own heading; consent inside
#     the preparation; a recovery sub-heading and a recovery question about work; a FAQ of h3 questions; parking and
#     the ENT team's numbers.
SINUS = Leaflet(
    name="endoscopic-sinus-surgery", title="Functional endoscopic sinus surgery (FESS)", furniture=12,
    code="CTH/ENT/274",
    intro=(Para("Your ENT (ear, nose and throat) surgeon has recommended an operation on your sinuses. This leaflet "
                "explains what the operation involves, its benefits and risks, and what to expect while you recover. "
                "Please read it before your pre-operative assessment and write down any questions you would like to "
                "ask."),),
    parts=(
        Part("What are the sinuses?", "about", (
            Para("The sinuses are air-filled spaces in the bones of the face, around the nose and the eyes. They are "
                 "lined with a thin layer of tissue that makes mucus, which normally drains into the nose through "
                 "small openings."),
            Para("If the lining stays swollen for a long time, or small fleshy swellings called polyps grow from it, "
                 "these openings can become blocked. Mucus then builds up in the sinuses and they can become "
                 "inflamed and infected. This is called chronic rhinosinusitis."),
        )),
        Part("What is endoscopic sinus surgery?", "about", (
            Para("It is an operation to widen the natural drainage channels of the sinuses and to remove polyps and "
                 "diseased tissue. The surgeon uses an endoscope, a thin telescope with a light and a camera, which "
                 "is passed into the nose. The whole operation is done through the nostrils, so there are no cuts on "
                 "the face."),
        )),
        Part("Why has sinus surgery been suggested for me?", "candidates", (
            Para("Surgery is usually offered when your symptoms have not got better after at least 3 months of "
                 "treatment with steroid nasal sprays or drops and salt water rinses. These symptoms may include a "
                 "blocked nose, a reduced sense of smell, pain or pressure in the face, and thick mucus running from "
                 "the nose or down the back of the throat."),
            Para("You will usually have had a CT scan of your sinuses, which helps your surgeon to plan the "
                 "operation."),
        )),
        Part("What happens during sinus surgery?", "procedure_steps", (
            Para("The operation is done under a general anaesthetic, so you will be asleep. It usually takes between "
                 "1 and 2 hours, depending on how many sinuses need to be opened."),
            Para("The surgeon looks inside the nose with the endoscope and removes polyps and small pieces of thin "
                 "bone to open up the sinuses. An image guidance system, which works a little like satellite "
                 "navigation, may be used to check the position of the instruments. At the end of the operation, "
                 "dissolving packs or small soft splints may be placed inside the nose."),
        )),
        Part("How will the operation help me?", "benefits", (
            Para("The aim is to let your sinuses drain, and to let your steroid spray and rinses reach the lining more "
                 "easily. Most people find that their nose is less blocked, that they have fewer infections and that "
                 "their sense of smell improves. About 3 out of 4 people say that their symptoms are much better a "
                 "year after the operation."),
            Para("Surgery does not cure chronic rhinosinusitis, and you will need to keep using your nasal spray "
                 "afterwards."),
        )),
        Part("What are the risks of sinus surgery?", "risks", (
            Para("Endoscopic sinus surgery is a common operation and serious problems are unusual. Your surgeon will "
                 "go through the risks with you before you sign the consent form. They include:"),
            Items((
                "A stuffy, blocked-up feeling in the nose for two to three weeks while the lining heals (very "
                "common).",
                "Crusts forming inside the nose, which are cleared with salt water rinses (common).",
                "Bleeding from the nose after you have gone home that needs treatment in hospital: about 1 in 100 "
                "people.",
                "An infection in the sinuses, treated with a course of tablets: up to 1 in 50 people.",
                "Scar tissue (adhesions) forming across the inside of the nose, which may need to be divided in "
                "clinic: 2% of people.",
                "Polyps and symptoms coming back over the years, so that you need another operation: between 1 in 10 "
                "and 1 in 5 people.",
            )),
        )),
        # A label under the risks heading that names one risk: a risk sub-heading.
        Part("Your sense of smell", "risks", (
            Para("Your sense of smell may be worse for a few weeks after the operation, while the inside of your nose "
                 "is swollen. Occasionally it does not recover, or ends up worse than it was before the operation. "
                 "This happens to less than 1 in 100 people."),
        ), level=3),
        Part("Rare risks to the eye and the brain", "risks", (
            Para("The sinuses lie very close to the eyes and to the base of the skull, so there are some rare but "
                 "serious risks:"),
            Items((
                "Bruising or swelling around the eye socket: about 5 in 1,000 people. It usually settles within a "
                "week or two.",
                "Damage to the muscles that move the eye or to the nerve of sight, causing double vision or loss of "
                "vision: less than 1 in 1,000 people.",
                "A leak of the clear fluid that surrounds the brain (cerebrospinal fluid), which would need to be "
                "repaired, usually during the same operation: 2 in 1,000 people.",
                "Meningitis, which is inflammation of the lining of the brain, after a leak of fluid (very rare).",
            )),
        ), level=3),
        Part("Are there any other treatments?", "alternatives", (
            Para("You can carry on with steroid nasal sprays or drops and salt water rinses. Some people are offered "
                 "a short course of steroid tablets, or a long course of a low-dose antibiotic. For some people with "
                 "severe nasal polyps, an injected medicine called a biologic may be considered, but only when "
                 "certain conditions are met."),
        )),
        Part("What if I decide not to have surgery?", "doing_nothing", (
            Para("Chronic rhinosinusitis is not dangerous, and the choice is yours. If you do not have the operation, "
                 "your symptoms are likely to stay the same or may slowly get worse. You can carry on with your "
                 "current treatment and ask your GP to refer you back to the ENT clinic in the future."),
        )),
        Part("How do I prepare for the operation?", "unplaced", (
            Para("You will be asked to come to a pre-operative assessment clinic about 2 weeks before your operation. "
                 "Please tell us if you take aspirin, clopidogrel, warfarin or another medicine that thins the blood, "
                 "as you may need to stop it for up to 7 days beforehand."),
            Para("Do not eat anything for 6 hours before your admission time. You may drink water until 2 hours "
                 "before. Your surgeon will see you on the day to answer any questions and to confirm your consent."),
        )),
        Part("What happens after the operation?", "recovery", (
            Para("Most people go home on the same day, once they have had something to eat and drink. Some people "
                 "stay in overnight. Your nose will feel blocked and you may have a little bloodstained mucus for the "
                 "first few days. This is normal."),
            Para("If you have packs that need to be removed, a nurse will take them out before you go home."),
        )),
        Part("Rinsing your nose", "recovery", (
            Para("Start using a salt water (saline) rinse the day after your operation, twice a day, to clear mucus "
                 "from your nose. Carry on for at least 4 weeks. Restart your steroid spray when your surgeon tells "
                 "you to, usually after 2 weeks."),
        ), level=3),
        # A question about getting back to normal: recovery in the leaflet model, not a question for the FAQ.
        Part("When can I go back to work?", "recovery", (
            Para("Most people take 1 to 2 weeks off work. For 2 weeks, avoid heavy lifting, hard exercise, swimming "
                 "and blowing your nose hard, and do not fly."),
        )),
        Part("Who should I contact if I have a problem?", "get_help", (
            Para("Ring Seacole Ward straight away, or go to your nearest Emergency Department, if you have:"),
            Items((
                "bleeding from your nose that does not stop after 10 minutes of pinching the soft part of your nose",
                "swelling around your eye, or any change in your eyesight",
                "a severe headache, a stiff neck or a high temperature",
                "clear, watery fluid dripping from your nose",
            )),
            Para("For anything less urgent, ring the ENT nurse practitioners during working hours."),
        )),
        Part("Your questions about sinus surgery", "faq", ()),
        Part("Will my face look different?", "faq", (
            Para("No. The operation is done entirely through the nostrils, so there will be no cuts or scars on your "
                 "face."),
        ), level=3),
        Part("Will I have packs in my nose?", "faq", (
            Para("Most people have dissolving packs, which do not need to be removed. If your surgeon uses packs that "
                 "do not dissolve, they will be taken out before you leave."),
        ), level=3),
        Part("Can I blow my nose?", "faq", (
            Para("Try not to blow your nose for the first week. If you need to sneeze, keep your mouth open so that "
                 "the pressure does not build up inside your nose."),
        ), level=3),
        Part("Parking at Cressfold Royal Infirmary", "ignore", (
            Para("The nearest car park to the ENT Day Unit is car park C, off Harbour Road. Parking is free for blue "
                 "badge holders. The X4 and 27 buses stop at the main entrance."),
        )),
        # Only the team's numbers, no warning signs: nothing the leaflet model holds.
        Part("Phone numbers for the ENT team", "ignore", (
            Para("ENT Day Unit: 01632 960 412, Monday to Friday, 7.30am to 7pm. ENT nurse practitioners: 01632 960 "
                 "418. Seacole Ward (24 hours): 01632 960 425."),
        )),
    ),
    risks=(
        Risk(("stuffy",), None),  # "very common": words; "two to three weeks" is a time, not a figure
        Risk(("crusts",), None),  # "common": a word, no figure
        Risk(("bleeding",), (1, None, 100)),
        Risk(("infection",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("adhesions",), (2, None, 100)),  # 2%
        Risk(("coming back",), (10, 20, 100)),  # between 1 in 10 and 1 in 5: 10 to 20 in 100
        Risk(("smell",), (1, None, 100)),  # the sub-heading is the risk; "less than 1 in 100": the bound
        Risk(("eye socket",), (5, None, 1000)),  # "a week or two" is a time, not a figure
        Risk(("double vision",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("cerebrospinal",), (2, None, 1000)),
        Risk(("meningitis",), None),  # "very rare": words, no figure
    ),
)

# AP. For parents: an intro of two paragraphs (ages in the second); questions in the parent's voice as bold paragraphs
#     on the web page and in the PDF, Word headings styled; ages in the candidates, fasting times in the preparation
#     and a temperature in the warning signs that are no risk figures; risks in a table (Risk | Likelihood) with
#     words, a rate that rescales to 100, a bound "up to" that rescales to 100, a word, a bound in 100 and a bound in
#     1,000, then a risk sub-heading that is a parent's question about one risk (a percentage) and another grouping the
#     anaesthetic's (a range of rates, a word, a rate no whole number fits, a rate in 10,000); doing nothing as a
#     paragraph of the alternatives; preparation and consent under headings of their own; feedback, privacy and the
#     ward's numbers; no FAQ.
UMBILICAL = Leaflet(
    name="umbilical-hernia-repair-child", title="Your child's umbilical hernia repair", furniture=12,
    code="CTH/PAE/066", web_headings="bold", container="article",
    intro=(
        Para("This leaflet is for parents and carers of children who have been offered an operation to repair an "
             "umbilical hernia. It explains what the operation involves, the possible risks, and how to look after "
             "your child when you get home."),
        Para("Umbilical hernias are very common in babies and young children. Many close by themselves, so we usually "
             "wait until a child is 4 or 5 years old before suggesting an operation."),
    ),
    parts=(
        Part("What is an umbilical hernia?", "about", (
            Para("An umbilical hernia is a soft swelling at the belly button (umbilicus). Before birth, the umbilical "
                 "cord passes through a gap in the muscles of the tummy wall. This gap normally closes soon after "
                 "birth. If it does not close completely, some of the fat or bowel from inside the tummy can push "
                 "through it and make a bulge under the skin."),
            Para("The bulge is often bigger when your child cries, coughs or strains, and goes back in when they are "
                 "relaxed or lying down. It does not usually hurt."),
        )),
        Part("Why has my child been offered this operation?", "candidates", (
            Para("Most umbilical hernias close by themselves in the first few years of life. An operation is "
                 "recommended if the hernia is still there when your child is 4 or 5, if it is large, or if it has "
                 "ever become stuck and painful."),
        )),
        Part("What happens in the operation?", "procedure_steps", (
            Para("Your child will have a general anaesthetic, so they will be asleep for the whole operation. You can "
                 "stay with your child until they are asleep."),
            Para("The surgeon makes a small curved cut just below the belly button, pushes the fat or bowel back "
                 "inside the tummy and closes the gap in the muscle with strong stitches. The skin is closed with "
                 "dissolving stitches, so they will not need to be taken out. The operation takes about 30 minutes, "
                 "although your child will be away from you for longer than this."),
        )),
        Part("How will repairing the hernia help my child?", "benefits", (
            Para("The operation closes the gap, so the bulge goes away and the hernia cannot become stuck in the "
                 "future. Most children have no further problems."),
        )),
        Part("What are the risks of the operation?", "risks", (
            Para("Serious problems after this operation are unusual. The table below shows the main risks."),
            Table(("Risk", "Likelihood"), (
                ("Bruising and tenderness around the belly button for a few days", "Very common"),
                ("A wound infection, which is treated with antibiotics", "1 in 50"),
                ("A small collection of fluid under the wound (seroma), which usually goes away without treatment",
                 "Up to 1 in 20"),
                ("The belly button looking a different shape after the operation", "Uncommon"),
                ("The hernia coming back and needing another operation", "Less than 1 in 100"),
                ("Injury to the bowel during the operation", "Less than 1 in 1,000"),
            )),
        )),
        # A parent's question under the risks heading about one risk: a risk sub-heading, not a FAQ.
        Part("Will my child have a scar?", "risks", (
            Para("Your child will have a small scar in the skin fold below the belly button, which usually fades and "
                 "becomes hard to see. In about 2% of children the scar becomes thick, raised or red."),
        ), level=3),
        # Under the risks heading, and what it lists is the anaesthetic's risks: risks, not the procedure.
        Part("Risks from the general anaesthetic", "risks", (
            Para("Anaesthetics for children are very safe. The anaesthetist will meet you and your child before the "
                 "operation. Possible side effects include:"),
            Items((
                "being sick after the operation (between 1 in 20 and 1 in 10 children)",
                "a headache or feeling dizzy while waking up (common)",
                "a chipped or loose tooth caused by the breathing tube (about 1 in 4,500)",
                "a severe allergic reaction to one of the medicines (about 1 in 10,000)",
            )),
        ), level=3),
        Part("Is there another way to treat it?", "alternatives", (  # doing nothing is a paragraph of them
            Para("There is no other treatment that closes an umbilical hernia. Strapping the belly button or taping "
                 "a coin over it does not help, and it can damage the skin."),
            Para("You can choose to wait and not have the operation for now. Some small hernias still close in older "
                 "children, and a hernia that stays soft and goes back in easily is unlikely to cause harm. However, "
                 "there is a small chance that it could become stuck, and your child would then need an emergency "
                 "operation."),
        )),
        Part("How do I prepare my child for the operation?", "unplaced", (
            Para("Your admission letter will tell you when your child must stop eating and drinking. Usually your "
                 "child can have food or formula milk until 6 hours before, breast milk until 4 hours before, and "
                 "water or diluted squash until 1 hour before."),
            Para("It can help to explain to your child, in words they understand, that they are going to hospital to "
                 "have their tummy mended and that you will be there when they wake up. Bring a favourite toy or "
                 "comforter with you."),
        )),
        Part("Consent for the operation", "unplaced", (
            Para("A person with parental responsibility for your child will be asked to sign a consent form before "
                 "the operation. If you are not sure whether you have parental responsibility, please ask us before "
                 "the day. Older children may also be asked whether they agree to the operation themselves."),
        )),
        Part("When can my child go home?", "recovery", (
            Para("Your child will wake up in the recovery room and then come back to the ward. Most children go home "
                 "on the same day, usually 2 to 3 hours after the operation, once they have had a drink and passed "
                 "urine."),
        )),
        Part("Caring for your child at home", "recovery", (
            Para("Give your child paracetamol or ibuprofen regularly for the first 2 days, and after that only if "
                 "they need it. Always follow the dose on the packet for your child's age."),
            Para("Keep the dressing dry for 48 hours. After that your child can have a shower or a quick bath. Your "
                 "child can go back to nursery or school after 2 or 3 days, but should avoid rough play, climbing "
                 "frames and PE for 2 weeks."),
        )),
        Part("What signs should I look out for?", "get_help", (
            Para("Ring Otter Ward, or call NHS 111 out of hours, if your child:"),
            Items((
                "has a temperature of 38°C or above",
                "has a wound that is red, swollen, hot or oozing",
                "is in pain that is not eased by regular pain relief",
                "keeps vomiting or will not drink",
            )),
        )),
        Part("Tell us about your child's stay", "ignore", (
            Para("We would like to hear about your child's visit. Please fill in a Friends and Family Test card before "
                 "you leave the ward, or scan the QR code on the ward noticeboard."),
        )),
        Part("How we use your child's information", "ignore", (
            Para("We keep a record of your child's care and share it with your GP. Our privacy notice, on the Trust "
                 "website, explains how we look after your personal information and your rights."),
        )),
        # Only the ward's numbers, no warning signs: nothing the leaflet model holds.
        Part("Otter Ward phone numbers", "ignore", (
            Para("Otter Ward (24 hours): 01632 960 330. Children's surgery secretaries: 01632 960 336, Monday to "
                 "Friday, 9am to 4pm."),
        )),
    ),
    risks=(
        Risk(("tenderness",), None),  # "very common": words; "a few days" is a time, not a figure
        Risk(("wound infection",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("seroma",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("different shape",), None),  # "uncommon": a word, no figure
        Risk(("coming back",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("bowel",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("scar",), (2, None, 100)),  # the sub-heading (a parent's question) is the risk
        Risk(("sick",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("dizzy",), None),  # "common": a word, no figure
        Risk(("tooth",), None),  # 1 in 4,500 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("allergic",), (1, None, 10000)),
    ),
)

# AQ. No intro; numbered questions and labels with numbered sub-headings in the procedure, the risks, the preparation,
#     the recovery and the FAQ; Word headings as bold paragraphs, web and PDF headings tags; a percentage and a time
#     in the candidates and a dose in the alternatives that are no risk figures; risks as paragraphs whose bold
#     lead-in names the risk (words, a rate, a range of percentages, a bound "up to" that rescales to 100, a
#     percentage), then a numbered risk sub-heading that is one risk (a rate in 100) and another grouping the heart's,
#     the chest's and the blood pressure's as list items (a bound in 100, a word, a percentage that rescales to 1,000);
#     doing nothing under its own heading; consent as a numbered sub-heading of the preparation; stroke warning signs;
#     the sources and the vascular team's numbers.
CAROTID = Leaflet(
    name="carotid-endarterectomy", title="Carotid endarterectomy", furniture=12, code="CTH/VAS/149",
    word_headings="bold", container="role",
    parts=(
        Part("1. What is carotid artery disease?", "about", (
            Para("The carotid arteries are the two main blood vessels in your neck that carry blood to your brain. "
                 "Over time, a fatty material called plaque can build up inside them and make them narrower. This is "
                 "called carotid artery disease."),
            Para("Small pieces of plaque, or blood clots that form on it, can break off and travel to the brain. This "
                 "can cause a transient ischaemic attack (TIA, sometimes called a mini-stroke) or a stroke."),
        )),
        Part("2. What is a carotid endarterectomy?", "about", (
            Para("A carotid endarterectomy is an operation to remove the plaque from inside the carotid artery, to "
                 "lower your risk of having a stroke in the future."),
        )),
        Part("3. Who is the operation for?", "candidates", (
            Para("The operation is usually recommended for people who have recently had a TIA or a minor stroke and "
                 "whose carotid artery is narrowed by 50% or more. It works best when it is done soon, ideally within "
                 "2 weeks of the symptoms starting."),
            Para("Your vascular surgeon will look at your scan results, your general health and your wishes before "
                 "recommending the operation."),
        )),
        Part("4. The operation", "procedure_steps", (
            Para("The surgeon makes a cut of about 8 to 10 cm along the side of your neck, over the artery. The artery "
                 "is clamped, opened along its length, and the plaque is carefully removed. The artery is then "
                 "closed, usually with a patch to widen it, and the wound is closed with stitches."),
        )),
        Part("4.1 Will I be awake?", "procedure_steps", (
            Para("The operation can be done under a general anaesthetic, when you are asleep, or under a local "
                 "anaesthetic, when your neck is numbed and you stay awake. Staying awake lets the team check how "
                 "your brain is working during the operation, by asking you to talk and to squeeze a soft toy in "
                 "your hand. Your anaesthetist will talk to you about which is best for you."),
        ), level=3),
        Part("4.2 How long does it take?", "procedure_steps", (
            Para("The operation usually takes between 90 minutes and 2 hours. You will then spend a few hours in the "
                 "recovery area, where your blood pressure and how alert you are will be checked closely."),
        ), level=3),
        Part("5. Benefits of the operation", "benefits", (
            Para("Removing the plaque greatly reduces your risk of having a stroke over the next few years. For most "
                 "people who have had symptoms, the benefit of the operation outweighs its risks."),
        )),
        Part("6. Possible risks and complications", "risks", (
            Para("As with any operation, there are risks. Your surgeon will explain how they apply to you. The main "
                 "ones are:"),
            Para("Numbness of the skin. The skin around the wound, and sometimes under the jaw and over the ear lobe, "
                 "will feel numb. This is very common and usually gets better over several months.",
                 lead="Numbness of the skin."),
            Para("Wound infection. About 1 in 100 people get an infection in the wound, which is treated with "
                 "antibiotics.", lead="Wound infection."),
            Para("Bleeding in the neck. Blood can collect under the wound (a haematoma) in between 2% and 5% of "
                 "people. Some need to go back to theatre so that the blood can be removed, because a large swelling "
                 "can press on the windpipe.", lead="Bleeding in the neck."),
            Para("Damage to nerves in the neck. The nerves to the tongue, the voice box and the corner of the mouth "
                 "lie close to the artery. Bruising of these nerves can cause a hoarse voice, difficulty swallowing or "
                 "a lopsided smile in up to 1 in 20 people. This usually gets better within a few weeks.",
                 lead="Damage to nerves in the neck."),
            Para("Narrowing of the artery again. Over the following years, the artery narrows again (restenosis) in "
                 "about 3% of people. This does not usually cause symptoms, and most people do not need further "
                 "treatment.", lead="Narrowing of the artery again."),
        )),
        Part("6.1 Stroke", "risks", (
            Para("The most serious risk of the operation is a stroke, which can happen during the operation or in the "
                 "first few days afterwards. It happens to about 2 in 100 people. A stroke can cause weakness of the "
                 "face, arm or leg, or problems with speech, and may be permanent. Very rarely, it can be fatal."),
        ), level=3),
        Part("6.2 Heart, chest and blood pressure problems", "risks", (
            Items((
                "A heart attack during or after the operation: less than 1 in 100 people.",
                "A chest infection, which is more likely if you smoke (uncommon).",
                "A sudden rise in blood pressure after the operation, which can cause a severe headache and, very "
                "rarely, a fit or bleeding into the brain (hyperperfusion syndrome): 0.5% of people.",
            )),
        ), level=3),
        Part("7. Other treatments", "alternatives", (
            Para("Everyone with carotid artery disease is offered medicines to lower the risk of a stroke, whether or "
                 "not they have the operation. These usually include an antiplatelet medicine such as clopidogrel "
                 "75 mg once a day, a statin to lower cholesterol, and tablets to control blood pressure if needed."),
            Para("For a small number of people, a carotid stent may be suggested instead. A stent is a small mesh "
                 "tube that is put into the artery through a blood vessel in the groin, to hold the narrowed part "
                 "open."),
        )),
        Part("8. What happens if I do not have the operation?", "doing_nothing", (
            Para("You can decide not to have the operation. You will still be offered the medicines described above, "
                 "and you should keep taking them. Without the operation, your risk of having a stroke will be higher "
                 "than if the plaque were removed, particularly in the first few weeks after your symptoms. Your "
                 "surgeon can explain what this means for you."),
        )),
        Part("9. Getting ready for your operation", "unplaced", (
            Para("Because the operation works best soon after your symptoms, it may be arranged within a few days of "
                 "your clinic appointment."),
        )),
        Part("9.1 Pre-operative assessment", "unplaced", (
            Para("A nurse will check your general health and arrange blood tests, a heart tracing (ECG) and any other "
                 "tests you need. Please bring all your medicines, or a list of them, with you. Keep taking your "
                 "clopidogrel or aspirin unless your surgeon tells you otherwise."),
        ), level=3),
        Part("9.2 Agreeing to the operation", "unplaced", (
            Para("Your surgeon will go through the benefits and risks with you again and ask you to sign a consent "
                 "form. You can change your mind at any time before the operation."),
        ), level=3),
        Part("10. Recovering from the operation", "recovery", (
            Para("You will be looked after on the vascular ward, or in a high dependency unit, for the first night, "
                 "and your blood pressure will be checked often. Most people go home 1 or 2 days after the "
                 "operation."),
        )),
        Part("10.1 Your wound", "recovery", (
            Para("Your neck will be sore and may be swollen for a week or two. Take regular painkillers, such as "
                 "paracetamol. Your stitches will either dissolve or be removed by the practice nurse at your GP "
                 "surgery 10 days after the operation."),
        ), level=3),
        Part("10.2 Driving, work and everyday life", "recovery", (
            Para("Do not drive for at least 4 weeks, and check with the DVLA and your insurance company before you "
                 "start again. Most people can go back to work after 4 to 6 weeks. You can shower after 2 days, but "
                 "do not soak the wound in a bath until it has healed."),
        ), level=3),
        Part("11. Signs of a stroke and when to get help", "get_help", (
            Para("Call 999 straight away if you notice any signs of a stroke. Remember FAST:"),
            Items((
                "Face: has the face fallen on one side?",
                "Arms: can the person raise both arms and keep them there?",
                "Speech: is their speech slurred?",
                "Time: it is time to call 999.",
            )),
            Para("Contact the vascular ward if your neck wound becomes red, hot or swollen, or leaks fluid, or if you "
                 "have a high temperature."),
        )),
        Part("12. Questions patients often ask", "faq", ()),
        Part("12.1 Will I have a scar?", "faq", (
            Para("Yes. You will have a scar along the side of your neck. It is usually red at first, but fades to a "
                 "thin pale line over a few months."),
        ), level=3),
        Part("12.2 Will I need to keep taking my tablets?", "faq", (
            Para("Yes. The operation treats one narrowed artery, but your medicines protect all your blood vessels, "
                 "so it is important to keep taking them."),
        ), level=3),
        Part("12.3 Can my family visit me on the ward?", "faq", (
            Para("Yes. Visiting on Ward 14 is between 2pm and 8pm every day. Two visitors at a time can sit with you."),
        ), level=3),
        Part("13. Sources of evidence", "ignore", (
            Para("National Institute for Health and Care Excellence. Stroke and transient ischaemic attack in over "
                 "16s: diagnosis and initial management. European Society for Vascular Surgery. Clinical practice "
                 "guidelines on the management of atherosclerotic carotid and vertebral artery disease."),
        )),
        # Only the team's numbers, no warning signs: nothing the leaflet model holds.
        Part("14. Vascular team telephone numbers", "ignore", (
            Para("Vascular nurse specialists: 01632 960 530, Monday to Friday, 8am to 4pm. Ward 14 (24 hours): 01632 "
                 "960 545."),
        )),
    ),
    risks=(
        Risk(("numbness",), None),  # "very common": words; "several months" is a time, not a figure
        Risk(("wound infection",), (1, None, 100)),
        Risk(("haematoma",), (2, 5, 100)),  # between 2% and 5%
        Risk(("voice box",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("restenosis",), (3, None, 100)),  # "about 3%"
        Risk(("stroke",), (2, None, 100)),  # the sub-heading is the risk; "a few days" is a time, not a figure
        Risk(("heart attack",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("chest infection",), None),  # "uncommon": a word, no figure
        Risk(("hyperperfusion",), (5, None, 1000)),  # 0.5% is exactly 5 in 1,000
    ),
)

# AR. An intro; plain labels, with a procedure sub-heading, as bold paragraphs on the web page, in the PDF and in Word;
#     an age, a BMI and a time in the candidates and times in the recovery that are no risk figures; risks as list
#     items with figures in brackets (words beside a time, a rate that rescales to 100, a percentage, a bound "up to"
#     that rescales to 100, a word, none, a bound in 1,000), then a risk sub-heading that is one risk (a rate that
#     rescales to 100 beside a time written as a range) and another grouping problems with healing (a range of rates,
#     a word, a bound in 100, a word); doing nothing as a paragraph of the alternatives; consent inside the
#     preparation and clinical photographs under a heading of their own; a FAQ of bold questions leading paragraphs;
#     further information and other formats.
REDUCTION = Leaflet(
    name="breast-reduction", title="Breast reduction surgery", furniture=12, code="CTH/PLA/318",
    web_headings="bold", word_headings="bold",
    intro=(Para("This leaflet is for women who are thinking about having an operation to make their breasts smaller. "
                "It explains what the operation involves and what the risks are, so that you can make a decision "
                "with your surgeon that is right for you."),),
    parts=(
        Part("Breast reduction explained", "about", (
            Para("Breast reduction, also called reduction mammoplasty, is an operation to remove some of the fat, "
                 "breast tissue and skin from the breasts, to make them smaller, lighter and a better shape. The "
                 "nipple is usually moved higher up on the breast at the same time."),
        )),
        Part("Who may be offered the operation", "candidates", (
            Para("Very large breasts can cause pain in the back, neck and shoulders, grooves in the shoulders from bra "
                 "straps, and rashes in the skin under the breasts. Surgery may be offered if these problems have not "
                 "improved with other measures."),
            Para("To have the operation on the NHS you will usually need to be over 21, to have a body mass index "
                 "(BMI) below 27 that has been stable for at least a year, and to be a non-smoker. Your surgeon will "
                 "explain the criteria that apply in our area."),
        )),
        Part("During the operation", "procedure_steps", (
            Para("The operation is done under a general anaesthetic and takes between 2 and 4 hours. Before you go "
                 "to theatre, the surgeon will draw on your breasts with a marker pen to plan the cuts."),
            Para("Most often, the surgeon makes a cut around the nipple, a cut straight down from it and a cut along "
                 "the fold under the breast, which leaves an anchor-shaped scar. Tissue and skin are removed, the "
                 "nipple is moved up, and the breast is reshaped and stitched."),
        )),
        # What the surgeon leaves in place at the end of the operation: the procedure, though a reader could argue for
        # the recovery.
        Part("Drains and dressings", "procedure_steps", (
            Para("At the end of the operation, the surgeon may place a thin plastic tube (a drain) in each breast to "
                 "draw off any fluid. The wounds are closed with dissolving stitches and covered with waterproof "
                 "dressings."),
        ), level=3),
        Part("Benefits of a breast reduction", "benefits", (
            Para("Most women find that the pain in their back, neck and shoulders is much better after the operation, "
                 "and that it is easier to exercise and to find clothes and bras that fit. Many also feel more "
                 "confident about how they look."),
        )),
        Part("Risks of breast reduction", "risks", (
            Para("All operations carry some risk. The risks of this operation include:"),
            Items((
                "Swelling and bruising of the breasts, which settle over about 6 weeks (very common)",
                "Fluid collecting in the breast (seroma), which may need to be drained in clinic (about 1 in 20)",
                "Bleeding soon after the operation, so that you need to go back to theatre (2%)",
                "A wound infection needing antibiotics (up to 1 in 10)",
                "Breasts that are slightly different in size or shape from each other (common)",
                "Not being able to breastfeed in the future. Many women are unable to breastfeed after a breast "
                "reduction.",
                "A blood clot in the leg or the lung (less than 1 in 1,000)",
            )),
        )),
        Part("Changes in nipple sensation", "risks", (
            Para("The sensation in your nipples may change after the operation. They may become more sensitive, or "
                 "numb. Feeling usually returns over 6 to 12 months, but in about 1 in 10 women the nipples stay numb "
                 "permanently."),
        ), level=3),
        Part("Problems with healing", "risks", (
            Items((
                "Small areas along the scars, usually where the cuts meet under the breast, that are slow to heal "
                "and need dressings for a few weeks (between 1 in 10 and 1 in 5)",
                "Fat necrosis, when some of the fatty tissue in the breast dies and forms firm lumps (uncommon)",
                "Loss of part or all of the nipple and the darker skin around it (the areola), because its blood "
                "supply is reduced (less than 1 in 100). This is more likely if you smoke.",
                "Scars that become raised, red or widened (common)",
            )),
        ), level=3),
        Part("Alternatives to breast reduction", "alternatives", (  # doing nothing is a paragraph of them
            Para("A professionally fitted, supportive bra can ease discomfort. Physiotherapy and exercises to "
                 "strengthen your back and shoulders may help with pain, and if you are overweight, losing weight may "
                 "make your breasts smaller."),
            Para("You can also choose not to have surgery. Your symptoms are unlikely to get better on their own, but "
                 "the operation is not urgent, and you can ask to be referred again if you change your mind later."),
        )),
        Part("Preparing for your surgery", "unplaced", (
            Para("If you smoke, you must stop at least 6 weeks before the operation, because smoking makes problems "
                 "with healing much more likely. If you take the combined contraceptive pill or HRT, you may be asked "
                 "to stop it 4 weeks beforehand."),
            Para("If you are over 40, you will be asked to have a mammogram before the operation. On the day, your "
                 "surgeon will check that you understand the operation and ask you to sign the consent form."),
        )),
        # Photographs for the record, taken with the patient's consent before the operation: part of getting ready, so
        # unplaced; a reader could also call it something the leaflet model does not hold (ignore).
        Part("Clinical photographs", "unplaced", (
            Para("We will ask your permission to take photographs of your breasts before and after the operation. "
                 "They form part of your medical record and help us to plan your surgery and check the results. They "
                 "will not be used for any other purpose without your written consent."),
        )),
        Part("Your stay in hospital", "recovery", (
            Para("Most women stay in hospital for 1 night. You will wake up with dressings on your breasts and you may "
                 "have drains. You will be given painkillers and helped to get up and walk about as soon as "
                 "possible."),
        )),
        Part("The first few weeks at home", "recovery", (
            Para("Wear a soft, supportive bra without underwiring day and night for 6 weeks. Take 2 to 3 weeks off "
                 "work, or longer if your job is physical. Do not lift anything heavy, vacuum or do hard exercise for "
                 "6 weeks. You can drive when you can wear a seat belt comfortably and do an emergency stop, usually "
                 "after 2 to 3 weeks."),
        )),
        Part("Follow-up appointments", "recovery", (
            Para("A nurse will check your wounds in the dressing clinic about 1 week after the operation. You will see "
                 "your surgeon in clinic about 3 months later. The final shape of your breasts can take 6 to 12 months "
                 "to settle."),
        )),
        Part("Getting help after you go home", "get_help", (
            Para("Contact the Plastic Surgery Dressing Clinic or Ward 9, or call NHS 111 out of hours, if:"),
            Items((
                "one breast becomes much larger, harder or more painful than the other",
                "a wound becomes red, hot or starts to leak",
                "you have a temperature of 38°C or more, or feel generally unwell",
                "you have pain or swelling in your calf, or you become short of breath",
            )),
        )),
        Part("Common questions", "faq", (
            Para("How much smaller will my breasts be? Your surgeon will talk to you about the size you would like and "
                 "what can be achieved safely. Most women go down by two or more cup sizes.",
                 lead="How much smaller will my breasts be?"),
            Para("Will the results last? Your breasts can still change with age, pregnancy and weight gain or loss, "
                 "but most women are happy with the result for many years.", lead="Will the results last?"),
            Para("Can I have the operation if I want children in the future? Yes, but you may wish to wait until you "
                 "have finished having children, because pregnancy can change the size and shape of your breasts "
                 "again.", lead="Can I have the operation if I want children in the future?"),
        )),
        # Websites for further reading, like a list of references: nothing the leaflet model holds.
        Part("Further information", "ignore", (
            Para("NHS website: www.nhs.uk (search for breast reduction). British Association of Plastic, "
                 "Reconstructive and Aesthetic Surgeons: www.bapras.org.uk."),
        )),
        Part("Would you like this leaflet in another format?", "ignore", (
            Para("If you would like this leaflet in large print, easy read, audio, Braille or another language, please "
                 "contact the Patient Advice and Liaison Service (PALS) on 01632 960 100 or email "
                 "cth.pals@cth.example.nhs.uk."),
        )),
    ),
    risks=(
        Risk(("swelling",), None),  # "very common": words; "about 6 weeks" is a time, not a figure
        Risk(("seroma",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("bleeding",), (2, None, 100)),  # 2%
        Risk(("wound infection",), (10, None, 100)),  # "up to 1 in 10": the bound, exactly 10 in 100
        Risk(("different in size",), None),  # "common": a word, no figure
        Risk(("breastfeed",), None),  # no figure at all
        Risk(("blood clot",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("sensation",), (10, None, 100)),  # the sub-heading is the risk; "6 to 12 months" is a time
        Risk(("slow to heal",), (10, 20, 100)),  # between 1 in 10 and 1 in 5: 10 to 20 in 100
        Risk(("fat necrosis",), None),  # "uncommon": a word, no figure
        Risk(("areola",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("widened",), None),  # "common": a word, no figure
    ),
)

SET = (SINUS, UMBILICAL, CAROTID, REDUCTION)


# Set 12's furniture: a twelfth trust's site and print templates, so that none of it is sets 1-11's.

_DEPARTMENTS_12 = {"CTH/ENT/274": "Ear, Nose and Throat", "CTH/PAE/066": "Children's Surgery",
                   "CTH/VAS/149": "Vascular Surgery", "CTH/PLA/318": "Plastic Surgery"}

_ISSUED_12 = "Published May 2031 · Version 2 · Review date May 2034"


def write_html(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    department = _DEPARTMENTS_12.get(leaflet.code, "Patient information")
    slug = re.sub(r"[^a-z]+", "-", department.lower()).strip("-")
    pdf_name = leaflet.code.replace("/", "-").lower()
    # The site's page schema, which its content system writes into the head of every leaflet page.
    schema = json.dumps({"@context": "https://schema.org", "@type": "MedicalWebPage", "name": leaflet.title,
                         "lastReviewed": "2031-05-12", "audience": "https://schema.org/Patient",
                         "publisher": {"@type": "Organization", "name": TRUST_12}})
    # Inside the page region: the breadcrumb before the title, and the leaflet's details and actions after it.
    crumbs = ('<ol class="ct-crumbs" aria-label="Breadcrumb"><li><a href="/">Home</a></li>'
              '<li><a href="/patients-and-visitors">Patients and visitors</a></li>'
              '<li><a href="/patient-leaflets">Patient leaflets</a></li>'
              f'<li><a href="/services/{slug}">{_esc(department)}</a></li></ol>')
    details = (f'<dl class="ct-leaflet-meta"><dt>Reference</dt><dd>{_esc(leaflet.code)}</dd><dt>Department</dt>'
               f'<dd>{_esc(department)}</dd><dt>Published</dt><dd>May 2031</dd><dt>Review date</dt><dd>May 2034</dd>'
               '</dl>\n<p class="ct-leaflet-actions"><button type="button" onclick="window.print()">Print this '
               f'leaflet</button> <a href="/media/leaflets/{pdf_name}.pdf">Download as PDF (212 KB)</a></p>')
    holder = {
        "main": f'<main id="content" class="ct-main">\n{crumbs}\n{content}\n{details}\n</main>',
        "article": f'<div id="content" class="ct-main">\n{crumbs}\n<article class="ct-leaflet">\n{content}\n'
                   f'</article>\n{details}\n</div>',
        "role": f'<div id="content" class="ct-main" role="main">\n{crumbs}\n{content}\n{details}\n</div>',
    }[leaflet.container]
    letters = "".join(f'<li><a href="/patient-leaflets?letter={c.lower()}">{c}</a></li>'
                      for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    path.write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} - Cressfold and Tarnby Hospitals</title>
<meta name="description" content="Patient information from the {_esc(department)} team.">
<link rel="stylesheet" href="/static/ctuh/css/site.2031.css">
<script type="application/ld+json">{schema}</script>
</head><body class="page-leaflet">
<dialog open class="ct-cookies" aria-labelledby="ct-cookies-title"><p id="ct-cookies-title"><strong>Cookies on our
  website</strong></p><p>We use necessary cookies to make our website work. With your permission we would also like
  to use cookies that help us to improve it.</p><form method="dialog"><button value="accept">Accept all
  cookies</button> <button value="necessary">Use necessary cookies only</button></form> <a href="/cookies">Choose
  which cookies we use</a></dialog>
<a class="ct-skip" href="#content">Jump to content</a>
<div class="ct-access" role="toolbar" aria-label="Accessibility tools"><span>Text size</span> <button
  type="button">A</button> <button type="button">A+</button> <button type="button">A++</button> <button
  type="button" aria-pressed="false">High contrast</button> <a href="/easy-read">Easy read</a></div>
<header class="ct-header"><a class="ct-header__logo" href="/"><img src="/static/ctuh/img/ctuh-logo.svg"
  alt="{TRUST_12}" width="280" height="64"></a>
  <p class="ct-header__visiting">Visiting times: 11am to 8pm every day. <a href="/visiting">Visiting
  guidance</a></p>
  <form class="ct-search" role="search" action="/search"><label for="ct-q">Search</label><input id="ct-q" name="q"
  type="search"><select name="in" aria-label="Search in"><option>Whole website</option><option>Patient
  leaflets</option><option>Our services</option></select><button type="submit">Search</button></form></header>
<nav class="ct-nav" aria-label="Primary"><button class="ct-nav__toggle" type="button"
  aria-expanded="false">Menu</button><ul>
  <li><a href="/services">Services A to Z</a></li><li><a href="/patients-and-visitors">Patients and visitors</a></li>
  <li><a href="/our-hospitals">Our hospitals</a></li><li><a href="/careers">Careers</a></li>
  <li><a href="/about-us">About us</a></li><li><a href="/contact-us">Contact us</a></li></ul></nav>
<div class="ct-layout">
<nav class="ct-az" aria-label="Patient leaflets A to Z"><p class="ct-az__title">Leaflets A to Z</p><ul
  class="ct-az__letters">{letters}</ul></nav>
{holder}
</div>
<section class="ct-promo"><h2 class="ct-promo__title">Friends and Family Test</h2><p>Tell us about your care. It only
  takes two minutes and helps us to improve our services.</p><a class="ct-button" href="/fft">Give feedback</a>
  </section>
<footer class="ct-footer">
  <div class="ct-footer__sites">
  <p><strong>Cressfold Royal Infirmary</strong><br>Harbour Road, Cressfold CX4 7HN<br>Main switchboard: 01632 960
  000</p>
  <p><strong>Tarnby General Hospital</strong><br>Moor Lane, Tarnby TB2 5QS<br>Main switchboard: 01632 960 700</p>
  <p><strong>Wyrebank Community Hospital</strong><br>Station Road, Wyrebank TB9 3JD</p></div>
  <ul class="ct-footer__links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">How we use
  your information</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/foi">Freedom of information</a></li>
  <li><a href="/nhs-constitution">NHS Constitution</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
  <p class="ct-footer__smokefree">All our hospital sites are smoke-free, including the car parks.</p>
  <p class="ct-footer__social"><a href="/social/facebook">Facebook</a> · <a href="/social/x">X</a> · <a
  href="/social/youtube">YouTube</a></p>
  <p>&copy; 2031 {TRUST_12}</p></footer>
<script src="/static/ctuh/js/site.2031.js" defer></script>
</body></html>
""", encoding="utf-8")


def write_pdf(leaflet: Leaflet, path: Path) -> None:
    # The trust and the department centred in a small running header with a rule under it (on the first page a filled
    # "Patient information" tag at the top right instead), the leaflet's details at the bottom left and the leaflet's
    # title with "page n" at the bottom right, both over a thin rule.
    department = _DEPARTMENTS_12.get(leaflet.code, "Patient information")
    title = leaflet.title.replace('"', '\\"')
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 26mm 20mm 25mm 20mm;
  @top-center {{ content: "{TRUST_12} · {department}"; font-size: 7.5pt; color: #2e6b3a;
    border-bottom: 0.5pt solid #9bbfa2; vertical-align: bottom; padding-bottom: 2pt }}
  @bottom-left {{ content: "{leaflet.code} · {_ISSUED_12}"; font-size: 7pt; color: #555;
    border-top: 0.5pt solid #9bbfa2; vertical-align: top; padding-top: 2pt }}
  @bottom-right {{ content: "{title} – page " counter(page); font-size: 7.5pt; color: #2e6b3a;
    border-top: 0.5pt solid #9bbfa2; vertical-align: top; padding-top: 2pt }} }}
@page :first {{
  @top-center {{ content: none }}
  @top-right {{ content: "Patient information"; font-size: 8.5pt; font-weight: bold; color: white;
    background: #2e6b3a; padding: 2pt 6pt; vertical-align: middle; height: 7mm }} }}
body {{ font-family: sans-serif; font-size: 10.5pt; line-height: 1.45 }}
h1 {{ font-size: 23pt; color: #2e6b3a; margin-bottom: 10pt }}
h2 {{ font-size: 13pt; color: #1f4a28; background: #e4efe6; padding: 3pt 6pt; margin-top: 14pt }}
h3 {{ font-size: 11pt; color: #2e6b3a; border-left: 3pt solid #2e6b3a; padding-left: 5pt }}
p b, p strong {{ color: #1f4a28 }}
table {{ border-collapse: collapse; width: 100%; border-top: 2pt solid #2e6b3a }}
th {{ background: #e4efe6; padding: 4pt 6pt; text-align: left }}
td {{ border-bottom: 0.5pt dotted #777; padding: 4pt 6pt; text-align: left; vertical-align: top }}
td:last-child {{ font-weight: bold; width: 30% }}
""")


def write_docx(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt, RGBColor

    green = RGBColor(0x2E, 0x6B, 0x3A)
    department = _DEPARTMENTS_12.get(leaflet.code, "Patient information")

    def paragraph_border(paragraph, side: str) -> None:
        """A thin green line along one side of a paragraph, as the template draws in its header and footer."""
        borders = OxmlElement("w:pBdr")
        line = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "9BBFA2")):
            line.set(qn(key), value)
        borders.append(line)
        paragraph._p.get_or_add_pPr().append(borders)

    document = docx.Document()
    document.styles["Normal"].font.name = "Century Gothic"
    document.styles["Normal"].font.size = Pt(11)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.name = "Century Gothic"
        document.styles[name].font.color.rgb = green
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2.4)
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(22), green
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            # The template's main headings are bold dark green text on a pale green band; its sub-headings are bold
            # italic green text the size of the text.
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            run = paragraph.add_run(part.heading)
            run.bold = True
            if part.level == 2:
                run.font.size, run.font.color.rgb = Pt(12.5), RGBColor(0x1F, 0x4A, 0x28)
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:color"), "auto")
                shading.set(qn("w:fill"), "E4EFE6")
                paragraph._p.get_or_add_pPr().append(shading)
            else:
                run.italic, run.font.color.rgb = True, green
        else:
            document.add_heading(part.heading, level=part.level)
        for table in add_docx_content(document, part.content, "Light List Accent 3"):
            for row in table.rows[1:]:  # each risk's figure in bold
                row.cells[-1].paragraphs[0].runs[0].bold = True
    # The header: the trust right-aligned in bold green, and under it the department, with a line under both.
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    trust = header.add_run(TRUST_12)
    trust.bold, trust.font.color.rgb, trust.font.size = True, green, Pt(10)
    under = section.header.add_paragraph()
    under.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    words = under.add_run(f"Information for patients · {department}")
    words.font.size, words.font.color.rgb = Pt(8.5), RGBColor(0x55, 0x55, 0x55)
    paragraph_border(under, "bottom")
    # The footer, over a line: the leaflet's details at the left, then the title and the page number at the right.
    details = section.footer.paragraphs[0]
    paragraph_border(details, "top")
    small = details.add_run(f"{leaflet.code} · {_ISSUED_12}")
    small.font.size = Pt(7.5)
    page = section.footer.add_paragraph()
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page.add_run(f"{leaflet.title} – page ").font.size = Pt(8)
    _page_field(page, "PAGE")
    document.save(path)

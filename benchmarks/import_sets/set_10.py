"""Set 10: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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

SET = (PROSTATE_BIOPSY, ADENOIDS, CARDIOVERSION, HYSTERECTOMY)


# Set 10's furniture: a tenth trust's site and print templates, so that none of it is sets 1-9's.

_DEPARTMENTS_10 = {"MTH-URO-0112": "Urology", "MTH-ENT-0240": "Ear, Nose and Throat (ENT)",
                   "MTH-CAR-0075": "Cardiology", "MTH-GYN-0318": "Gynaecology"}


def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Colorful List Accent 4")
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

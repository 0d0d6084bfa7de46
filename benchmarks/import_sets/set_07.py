"""Set 7: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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
    source_text,
)

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

SET = (SQUINT, PACEMAKER, LLETZ, SHOULDER_INJECTION)


# Set 7's furniture: a seventh trust's site and print templates, so that none of it is sets 1-6's.

def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Light Grid Accent 2")
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

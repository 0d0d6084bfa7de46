"""Set 8: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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

SET = (URETEROSCOPY, DENTAL, DISCECTOMY, MARROW)


# Set 8's furniture: an eighth trust's site and print templates, so that none of it is sets 1-7's.

_DEPARTMENTS_8 = {"ACH-PIL-0612": "Urology", "ACH-PIL-0587": "Children's Dental Service",
                  "ACH-PIL-0644": "Spinal Surgery", "ACH-PIL-0519": "Haematology"}


def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Medium Shading 2 Accent 6")
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

"""Set 11: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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

SET = (ARTHROSCOPY, HYDROCELE, ERCP, PTOSIS)


# Set 11's furniture: an eleventh trust's site and print templates, so that none of it is sets 1-10's.

_DEPARTMENTS_11 = {"PWH/ORT/391": "Trauma and Orthopaedics", "PWH/PSU/127": "Paediatric Surgery",
                   "PWH/GAS/218": "Endoscopy Unit", "PWH/OPH/452": "Ophthalmology"}


def write_html(leaflet: Leaflet, path: Path) -> None:
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


def write_pdf(leaflet: Leaflet, path: Path) -> None:
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


def write_docx(leaflet: Leaflet, path: Path) -> None:
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
        add_docx_content(document, part.content, "Medium List 2 Accent 1", bold_header=True)
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

"""Set 9: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

import html
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

# --- set 9: held out again ----------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-8: a coronary angiogram, circumcision for a boy, a fasciectomy for Dupuytren's
# contracture and a liver biopsy, invented for this measurement. Their wording, risks and figures are made up, are
# not clinical information, and must never be printed for a patient or copied into a leaflet library. Brantwick and
# Selmoor Hospitals NHS Trust does not exist.
#
# Written while the importer's rules were being changed again, without reading the importer, its tests or the
# README: headings are phrased as trusts' leaflets phrase them, and the expected section is what the leaflet model
# asks for. Their files have furniture of their own (set 9's writers below).

TRUST_9 = "Brantwick and Selmoor Hospitals NHS Trust"  # invented

# AC. An intro; questions in the patient's voice, with a procedure sub-heading about a stent put in at the same time;
#     risks as list items with inline figures (a range of rates, a bound, a rate that rescales to 1,000, a
#     percentage, words beside a time written "up to", and one with neither), then a risk sub-heading that is one risk
#     and another grouping serious ones (a rate that rescales to 10,000); doing nothing under its own heading;
#     recovery with a sub-heading; a FAQ of h3 questions; parking and interpreting.
ANGIOGRAM = Leaflet(
    name="coronary-angiogram", title="Coronary angiogram", furniture=9, code="PI 318/CAR",
    intro=(Para("You have been referred for a coronary angiogram. This leaflet explains what the test involves, what "
                "the risks are and what to expect afterwards. Please read it before you come into hospital, and "
                "bring it with you on the day."),),
    parts=(
        Part("What is a coronary angiogram?", "about", (
            Para("The coronary arteries are the blood vessels that supply the heart muscle with blood. A coronary "
                 "angiogram is an X-ray test that shows whether any of these arteries are narrowed or blocked."),
            Para("A thin, flexible tube (a catheter) is passed through an artery in your wrist or groin up to your "
                 "heart. A dye (contrast) is injected through the catheter, and X-ray pictures are taken as it flows "
                 "through the arteries."),
        )),
        Part("Why do I need an angiogram?", "candidates", (
            Para("Your cardiologist may recommend an angiogram if you have chest pain (angina) that could be caused by "
                 "narrowed arteries, if you have had a heart attack, or if another test, such as a CT scan or an "
                 "exercise test, has shown a problem. It is also done before some heart valve operations."),
        )),
        Part("What will happen during the angiogram?", "procedure_steps", (
            Para("You will be awake for the test, lying on your back on an X-ray table in the cardiac catheter "
                 "laboratory. You can have a mild sedative if you feel anxious. The doctor cleans the skin over your "
                 "wrist or groin and numbs it with an injection of local anaesthetic."),
            Para("The catheter is passed into the artery and guided up to your heart using the X-ray pictures. You "
                 "will not feel it moving inside you. When the dye is injected you may feel a hot flush, or feel as "
                 "though you are passing urine, for a few seconds. The test usually takes about 30 minutes."),
        )),
        # What may be done during the test, with the patient's agreement: part of what happens, not a benefit.
        Part("If a narrowing is found", "procedure_steps", (
            Para("If the pictures show a narrowing that can be treated by widening it with a small balloon and a "
                 "metal mesh tube (a stent), the cardiologist may suggest doing this straight away, while the catheter "
                 "is in place. This is called a coronary angioplasty. It will only be done if you have already agreed "
                 "to it, and it makes the procedure longer."),
        ), level=3),
        Part("What will the angiogram tell my doctors?", "benefits", (
            Para("The pictures show exactly where any arteries are narrowed and how badly. This helps your "
                 "cardiologist to decide with you whether you need medicines, a stent or heart bypass surgery, or no "
                 "treatment at all."),
        )),
        Part("What are the risks of having an angiogram?", "risks", (
            Para("A coronary angiogram is a very common test, and most people have no problems. The risks are higher "
                 "if you are older, have kidney disease or diabetes, or are already very unwell. Possible problems "
                 "are:"),
            Items((
                "Bruising where the catheter went in, which can spread and last for up to two weeks (very common).",
                "A collection of blood under the skin (haematoma) at the wrist or groin: between 1 in 50 and 1 in 20 "
                "people.",
                "A blocked artery in the wrist, which hardly ever causes problems because the hand has a second blood "
                "supply: up to 1 in 20 people.",
                "An allergic reaction to the dye, usually mild, such as a rash: about 1 in 200 people.",
                "Damage to the kidneys from the dye, which is usually short-lived: 2% of people.",
                "An uneven heartbeat during the test, which usually settles by itself (common).",
                "A small increase in the chance of developing a cancer later in life, because of the radiation from "
                "the X-rays.",
            )),
        )),
        Part("Damage to the artery in the groin", "risks", (
            Para("If the catheter goes in at the groin, the artery can be damaged, leaving a bulge in its wall (a "
                 "false aneurysm) that may need an injection or a small operation to repair it. This happens after "
                 "less than 1 in 100 angiograms."),
        ), level=3),
        Part("Serious complications", "risks", (
            Para("These are rare, but you should know about them:"),
            Items((
                "A stroke, caused by a small clot or a piece of fatty material travelling to the brain: about 2 in "
                "1,000 people.",
                "A heart attack during or soon after the test: fewer than 1 in 1,000 people.",
                "A tear in a coronary artery that needs an emergency stent or heart surgery (very rare).",
                "Death as a result of the test: about 1 in 2,000 people.",
            )),
        ), level=3),
        Part("Could I have a different test?", "alternatives", (
            Para("A CT coronary angiogram, where the dye is injected into a vein in your arm and the pictures are "
                 "taken with a CT scanner, can show narrowed arteries in some people. A stress echocardiogram or a "
                 "heart MRI scan can show whether part of the heart muscle is short of blood. These tests do not need "
                 "a catheter, but they may not give enough detail to plan treatment, and you may still need an "
                 "angiogram afterwards."),
        )),
        Part("What happens if I say no?", "doing_nothing", (
            Para("It is your choice whether to have the test. If you decide not to, your cardiologist will carry on "
                 "treating your symptoms with medicines, but without knowing how narrow your arteries are, and a "
                 "narrowing that could be treated may be missed. You can change your mind and ask for the test "
                 "later."),
        )),
        Part("Getting ready for your angiogram", "unplaced", (
            Para("You will have a pre-assessment appointment, where we check your blood and how well your kidneys are "
                 "working. If you take warfarin, apixaban or another blood thinner, or metformin for diabetes, we will "
                 "tell you whether to stop it and when. You can have a light breakfast on the day unless your letter "
                 "says otherwise."),
            Para("Before you go into the catheter laboratory, the cardiologist will explain the test again and ask you "
                 "to sign a consent form."),
        )),
        Part("When can I go home?", "recovery", (
            Para("You will rest on the ward for 2 to 4 hours. If the catheter went in at your wrist, a tight band is "
                 "put around it and loosened bit by bit. If it went in at your groin, you will need to lie flat for "
                 "the first hour or two."),
            Para("Most people go home the same day, once the cardiologist has talked to them about the results. A "
                 "responsible adult must take you home and stay with you overnight."),
        )),
        Part("Caring for the puncture site", "recovery", (
            Para("Keep the dressing on and dry for 24 hours. You can shower after that, but do not have a bath or go "
                 "swimming for three days. Avoid heavy lifting, and pushing up with the arm if the wrist was used, for "
                 "a week."),
            Para("Do not drive for 2 days. Most people go back to work after 2 or 3 days, but your cardiologist will "
                 "tell you if you need longer, for example if you had a stent."),
        ), level=3),
        Part("What should I do if I have a problem at home?", "get_help", (
            Para("If the puncture site starts to bleed, lie down and press firmly on it for 10 minutes. If it does not "
                 "stop, keep pressing and call 999."),
            Para("Ring the Cardiac Day Ward, or NHS 111 out of hours, if:"),
            Items((
                "the puncture site becomes red, hot, swollen or more painful",
                "your hand or leg on that side becomes cold, pale or numb",
                "you have a high temperature",
            )),
            Para("Call 999 if you have chest pain that does not go away with your GTN spray."),
        )),
        Part("Questions about your angiogram", "faq", ()),
        Part("Will I be asleep?", "faq", (
            Para("No. You will be awake so that you can follow instructions, such as taking a deep breath and holding "
                 "it. Most people find the test less uncomfortable than they expected."),
        ), level=3),
        Part("When will I know the results?", "faq", (
            Para("The cardiologist will usually tell you what the pictures showed before you go home. A letter is "
                 "sent to you and your GP."),
        ), level=3),
        Part("Can someone come with me?", "faq", (
            Para("Yes, but they will not be able to come into the catheter laboratory. There is a small waiting area "
                 "on the Cardiac Day Ward, and we can ring them when you are ready to go home."),
        ), level=3),
        Part("Parking at Brantwick General Hospital", "ignore", (
            Para("The Cardiac Day Ward is on level 2 of the Heart Centre. The nearest car park is car park B, off "
                 "Canal Road. Blue Badge holders can park free of charge in the bays outside the Heart Centre."),
        )),
        Part("Interpreters and translated leaflets", "ignore", (
            Para("If you need an interpreter, including a British Sign Language interpreter, please tell us when we "
                 "send your appointment. This leaflet can also be translated or provided in large print."),
        )),
    ),
    risks=(
        Risk(("bruising",), None),  # "very common": words; "up to two weeks" is a time, not a figure
        Risk(("haematoma",), (2, 5, 100)),  # between 1 in 50 and 1 in 20: 2 to 5 in 100
        Risk(("blocked artery",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("allergic",), (5, None, 1000)),  # 1 in 200 is exactly 5 in 1,000
        Risk(("kidneys",), (2, None, 100)),
        Risk(("heartbeat",), None),  # "common": a word, no figure
        Risk(("radiation",), None),  # "a small increase": no figure at all
        Risk(("aneurysm",), (1, None, 100)),  # the sub-heading is the risk; "less than 1 in 100": the bound
        Risk(("stroke",), (2, None, 1000)),
        Risk(("heart attack",), (1, None, 1000)),  # "fewer than 1 in 1,000": the bound
        Risk(("tear",), None),  # "very rare": words, no figure
        Risk(("death",), (5, None, 10000)),  # 1 in 2,000 is exactly 5 in 10,000
    ),
)

# AD. For parents: an intro of two paragraphs (an age in the second); questions in the parent's voice as bold
#     paragraphs on the web page and in the PDF, Word headings styled; risks in a table (What could happen | How many
#     boys it affects) with words, a rate, a bound, a range of rates and a bound in 10,000, then a risk sub-heading that
#     is a parent's question about one risk and another grouping rare ones; doing nothing as a paragraph of the
#     alternatives; consent and preparation under headings of their own; recovery sub-headings; a FAQ of plain
#     question and answer paragraphs; feedback and the unit's numbers.
CIRCUMCISION = Leaflet(
    name="circumcision-child", title="Circumcision for your son: information for parents", furniture=9,
    code="PI 204/PSU", web_headings="bold", container="article",
    intro=(
        Para("Your son has been referred to the Children's Surgical Unit for a circumcision. This leaflet explains "
             "what the operation involves, its benefits and risks, and how to look after your son afterwards."),
        Para("It is written for parents and carers. If your son is 8 or older, you may like to read some of it with "
             "him."),
    ),
    parts=(
        Part("What is a circumcision?", "about", (
            Para("A circumcision is an operation to remove the foreskin, the loose fold of skin that covers the end "
                 "of the penis (the glans)."),
            Para("We only carry out circumcision in boys when there is a medical reason for it. We do not offer it "
                 "for religious or cultural reasons at this hospital."),
        )),
        Part("Why has my son been offered this operation?", "candidates", (
            Para("The most common reason is a foreskin that has become tight and scarred (balanitis xerotica "
                 "obliterans, or BXO), so that it cannot be pulled back and makes passing urine difficult or "
                 "painful. Circumcision may also be offered to boys who keep getting infections of the foreskin "
                 "despite treatment."),
            Para("It is normal for a young boy's foreskin to be tight. It usually loosens by itself as he grows, "
                 "often not until he is a teenager, and on its own this is not a reason for an operation."),
        )),
        Part("How is it done?", "procedure_steps", (
            Para("Your son will have a general anaesthetic, so he will be asleep throughout. You can stay with him in "
                 "the anaesthetic room until he is asleep. Once he is asleep, the anaesthetist also injects local "
                 "anaesthetic at the base of the penis (a penile block), so that it stays numb for several hours "
                 "afterwards."),
            Para("The surgeon removes the foreskin and stitches the edges of the skin together with dissolving "
                 "stitches. The operation takes around 30 minutes, and most boys go home the same day, once they "
                 "have passed urine."),
        )),
        Part("How will it help my son?", "benefits", (
            Para("The operation cures the tight foreskin and stops the infections coming back. Passing urine should "
                 "become easier and no longer hurt."),
        )),
        Part("Could there be any problems?", "risks", (
            Para("Circumcision is a common operation, and most boys recover quickly. The table shows the problems that "
                 "can happen and how often we see them."),
            Table(("What could happen", "How many boys it affects"), (
                ("Swelling and bruising of the penis for a few days", "Almost all boys"),
                ("Bleeding from the wound that needs another operation to stop it", "About 1 in 100"),
                ("Infection of the wound, treated with antibiotics", "Up to 1 in 50"),
                ("Difficulty passing urine in the first day, so that a catheter is needed for a short time",
                 "Uncommon"),
                ("Narrowing of the opening at the tip of the penis (meatal stenosis)", "Between 1 in 20 and 1 in 10"),
                ("A serious reaction to the anaesthetic", "Less than 1 in 10,000"),
            )),
        )),
        # A parent's question under the risks heading about one risk: a risk sub-heading, not a FAQ.
        Part("Will my son's penis look different?", "risks", (
            Para("Yes, the end of the penis will be uncovered. Occasionally too much or too little skin is removed, or "
                 "the scar is uneven, and some parents are unhappy with how it looks. This happens in about 3 in 100 "
                 "boys, and a few of them have a second operation to improve it."),
        ), level=3),
        Part("Rare complications", "risks", (
            Items((
                "Damage to the glans or the urethra (the tube that carries urine) during the operation: less than 1 "
                "in 1,000 boys.",
                "A small bridge of skin forming between the scar and the glans (a skin bridge), which may need a "
                "minor operation (rare).",
            )),
        ), level=3),
        Part("Are there alternatives to circumcision?", "alternatives", (  # doing nothing is a paragraph of them
            Para("For a tight foreskin, a steroid cream rubbed onto the foreskin twice a day for 4 to 6 weeks loosens "
                 "it in many boys, but it does not usually work if the foreskin is badly scarred. Some boys can have a "
                 "smaller operation that widens the foreskin instead of removing it (a preputioplasty), although the "
                 "tightness can come back."),
            Para("You can also decide not to go ahead. A scarred foreskin is unlikely to get better by itself, so "
                 "passing urine may become more difficult and the infections may carry on. We will be happy to see "
                 "your son again if you change your mind."),
        )),
        Part("Who can give consent for my son?", "unplaced", (
            Para("A parent or carer with parental responsibility will be asked to sign the consent form on the day. "
                 "If your son is old enough to understand, the surgeon will explain the operation to him as well and "
                 "ask whether he agrees."),
        )),
        Part("Getting your son ready", "unplaced", (
            Para("Your son must not eat anything for six hours before the operation. He can drink water or diluted "
                 "squash until one hour before. Your admission letter gives the exact times. Bring loose pants or "
                 "shorts, and something to keep him busy while you wait."),
        )),
        Part("Caring for your son at home", "recovery", (
            Para("The penis will look red, swollen and bruised for the first few days, and a yellow crust may form on "
                 "the end. This is part of normal healing and is not a sign of infection."),
            Para("Give him children's paracetamol or ibuprofen regularly for the first two or three days, following "
                 "the instructions on the bottle. Put petroleum jelly on the end of the penis at every nappy change "
                 "or trip to the toilet, so that it does not stick to his nappy or pants."),
        )),
        Part("Bathing", "recovery", (
            Para("Your son can have a shallow bath the day after the operation, and once a day after that, without "
                 "bubble bath or soap. This keeps the wound clean and helps the stitches to dissolve."),
        ), level=3),
        Part("Nursery and school", "recovery", (
            Para("Most boys are ready to go back after about a week. Avoid bikes, scooters and sit-on toys for two "
                 "weeks."),
        ), level=3),
        Part("When should I ring the ward?", "get_help", (
            Para("Ring the Children's Surgical Unit, or NHS 111 out of hours, if:"),
            Items((
                "the wound keeps bleeding after you have pressed on it gently with a clean cloth for 10 minutes",
                "your son has not passed urine within 12 hours of the operation",
                "redness or swelling is spreading, or there is a smelly discharge",
                "your son has a high temperature or seems unwell",
            )),
        )),
        Part("Common questions from parents", "faq", (
            Para("Will the stitches need to be taken out?"),
            Para("No. They dissolve by themselves within two to three weeks."),
            Para("Will we need to come back to the hospital?"),
            Para("Most boys do not need a follow-up appointment. If the surgeon wants to see your son again, we will "
                 "send you an appointment."),
            Para("Is the foreskin sent for testing?"),
            Para("Yes. It is examined in the laboratory to confirm the diagnosis, and we will write to you if anything "
                 "unexpected is found."),
        )),
        Part("Tell us how we did", "ignore", (
            Para("We would love to hear about your son's stay. Please fill in a Friends and Family Test card before "
                 "you leave, or email childrens.feedback@bsh.example.nhs.uk."),
        )),
        Part("Children's Surgical Unit telephone numbers", "ignore", (
            Para("Saffron Ward (24 hours): 01632 960 540. Paediatric surgery secretaries: 01632 960 545, Monday to "
                 "Friday, 9am to 4pm."),
        )),
    ),
    risks=(
        Risk(("swelling",), None),  # "almost all boys": words, no figure
        Risk(("bleeding",), (1, None, 100)),
        Risk(("infection",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("catheter",), None),  # "uncommon": a word, no figure
        Risk(("meatal stenosis",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("anaesthetic",), (1, None, 10000)),  # "less than 1 in 10,000": the bound
        Risk(("uneven",), (3, None, 100)),  # the sub-heading (a parent's question) is the risk
        Risk(("urethra",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("skin bridge",), None),  # "rare": a word, no figure
    ),
)

# AE. Numbered labels and questions with numbered sub-headings in the risks, the preparation and the recovery; Word
#     headings as bold paragraphs, web and PDF headings tags; risks as paragraphs with a bold lead-in ending in a dash
#     (a rate, a bound, a rate that rescales to 100, a rate in 1,000, a word), then a numbered risk sub-heading that is
#     one risk (a range of percentages beside a time in digits) and another grouping less common ones as list items;
#     doing nothing under its own heading; consent as a numbered sub-heading of the preparation; "When to contact the
#     Hand Unit" (get help) beside the unit's telephone numbers; no FAQ, no intro.
DUPUYTREN = Leaflet(
    name="dupuytrens-fasciectomy", title="Fasciectomy for Dupuytren's contracture", furniture=9, code="PI 127/HAND",
    word_headings="bold", container="role",
    parts=(
        Part("1. Dupuytren's contracture", "about", (
            Para("Dupuytren's contracture is a condition in which the tissue under the skin of the palm (the palmar "
                 "fascia) thickens and shortens. Cords form that pull one or more fingers down towards the palm, most "
                 "often the ring and little fingers."),
            Para("A fasciectomy is an operation to cut out the thickened cords, so that the finger can straighten "
                 "again."),
        )),
        Part("2. When is an operation advised?", "candidates", (
            Para("We usually suggest an operation when you can no longer lay your hand flat on a table, or when a "
                 "finger is bent at the middle joint by 30 degrees or more, so that it gets in the way of everyday "
                 "tasks such as washing your face, putting on gloves or shaking hands."),
        )),
        Part("3. What the operation involves", "procedure_steps", (
            Para("The operation is done under a general anaesthetic, or with the whole arm numbed by an injection "
                 "near the collarbone (a regional block). A tight band (a tourniquet) is put around your upper arm to "
                 "stop bleeding while the surgeon works."),
            Para("The surgeon makes a zig-zag cut along the finger and palm and carefully removes the diseased tissue, "
                 "protecting the nerves and blood vessels. Sometimes part of the wound in the palm is left open to "
                 "heal by itself, or a skin graft from the inside of the forearm is used. The operation takes between "
                 "one and two hours, and most people go home the same day."),
        )),
        Part("4. Benefits of a fasciectomy", "benefits", (
            Para("Most people get a straighter finger and find the hand much easier to use. A finger bent only at the "
                 "knuckle usually straightens fully; a finger bent at the middle joint often improves but may not "
                 "straighten completely."),
        )),
        Part("5. What could go wrong?", "risks", (
            Para("Most people have no serious problems, but a fasciectomy is a delicate operation. These are the risks "
                 "you should know about."),
            Para("Wound healing problems – the wound can be slow to heal, particularly in the palm, and the skin "
                 "edges may break down. This happens to about 1 in 10 people and usually settles with dressings.",
                 lead="Wound healing problems –"),
            Para("Infection – about 2 in 100 people get a wound infection, which is usually treated with "
                 "antibiotics.", lead="Infection –"),
            Para("Nerve damage – the nerves that give feeling to the fingers run close to, and sometimes through, "
                 "the cords. Numbness or tingling down one side of a finger affects up to 1 in 50 people, and usually "
                 "gets better over a few months.", lead="Nerve damage –"),
            Para("Damage to an artery – one of the two small arteries to a finger is damaged in about 2 in 1,000 "
                 "operations. It is usually repaired at the time.", lead="Damage to an artery –"),
            Para("Stiffness – some stiffness of the finger joints is common for several weeks after the operation. "
                 "Your hand therapy exercises will help it to settle.", lead="Stiffness –"),
            Para("Haematoma – bleeding under the skin can cause a painful swelling (a haematoma) in the first day or "
                 "two. Fewer than 1 in 100 people need to go back to theatre to have it drained.",
                 lead="Haematoma –"),
        )),
        Part("5.1 The contracture coming back", "risks", (
            Para("Surgery removes the cords that are there now, but it does not cure Dupuytren's disease, and new "
                 "cords can form in the same finger or in others. Within 5 years of the operation the contracture "
                 "comes back in between 20% and 40% of people, although not all of them need another operation."),
        ), level=3),
        Part("5.2 Less common complications", "risks", (
            Items((
                "A flare reaction, where the whole hand becomes painful, swollen and red for several weeks after the "
                "operation: about 1 in 20 people.",
                "Long-lasting pain and sensitivity in the hand (complex regional pain syndrome), which can take many "
                "months to settle: less than 1 in 100 people.",
                "Part of a skin graft not taking (uncommon).",
                "Loss of the finger, if its blood supply cannot be restored (very rare).",
            )),
        ), level=3),
        Part("6. Other ways of treating Dupuytren's", "alternatives", (
            Para("Needle fasciotomy: under a local anaesthetic, a needle is passed through the skin to divide the "
                 "cord. Recovery is quicker than after surgery, but the finger tends to bend again sooner."),
            Para("Dermofasciectomy: the skin over the cords is removed as well and replaced with a skin graft. It is "
                 "usually used when the contracture has returned after an earlier operation."),
        )),
        Part("7. Leaving the finger as it is", "doing_nothing", (
            Para("Dupuytren's contracture is not dangerous, and you do not have to have treatment. Some people's "
                 "fingers stay the same for years, but in most the bend slowly gets worse. The longer a finger stays "
                 "bent, the harder it is to straighten fully, even with surgery."),
        )),
        Part("8. Preparing for the operation", "unplaced", (
            Para("You will be asked to come to a pre-operative assessment, where a nurse checks your health and your "
                 "medicines. Take off all rings from the hand before you come in. Arrange for someone to take you "
                 "home, and for help with cooking and shopping for the first few days, as you will have only one "
                 "good hand."),
        )),
        Part("8.1 Agreeing to the operation", "unplaced", (
            Para("Your surgeon will talk to you about what the operation can and cannot do for your hand, and ask you "
                 "to sign a consent form. You can change your mind at any time before the operation."),
        ), level=3),
        Part("9. Recovering from your operation", "recovery", (
            Para("Your hand will be in a bulky dressing, sometimes with a plaster splint, for the first week. Keep it "
                 "raised above the level of your heart as much as you can for the first 48 hours, to reduce the "
                 "swelling, and take painkillers regularly for the first few days."),
        )),
        Part("9.1 Hand therapy and splints", "recovery", (
            Para("You will see a hand therapist within a week of your operation. They will give you exercises and make "
                 "you a splint to wear at night for 3 to 6 months, to help keep the finger straight."),
        ), level=3),
        Part("9.2 Stitches, driving and work", "recovery", (
            Para("Your stitches are taken out after 10 to 14 days. You can drive when you can grip the steering wheel "
                 "firmly, usually after 2 to 4 weeks. Most people go back to office work after 2 weeks, and to "
                 "manual work after 6 to 8 weeks."),
        ), level=3),
        # Headed as a contact, but it lists the warning signs: get help, not the unit's numbers.
        Part("10. When to contact the Hand Unit", "get_help", (
            Para("Contact the Hand Unit, or your GP out of hours, if your hand becomes more painful, red, hot or "
                 "swollen, if the wound leaks pus or smells, if your fingers become pale, cold or numb, or if you "
                 "have a high temperature."),
        )),
        Part("11. Telephone numbers", "ignore", (
            Para("Hand Unit, Monday to Friday, 8am to 6pm: 01632 960 560. Hand Therapy: 01632 960 565. Out of hours, "
                 "ring the Selmoor Hospital switchboard on 01632 960 500 and ask for the orthopaedic doctor on call."),
        )),
        Part("12. Further information", "ignore", (
            Para("The British Society for Surgery of the Hand publishes information about Dupuytren's disease on its "
                 "website."),
        )),
        Part("13. Sources used for this leaflet", "ignore", (
            Para("British Society for Surgery of the Hand. Dupuytren's disease: patient information. NICE guidance on "
                 "needle fasciotomy for Dupuytren's contracture."),
        )),
    ),
    risks=(
        Risk(("slow to heal",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("infection",), (2, None, 100)),
        Risk(("nerve",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("artery",), (2, None, 1000)),  # "the two small arteries" is a count, not a figure
        Risk(("stiffness",), None),  # "common": a word; "several weeks" is a time
        Risk(("haematoma",), (1, None, 100)),  # "fewer than 1 in 100": the bound
        Risk(("contracture",), (20, 40, 100)),  # the sub-heading is the risk; between 20% and 40%; "5 years" a time
        Risk(("flare",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("complex regional",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("graft",), None),  # "uncommon": a word, no figure
        Risk(("loss of the finger",), None),  # "very rare": words, no figure
    ),
)

# AF. An intro; plain labels, with a procedure sub-heading, as bold paragraphs on the web page, in the PDF and in Word;
#     risks as list items with figures in brackets (a rate no whole number fits beside a time written "up to", a
#     word, a rate in 1,000, words, a percentage, none, a rate in 10,000), then a risk sub-heading that is one risk (a
#     percentage that rescales to 1,000) and another grouping the risks of the route through the neck; doing nothing
#     as a paragraph of the alternatives; consent inside the preparation; a dose written "up to" in the recovery;
#     results as a recovery heading; a FAQ of bold questions leading paragraphs; a privacy section.
LIVER_BIOPSY = Leaflet(
    name="liver-biopsy", title="Liver biopsy", furniture=9, code="PI 442/HEP", web_headings="bold",
    word_headings="bold",
    intro=(Para("Your doctor has recommended that you have a liver biopsy. This leaflet tells you about the procedure "
                "and its risks. If you have any questions after reading it, please ring the Liver Unit."),),
    parts=(
        Part("What a liver biopsy is", "about", (
            Para("A liver biopsy is a procedure to take a small sample of liver tissue with a needle. The sample, "
                 "about 2 cm long and 1 mm wide, is examined under a microscope in the laboratory."),
        )),
        Part("Reasons for having a liver biopsy", "candidates", (
            Para("A biopsy can show what is causing your liver problem, such as fatty liver disease, hepatitis or a "
                 "problem with the immune system, and how much scarring (fibrosis) there is. It may also be used to "
                 "find out what a lump seen on a scan is."),
        )),
        Part("Having the biopsy", "procedure_steps", (
            Para("You lie on your back with your right hand behind your head. The doctor uses an ultrasound scan to "
                 "find the best place, cleans the skin over the lower right side of your chest and numbs it with "
                 "local anaesthetic."),
            Para("You will be asked to breathe out and hold your breath for a few seconds while the needle is put in "
                 "and taken out. You may hear a click. The whole procedure takes about 20 minutes."),
        )),
        # Another way of taking the same biopsy, described under having it: procedure steps, not an alternative.
        Part("Biopsy through a vein in the neck", "procedure_steps", (
            Para("If your blood does not clot well, or there is fluid in your abdomen, the biopsy may be taken through "
                 "a vein in your neck instead (a transjugular biopsy). A thin tube is passed down the vein into the "
                 "liver using X-ray pictures, and the sample is taken through the tube. We will give you a separate "
                 "leaflet if you need this."),
        ), level=3),
        Part("What the biopsy can show", "benefits", (
            Para("The results help your doctor to confirm the diagnosis, to judge how severe the liver disease is, and "
                 "to plan the right treatment for you."),
        )),
        Part("Possible risks", "risks", (
            Para("A liver biopsy is generally safe, but, like any procedure, it has some risks. They include:"),
            Items((
                "Pain where the needle went in or in the right shoulder, which can last for up to 24 hours (about 1 "
                "in 3 people)",
                "Feeling faint or sick for a short time afterwards (common)",
                "A leak of bile from the liver, which can cause pain and may need a drain (1 in 1,000)",
                "The needle puncturing the lung, the gallbladder or the bowel (very rare)",
                "The sample not giving a clear answer, so that the biopsy needs to be repeated (2%)",
                "An infection at the needle site",
                "Death (about 1 in 10,000)",
            )),
        )),
        Part("Internal bleeding", "risks", (
            Para("The liver has a rich blood supply, so the most important risk is bleeding inside the abdomen. "
                 "Serious bleeding that needs a blood transfusion, or a procedure to stop it, happens in about 0.5% "
                 "of people. This is why we check your blood before the biopsy and watch you closely afterwards."),
        ), level=3),
        Part("If the biopsy is taken through the neck", "risks", (
            Items((
                "Bruising or a small swelling in the neck (common)",
                "An irregular heartbeat while the tube passes through the heart, which settles quickly (up to 1 in 20)",
                "A reaction to the X-ray dye (rare)",
            )),
        ), level=3),
        Part("Alternatives to a biopsy", "alternatives", (  # doing nothing is a paragraph of the alternatives
            Para("Blood tests and a special ultrasound scan that measures how stiff the liver is (a FibroScan) can "
                 "often estimate how much scarring there is, and you may already have had these. They cannot always "
                 "show the cause of the liver disease, which is why a biopsy has been suggested."),
            Para("You may decide not to have a biopsy. Your doctor will then make the best decisions they can from "
                 "your other tests, but the diagnosis may be less certain and the right treatment may be delayed."),
        )),
        Part("Preparation", "unplaced", (
            Para("You will need a blood test in the week before the biopsy to check how well your blood clots. If you "
                 "take aspirin, clopidogrel, warfarin or another blood thinner, the Liver Unit will tell you whether "
                 "and when to stop it. Do not eat for 6 hours before the biopsy, but you can drink water."),
            Para("The doctor will explain the procedure and ask you to sign a consent form before the biopsy."),
        )),
        Part("After the biopsy", "recovery", (
            Para("You will stay in bed on the day unit for 4 to 6 hours, lying on your right side for the first 2 "
                 "hours, while the nurses check your pulse and blood pressure. If all is well you can go home the "
                 "same day, but someone must drive you and stay with you overnight."),
            Para("You can take paracetamol for pain, up to 1 g four times a day, but avoid aspirin and ibuprofen for a "
                 "week unless your doctor tells you otherwise."),
        )),
        Part("The first few days", "recovery", (
            Para("Rest for the rest of the day. Do not lift anything heavy, play sport or do hard exercise for a week. "
                 "You can shower after 24 hours."),
        ), level=3),
        # Follow-up after the procedure: recovery in the leaflet model (sets 1 and 8 ask about results in a FAQ).
        Part("Getting your results", "recovery", (
            Para("The sample takes one to two weeks to process. Your results will be discussed with you at your next "
                 "clinic appointment, and a copy of the letter will be sent to your GP."),
        )),
        Part("When to get urgent help", "get_help", (
            Para("Ring the Liver Unit, or go to your nearest Emergency Department, if you have:"),
            Items((
                "severe pain in your abdomen, chest or shoulder",
                "dizziness, fainting or shortness of breath",
                "a temperature of 38°C or higher",
                "bleeding from the biopsy site that does not stop when you press on it",
            )),
        )),
        Part("Your questions", "faq", (
            Para("Will it hurt? The local anaesthetic stings for a few seconds. Most people feel a dull ache or "
                 "pressure during the biopsy, but not sharp pain.", lead="Will it hurt?"),
            Para("Can I eat afterwards? Yes. You can eat and drink once the nurse has checked you, usually about an "
                 "hour after the biopsy.", lead="Can I eat afterwards?"),
            Para("When can I go back to work? Most people go back after two or three days. Ask us for a fit note if "
                 "your work involves heavy lifting.", lead="When can I go back to work?"),
        )),
        Part("Contacting the Liver Unit", "ignore", (
            Para("Liver Unit nurses: 01632 960 570, Monday to Friday, 8am to 5pm. Out of hours, ring the "
                 "Gastroenterology Ward on 01632 960 575."),
        )),
        Part("Your personal information", "ignore", (
            Para("We keep a record of your care in your health record and share it with your GP and the team treating "
                 "you. Our privacy notice, on the Trust website, explains how we use and protect your information."),
        )),
        Part("Large print and other languages", "ignore", (
            Para("This leaflet is available in large print, as audio and in other languages. Please ask a member of "
                 "staff or email patient.information@bsh.example.nhs.uk."),
        )),
    ),
    risks=(
        Risk(("shoulder",), None),  # 1 in 3 is not exactly a whole number in 100, 1,000 or 10,000; "24 hours" a time
        Risk(("faint",), None),  # "common": a word, no figure
        Risk(("bile",), (1, None, 1000)),
        Risk(("puncturing",), None),  # "very rare": words, no figure
        Risk(("clear answer",), (2, None, 100)),
        Risk(("needle site",), None),  # no figure at all
        Risk(("death",), (1, None, 10000)),
        Risk(("abdomen",), (5, None, 1000)),  # the sub-heading is the risk; 0.5% is exactly 5 in 1,000
        Risk(("bruising",), None),  # "common": a word, no figure
        Risk(("irregular heartbeat",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("dye",), None),  # "rare": a word, no figure
    ),
)

SET = (ANGIOGRAM, CIRCUMCISION, DUPUYTREN, LIVER_BIOPSY)


# Set 9's furniture: a ninth trust's site and print templates, so that none of it is sets 1-8's.

_SERVICES_9 = {"PI 318/CAR": "Cardiology", "PI 204/PSU": "Children's Surgery", "PI 127/HAND": "Hand Surgery",
               "PI 442/HEP": "Liver Unit"}


def _content_html_9(leaflet: Leaflet) -> tuple[str, list[tuple[str, str]]]:
    """The leaflet as the site's editor writes it: h2 headings get anchors, each section ends in "Back to top"."""
    mains = {f"<h2>{_esc(p.heading)}</h2>" if leaflet.web_headings != "bold" else f"<p><b>{_esc(p.heading)}</b></p>"
             for p in leaflet.parts if p.level == 2}
    out: list[str] = []
    anchors: list[tuple[str, str]] = []
    seen = 0
    for line in _content_html(leaflet).split("\n"):
        if line in mains:
            if seen:
                out.append('<p class="to-top"><a href="#top">Back to top</a></p>')
            seen += 1
            if line.startswith("<h2>"):
                anchors.append((f"section-{seen}", line[4:-5]))
                line = f'<h2 id="section-{seen}">{line[4:]}'
        out.append(line)
    out.append('<p class="to-top"><a href="#top">Back to top</a></p>')
    return "\n".join(out), anchors


def write_html(leaflet: Leaflet, path: Path) -> None:
    content, anchors = _content_html_9(leaflet)
    service = _SERVICES_9.get(leaflet.code, "Patient information")
    # The site builds its contents list from the h2 headings: a leaflet of bold paragraphs has none.
    contents = ("" if not anchors else
                '<aside class="bsh-contents" aria-labelledby="bsh-contents-title">'
                '<h2 id="bsh-contents-title">Contents</h2><ol>'
                + "".join(f'\n  <li><a href="#{anchor}">{text}</a></li>' for anchor, text in anchors)
                + "\n</ol></aside>\n")
    meta = (f'<p class="bsh-leaflet-meta">Leaflet {_esc(leaflet.code)} · {_esc(service)} · Issued May 2029 · Review '
            'May 2032 <button type="button" onclick="window.print()">Print this leaflet</button></p>')
    holder = {
        "main": f'<main id="leaflet" class="bsh-prose">\n{content}\n{meta}\n</main>',
        "article": f'<div id="leaflet" class="bsh-prose"><article class="bsh-leaflet">\n{content}\n</article>\n'
                   f'{meta}</div>',
        "role": f'<div id="leaflet" class="bsh-prose" role="main">\n{content}\n{meta}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} – {_esc(service)} – Brantwick and Selmoor Hospitals</title>
<meta property="og:title" content="{html.escape(leaflet.title)}"><meta property="og:type" content="article">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "MedicalWebPage",
 "name": "{leaflet.title}", "lastReviewed": "2029-05-14",
 "publisher": {{"@type": "Organization", "name": "{TRUST_9}"}}}}</script>
<link rel="stylesheet" href="/static/bsh/main.css?v=29">
</head><body id="top" class="bsh leaflet-page">
<form class="bsh-cookies" action="/cookies" method="post"><fieldset>
  <legend>Can we store analytics cookies on your device?</legend>
  <p>Analytics cookies help us understand how people use our website, so that we can make it better. We will not
  store them unless you say yes.</p>
  <label><input type="radio" name="analytics" value="yes"> Yes, I'm happy with analytics cookies</label>
  <label><input type="radio" name="analytics" value="no"> No, only use cookies the website needs to work</label>
  <button type="submit">Save my cookie choice</button></fieldset></form>
<a class="bsh-skip" href="#leaflet">Skip to the leaflet</a>
<div class="bsh-notice" role="status"><p><strong>Selmoor Hospital:</strong> the Tanner Street entrance is closed for
  building work until September. Please use the main entrance on Orchard Way.</p></div>
<header class="bsh-header"><a href="/" class="bsh-header__logo"><img src="/static/bsh/nhs-logo.svg" alt="NHS">
  <span>{TRUST_9}</span></a>
  <ul class="bsh-header__links"><li><a href="/contact-us">Contact us</a></li><li><a href="/charity">Our
  charity</a></li><li><a href="/translate">Translate</a></li></ul>
  <button class="bsh-header__menu" aria-controls="bsh-offcanvas" aria-expanded="false">Menu</button>
  <button class="bsh-header__search" aria-controls="bsh-search" aria-expanded="false">Search</button></header>
<div id="bsh-search" class="bsh-search" hidden><form action="/search"><label for="bsh-q">Search this website</label>
  <input id="bsh-q" name="q" type="search"><button type="submit">Search</button></form></div>
<nav id="bsh-offcanvas" class="bsh-offcanvas" aria-label="Site menu" hidden><ul>
  <li><a href="/services">Services and departments</a></li><li><a href="/your-visit">Your visit</a></li>
  <li><a href="/patient-leaflets">Patient leaflets</a></li><li><a href="/news">News</a></li>
  <li><a href="/jobs">Jobs</a></li><li><a href="/about">About the Trust</a></li></ul></nav>
<p class="bsh-back"><a href="/patient-leaflets">&larr; All patient leaflets</a></p>
<div class="bsh-layout">
{contents}{holder}
</div>
<details class="bsh-report"><summary>Report a problem with this page</summary><form action="/report-a-problem">
  <label for="bsh-what">What went wrong?</label><textarea id="bsh-what" name="what"></textarea>
  <p>We cannot reply to you. Please do not include personal or medical information.</p>
  <button type="submit">Send report</button></form></details>
<footer class="bsh-footer">
  <div class="bsh-footer__sites"><p><strong>Brantwick General Hospital</strong><br>Canal Road, Brantwick BK2 6TL<br>
  Switchboard 01632 960 500</p>
  <p><strong>Selmoor Hospital</strong><br>Orchard Way, Selmoor SQ9 4DW<br>Switchboard 01632 960 600</p></div>
  <ul class="bsh-footer__links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and
  cookies</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/freedom-to-speak-up">Freedom to
  Speak Up</a></li></ul>
  <p>Follow us: <a href="/social/facebook">Facebook</a> <a href="/social/bluesky">Bluesky</a>
  <a href="/social/youtube">YouTube</a></p>
  <p>&copy; {TRUST_9} 2029. Website by the Trust's digital team.</p></footer>
<script src="/static/bsh/main.js" defer></script>
</body></html>
""", encoding="utf-8")


def write_pdf(leaflet: Leaflet, path: Path) -> None:
    # The page number at the top outer corner; the first page carries the NHS lozenge and the trust instead.
    service = _SERVICES_9.get(leaflet.code, "Patient information")
    _render_pdf(leaflet, path, "en-GB", f"""@page {{ size: A4; margin: 26mm 21mm 22mm;
  @top-left {{ content: "{_esc(leaflet.title)} · {service}"; font-size: 8pt; color: #a0461e }}
  @top-right {{ content: counter(page); font-size: 11pt; font-weight: bold; color: #a0461e }}
  @bottom-center {{ content: "{leaflet.code} · Issue 2 · May 2029 · Review May 2032 · {TRUST_9}"; font-size: 6.5pt;
    color: #555 }} }}
@page :first {{
  @top-left {{ content: "Information for patients"; font-size: 9pt; color: #a0461e }}
  @top-right {{ content: "NHS\\A {TRUST_9}"; white-space: pre; text-align: right; font-size: 9pt; font-weight: bold;
    color: #005eb8 }} }}
body {{ font-family: serif; font-size: 11pt; line-height: 1.45 }}
h1 {{ font-size: 23pt; color: #a0461e }}
h2 {{ font-size: 12.5pt; color: white; background: #a0461e; padding: 2pt 5pt }} h3 {{ font-size: 11.5pt }}
table {{ border-collapse: collapse; width: 100%; border-top: 1.5pt solid #222; border-bottom: 1.5pt solid #222 }}
th {{ border-bottom: 0.75pt solid #222; padding: 3pt 5pt; text-align: left }}
td {{ padding: 3pt 5pt; text-align: left; vertical-align: top }} td:last-child {{ text-align: right }}
""")


def write_docx(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
    from docx.shared import Pt

    service = _SERVICES_9.get(leaflet.code, "Patient information")
    document = docx.Document()
    document.styles["Normal"].font.name = "Verdana"
    document.styles["Normal"].font.size = Pt(11)
    bold = leaflet.word_headings == "bold"
    if bold:
        title = document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run(leaflet.title)
        run.bold, run.font.size = True, Pt(18)
    else:
        document.add_heading(leaflet.title, level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            # An older template: main headings bold and underlined, sub-headings bold italic, both the text's size.
            run = document.add_paragraph().add_run(part.heading)
            run.bold = True
            if part.level == 2:
                run.underline = WD_UNDERLINE.SINGLE
            else:
                run.italic = True
        else:
            document.add_heading(part.heading, level=part.level)
        add_docx_content(document, part.content, "Medium Grid 1 Accent 5", bold_header=True)
    # The template's boxed other-formats notice closes the leaflet.
    document.add_paragraph()
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).text = ("If you would like this leaflet in large print, Easy Read, Braille, audio or another "
                           "language, please contact the Patient Information Team on 01632 960 590.")
    section = document.sections[0]
    logo = section.header.paragraphs[0]
    logo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    lozenge = logo.add_run("NHS")
    lozenge.bold, lozenge.font.size = True, Pt(16)
    trust = section.header.add_paragraph(TRUST_9)
    trust.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    small = section.footer.paragraphs[0].add_run(
        f"{leaflet.code} | {service} | Issue 2: May 2029 | Review: May 2032")
    small.font.size = Pt(8)
    numbers = section.footer.add_paragraph()
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(numbers, "PAGE")
    numbers.add_run("/")
    _page_field(numbers, "NUMPAGES")
    document.save(path)

"""Set 6: four invented leaflets (TEST DATA ONLY) and the web page, Word and PDF furniture of their invented trust."""

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

# --- set 6: held out again ----------------------------------------------------------------------
#
# TEST DATA ONLY, like sets 1-5: grommet insertion for a child, laparoscopic cholecystectomy, trigger
# finger release and transurethral resection of the prostate (TURP), invented for this measurement.
# Their wording, risks and figures are made up, are not clinical information, and must never be printed
# for a patient or copied into a leaflet library. Fellbridge and Penhallow University Hospitals NHS
# Trust does not exist.
#
# Written after set 5 had been seen while the importer's rules were changed, without reading the
# importer, its tests or the README: headings are phrased as trusts' leaflets phrase them, and the
# expected section is what the leaflet model asks for. Their files have furniture of their own (set 6's
# writers below).

TRUST_6 = "Fellbridge and Penhallow University Hospitals NHS Trust"  # invented

# Q. For parents: an intro; questions in the parent's voice; an anaesthetic section; risks as list items
#    with inline figures, then a sub-heading grouping less common ones; doing nothing under its own
#    heading; a FAQ of h3 questions.
GROMMETS = Leaflet(
    name="grommet-insertion", title="Grommets: information for parents and carers", furniture=6,
    code="FP/PAED-ENT/019",
    intro=(Para("Your child has been put on the waiting list to have grommets put in. This leaflet explains what "
                "the operation involves, so that you can decide with your child's surgeon whether it is right "
                "for your family."),),
    parts=(
        Part("What is glue ear?", "about", (
            Para("Glue ear is a build-up of sticky fluid in the middle ear, behind the eardrum. It is very common "
                 "in young children and often starts after a cold."),
            Para("The fluid muffles sound, so a child with glue ear may seem not to listen, may turn the "
                 "television up, or may be slow to start talking."),
        )),
        Part("What are grommets?", "about", (
            Para("Grommets are tiny plastic tubes that are placed in the eardrum. They let air into the middle "
                 "ear, so that the fluid can drain away and your child can hear clearly again. Most grommets "
                 "fall out by themselves within 6 to 18 months, as the eardrum heals behind them."),
        )),
        Part("Why does my child need grommets?", "candidates", (
            Para("Grommets are offered when glue ear has lasted for at least three months, affects the hearing "
                 "in both ears, and is holding back your child's speech, learning or behaviour. They can also "
                 "help children who keep getting ear infections."),
        )),
        Part("Your child's anaesthetic", "procedure_steps", (
            Para("Your child will have a general anaesthetic, so they will be asleep for the whole operation. "
                 "One parent or carer can stay with them in the anaesthetic room until they are asleep. The "
                 "anaesthetist will come and talk to you before the operation."),
        )),
        Part("How are the grommets put in?", "procedure_steps", (
            Para("Using a microscope, the surgeon makes a tiny cut in the eardrum, gently sucks out the fluid "
                 "and fits the grommet into the cut. Everything is done through the ear canal, so there are no "
                 "stitches and no scars."),
            Para("The operation takes about 15 minutes for both ears, and most children go home the same day."),
        )),
        Part("How will grommets help my child?", "benefits", (
            Para("Most children hear better straight away. Parents often notice that their child's speech, "
                 "concentration and mood improve over the next few weeks."),
        )),
        Part("What are the risks for my child?", "risks", (
            Para("Grommets are one of the most common operations in children, and serious problems are very "
                 "rare. The things that can happen are:"),
            Items((
                "A runny ear (discharge), usually caused by an ear infection and treated with antibiotic ear "
                "drops: between 1 in 20 and 1 in 10 children.",
                "A small patch of scarring on the eardrum (tympanosclerosis), which is common and hardly ever "
                "affects hearing.",
                "The grommet falling out too early, within a few months of the operation: up to 1 in 50 "
                "children.",
                "Glue ear coming back after the grommets have come out, so that another set is needed: about "
                "1 in 3 children.",
            )),
        )),
        Part("Less common problems", "risks", (
            Items((
                "A hole in the eardrum that does not close after the grommet comes out (perforation): 2 in "
                "100 children. A small operation to repair it may be offered when your child is older.",
                "The grommet becoming blocked, so that it stops working (uncommon).",
                "The grommet staying in the eardrum for more than two years, so that it has to be taken out "
                "under a general anaesthetic: about 1 in 100 children.",
            )),
        ), level=3),
        Part("Are there other ways to treat glue ear?", "alternatives", (
            Para("Hearing aids can help your child to hear while you wait for the glue ear to clear. Some "
                 "children are helped by autoinflation, where they blow up a special balloon through the nose "
                 "several times a day."),
        )),
        Part("What if my child does not have grommets?", "doing_nothing", (
            Para("Glue ear often gets better on its own, especially over the summer, but this can take many "
                 "months. While you wait, your child's hearing may stay muffled and their speech or schoolwork "
                 "may fall behind. We will check their hearing again if you decide to wait."),
        )),
        Part("How should I prepare my child?", "unplaced", (
            Para("Your child must not eat anything for six hours before the operation. They can have breast "
                 "milk up to four hours before, and water or diluted squash up to one hour before. Your "
                 "appointment letter gives the exact times."),
            Para("Talk to your child about coming into hospital in a way they can understand, and bring a "
                 "favourite toy or comforter with you."),
        )),
        Part("Caring for your child after grommets", "recovery", (
            Para("Your child may be sleepy and a little unsettled for the rest of the day. Give paracetamol or "
                 "ibuprofen if their ears ache. Most children can go back to nursery or school after a day or "
                 "two."),
            Para("Your child can have a bath and wash their hair as usual, but try to keep soapy water out of "
                 "their ears. We will see your child in clinic for a hearing test about eight weeks after the "
                 "operation."),
        )),
        Part("When should I call for advice?", "get_help", (
            Para("Contact the Children's Day Unit or your GP if discharge from your child's ear lasts more than "
                 "a week or is smelly or bloody, or if your child has a high temperature and seems unwell."),
        )),
        Part("Other questions parents ask", "faq", ()),
        Part("Can my child go swimming?", "faq", (
            Para("Yes. Most children can swim on the surface two weeks after the operation. Ask us about ear "
                 "plugs if your child dives or swims underwater."),
        ), level=3),
        Part("Can my child fly with grommets?", "faq", (
            Para("Yes. Grommets can even make flying more comfortable, because they let the pressure in the ear "
                 "even out."),
        ), level=3),
        Part("Will my child feel the grommets?", "faq", (
            Para("No. The grommets are too small to be felt, and you will not be able to see them."),
        ), level=3),
        Part("Getting to the Children's Day Unit", "ignore", (
            Para("The Children's Day Unit is on the ground floor of Penhallow Community Hospital, entrance C. "
                 "Drop-off bays outside the entrance can be used for 20 minutes, and parents of children having "
                 "day surgery can ask reception for a free parking permit."),
        )),
        Part("This leaflet in other languages and formats", "ignore", (
            Para("If you would like this information in another language, in large print, in Easy Read or as an "
                 "audio file, please ask a member of staff or email the patient information team."),
        )),
    ),
    risks=(
        Risk(("discharge",), (5, 10, 100)),  # between 1 in 20 and 1 in 10: 5 to 10 in 100
        Risk(("scarring",), None),  # "common": a word, no figure
        Risk(("falling out",), (2, None, 100)),  # "up to 1 in 50": the bound, exactly 2 in 100
        Risk(("coming back",), None),  # 1 in 3 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("perforation",), (2, None, 100)),
        Risk(("blocked",), None),  # "uncommon": a word, no figure
        Risk(("two years",), (1, None, 100)),
    ),
)

# R. Numbered plain-label headings; risks in a table (Complication | Chance of it happening), with a
#    percentage, rates, a bound, a rate no whole number fits and words, then an unnumbered risk
#    sub-heading; doing nothing as a paragraph of the alternatives; two preparation sections; a FAQ with
#    bold questions leading paragraphs.
GALLBLADDER = Leaflet(
    name="laparoscopic-cholecystectomy", title="Laparoscopic cholecystectomy (keyhole removal of the gallbladder)",
    furniture=6, code="FP/GS/0412", container="article",
    parts=(
        Part("1. Your gallbladder and gallstones", "about", (
            Para("The gallbladder is a small pouch under the liver. It stores bile, a fluid that helps you to "
                 "digest fat. Gallstones are hard lumps that form inside the gallbladder."),
            Para("A laparoscopic cholecystectomy is an operation to remove the gallbladder, with the stones "
                 "inside it, by keyhole surgery. You can live a normal life without a gallbladder."),
        )),
        Part("2. Why we recommend removing the gallbladder", "candidates", (
            Para("We recommend the operation if your gallstones have caused attacks of pain (biliary colic), "
                 "inflammation of the gallbladder (cholecystitis), jaundice or inflammation of the pancreas "
                 "(pancreatitis). Gallstones that have never caused symptoms do not usually need treatment."),
        )),
        Part("3. The keyhole operation", "procedure_steps", (
            Para("You will have a general anaesthetic. The surgeon makes four small cuts in your tummy, one of "
                 "them in your belly button, and fills your tummy with carbon dioxide gas to make room to see."),
            Para("A camera and fine instruments are passed through the cuts, and the gallbladder is freed from "
                 "the liver and taken out through the cut at your belly button. The operation takes about an "
                 "hour, and most people go home the same day or the next morning."),
        )),
        Part("4. Advantages of having the operation", "benefits", (
            Para("Removing the gallbladder stops the attacks of pain and prevents problems such as cholecystitis "
                 "and pancreatitis from coming back. Most people can go back to eating a normal diet."),
        )),
        Part("5. Complications", "risks", (
            Para("Serious problems are uncommon. The table shows the chance of each complication in our "
                 "hospitals."),
            Table(("Complication", "Chance of it happening"), (
                ("Pain in the shoulder tip caused by the gas, for a day or two", "Very common"),
                ("Wound infection, usually at the belly button", "1 in 100"),
                ("Changing to open surgery through a larger cut", "Around 5%"),
                ("A stone left behind in the bile duct, needing a further procedure", "1 in 50"),
                ("Bleeding that needs a blood transfusion or a return to theatre", "1 in 500"),
                ("Damage to the bowel or a major blood vessel", "Less than 1 in 1,000"),
                ("A hernia in one of the scars", "1 in 300"),
                ("Loose stools after fatty meals", "Uncommon, and usually settles within a few months"),
            )),
        )),
        Part("Injury to the bile duct", "risks", (
            Para("The bile duct carries bile from the liver to the bowel and lies right next to the gallbladder. "
                 "It is injured in about 0.3% of operations. If this happens you are likely to need a further, "
                 "larger operation and a longer stay in hospital."),
        ), level=3),
        Part("6. Alternatives to an operation", "alternatives", (  # doing nothing is a paragraph of the alternatives
            Para("A low-fat diet can reduce the number of attacks for some people, but it will not get rid of "
                 "the gallstones. Tablets that dissolve gallstones work slowly, only for some kinds of stone, "
                 "and the stones usually come back when the tablets are stopped."),
            Para("You may decide not to have any treatment. Some people have no more attacks, but many do, and "
                 "there is a risk of serious problems such as jaundice or pancreatitis, which can need emergency "
                 "treatment."),
        )),
        Part("7. Consent to treatment", "unplaced", (
            Para("Your surgeon will go through the operation with you and ask you to sign a consent form. If "
                 "there is anything you do not understand, or you would like more time to decide, please tell "
                 "us."),
        )),
        Part("8. Eating and drinking before surgery", "unplaced", (
            Para("Do not eat anything after midnight on the night before your operation. You may drink water "
                 "or black tea or coffee until 6am on the day."),
        )),
        Part("9. Recovering from keyhole surgery", "recovery", (
            Para("You will feel tired for a week or two. Walk a little further each day. Most people go back to "
                 "office work after two weeks, and to heavy work after four to six weeks."),
            Para("You can drive when you can wear a seatbelt comfortably and make an emergency stop. The "
                 "stitches dissolve by themselves."),
        )),
        Part("10. Problems to look out for", "get_help", (
            Items((
                "yellowing of your skin or the whites of your eyes",
                "pain in your tummy that is getting worse instead of better",
                "a high temperature or shivering",
                "redness, swelling or discharge from one of the cuts",
            )),
            Para("If you notice any of these, ring the Surgical Assessment Unit on 01632 967 320, day or night."),
        )),
        Part("11. Questions and answers", "faq", (
            Para("Will I need to change my diet? Most people can eat normally. A few find that very fatty food "
                 "upsets their stomach for a while.", lead="Will I need to change my diet?"),
            Para("Can I see my gallstones? Please tell the ward staff before your operation if you would like "
                 "to take them home.", lead="Can I see my gallstones?"),
        )),
        Part("12. Sources of evidence", "ignore", (
            Para("Royal College of Surgeons of England. Recovering from surgery: gallbladder removal. NICE "
                 "guideline CG188, Gallstone disease: diagnosis and management."),
        )),
        Part("13. Help us improve this leaflet", "ignore", (
            Para("Please send any comments about this leaflet to the Patient Information Group, Fellbridge "
                 "General Hospital, or email patient.information@fph.example.nhs.uk."),
        )),
    ),
    risks=(
        Risk(("shoulder",), None),
        Risk(("wound infection",), (1, None, 100)),
        Risk(("open surgery",), (5, None, 100)),
        Risk(("stone",), (2, None, 100)),  # 1 in 50 is exactly 2 in 100
        Risk(("bleeding",), (2, None, 1000)),  # 1 in 500 is exactly 2 in 1,000
        Risk(("blood vessel",), (1, None, 1000)),  # "less than 1 in 1,000": the bound
        Risk(("hernia",), None),  # 1 in 300 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("loose stools",), None),  # "uncommon": a word, no figure
        Risk(("injur", "bile duct"), (3, None, 1000)),  # the sub-heading is the risk; 0.3% is exactly 3 in 1,000
    ),
)

# S. Plain label headings as bold paragraphs on the web page, in the PDF and in Word; risks as bold
#    lead-in paragraphs, then a sub-heading grouping two risks as list items; recovery sub-headings;
#    doing nothing under its own heading; "Alternative formats" next to "Alternative treatments".
TRIGGER = Leaflet(
    name="trigger-finger-release", title="Trigger finger release", furniture=6, code="FP/HAND/027",
    web_headings="bold", word_headings="bold", container="role",
    parts=(
        Part("Trigger finger", "about", (
            Para("Trigger finger is a condition in which a finger or thumb catches or locks when you bend it, "
                 "then straightens with a painful click. It happens when the tendon that bends the finger "
                 "cannot glide smoothly through the tunnel (the tendon sheath) at the base of the finger."),
            Para("Trigger finger release is a small operation to open the entrance of the tunnel so that the "
                 "tendon can move freely again."),
        )),
        Part("When surgery is recommended", "candidates", (
            Para("Surgery is usually offered when a finger stays locked, or when the triggering keeps coming "
                 "back after one or two steroid injections."),
        )),
        Part("Having the operation", "procedure_steps", (
            Para("The operation is done under local anaesthetic while you are awake. The surgeon injects the "
                 "anaesthetic into your palm, makes a cut of 1 to 2 cm in the skin crease at the base of the "
                 "finger and opens the tight part of the tunnel."),
            Para("The skin is closed with two or three stitches and a padded dressing is put on. The operation "
                 "takes about 10 minutes, and you will be in the unit for around an hour and a half."),
        )),
        Part("Expected outcome", "benefits", (
            Para("The locking and clicking usually stop straight away. Most people have full movement of the "
                 "finger within a few weeks."),
        )),
        Part("Risks of surgery", "risks", (
            Para("Trigger finger release is a safe operation, and serious complications are rare. You should "
                 "know about the following."),
            Para("Scar tenderness. The scar is often tender and firm for six to eight weeks. Massaging it with "
                 "an unperfumed cream helps it to soften.", lead="Scar tenderness."),
            Para("Infection. About 2% of people get a wound infection, which is usually treated with "
                 "antibiotics.", lead="Infection."),
            Para("A stiff finger. Some stiffness is normal for a few weeks. Stiffness that needs treatment from a "
                 "hand therapist affects up to 1 in 20 people.", lead="A stiff finger."),
            Para("Nerve damage. The nerves to the sides of the finger lie close to the tunnel. Damage that leaves "
                 "the side of the finger numb happens in about 2 in 1,000 operations.", lead="Nerve damage."),
            Para("The triggering coming back. The finger triggers again after about 1 in 100 operations, and a "
                 "few people need a second operation.", lead="The triggering coming back."),
            Para("Bowstringing. Very rarely, the tendon lifts away from the bone when you bend the finger "
                 "hard.", lead="Bowstringing."),
        )),
        Part("Reactions to the local anaesthetic", "risks", (
            Items((
                "Feeling faint or light-headed during the injection (uncommon)",
                "An allergic reaction to the local anaesthetic (very rare)",
            )),
        ), level=3),
        Part("Alternative treatments", "alternatives", (
            Para("A steroid injection into the tendon sheath cures the triggering in about half of people, and "
                 "can be repeated once. A splint worn at night can help when the triggering is mild."),
        )),
        Part("Having no treatment", "doing_nothing", (
            Para("Trigger finger sometimes gets better by itself, particularly if it is mild. If it does not, "
                 "the finger may become stuck in a bent position, and it can then be harder to straighten fully, "
                 "even after surgery."),
        )),
        Part("Before your appointment", "unplaced", (
            Para("You can eat and drink normally, as you will not be put to sleep. Take off all rings from the "
                 "hand before you come, and arrange for someone to drive you home."),
        )),
        Part("Aftercare", "recovery", (
            Para("Keep your hand raised for the first two days and move your fingers often. Keep the dressing "
                 "clean and dry. Your stitches will be taken out at your GP surgery after 10 to 14 days."),
        )),
        Part("Returning to normal activities", "recovery", (
            Para("You can use your hand for light tasks straight away. Avoid heavy gripping for three to four "
                 "weeks. You can drive when you can grip the steering wheel firmly."),
        ), level=3),
        Part("Hand therapy", "recovery", (
            Para("If your finger is slow to straighten, we will refer you to a hand therapist for exercises and "
                 "a splint."),
        ), level=3),
        Part("Problems after surgery", "get_help", (
            Para("Call the Hand Unit or your GP if your hand becomes hot, red or more painful, if the wound leaks, "
                 "or if you have a high temperature."),
        )),
        Part("Hand Unit contact numbers", "ignore", (
            Para("Hand Unit nurses: 01632 967 150, Monday to Friday, 8am to 6pm. Out of hours, ring the hospital "
                 "switchboard on 01632 967 000 and ask for the orthopaedic doctor on call."),
        )),
        Part("Alternative formats", "ignore", (
            Para("This leaflet is available in large print, in Braille, on audio and in other languages on "
                 "request."),
        )),
    ),
    risks=(
        Risk(("scar",), None),  # "often": a word, no figure
        Risk(("infection",), (2, None, 100)),
        Risk(("stiff",), (5, None, 100)),  # "up to 1 in 20": the bound, exactly 5 in 100
        Risk(("nerve",), (2, None, 1000)),
        Risk(("coming back",), (1, None, 100)),
        Risk(("bowstringing",), None),
        Risk(("faint",), None),  # "uncommon": a word, no figure
        Risk(("allergic",), None),
    ),
)

# T. Questions in the patient's voice; numbered procedure steps; the risks heading with only an
#    introduction, then risk sub-headings, most of them a risk each and one grouping several as list items;
#    doing nothing as a paragraph of the alternatives; a FAQ of plain question and answer paragraphs.
TURP = Leaflet(
    name="transurethral-resection-of-prostate", title="Transurethral resection of the prostate (TURP)",
    furniture=6, code="FP/URO/0088",
    parts=(
        Part("What is a TURP?", "about", (
            Para("The prostate is a gland about the size of a walnut. It sits below the bladder and wraps around "
                 "the urethra, the tube that carries urine out of the body. As men get older the prostate often "
                 "grows and squeezes the urethra (benign prostatic enlargement)."),
            Para("A transurethral resection of the prostate (TURP) removes the inner part of the prostate that "
                 "is blocking the flow of urine. It is done through the urethra, so there are no cuts on the "
                 "skin."),
        )),
        Part("Is a TURP right for me?", "candidates", (
            Para("A TURP may be suggested if you have a weak flow, need to pass urine often or urgently, or get "
                 "up many times in the night, and tablets have not helped. It is also offered to men who cannot "
                 "pass urine at all, or whose blocked bladder is harming their kidneys."),
        )),
        Part("How is a TURP done?", "procedure_steps", (
            Items((
                "You will have a spinal anaesthetic, which numbs you from the waist down, or a general "
                "anaesthetic.",
                "The surgeon passes a telescope into the urethra and uses a heated wire loop to cut away the "
                "blocking prostate tissue in small pieces.",
                "The pieces are washed out of the bladder and sent to the laboratory to be examined.",
                "A catheter is put into your bladder at the end of the operation, and fluid is run through it to "
                "wash out any blood.",
            ), numbered=True),
            Para("The operation takes about an hour. Most men stay in hospital for one to three nights."),
        )),
        Part("How could a TURP help me?", "benefits", (
            Para("Most men find that their flow is much stronger and that they need to pass urine less often. "
                 "Getting up at night can take longer to improve."),
        )),
        Part("What problems can happen after a TURP?", "risks", (
            Para("Your urologist will talk to you about the risks that apply to you. The most important ones are "
                 "described below."),
        )),
        Part("Dry orgasm (retrograde ejaculation)", "risks", (
            Para("After a TURP most men, about 3 in 4, find that semen goes back into the bladder when they "
                 "climax, instead of coming out. This is harmless and the feeling of orgasm is usually the same, "
                 "but it means you are unlikely to be able to father a child naturally."),
        ), level=3),
        Part("Bleeding and blood in the urine", "risks", (
            Para("Your urine will be pink or red for the first few weeks, and small clots are normal. Bleeding "
                 "heavy enough to need a blood transfusion or a return to theatre affects about 2 in 100 men."),
        ), level=3),
        Part("Problems with passing urine", "risks", (
            Items((
                "A urine infection needing antibiotics: around 1 in 20 men.",
                "Not being able to pass urine when the catheter is taken out, so that it has to be put back for a "
                "week or two: about 1 in 15 men.",
                "Leaking urine that does not get better (incontinence): less than 1 in 100 men.",
                "Scarring that narrows the urethra or the neck of the bladder (stricture), months or years "
                "later: between 2 and 4 in every 100 men.",
                "The prostate growing back, so that the operation has to be done again: about 1 in 10 men within "
                "ten years.",
            )),
        ), level=3),
        Part("Erection problems", "risks", (
            Para("A few men notice that their erections are weaker after the operation. This is uncommon, and "
                 "your urologist can talk to you about treatment if it happens."),
        ), level=3),
        Part("TUR syndrome", "risks", (
            Para("Rarely, the fluid used to rinse the bladder during the operation is absorbed into the "
                 "bloodstream. This can cause confusion, sickness and breathing problems, and happens in less "
                 "than 1 in 1,000 operations. It is treated on the ward or in intensive care."),
        ), level=3),
        Part("What other treatments are there?", "alternatives", (  # doing nothing is a paragraph of them
            Para("Other operations include laser removal of the prostate (HoLEP), steam treatment and prostate "
                 "lift implants. Some of these have a lower risk of dry orgasm, but they do not suit every "
                 "prostate. You could also carry on with tablets, or use a catheter."),
            Para("Doing nothing is also an option. Your symptoms may stay the same, get slowly worse or "
                 "sometimes improve. A small number of men suddenly become unable to pass urine and need a "
                 "catheter urgently."),
        )),
        Part("What do I need to do before I come in?", "unplaced", (
            Para("You will have a pre-assessment appointment, where we check your blood, urine and heart. If you "
                 "take a blood thinner such as warfarin, apixaban or clopidogrel, we will tell you when to stop "
                 "it. Do not eat for six hours before your operation."),
        )),
        Part("How long will it take to recover?", "recovery", (
            Para("The catheter usually stays in for two or three days. Once it is out and you are passing urine "
                 "well, you can go home."),
            Para("Drink two to three litres of fluid a day for the first two weeks. Avoid heavy lifting, "
                 "straining and sex for four weeks. Most men go back to work after two to four weeks."),
        )),
        Part("What should I look out for at home?", "get_help", (
            Para("Go to your nearest Emergency Department, or ring the Urology Ward at any time, if:"),
            Items((
                "you cannot pass urine",
                "your urine is thick with blood or clots",
                "you have a high temperature or shivers",
                "you have pain that painkillers do not control",
            )),
        )),
        Part("Common questions about TURP", "faq", (
            Para("Will the tissue be checked for cancer?"),
            Para("Yes. All the tissue removed is examined in the laboratory, and we will write to you and your GP "
                 "with the result."),
            Para("When can I drive again?"),
            Para("Usually after two weeks, once you can make an emergency stop without discomfort."),
        )),
        Part("Useful websites", "ignore", (
            Para("Prostate Cancer UK and the British Association of Urological Surgeons both publish information "
                 "about an enlarged prostate."),
        )),
        Part("Tell us about your experience", "ignore", (
            Para("We welcome your comments and suggestions. Please speak to the nurse in charge of the Urology "
                 "Ward, or contact the Patient Experience Team on 01632 967 090."),
        )),
    ),
    risks=(
        Risk(("ejaculation",), (75, None, 100)),  # the sub-heading is the risk; 3 in 4 is exactly 75 in 100
        Risk(("bleeding",), (2, None, 100)),  # the sub-heading is the risk
        Risk(("infection",), (5, None, 100)),  # 1 in 20 is exactly 5 in 100
        Risk(("catheter",), None),  # 1 in 15 is not exactly a whole number in 100, 1,000 or 10,000
        Risk(("incontinence",), (1, None, 100)),  # "less than 1 in 100": the bound
        Risk(("stricture",), (2, 4, 100)),
        Risk(("growing back",), (10, None, 100)),  # 1 in 10 is exactly 10 in 100
        Risk(("erection",), None),  # the sub-heading is the risk; "uncommon": a word, no figure
        Risk(("tur syndrome",), (1, None, 1000)),  # the sub-heading is the risk; "less than 1 in 1,000": the bound
    ),
)

SET = (GROMMETS, GALLBLADDER, TRIGGER, TURP)


# Set 6's furniture: a sixth trust's site and print templates, so that none of it is sets 1-5's.

def write_html(leaflet: Leaflet, path: Path) -> None:
    content = _content_html(leaflet)
    title_line, rest = content.split("\n", 1)
    contents = "".join(f'\n    <li><a href="#section-{number}">{_esc(part.heading)}</a></li>'
                       for number, part in enumerate(leaflet.parts, 1) if part.level == 2)
    toc = (f'<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title" class="toc__title">On this page</h2>'
           f'<ol>{contents}\n  </ol></nav>')
    body = f"{title_line}\n{toc}\n{rest}"
    tools = ('<div class="page-actions"><button type="button" onclick="window.print()">Print</button>'
             f'<a href="/download/leaflets/{leaflet.name}.pdf">Download PDF (180 KB)</a>'
             '<a href="/patients/leaflets/easy-read">Easy Read leaflets</a></div>')
    holder = {
        "main": f'<main id="content-start" class="content-area" tabindex="-1">\n{body}\n{tools}\n</main>',
        "article": f'<div id="content-start" class="content-area"><article class="c-leaflet">\n{body}\n</article>\n'
                   f'{tools}</div>',
        "role": f'<div id="content-start" class="content-area" role="main" tabindex="-1">\n{body}\n{tools}\n</div>',
    }[leaflet.container]
    path.write_text(f"""<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(leaflet.title)} – Patient information – Fellbridge and Penhallow University Hospitals</title>
<meta property="og:site_name" content="{TRUST_6}"><link rel="stylesheet" href="/dist/css/fph.bundle.4d21.css">
<script type="module" src="/dist/js/app.4d21.js"></script>
</head><body class="t-leaflet">
<div id="ccb" class="cookie-consent-banner" role="dialog" aria-modal="true" aria-labelledby="ccb-title">
  <h2 id="ccb-title">Tell us whether you accept cookies</h2>
  <p>We use cookies that are needed for this website to work. We would also like to use analytics cookies so we
  can understand how you use the website and make improvements.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a></div>
<a class="skip-link" href="#content-start">Skip to main content</a>
<div class="access-bar" role="region" aria-label="Accessibility options"><span>Text size</span>
  <button type="button">A</button><button type="button">A+</button><button type="button">A++</button>
  <button type="button">High contrast</button> <a href="/read-aloud">Read this page aloud</a></div>
<header class="site-hdr"><a class="site-hdr__logo" href="/"><img src="/img/fph-logo.svg" alt="{TRUST_6} home"></a>
  <div class="site-hdr__info"><p>Switchboard <a href="tel:01632967000">01632 967 000</a></p>
  <p><a href="/urgent-care/waiting-times">Emergency Department waiting time</a>: about 3 hours</p></div>
  <form class="site-hdr__search" role="search" action="/search"><input type="text" name="q" aria-label="Search"
  placeholder="What are you looking for?"><button type="submit">Search</button></form></header>
<nav class="mega-nav" aria-label="Main navigation">
  <div class="mega-nav__col"><h3>Patients</h3><ul><li><a href="/patients/appointments">Outpatient appointments</a></li>
  <li><a href="/patients/leaflets">Patient information leaflets</a></li>
  <li><a href="/patients/pals">PALS</a></li></ul></div>
  <div class="mega-nav__col"><h3>Visitors</h3><ul><li><a href="/visitors/times">Visiting times</a></li>
  <li><a href="/visitors/parking">Parking</a></li><li><a href="/visitors/food">Food and drink</a></li></ul></div>
  <div class="mega-nav__col"><h3>Working here</h3><ul><li><a href="/jobs">Current vacancies</a></li>
  <li><a href="/volunteering">Volunteering</a></li></ul></div></nav>
<ol class="crumb" aria-label="You are here"><li><a href="/">Home</a></li><li><a href="/patients">Patients</a></li>
  <li><a href="/patients/leaflets">Patient information leaflets</a></li>
  <li aria-current="page">{_esc(leaflet.title)}</li></ol>
{holder}
<section class="leaflet-details" aria-label="Leaflet details"><dl><dt>Reference</dt><dd>{_esc(leaflet.code)}</dd>
  <dt>Published</dt><dd>April 2027</dd><dt>Review due</dt><dd>April 2030</dd></dl></section>
<section class="page-survey"><h2>Did you find what you needed?</h2><button type="button">Yes</button>
  <button type="button">No</button>
  <p>Please do not include personal or medical information in any feedback.</p></section>
<footer class="site-ftr"><p class="site-ftr__999"><strong>In an emergency</strong> always dial 999. For urgent
  medical help that is not an emergency, use NHS 111.</p>
  <div class="site-ftr__cols"><div><h2>Our hospitals</h2><ul><li><a href="/fgh">Fellbridge General Hospital</a></li>
  <li><a href="/pch">Penhallow Community Hospital</a></li></ul></div>
  <div><h2>Get in touch</h2><p>Fellbridge General Hospital, Moor Lane, Fellbridge FB3 8RT</p>
  <p>Switchboard: 01632 967 000</p></div>
  <div><h2>Follow us</h2><ul><li><a href="/social/facebook">Facebook</a></li>
  <li><a href="/social/instagram">Instagram</a></li>
  <li><a href="/social/threads">Threads</a></li></ul></div></div>
  <ul class="site-ftr__legal"><li><a href="/accessibility-statement">Accessibility statement</a></li>
  <li><a href="/cookies">Cookies</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/terms">Terms of use</a></li></ul>
  <p>&copy; {TRUST_6} 2027</p></footer>
</body></html>
""", encoding="utf-8")


def write_pdf(leaflet: Leaflet, path: Path) -> None:
    _render_pdf(leaflet, path, "en", f"""@page {{ size: A4; margin: 24mm 19mm 30mm;
  @top-left {{ content: "{TRUST_6}"; font-size: 8pt; color: #00594f }}
  @top-right {{ content: "Patient information"; font-size: 8pt; color: #00594f }}
  @bottom-left {{ content: "{leaflet.code} · Published April 2027 · Review April 2030"; font-size: 7.5pt }}
  @bottom-center {{ content: "– " counter(page) " –"; font-size: 8pt }}
  @bottom-right {{ content: "Need this in another format? Call 01632 967 010"; font-size: 7pt }} }}
@page :first {{
  @top-left {{ content: "{TRUST_6}"; font-size: 12pt; font-weight: bold; color: #00594f }}
  @top-right {{ content: none }} }}
body {{ font-family: sans-serif; font-size: 11.5pt; line-height: 1.5 }}
h1 {{ font-size: 22pt; color: #00594f }} h2 {{ font-size: 14.5pt; color: #00594f }} h3 {{ font-size: 12pt }}
table {{ border-collapse: collapse; width: 100% }}
th, td {{ border-bottom: 0.6pt solid #00594f; padding: 4pt 6pt; text-align: left; vertical-align: top }}
th {{ background: #d8ece9 }}
""")


def write_docx(leaflet: Leaflet, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    teal = RGBColor(0x00, 0x59, 0x4F)
    document = docx.Document()
    bold = leaflet.word_headings == "bold"
    if bold:
        run = document.add_paragraph().add_run(leaflet.title)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(22), teal
    else:
        document.add_heading(leaflet.title, level=1)
    for block in leaflet.intro:
        document.add_paragraph(block.text)
    for part in leaflet.parts:
        if bold:
            run = document.add_paragraph().add_run(part.heading)
            run.bold, run.font.size, run.font.color.rgb = True, Pt(14.5 if part.level == 2 else 12), teal
        else:
            document.add_heading(part.heading, level=part.level)
        add_docx_content(document, part.content, "Medium List 1 Accent 6", bold_header=True)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.add_run(TRUST_6).bold = True
    section.first_page_header.add_paragraph("Patient information")
    section.first_page_footer.paragraphs[0].text = (
        f"{leaflet.code}   If you need this leaflet in large print, another language or another format, please "
        "call 01632 967 010.")
    header = section.header.paragraphs[0]
    header.text = f"{leaflet.title} | {TRUST_6}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    strip = section.footer.add_table(rows=1, cols=3, width=Cm(17))
    strip.cell(0, 0).text = leaflet.code
    strip.cell(0, 1).text = "Published April 2027 · Review April 2030"
    numbers = strip.cell(0, 2).paragraphs[0]
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    numbers.add_run("Page ")
    _page_field(numbers, "PAGE")
    numbers.add_run(" of ")
    _page_field(numbers, "NUMPAGES")
    document.save(path)

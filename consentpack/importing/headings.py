"""Which leaflet section a hospital's heading belongs to: one table, read top to bottom, the
first pattern found in the heading wins; and, where the heading says too little, the words of
what it heads.

Headings are matched in lower case, without their numbering ("3. Risks") or end punctuation
("What are the risks?"), with "&" read as "and".
"""

import re

SECTIONS = ("about", "candidates", "procedure_steps", "benefits", "risks", "alternatives", "doing_nothing",
            "recovery", "get_help", "faq")
IGNORE = "ignore"  # belongs nowhere in a consent leaflet: parking, contact details, references
UNPLACED = "unplaced"  # patients' content with no leaflet section (getting ready, consent): a person decides
MIXED = "benefits+risks"  # one heading over both; its lead-ins and items say which is which

# (section, pattern). Order matters: "What happens if I do not have the operation?" is doing
# nothing before it is the operation; "Anaesthetic risks" is risks before it is the anaesthetic.
# One row per family of phrasings; the comment above a row gives examples of what it takes.
_PROCEDURE = (r"(operation|procedure|surgery|treatment|test|examination|investigation|scan|biopsy|injection|"
              r"appointment|\w+scopy|\w+ectomy|\w+plasty|\w+otomy|\w+ostomy|\w+gram|\w+graphy)")
HEADINGS: tuple[tuple[str, str], ...] = (
    # "When to get help", "When to seek medical advice", "Seeking urgent advice", "Warning signs",
    # "If you are worried", "Problems after you get home", "Problems at home", "Who to contact if
    # you have a problem", "Contact us straight away if ...", "Signs to look out for" (bare "Who to contact" is contact
    # details: ignore, below; "Problems after the operation" is risks).
    ("get_help", r"when (to|should i|you should) (seek|get|call|contact|phone|ring|tell)|"
                 r"seek(ing)? (help|advice|medical|urgent|a specialist)|get(ting)? (help|advice)|"
                 r"warning signs|danger signs|emergenc|"
                 # "Signs of infection to look out for", "What to look out for", "Things to watch for"
                 r"\b(look|looking|watch|watching) (out )?for\b|"
                 r"who (to|should i|can i|do i) (contact|call|ring|speak to)\b.*\b(if|when|urgent|out of hours|"
                 r"problems?|worr|concern|help|advice)\b|"
                 r"^(contact|call|phone|ring|tell) .*\b(immediately|straight away|urgently|at once)\b|"
                 r"if (you are|i am|you're) (worried|concerned)|^(any|further|more|other) questions$|"
                 # "When should I worry?", "Signs of a problem", "Signs that something is wrong"
                 r"^when (should|do|must|might) (i|you|we) (worry|be worried|be concerned)|"
                 r"^(warning )?signs (of|that) (a |an )?(problem|something|trouble|complication)|"
                 r"^(problems|difficulties|concerns|worries)\b.*\b(at|get|go|are|back|once) home\b|"
                 # "If you have any problems", "What should I do if I have a problem?", "Urgent advice"
                 r"^if (you|i) (have|get|notice|develop) (any )?(problems?|concerns?|worries)\b|"
                 r"^what (should|do|can) (i|you|we) do if\b|^urgent\b"),
    # "What if I leave my hernia alone?", "What if I do nothing?", "What if I decide not to have
    # it?", "If you choose not to go ahead", "What happens if I don't have the test?", "Not having
    # the operation", "Watchful waiting" -- but not "What if I don't have anyone to take me home?".
    ("doing_nothing", r"\b(leave|leaving|left) (.+ )?alone\b|\bdo(ing)? nothing\b|"
                      # "Can I just leave the cataract?", "Could I leave it?"
                      r"^(can|could|may|should) (i|we|you) (just |simply )?leave (it|them|this|the|my|your)\b|"
                      r"\b(decide[sd]?|deciding|choose|chose|choosing|prefer|rather)\b.*"
                      r"\b(not|against) (to )?(go(ing)? ahead|proceed(ing)?)\b|"
                      rf"\b(if|decide[sd]?|deciding|choose|chose|choosing|prefer|rather)\b.*"
                      rf"\b(not|against|don't|do not|didn't) (want )?(to )?hav(e|ing) "
                      rf"(it|this|them|one|(the |this |that |an |a |my |your |any )?([\w-]+ )?{_PROCEDURE})\b|"
                      r"^not having|without (treatment|an operation|surgery)|watchful waiting|"
                      # "If you decide against an operation", "Can I wait and see?"
                      r"\b(decide[sd]?|deciding|choose|chose|choosing) against\b|\bwait and see\b|"
                      r"^(can|could|should|may) (i|we|my \w+) (just )?wait\b|"
                      # "What happens if I say no?", "Leaving the finger as it is"
                      r"\bif (i|we|you|my \w+|your \w+) (say|says|said) no\b|"
                      # "Can I say no to the ERCP?", "Can I refuse?"
                      r"^(can|may|could) (i|we|my \w+) (say no|refuse|decline|opt out)\b|"
                      r"\b(leave|leaving|left)\b.*\b(as (it|they) (is|are)|untreated)$|"
                      # "What will happen if nothing is done?", "What if I don't want the operation?"
                      r"\bif (nothing|no treatment) is (done|given)\b|"
                      r"^what (happens |will happen )?if (i|you|my \w+|your \w+) (do not|don't|does not|doesn't) "
                      rf"want (it|this|that|to|(the |this |an |a |my |your )([\w-]+ )?{_PROCEDURE})\b|"
                      # "Having no treatment", "Choosing no surgery"
                      r"^((having|choosing|opting for) )?no (treatment|surgery|operation)\b|"
                      # "What if my child does not have grommets?", "What happens if I don't get it
                      # done?" -- but not "What if I don't have anyone to take me home?" or "... sedation?"
                      r"^what (happens |will happen |would happen |might happen |could happen )?if "
                      r"(i|we|you|my \w+|your \w+|he|she|they) (do not|does not|don't|doesn't|did not|didn't) "
                      r"(have|get|go ahead)\b(?! (anyone|anybody|someone|somebody|a (lift|carer|driver|friend)|"
                      r"transport|time|(the |an? |any |general |local )*(sedation|sedative|anaesthetic|"
                      r"painkillers?|pain relief))\b)|"
                      # "What happens if the lesion is not removed?", "What if it is not treated?",
                      # "What happens if I don't have it removed?"
                      r"^what (happens |will happen |would happen )?if\b.*\b(not|n't|never)\b.*"
                      r"\b(removed|treated|operated on|repaired|taken out|fixed|done)$"),
    # "Do I have to have the operation?", "Do I really need to have this surgery?", "Must I have
    # it?", "Is the operation essential?", "Is this procedure really necessary?" -- but not "Do I
    # have to have it or are there other options?" (alternatives), "Do I have to have an
    # anaesthetic?" or "Is it necessary to stop eating?".
    ("doing_nothing", r"^(?!.*\b(alternatives?|other|instead|options?)\b)"
                      rf"(do|must|will|should) (i|you|my \w+|your \w+|he|she|they) (really )?((have|need) to )?"
                      rf"(have|undergo|go ahead with) (it|this|that|(the |this |that |an |a |my |your )([\w-]+ )?"
                      rf"{_PROCEDURE})$|"
                      rf"^is (it|(the |this |that |an |a |my |your )([\w-]+ )?{_PROCEDURE}) (really |absolutely )?"
                      r"(essential|necessary|needed|compulsory|required|unavoidable)$"),
    # "Frequently asked questions", "FAQs", "Your questions answered", "Questions and answers",
    # "Common questions", "Q&A", "Things people ask", "Questions you may have".
    ("faq", r"frequently asked|\bfaqs?\b|(common|commonly asked|your|some) questions|^questions$|"
            # "Questions people ask", "Other questions parents often ask"
            r"questions (and answers|answered|(\w+ ){1,2}(often |usually |commonly |sometimes )?ask|"
            r"you (may|might) (have|ask|want to ask)|to ask)|"
            r"^q ?and ?a$|^(things|what) (people|patients) (often |usually |commonly )?ask|"
            # "Questions about your angiogram"
            r"^(other |more |common )?questions (about|on|regarding)\b"),
    (MIXED, r"benefits?,? (and|or) risks|risks?,? (and|or) benefits?"),
    # Nowhere in a consent leaflet: finding the hospital, contact details ("Contacting us", "How to
    # contact us", "Contact numbers", "Useful contacts", "Who to contact"), what to bring (practical
    # admin like parking: "What should I bring (with me)?", "Things to bring"), sources, support
    # organisations ("Support organisations", "Useful websites"), feedback ("Your feedback", "Tell
    # us what you think of this leaflet", "Comments and complaints", "PALS").
    (IGNORE, r"^(car )?parking|^travel|^transport|^directions|^(where|how) to find (us|the)\b|^finding (us|the)\b|"
             # "Getting here", "Getting to the Day Unit", "How to get to the hospital"
             r"^(getting|how to get|how do i get) (here|there|to)\b|"
             r"^(how (to|can i|do i|can you) |ways to |who to )?contact(ing|s)?\b|"
             r"who (to|should i|can i|do i) (contact|call|ring|speak to)|"
             r"^useful ((telephone|phone|contact) )?(contacts|numbers|links|websites|information|organisations|"
             r"addresses)|^(telephone|phone) numbers|"
             r"^(support|patient|national|local|other) (organisations|groups|charities)|^support (and|or) advice$|"
             # "Eye Centre telephone numbers", "Day Surgery Unit contact details", "Visiting the ward
             # and parking", "Evidence used in this leaflet"
             r"\b(telephone|phone|contact) (numbers?|details)$|\bparking\b|^visiting\b|"
             r"^(the )?evidence\b|\bevidence (used|base|for this)\b|"
             r"tell us what you (think|thought)|^have your say|^how (did|are|were) we do(ing)?\b|"
             r"^your (personal )?(information|data|records)$|"
             # "Your feedback", "Your views matter", "Your comments are important to us"
             r"^your (feedback|comments|views|opinions?)( (matters?|count|are (important|welcome)\b.*))?$|"
             # "Help us improve this leaflet", "Tell us about your experience"
             r"help us (to )?improve|improv(e|ing) (this|our) (leaflet|information|service)|"
             r"^tell us (about|how)\b|\b(your|patient) experience$|"
             r"^(what (to|should i|should you|do i need to|do you need to|will i need to) bring|things to bring)\b|"
             r"^references?$|^sources?\b|^bibliography|where (this|the|our) information (comes|came) from|"
             r"^(further|more|additional) (information|reading|help|support)|^for more information|"
             # "Where can I find more information?", "How can I find out more?"
             r"^(where|how) (can|do|could|should) (i|you|we) (find|get) (out )?(more|further)\b|"
             r"about this (leaflet|information|page|booklet)|^leaflet (information|details)|^feedback|"
             r"^(comments|compliments|complaints)|patient advice and liaison|^pals\b|^disclaimer|"
             # "Other formats", "Need this leaflet in another language or format?"
             r"\b(other|another|alternative|accessible|different) (languages?|formats?)\b|\blanguage or format\b|"
             # "Notes", "Notes and questions": a page for the patient's own writing
             r"^(my |your )?notes( and questions)?$|"
             r"^translations?$|^large print|^interpret(ers?|ing)\b|\btranslated (leaflets?|information)\b|"
             r"^privacy|data protection|how we use (your )?(personal )?(information|data|details)|"
             r"\bpersonal (information|data)\b|^acknowledg"),
    # Getting ready and consent: "Before your operation", "Preparing for your test", "How do I
    # prepare for my operation?", "How should I get ready?".
    (UNPLACED, r"^(before|preparing|preparation|getting ready)\b|\bprepare\b|pre-?op|"
               # "How should I get ready?", "How do I get my child ready for the operation?"
               r"\bget(ting)? (\w+ ){0,2}ready\b|"
               # "What do I need to do before I come in?"
               r"\bbefore (i|you|we|my \w+|your \w+) (come|arrive)\b|\bfasting\b|nil by mouth|\bbeforehand\b|"
               # "What should I do before the day?"
               r"\bbefore (the|your|my) (day|operation|procedure|test|appointment|admission|surgery|treatment)\b|"
               r"pre-?assessment|consent"),
    ("risks", r"\brisks?\b|complications?|side[- ]effects?|what can go wrong|dangers|\bsafety\b|"
              # "Reactions to the local anaesthetic", "Allergic reactions"
              r"\breactions? (to|from)\b|\ballergic\b|"
              # "What could go wrong?", "Things that can go wrong", "Is it safe?"
              r"\b(could|can|might|may) go wrong\b|"
              # "Could there be any problems?"
              r"^(could|can|might|may|will|are|is) there (be )?(any )?(problems|complications|dangers)\b|"
              # "Is a general anaesthetic safe for my child?", "Could the adult teeth be harmed?"
              r"^(is|are) (it|this|they|(an? |the )?[\w -]+?) safe\b|"
              r"^(could|can|might|may|will) .{1,40} (be|get) (harmed|damaged|injured)\b|"
              r"problems (that|which) (can|may|might)"),
    # A test's results come after it, whatever else "results" means: "When will I get my results?"
    ("recovery", r"^when (will|do|can|should) (i|you|we) (get|hear|know|receive|be told) (about )?(my|your|the) "
                 r"(test )?results|^(getting|receiving|hearing about) (my |your |the )?(test )?results|"
                 r"^(your|the) (test |biopsy )?results$|\bresults and follow[- ]?up\b"),
    # "Benefits", "What are the advantages?", "What will I gain from the operation?", "How will
    # it help me?", "Will it work?", "Results", "Success rate".
    ("benefits", r"benefits?|success|advantages|why (should i )?(have|do) (it|this|the)|"
                 r"what (will|can|could|might|do|would) (i|you|my \w+|your \w+) gain|"
                 # "How will banding help me?", "How can it help?": whatever names it, but not "How
                 # can I/we help?"
                 r"how (will|can|could|might|does|would) (?!(i|you|we|they)\b)[\w -]{1,40}? help\b|"
                 r"^how (a|an|the|this|your|my) [\w -]{1,40}? (can|will|could|might|may) help\b|"
                 r"what (will|can|could) (it|the (?!(doctor|nurse|surgeon|team|consultant|specialist|staff)s?\b)\w+) (do|achieve)|how (well|successful|effective)|"
                 # "What the operation can achieve", "What can be achieved?", "What you can expect to
                 # gain", "Will my eyesight be better afterwards?" (before recovery's "afterwards")
                 r"\bachiev(e|ed)\b|\b(expect|hope) to gain\b|"
                 r"^will (my|your|the|it|this) ?[\w -]{0,30}? (be|get|feel|work) better\b|"
                 r"\bresults\b|outcomes?|(will|does) it (work|help)|"
                 # "What difference will it make?", "Will it get rid of my stone?", "What the test can tell us"
                 r"\bwhat difference (will|does|would|can|might) (it|this|the \w+) make\b|"
                 r"^will (it|this|the \w+) (get rid of|cure|stop|fix|improve|relieve|ease|solve)\b|"
                 r"^what (will |can |could )?(the|this|my|your|it) ?\w* (can |will |could |may )?(tell|show)\b"),
    # "Is there another way to treat my thyroid?", "Are there other tests I could have?" -- but
    # not "Will I need other tests?"
    ("alternatives", r"alternatives?|other (treatments?|options|choices|ways)|(treatment|my|your|the) (options|choices)|"
                     r"non-?(surgical|operative)|^conservative (treatment|management)|"
                     # "Could I have a different test?"
                     r"\b(a |an )?different (tests?|treatments?|procedures?|operations?|options?|kinds? of|types? of)\b|"
                     r"instead|\banother (way|option|choice|treatment)\b|\bonly (option|choice|treatment|way)\b|"
                     r"^(is|are) there (any )?(an)?others? (tests?|procedures?|operations?|treatments?|"
                     r"investigations?|scans?)\b|"
                     # "What else could I try?", "What else can I do?", "Is there anything else I can
                     # try?" -- but not "What else should I know?"
                     r"^what else (could|can|might) (i|we|you|my \w+|your \w+) (try|do|have)$|"
                     r"anything else (i|we|you) (could|can|might) (try|do|have)$"),
    # "What is a dental general anaesthetic?", "What are grommets?": what a thing is, before the
    # procedure's words ("anaesthetic") -- but not "What is involved?" or "What is the recovery time?"
    ("about", r"^what (is|are) (an? |the )?(?!.*\b(recover\w*|after\w*|involved|happens?|next|outlook)\b)"
              r"(?!(the )?(procedure|operation|treatment|surgery)$)[\w' -]+$"),
    # What is done to the patient, before recovery's words ("What we will do" is not "do" after):
    # "What will happen at my appointment?", "What happens at your appointment?", "What will happen
    # on the day?", "What happens during the test?", "What we will do", "What will the nurse do?".
    ("procedure_steps", r"^what (will |is going to |happens|would )(happen )?(during|at|on|in) (the|my|your) "
                        r"(day|appointment|visit|clinic|{p}s?)$|"
                        r"^what (we|they|the \w+|your \w+) (will |are going to |is going to )?do$|"
                        r"^what (will|does|do) (we|they|the \w+|your \w+) do$|"
                        # "Will I be awake?", "How long does the procedure take?" (not "to recover")
                        r"^will (i|you|my \w+|your \w+|he|she|they) be (awake|asleep|put to sleep)\b|"
                        # "Who will do the procedure?", "What happens when we arrive?"
                        r"^who (will|does|is going to) (do|perform|carry out) (it|this|the|my|your)\b|"
                        r"^what (happens|will happen) (when|after) (we|i|you|my \w+|your \w+) (arrive|get there|come in)\b|"
                        r"^how long (does|will) (the|this|my|your) ([\w-]+ )?{p} (take|last)$".replace("{p}", _PROCEDURE)),
    # The hospital stay, before candidates so "Why might I need to stay in hospital longer?" is
    # not a reason for the operation: "How long will I be/stay in hospital?", "Your hospital stay".
    ("recovery", r"how long will (i|you|my \w+|your \w+|he|she|they) (be|stay|need to (be|stay)|have to (be|stay)) "
                 r"in hospital|\b(stay(ing)?|be) in hospital\b|hospital stay|length of stay"),
    # "Who is it for?", "Indications", "Is it right for me?", and why this person is having it:
    # "Why am I having this?", "Why is my child having grommets?", "Why have I been offered a
    # colonoscopy?", "Why has my doctor recommended it?", "Why do I need this test?" (risks,
    # benefits and alternatives above win: "Why might I need another treatment?").
    # "Should I have my cataract removed?", "Who needs an operation?"
    ("candidates", r"candidat|indications?|who (is|are|might|may|can|could|should|would)|suitab|"
                   # "Why we recommend removing the gallbladder", "When surgery is recommended"
                   r"^why (\w+ ){0,2}(recommend|suggest|advise|offer)(s|ed)?\b|"
                   r"^when (is |are )?([\w-]+ ){0,3}(is |are |may be |might be )?(recommended|advised|offered|needed|"
                   r"necessary|suggested|considered)$|"
                   r"^should (i|you|my \w+|your \w+) (have|get|consider)\b|^who (needs?|gets?|has|should have)\b|"
                   r"right for (me|you)|why (do|does|might|would) .{0,30}\bneed|reasons? for|who (it|this) is for|"
                   r"why (am i|are you|is (my|your) \w+|is he|is she) (having|being|getting|going to have)|"
                   # "Who the operation is for"
                   r"^who (the |this |your )?[\w -]{0,30}\b(is|are) for$|"
                   # "Why is this being offered to me?", "Why it is needed"
                   r"^why (is|are) .{1,40} being (offered|recommended|suggested|advised|done|carried out)\b|"
                   r"^why (it|this|the \w+) (is|are) (needed|done|offered|recommended|necessary|carried out)\b|"
                   # "Why you have been offered treatment", "Why your child is having it"
                   r"^why (i|you|we|he|she|they|my \w+|your \w+) (have|has|are|is|am) (been )?(offered|referred|"
                   r"advised|recommended|having|being|getting)\b|"
                   r"why (have|has) (i|you|my \w+|your \w+|he|she) been (offered|referred|advised|recommended|"
                   r"asked|given|booked|sent|chosen|selected|invited)|"
                   r"why (has|have|did) (my|your|the) (doctor|surgeon|consultant|gp|team|specialist|nurse) "
                   r"(recommend|suggest|advise|refer|offer)"),
    # "Recovery", "Going home", "After the test", "After your examination", "What happens after
    # the procedure?", "Back to work", "Follow-up".
    ("recovery", rf"recover|after (the|your|my|this) ([\w-]+ )?{_PROCEDURE}|afterwards|go(ing)? home|"
                 r"\b(are|is|get|gets|arrive) (back )?home\b|^after\b(?![- ]hours)|"
                 r"discharge|after ?care|at home|back to (work|normal|driving|sport)|return(ing)? to|driving|"
                 r"follow[- ]?up|outlook|convalesc|rehabilitat|wound care|stitches|dressings|exercises?\b|"
                 r"physiotherap|^(hand |occupational )?therapy$|"
                 # "When can I drive?", "Looking after your wound", "Bathing and showering"
                 r"^when (can|will|should|may) (i|you|my \w+|your \w+|he|she|they) (drive|work|shower|bath|swim|"
                 r"fly|exercise|lift|play|go back|start)\b|^looking after (yourself|your|the|my)\b|"
                 r"\b(bathing|showering|washing)\b|"
                 r"getting back|how long .*(take|better|off work)|what happens next|how will (i|you) feel after|"
                 r"^when (will|can|should) (i|you|my \w+|your \w+) (feel better|recover|be back|go back|return)"),
    ("procedure_steps", r"during (the|your|my) (operation|procedure|surgery)|"
                        r"what (happens|will happen|is going to happen|would happen) (during|in|on|at)\b|"
                        # "What the operation involves", "Having the biopsy"
                        r"\binvolv(es|ed)\b|"
                        rf"^having (the|your|an?|this|my) ([\w-]+ )?{_PROCEDURE}$|"
                        # "How is the pacemaker fitted?", "How will the grommets be put in?"
                        r"how (is|are|will) (the|it|my|your|a|an|this) ?.*(done|performed|carried out|fitted|put in|"
                        r"inserted|implanted|removed|taken out|given|placed|repaired|treated|broken up)\b|"
                        r"how (the|it) .*(done|performed|carried out|works)|"
                        r"^(the|your|my) (operation|procedure|surgery|treatment)$|on the day|anaesthe|"
                        r"in theatre|what (does|will) (it|the \w+) involve|what is involved|the day of"),
    ("about", r"what (is|are)|^about\b|"
              r"^introduction|^overview|^background|explained|^the (condition|problem)|^understanding"),
)

# A sub-heading under risks names one risk whatever its words ("Pain after the operation" is a
# risk, not recovery), unless it opens one of these.
LEAVES_RISKS = frozenset({"get_help", "faq", IGNORE, "alternatives", "doing_nothing", "benefits", MIXED})

# Where the heading says too little ("Important information"), the words under it: each match
# counts one, and the section needs two and more than any other.
CLUES: dict[str, str] = {
    "about": r"\bis an? (operation|procedure|condition|treatment)\b|\bis when\b|\bis a (type|kind) of\b",
    "candidates": r"\bsuitable\b|\brecommended for\b|\bmay help (people|you) who\b|\bif you have\b|"
                  r"\b(is|are) (usually |only )?(offered|recommended|advised|suggested) (when|if|for|to)\b",
    "procedure_steps": r"anaesthe|incision|\bcut\b|\btheatre\b|\bthe surgeon (will|makes|uses|puts)\b|"
                       r"\bduring the (operation|procedure)\b|\b(is|are) (passed|put|inserted|placed|guided)\b|"
                       r"\bneedle\b|\bsedati|\bultrasound\b|\bx-rays?\b",
    "benefits": r"benefit|\bimprove|\brelie(f|ve)|\bsuccess",
    "risks": r"\brisks?\b|complication|side[- ]effect|\binfection\b|\bbleed|\bblood clots?\b|"
             r"\((very |quite )?(common|uncommon|rare)\b|\bcan cause\b|\ballergic reaction|"
             r"\d ?%|\b\d[\d,]* in [\d,]+\b",
    "alternatives": r"alternative|\binstead\b|\bother (treatments?|options?)\b|non-surgical",
    "doing_nothing": r"\b(not|against) (to )?hav(e|ing) (the |this |an )?(operation|surgery|procedure|treatment)\b|"
                     r"\bleave (it|\w+ \w+) alone\b|\bwithout (an operation|surgery|treatment)\b|\bdoing nothing\b",
    "recovery": r"recover|\bgo(ing)? home\b|\bheal|\bback to work\b|\bdriv(e|ing)\b|\bweeks?\b|\brest\b|"
                r"\bwound\b|\bstitches\b|\bplaster\b|\bdressing|\bbandage|\bsoft food|\bshower|\bbath\b",
    "get_help": r"\burgent|\bimmediately\b|\bstraight away\b|\bemergency\b|\b999\b|\ba&e\b|"
                r"\b(call|ring|phone|contact) (us|the \w+|your (gp|doctor|nurse))\b|\bhigh temperature\b|\bfever\b",
}
CLUES_NEEDED = 2

# "3. Risks", "3 Risks", "Step 2: ...", "iv) ...", "b. ...": a letter needs its stop, so "A hernia" keeps its A.
_NUMBERING = re.compile(r"^(?:(?:section|part|step)\s+)?(?:\d{1,2}(?:\.\d{1,2})*[.):]?|(?:[ivx]{1,4}|[a-h])[.):])\s+",
                        re.IGNORECASE)
_END = re.compile(r"[\s?:.!\u2026]+$")


def normalised(heading: str) -> str:
    """Lower case, numbering, a closing aside and end punctuation gone: '3. Risks:' -> 'risks',
    'Who is a candidate? (Indications)' -> 'who is a candidate'."""
    text = " ".join(heading.replace("\u2019", "'").replace("&", " and ").casefold().split())
    text = _NUMBERING.sub("", text)
    return _END.sub("", re.sub(r"\s*\([^()]*\)$", "", text)) or _END.sub("", text)


def section_of_heading(heading: str) -> str | None:
    """The section the table gives `heading` (its closing aside read too, if need be), or None
    when no pattern is in it."""
    for text in (normalised(heading), *re.findall(r"\(([^()]*)\)", heading.casefold())):
        for section, pattern in HEADINGS:
            if re.search(pattern, text):
                return section
    return None


def section_by_content(texts: list[str], among: tuple[str, ...] = tuple(CLUES), needed: int = CLUES_NEEDED
                       ) -> str | None:
    """The section whose clues the texts hold most, if clearly: at least `needed` of them and
    more than any other section's."""
    joined = " ".join(texts).casefold()
    scores = sorted(((len(re.findall(CLUES[section], joined)), section) for section in among), reverse=True)
    best, runner_up = scores[0], scores[1] if len(scores) > 1 else (0, "")
    return best[1] if best[0] >= needed and best[0] > runner_up[0] else None


def unnumbered(heading: str) -> str:
    """A heading without its numbering: "5.1 Bleeding (haemorrhage)" -> "Bleeding (haemorrhage)"."""
    return _NUMBERING.sub("", " ".join(heading.split()))


def label(heading: str) -> str:
    """A heading as an entry's title, its numbering and closing colon gone ("4. Going home:" ->
    "Going home"); empty for a question, which is no title."""
    text = unnumbered(heading)
    return "" if is_question(text) else text.rstrip(":").strip()


def is_question(text: str) -> bool:
    return text.rstrip().endswith("?")

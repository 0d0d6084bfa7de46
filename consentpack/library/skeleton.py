"""The leaflet `consentpack new` writes: valid in form, so authors can preview it at once, and
marked TODO throughout, so `consentpack check` fails it until every part is written."""

SKELETON = """\
# Written by `consentpack new`. Replace every TODO, then run `consentpack check {id}`.
# Never invent a figure for a risk: where the evidence gives none, keep `review:` and say why.
id: {id}
title: "{title} (TODO check the title)"
procedure_name: "TODO the procedure as it reads in a sentence, e.g. knee replacement"
version: "0.1"
published: {published}
review_due: {review_due}
authors:
  - "TODO author"
approved_by: "TODO who approved this leaflet"
sided: false
summary: "TODO two or three sentences on what this leaflet is about."

consent:
  anaesthesia: [general]
  extra_procedures: []

sections:
  about: "TODO what the procedure is, in plain words."
  candidates:
    - "TODO who it may help."
  procedure_steps:
    - title: "TODO"
      text: "TODO what happens, step by step."
  benefits:
    - "TODO what it can do for the patient."
  risks:
    - name: "TODO"
      detail: "TODO what could go wrong."
      review: "TODO give a figure from audited data, or say why there is none."
  alternatives:
    - name: "TODO"
      text: "TODO another treatment the patient could choose."
  doing_nothing: "TODO what happens if the patient decides not to have it."
  recovery:
    - label: "TODO"
      text: "TODO what getting better is like."
  get_help:
    urgent:
      - "TODO signs that need help straight away."
    routine:
      - "TODO when to call {{department}} on {{phone}}."
  faq:
    - q: "TODO"
      a: "TODO a question people often ask, and its answer."
"""

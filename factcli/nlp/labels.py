"""Entity labels and what they mean to factcli: the one place that spells them out.

The default pipeline (en_core_web_sm) uses OntoNotes 5 labels; a CoNLL-2003 pipeline
(PER/ORG/LOC/MISC) passed with --model works too. Extractors ask these sets, never a
label string.
"""

PERSON_LABELS = frozenset({"PERSON", "PER"})
ORG_LABELS = frozenset({"ORG"})
# nationalities, religious and political groups ("Tory", "Democrat"): a party when the
# word is a party's name (OntoNotes NORP; CoNLL files such words under MISC)
GROUP_LABELS = frozenset({"NORP", "MISC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# other names: a number inside one belongs to the name ("World War 2", "Article 50")
OTHER_NAME_LABELS = frozenset({"MISC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "FAC"})
# date candidates; factcli's own finder and normaliser vet them (datefind)
DATE_LABELS = frozenset({"DATE"})
# numbers that may count things (counts vets them)
CARDINAL_LABELS = frozenset({"CARDINAL"})
# numbers that never count things; a number inside a name does not either
NON_COUNT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
NOT_COUNT_LABELS = NON_COUNT_LABELS | PERSON_LABELS | ORG_LABELS | OTHER_NAME_LABELS

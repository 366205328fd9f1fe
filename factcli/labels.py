"""Entity label sets: factcli works with CoNLL (PER/ORG/LOC/MISC) and OntoNotes
(PERSON/ORG/GPE/LOC/NORP/...) pipelines alike."""

PERSON_LABELS = {"PER", "PERSON"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"LOC", "GPE", "FAC"}
NON_COUNT_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}

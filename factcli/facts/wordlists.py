"""Word lists shared by the extractors: job titles and party names."""

from __future__ import annotations

# Words that make a phrase a job title or office ("Home Secretary", "club chairman").
ROLE_WORDS = frozenset({
    "mayor", "secretary", "minister", "president", "chairman", "chairwoman", "chairperson",
    "chair", "director", "director-general", "chief", "executive", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "leader", "mp", "mep", "msp", "judge", "prosecutor",
    "analyst", "economist", "officer", "governor", "senator", "congressman", "congresswoman",
    "ambassador", "editor", "correspondent", "reporter", "journalist", "columnist", "professor",
    "chancellor", "premier", "king", "queen", "prince", "princess", "archbishop", "bishop",
    "coach", "manager", "captain", "founder", "co-founder", "head", "boss", "inspector",
    "superintendent", "constable", "sergeant", "detective", "lawyer", "barrister", "solicitor",
    "attorney", "councillor", "deputy", "treasurer", "adviser", "advisor", "strategist",
    "supremo", "presenter", "general", "admiral", "colonel", "commander", "lieutenant",
    "pope", "cardinal", "rabbi", "imam", "priest", "vicar", "doctor", "surgeon", "scientist",
    "researcher", "lecturer", "member", "headteacher", "principal", "dean", "owner", "partner", "sheriff",
    "magistrate", "coroner", "qc", "campaigner", "activist", "author", "envoy", "diplomat",
    "trustee", "banker", "ceo", "cfo", "coo", "whip", "speaker", "official", "aide",
    "consultant", "chairmen", "vice-president", "vice-chairman", "co-chairman", "co-chair",
    "host", "striker", "midfielder", "defender", "goalkeeper", "winger", "batsman", "bowler",
    "actor", "actress", "singer", "novelist", "chef", "architect", "dj",
    "producer", "investigator", "negotiator", "regulator", "auditor", "registrar", "clerk",
    "nominee", "candidate", "representative", "delegate", "administrator", "hopeful",
})

# Abbreviated titles written before a name ("Sen. Ted Cruz", "Arizona Gov. Doug Ducey")
TITLE_ABBREVIATIONS = {
    "sen": "Senator", "rep": "Representative", "gov": "Governor", "lt": "Lieutenant", "col": "Colonel",
    "gen": "General", "capt": "Captain", "adm": "Admiral", "cmdr": "Commander", "atty": "Attorney",
}


def title_abbreviation(text: str) -> str | None:
    """The title a capitalised abbreviation stands for ("Sen." -> "Senator"), else None."""
    return TITLE_ABBREVIATIONS.get(text.rstrip(".").lower()) if text[:1].isupper() else None


# Nouns for people that are not jobs or offices: in a title's place ("his wife Maria",
# "the victim, Anna Reyes") they give no role. Any other common noun that the parse puts
# right before a name or at the head of an apposition to one is read as a role
# ("fashion designer Anna Reyes", "Karen McDougal, a former Playboy model,").
NOT_ROLE_NOUNS = {
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "child",
    "children", "boy", "girl", "man", "woman", "men", "women", "people", "person", "friend",
    "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée", "widow", "widower",
    "grandson", "granddaughter", "grandmother", "grandfather", "grandchild", "uncle", "aunt",
    "nephew", "niece", "cousin", "baby", "parent", "parents", "mum", "mom", "dad", "relative",
    "family", "spouse", "twin", "victim", "suspect", "defendant", "resident", "citizen", "fan",
    "voter", "neighbour", "neighbor", "teenager", "youngster", "pensioner", "patient", "student",
    "pupil", "guest", "visitor", "passenger", "photo", "file", "picture",
    "image", "video", "caption", "credit", "name", "year", "years", "time", "times", "day",
    "week", "month", "favourite", "favorite", "winner", "loser", "birthday",
    # sides, relations and fortunes, not positions: "a Sanders supporter", "his French
    # counterpart", "Trump loyalist", "billionaire"
    "supporter", "opponent", "rival", "ally", "admirer", "protester", "demonstrator", "loyalist",
    "predecessor", "successor", "incumbent", "compatriot", "counterpart", "countryman", "countrywoman", "namesake",
    "billionaire", "millionaire",
    # a standing or a part played, not a position: "a large donor", "a Dutch legend", "a
    # skillful tactician", "an immigration hard-liner", "a liberal stalwart", "his protege"
    "donor", "legend", "newcomer", "stalwart", "protege", "protégé", "tactician", "hardliner", "hard-liner",
    # a part played in a crime, as "suspect" and "victim" are: "suspected gunman Robert Bowers"
    "gunman", "gunmen", "shooter", "attacker", "assailant", "killer", "hijacker",
}

# Party names that taggers often label as adjectives (MISC/NORP): "a Tory MP".
PARTY_WORDS = {
    "tory", "tories", "labour", "conservative", "conservatives", "liberal democrat",
    "liberal democrats", "lib dem", "lib dems", "ukip", "snp", "plaid cymru", "sinn fein",
    "democrat", "democrats", "republican", "republicans", "green party", "reform uk",
}

# Holidays and festivals: taggers often call "New Year" or "Christmas" an organisation.
HOLIDAYS = {
    "new year", "new year's day", "new year's eve", "christmas", "christmas day", "christmas eve",
    "boxing day", "easter", "easter sunday", "easter monday", "good friday", "lent", "ramadan",
    "eid", "eid al-fitr", "eid al-adha", "diwali", "hanukkah", "passover", "thanksgiving",
    "halloween", "hogmanay", "bonfire night", "valentine's day", "mother's day", "father's day",
}

# Last words of names that are not bodies: laws and agreements, prizes and honours,
# competitions and events ("Multi-Fibre Agreement", "National Medal of Science",
# "Intercontinental Championship"). Recognisers often label such names ORG.
NOT_BODY_HEADS = {
    "act", "acts", "law", "laws", "bill", "treaty", "accord", "accords", "agreement", "convention",
    "amendment", "directive", "regulation", "resolution", "doctrine", "medal", "prize", "award",
    "awards", "honour", "honor", "trophy", "cup", "championship", "championships", "tournament",
    "games", "olympics", "marathon", "festival", "rally", "summit", "referendum", "war", "crisis", "open", "prix",
    "programme", "program", "scheme", "plan", "break", "election", "chart", "address", "speech",
}

# Time zones: "10:00 GMT" is not an organisation.
TIME_ZONES = {"gmt", "bst", "utc", "est", "edt", "cet", "cest", "pst", "pdt", "cst", "cdt", "mst", "ist"}

"""Role rules on short texts written for these tests, with the real model."""

from __future__ import annotations


def roles_of(extract, text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(r.title, r.organisation) for r in p.roles] for p in extract(text).people}


def all_titles(extract, text: str) -> dict[str, list[str]]:
    return {p.name: [r.title for r in p.roles] for p in extract(text).people}


def test_two_titles_joined_by_and(extract):
    text = "But committee member and Labour councillor Hannah Ogden said the vote was rushed."
    roles = roles_of(extract, text)["Hannah Ogden"]
    assert ("committee member", None) in roles
    assert ("councillor", "Labour") in roles


def test_role_stated_by_a_verb(extract):
    text = ("Ruth Adeyemi, who chairs the Commons transport committee, said the plan was late. "
            "The Commons Transport Committee will report in June.")
    roles = roles_of(extract, text)["Ruth Adeyemi"]
    assert roles and roles[0][0] == "chair of the Commons transport committee"
    assert roles[0][1] == "Commons Transport Committee"
    # what the article says of a named body is no part of the card
    roles = roles_of(extract, "Former MP Glen Harwood, who founded the anti-war party Concord, is standing again.")
    assert ("founder of Concord", None) in roles["Glen Harwood"]


def test_title_of_a_place_before_a_comma(extract):
    text = "Mourners and the Archbishop of Leeds, Martin Carvel, gathered outside the cathedral."
    assert "Archbishop of Leeds" in [t for t, _ in roles_of(extract, text)["Martin Carvel"]]


def test_a_list_of_people_gives_no_one_the_others_names(extract):
    text = ("The film showed a row between Mr Dunmore, MEP Alan Pryce and party leader Joan Webb "
            "about the leadership.")
    roles = roles_of(extract, text)
    assert all("Pryce" not in title for title, _ in roles.get("Joan Webb", []))
    assert [t for t, _ in roles.get("Joan Webb", [])] == ["party leader"]


def test_acronym_in_a_title_links_the_organisation(extract):
    text = ("The Rail Safety Agency (RSA) said on Monday its head would step down. Tom Ferris, "
            "the RSA chief, said the decision was his own.")
    roles = roles_of(extract, text)["Tom Ferris"]
    assert roles == [("chief", "Rail Safety Agency")]


def test_apposition_must_be_headed_by_a_title(extract):
    text = ("Investigators questioned Daniel Reyes, not an investigation of the president, "
            "and later spoke to Sarah Collins, the head of the inquiry, on Friday.")
    roles = roles_of(extract, text)
    assert roles.get("Daniel Reyes") == []
    assert [t for t, _ in roles["Sarah Collins"]] == ["head of the inquiry"]


def titles_of(extract, text, name):
    facts = extract(text)
    return [r.title for p in facts.people if p.name == name for r in p.roles]


def test_any_occupation_in_a_title_position_is_a_role(extract):
    # none of these nouns is in the role word list: the parse places them as titles
    text = ("The gallery hired fashion designer Anna Reyes and former Harbour Lights dancer Tom Bexley. "
            "Karen Oduya, a former CIA operative who left in 2015, spoke first.")
    assert titles_of(extract, text, "Anna Reyes") == ["fashion designer"]
    assert any("dancer" in t for t in titles_of(extract, text, "Tom Bexley"))
    assert titles_of(extract, text, "Karen Oduya") == ["former operative"]


def test_relatives_and_objects_before_a_name_are_not_roles(extract):
    text = ("His wife Maria Lopez was in court. In a letter Daniel Brook wrote that he would appeal. "
            "The widespread belief Mr Hale would stay was wrong.")
    facts = extract(text)
    assert not [r.title for p in facts.people for r in p.roles]


def test_roles_stated_by_the_clause(extract):
    text = ("Anna Berg will stay on as finance director. Tom Bale was appointed chief executive of "
            "Harbour Foods in May. As head of sales, Lee Marr will lead the team. Ruth Kale, who was "
            "head of the Greek Olympic team, resigned. Ken Adu is chief executive of Siemens.")
    roles = roles_of(extract, text)
    assert roles["Anna Berg"] == [("finance director", None)]
    assert roles["Tom Bale"] == [("chief executive of Harbour Foods", "Harbour Foods")]
    assert roles["Lee Marr"] == [("head of sales", None)]
    assert roles["Ruth Kale"] == [("head of the Greek Olympic team", None)]
    assert roles["Ken Adu"] == [("chief executive of Siemens", "Siemens")]


def test_descriptions_are_not_offices(extract):
    text = ("Dan Rook is a good friend of the family. Mia Lund was the most brilliant scientist "
            "of her year. Joe Tait has become the first star to leave. Coach Ian Bell names his team today.")
    roles = roles_of(extract, text)
    assert not roles["Dan Rook"] and not roles["Mia Lund"] and not roles["Joe Tait"]
    assert [t for t, _ in roles["Ian Bell"]] == ["Coach"]


def test_titles_read_as_a_business_card(extract):
    text = ("On Tuesday Foreign Secretary Jack Straw left. Vincent Kerr, senior economist with the "
            "OECD, agreed. Carlos Avila, a 70-year-old small-business owner, voted. First Officer "
            "Paula Hart landed. US Secretary of State Colin Pell spoke.")
    roles = roles_of(extract, text)
    assert roles["Jack Straw"] == [("Foreign Secretary", None)]
    assert roles["Vincent Kerr"] == [("senior economist with the OECD", "OECD")]
    assert roles["Carlos Avila"] == [("small-business owner", None)]
    assert roles["Paula Hart"] == [("First Officer", None)]
    assert [t for t, _ in roles["Colin Pell"]] == ["US Secretary of State"]


def test_its_title_belongs_to_the_organisation_named_before(extract):
    text = "Siemens posted a loss. Its chief executive, Jan Brandt, said sales fell."
    assert roles_of(extract, text)["Jan Brandt"] == [("chief executive of Siemens", "Siemens")]


def test_an_employer_after_the_name_belongs_to_the_title_before_it(extract):
    text = "Yet market analyst Erin Walsh of Barclays Capital says the airline is wrong."
    assert roles_of(extract, text)["Erin Walsh"] == [("market analyst of Barclays Capital", "Barclays Capital")]
    spokesman = roles_of(extract, "Spokesman Jim Lee of the Metropolitan Police said no.")["Jim Lee"]
    assert spokesman == [("Spokesman of the Metropolitan Police", "Metropolitan Police")]


def test_a_party_a_peerage_or_a_possessive_after_the_name_is_not_the_employer(extract):
    party = roles_of(extract, "Voters backed incumbent President Tom Hale of the Republican Party.")["Tom Hale"]
    assert all(" of " not in title for title, _ in party)
    peer = roles_of(extract, "Former Welsh minister Lord Roberts of Conwy denied it.")
    assert all("Conwy" not in title for roles in peer.values() for title, _ in roles)
    said = roles_of(extract, "It helped, said ING analyst Gerard Rijk of Inbev's strong year.")["Gerard Rijk"]
    assert all("Inbev" not in title for title, _ in said)


def test_someone_elses_office_goes_to_its_known_holder_not_the_nearest_name(extract):
    text = ("Protesters marched for Daniel Moss, who died in custody. The city's mayor ran a gauntlet of "
            "jeering protesters on Saturday.")
    assert roles_of(extract, text).get("Daniel Moss", []) == []
    text = ("Acme's chief executive, Paula Grant, met Jon Reyes on Monday. "
            "Later Acme's chief executive said the talks had gone well.")
    assert [t for t, _ in roles_of(extract, text)["Paula Grant"]] == ["chief executive"]
    assert roles_of(extract, text).get("Jon Reyes", []) == []


def test_a_plural_title_before_coordinated_names_goes_to_each(extract):
    roles = roles_of(extract, "The crew included NASA astronauts Bob Behnken and Doug Hurley.")
    assert roles["Bob Behnken"] == roles["Doug Hurley"] == [("astronaut", "NASA")]
    roles = roles_of(extract, "The film was made by producers Ann Lee, Tom Hart and Joe Bloggs.")
    assert all(roles[n] == [("producer", None)] for n in ("Ann Lee", "Tom Hart", "Joe Bloggs"))
    roles = roles_of(extract, "Supporters such as John Smith and Mary Jones disagreed. "
                              "Payments Paul Manafort made stopped.")
    assert all(r == [] for r in roles.values())


def test_a_side_taken_is_not_a_role_and_a_title_is_not_cut_inside_a_word(extract):
    roles = roles_of(extract, "Gary West, a Sanders supporter, said the leaks were bad.")
    assert roles["Gary West"] == []
    roles = roles_of(extract, "World 100m champion Kim Collins won the race.")
    assert [t for t, _ in roles["Kim Collins"]] == ["champion"]


def test_his_or_her_title_set_off_before_a_name(extract):
    text = "His allies, including his personal attorney, Rudy Giuliani, have defended the call."
    assert roles_of(extract, text)["Rudy Giuliani"] == [("personal attorney", None)]


def test_titles_stated_by_a_clause_the_name_is_subject_of(extract):
    text = ('Don Blankenship ran. Blankenship, reportedly nicknamed the "king of coal", was chairman and CEO '
            "of Massey Energy from 2000 to 2010.")
    assert roles_of(extract, text)["Don Blankenship"] == [("chairman", "Massey Energy"),
                                                          ("CEO of Massey Energy", "Massey Energy")]
    text = "Jane Doe, who is a professor at the University of Leeds, said so. John Smith is a brilliant scientist."
    roles = roles_of(extract, text)
    assert roles["Jane Doe"] == [("professor at the University of Leeds", "University of Leeds")]
    assert roles["John Smith"] == []


def test_a_description_skips_photo_credits_and_persons_of_the_other_sex(extract):
    text = ("Sir Edward said he would resign. After his talks with Mr Thorpe, the Queen invited Mr Wilson "
            "to form a government.")
    assert all(r == [] for r in roles_of(extract, text).values())
    text = "Migrants wait in McAllen. REUTERS/Loren Elliott/File Photo The official said numbers were rising."
    assert roles_of(extract, text)["Loren Elliott"] == []
    assert roles_of(extract, "Sadiq Khan spoke on Monday. The mayor said he was angry.")["Sadiq Khan"] == [
        ("mayor", None)]


def test_a_title_may_name_its_body_with_the(extract):
    text = ("The Shadow Secretary of State for the Family, Theresa May, spoke first. "
            "A spokesman for the German chancellor Angela Merkel declined to comment. "
            "He attended the Senate impeachment trial of President Donald Trump.")
    roles = all_titles(extract, text)
    assert roles["Theresa May"] == ["Shadow Secretary of State for the Family"]
    assert roles["Angela Merkel"] == ["German chancellor"]  # the spokesman's title is not hers
    assert roles["Donald Trump"] == ["President"]


def test_a_hopeful_is_a_title_but_being_hopeful_is_not(extract):
    text = ("Democratic presidential hopeful Cory Booker spoke on Thursday. "
            "A senator said he was hopeful Robert Mueller would testify.")
    roles = all_titles(extract, text)
    assert roles["Cory Booker"] == ["Democratic presidential hopeful"] and roles["Robert Mueller"] == []


def test_a_party_the_recogniser_took_for_a_person_stays_in_the_title(extract):
    text = "Lib Dem leader Charles Kennedy has said voters now lack trust in politicians."
    roles = roles_of(extract, text)
    assert roles["Charles Kennedy"] == [("Lib Dem leader", "Lib Dem")]


def test_a_title_before_a_comma_that_the_parse_makes_an_apposition(extract):
    text = ("The plan stalled, and Putin's spokesman, Dmitry Peskov, said the Kremlin knew nothing. "
            "If she is elected president, Hillary Clinton will act.")
    roles = roles_of(extract, text)
    assert roles["Dmitry Peskov"] == [("spokesman", None)]
    assert roles["Hillary Clinton"] == []  # a predicate, not an apposition


def test_titles_with_to(extract):
    text = ("The approach was criticised, and European Union ambassador to the WTO, Carlo Trojan, said so. "
            "John Bolton, a former adviser to President Trump, spoke. Mark Tuohey once served as deputy to "
            "former independent counsel Ken Starr.")
    roles = roles_of(extract, text)
    assert roles["Carlo Trojan"] == [("ambassador to the WTO", "European Union")]  # the body he is sent to is not his
    assert ("former adviser to President Trump", None) in roles["John Bolton"]
    assert roles["Ken Starr"] == [("former independent counsel", None)]


def test_a_title_is_not_joined_to_words_before_and_that_hold_none(extract):
    text = ("Barr ignored the report on his investigation and treasury secretary Steven Mnuchin rebuffed a request. "
            "It is a terrible situation and Attorney General Jeff Sessions should stop it. "
            "Trump's son-in-law and senior adviser Jared Kushner and Work and Pensions Secretary Amber Rudd met. "
            "It was bad. Right-wing commentator Mike Cernovich tweeted. "
            "Courtney declined to name Murphy as the Steyer aide who made the offer.")
    roles = roles_of(extract, text)
    assert roles["Jeff Sessions"] == [("Attorney General", None)]
    assert roles["Jared Kushner"] == [("senior adviser", None)]
    assert roles["Amber Rudd"] == [("Work and Pensions Secretary", None)]
    assert roles["Mike Cernovich"] == [("Right-wing commentator", None)]
    assert "investigation" not in str(roles.get("Steven Mnuchin"))
    assert roles.get("Courtney", []) == []  # naming someone as an aide makes them the aide


def test_a_nationality_stays_before_the_title_and_a_city_moves_behind_it(extract):
    text = ("Guatemalan President Alvaro Mendes spoke on Friday. "
            "Later, London mayor Sophie Karlsen replied.")
    roles = roles_of(extract, text)
    assert roles["Alvaro Mendes"] == [("Guatemalan President", None)]
    assert roles["Sophie Karlsen"] == [("mayor of London", None)]


def test_a_description_with_two_titles_and_a_fronted_subject(extract):
    text = ("Reviewers praised the film. Jennifer Lopez was too ill to fly to the premiere. "
            "The actress and singer dropped out at the last minute.\n\n"
            "Kim Dale met Trump and Biden. If Kanye Weston is serious about running for president, "
            "the rapper and fashion designer will face major obstacles.")
    roles = roles_of(extract, text)
    assert roles["Jennifer Lopez"] == [("actress", None), ("singer", None)]
    assert roles["Kanye Weston"] == [("rapper", None), ("fashion designer", None)]
    assert not roles.get("Biden") and not roles.get("Kim Dale")


def test_abbreviated_titles_before_a_name(extract):
    text = ("Arizona Gov. Dana Ruiz signed the bill. Sen. Tom Hale objected, and Rep. Ann Voss "
            "agreed. He advised Sen Ed Marlow for years.")
    roles = roles_of(extract, text)
    assert roles["Dana Ruiz"] == [("Governor of Arizona", None)]
    assert roles["Tom Hale"] == [("Senator", None)]
    assert roles["Ann Voss"] == [("Representative", None)]
    assert roles["Ed Marlow"] == [("Senator", None)]


def test_a_description_before_a_name_is_that_persons_and_the_president_is_the_titled_one(extract):
    text = ("President Donald Trump spoke on Monday. Melania Trump has said that the president is the one "
            "the public needs to hear from.\n\nTrump mocked Clinton. On Thursday, the House speaker, "
            "Paul Ryan, distanced himself from the remarks.")
    roles = roles_of(extract, text)
    assert not roles.get("Melania Trump")
    assert "speaker" not in str(roles.get("Donald Trump")) and "speaker" not in str(roles.get("Clinton"))


def test_a_title_set_off_before_a_name_and_an_owner_inside_a_title(extract):
    text = ("Meanwhile, the US secretary of state, Mike Pompeo, met the king on Monday. "
            "The president's personal lawyer, Rudy Giuliani, led it. "
            "Bloomberg attacked Trump, arguing the president's attack reflects fear.")
    roles = roles_of(extract, text)
    assert roles["Mike Pompeo"] == [("US secretary of state", None)]
    assert roles["Rudy Giuliani"] == [("personal lawyer", None)]
    assert not roles.get("Trump") and not roles.get("Bloomberg")


def test_a_name_joined_by_and_before_a_title_is_not_part_of_it(extract):
    text = ("Bernie Sanders spoke first. Sanders and Massachusetts Senator Elizabeth Warren favour the plan, "
            "while Trade and Industry Secretary Patricia Hewitt does not.")
    roles = roles_of(extract, text)
    assert all("Sanders" not in title for title, _ in roles["Elizabeth Warren"])
    assert roles["Elizabeth Warren"]
    assert ("Trade and Industry Secretary", None) in roles["Patricia Hewitt"]


def test_a_description_goes_to_a_passing_name_only_as_a_subject_or_a_person_named_often(extract):
    passing = "Visitors admired old paintings by Louis Martin at the fair in Lyon. The mayor opened the show on Sunday."
    assert roles_of(extract, passing)["Louis Martin"] == []
    often = ("Voters cheered for Jane Hill in Ohio. Reporters later asked Jane Hill about taxes, and donors gave "
             "money to Jane Hill. The senator said taxes would fall.")
    assert ("senator", None) in roles_of(extract, often)["Jane Hill"]


def test_a_captions_file_photo_and_an_indefinite_pronoun_are_not_titles(extract):
    text = ("FILE - In this Sept. 5, 2018, file photo conspiracy theorist Alex Jones speaks in Washington. "
            "Allen Weiner, a research director at analyst firm Gartner and someone who has followed Yahoo, agreed.")
    roles = roles_of(extract, text)
    assert [t for t, _ in roles["Alex Jones"]] == ["conspiracy theorist"]
    assert "someone" not in [t for t, _ in roles["Allen Weiner"]]


def test_a_kin_word_before_a_title_is_not_part_of_it(extract):
    """"his wife Education Secretary Jane Holloway": the title is hers; "wife" says whose
    wife she is (and "Four-time" leaves no "time" behind)."""
    assert [t for t, _ in roles_of(extract, "The governor spent the evening at home with his wife Education "
                                            "Secretary Jane Holloway, aides said.")["Jane Holloway"]] \
        == ["Education Secretary"]
    assert [t for t, _ in roles_of(extract, "Four-time champion Maria Lenz withdrew on Monday.")["Maria Lenz"]] \
        == ["champion"]


def test_an_apposition_ends_where_a_participle_s_clause_begins(extract):
    """", an ironworker known locally as Big Red,": the title is "ironworker"."""
    assert [t for t, _ in roles_of(extract, "The senator will face Dana Rowe, an ironworker known locally as Big "
                                            "Red, in November.")["Dana Rowe"]] == ["ironworker"]
    assert [t for t, _ in roles_of(extract, "The letter was sent by Carl Ames, a lawyer representing the families, "
                                            "on Monday.")["Carl Ames"]] == ["lawyer"]


def test_a_word_for_a_thing_is_no_title(extract):
    # the parse makes these nouns appositions or titles of a name; their word vectors say things
    text = ("Mark Devlin, broadband and personal technology analyst at Harwell Research, agreed. "
            "As a result, Laura Kimble is likely to win. Voters backed Omar Reyes, an increase "
            "of four points from a poll last week.")
    roles = roles_of(extract, text)
    assert roles["Mark Devlin"] == [("broadband and personal technology analyst at Harwell Research",
                                     "Harwell Research")]
    assert roles.get("Laura Kimble", []) == []
    assert roles.get("Omar Reyes", []) == []


def test_a_definite_description_that_is_the_next_verb_s_subject_is_no_apposition(extract):
    """"After meeting Anna Berg, the chairman said": the chairman is the one who said."""
    assert roles_of(extract, "After meeting Anna Berg, the chairman said the deal was done.").get("Anna Berg", []) == []
    assert roles_of(extract, "Tom Ferris, the RSA chief, said the decision was his own.")["Tom Ferris"] \
        == [("chief", "RSA")]


def test_a_word_for_a_relation_is_no_title(extract):
    """"his former lover", "coffee heiress": nearer kin than jobs by their word vectors."""
    assert roles_of(extract, "Voters thought his former lover - Anna Kowalski - acted alone.")["Anna Kowalski"] == []
    assert roles_of(extract, "The victims included coffee heiress Mary Ellsworth and her friend.")["Mary Ellsworth"] \
        == []


def test_an_occupation_is_not_given_to_the_article_s_subject_but_an_office_is(extract):
    """"The judge reversed ..." is someone unnamed; "The prime minister said ..." is Mr Blair."""
    assert roles_of(extract, "Maria Lopez appeared in court on Monday with her lawyer. The judge reversed the "
                             "earlier ruling.")["Maria Lopez"] == []
    text = "Mr Blair spoke in Leeds on Friday. The prime minister said the plan was sound."
    assert roles_of(extract, text)["Blair"] == [("prime minister", None)]


def test_a_predecessor_is_a_relation_not_a_title(extract):
    assert roles_of(extract, "The minister replaced her predecessor Anne Holt in May.")["Anne Holt"] == []


def test_a_word_near_no_word_for_a_person_is_no_title_but_an_agent_noun_is(extract):
    """An injury in brackets, a seeding, an "icon": their vectors are near no job's; "sprinter"
    is far from PERSON_SEEDS too but has an agent ending; "DJ" is listed."""
    text = "Doubts remain over Tom Rees (hamstring) and Sam Ortiz (ankle) before the match in Leeds."
    assert roles_of(extract, text) == {"Tom Rees": [], "Sam Ortiz": []}
    assert roles_of(extract, "Fifth seed Carla Moreno won in Madrid on Sunday.")["Carla Moreno"] == []
    assert roles_of(extract, "Police arrested civil rights icon Edna Marsh in 1961.")["Edna Marsh"] == []
    assert roles_of(extract, "Jamaican sprinter Devon Hale ran 9.9 seconds.")["Devon Hale"] \
        == [("Jamaican sprinter", None)]
    assert roles_of(extract, "Radio 1 DJ Chris Vale left the station.")["Chris Vale"] == [("DJ", None)]


def test_a_job_stacked_before_an_elected_seat_is_two_titles(extract):
    text = ("The inquiry was opened by House impeachment manager Rep. Dana Whitfield, who spoke "
            "for an hour. Later, Democratic presidential candidate former Ohio Gov. Carl Brennan "
            "told reporters he would stay in the race.")
    roles = roles_of(extract, text)
    assert ("Representative", None) in roles["Dana Whitfield"]
    assert not any("Representative" in t and t != "Representative" for t, _ in roles["Dana Whitfield"])
    assert any(t == "former Ohio Governor" or t == "former Governor of Ohio" for t, _ in roles["Carl Brennan"])
    assert not any("candidate" in t and "Governor" in t for t, _ in roles["Carl Brennan"])


def test_a_title_read_from_a_later_description_brings_its_own_evidence(extract):
    text = "Met Police boss Anna Reyes spoke on Monday. The Commissioner said she would not resign."
    people = {p.name: p for p in extract(text).people}
    assert [r.title for r in people["Anna Reyes"].roles] == ["Commissioner"]
    for role in people["Anna Reyes"].roles:
        assert text[role.start:role.end] == role.text
        assert role.title.lower().split()[-1] in role.text.lower()


def test_a_place_based_title_keeps_its_place_in_front(extract):
    text = "\"It will not pass,\" said Dana Whitfield, a Denver-based Republican strategist."
    assert roles_of(extract, text)["Dana Whitfield"] == [("Denver-based strategist", "Republican")]


def test_of_two_coordinated_descriptions_the_one_with_a_title(extract):
    text = ("Also in Texas, Democrats nominated Maria Ortega. A Latina and former sheriff, Ortega "
            "is seen as a long shot in the race.")
    assert [t for t, _ in roles_of(extract, text)["Maria Ortega"]] == ["former sheriff"]


def test_a_verb_of_office_gives_its_object_noun_phrase_and_only_a_body(extract):
    """The object's name without what the article says of it (c2d433a), not the relative
    clause after it; no role for a plural object that names no body."""
    text = ("\"We will win,\" said Tom Baxter, who heads the conservative Liberty Caucus that "
            "was formed in 2015. \"I am fine with it,\" said Gary Lund, who owns three guns.")
    roles = roles_of(extract, text)
    assert roles["Tom Baxter"] == [("head of Liberty Caucus", "Liberty Caucus")]
    assert roles.get("Gary Lund", []) == []


def test_the_last_item_of_a_list_before_a_title_is_no_part_of_it(extract):
    text = ("Senator Ann Ruiz said she hoped Democrats and President Dan Holt could reach a deal. "
            "Ruiz, of Texas, praised Vermont and former Ohio Gov. Ray Kemp on Sunday. The Health "
            "and Human Services Secretary Carla Dunn agreed.")
    roles = roles_of(extract, text)
    assert roles["Dan Holt"] == [("President", None)]
    assert [t for t, _ in roles["Ray Kemp"]] == ["former Ohio Governor"]
    assert [t for t, _ in roles["Carla Dunn"]] == ["Health and Human Services Secretary"]


def test_a_place_moves_behind_an_office_but_only_qualifies_an_occupation(extract):
    text = ("London mayor Anna Reyes met UK actress Jane Morrow and Dallas attorney Luis Ortega "
            "on Friday. US record executive Sam Hale and U.S. District Judge Ann Toll were there too.")
    roles = roles_of(extract, text)
    assert [t for t, _ in roles["Anna Reyes"]] == ["mayor of London"]
    assert [t for t, _ in roles["Jane Morrow"]] == ["UK actress"]
    assert [t for t, _ in roles["Luis Ortega"]] == ["Dallas attorney"]
    assert [t for t, _ in roles["Sam Hale"]] == ["US record executive"]  # no "record executive of US"
    assert [t for t, _ in roles["Ann Toll"]] == ["U.S. District Judge"]


def test_a_possessive_that_owns_no_title_stays_in_it(extract):
    text = "Children's author Judy Ames, who was given an award, said she was delighted."
    assert [t for t, _ in roles_of(extract, text)["Judy Ames"]] == ["Children's author"]


def test_a_possessive_pronoun_opens_no_title_and_a_preposition_no_apposition(extract):
    text = ("Henry Cole, his housing secretary, spoke on Monday. Reporters asked about Hillary "
            "Carter, for her email practices as secretary of state.")
    roles = roles_of(extract, text)
    assert [t for t, _ in roles["Henry Cole"]] == ["housing secretary"]
    assert roles.get("Hillary Carter", []) == []


def test_a_body_after_a_places_possessive_stays_in_the_title(extract):
    text = "Raj Mehta, the founder of India's Lotus Films, said the film would open in May."
    assert roles_of(extract, text)["Raj Mehta"] == [("founder of India's Lotus Films", "Lotus Films")]


def test_a_stance_or_a_side_taken_is_no_title(extract):
    text = ("The plan contrasts with one promoted by Bernard Sands, a democratic socialist who is "
            "running for the nomination. The Vermont senator and self-described democratic "
            "socialist, Sands, spoke on Monday. Fiscal conservative Mick Mullan disagreed.")
    roles = roles_of(extract, text)
    assert not any("socialist" in t for t, _ in roles.get("Bernard Sands", []))
    assert roles.get("Mick Mullan", []) == []


def test_a_word_for_a_body_heads_no_persons_title(extract):
    text = ("Sundar Pichai, CEO of Alphabet Inc and its subsidiary Google, spoke in Davos. Bernie "
            "Sands, the liberal firebrand, said he would run again.")
    roles = roles_of(extract, text)
    assert roles["Sundar Pichai"] == [("CEO of Alphabet Inc", "Alphabet Inc")]
    assert not any("firebrand" in t for t, _ in roles.get("Bernie Sands", []))


def test_a_title_never_ends_in_the_preposition_before_its_body(extract):
    text = ("Nadia Pell, the Democratic leader in the Ohio House of Representatives, said the vote was close. "
            "Tom Brack, a sports columnist from ESPN, said the deal was done.")
    roles = roles_of(extract, text)
    assert roles["Nadia Pell"] == [("Democratic leader in the Ohio House of Representatives",
                                    "Ohio House of Representatives")]
    assert roles["Tom Brack"] == [("sports columnist from ESPN", "ESPN")]


def test_a_word_that_singles_someone_out_makes_a_description(extract):
    text = ("Senator Ann Dole, who is in hospital, was the lone member to be absent for the vote. "
            "Raj Patel, the only veteran in the top tier of candidates, spoke next. Warren Hale, "
            "probably America's most celebrated investor, spurns gold. Lena Ortiz, the senior economist "
            "at Acme Bank, agreed.")
    roles = roles_of(extract, text)
    assert not any("member" in t for t, _ in roles.get("Ann Dole", []))
    assert roles.get("Raj Patel", []) == [] and roles.get("Warren Hale", []) == []
    assert ("senior economist at Acme Bank", "Acme Bank") in roles["Lena Ortiz"]


def test_a_word_for_an_offender_is_no_title(extract):
    text = ("The inquiry looked at failures over Kent murderer Tom Vale. Accused attacker Sam Diaz, 29, "
            "appeared in court. Former spy Ivan Orlov was in the gallery.")
    roles = roles_of(extract, text)
    assert roles.get("Tom Vale", []) == [] and roles.get("Sam Diaz", []) == []
    assert [t for t, _ in roles["Ivan Orlov"]] in (["spy"], ["former spy"])


def test_a_party_named_by_an_adjective_and_a_noun_opens_a_title_at_a_sentence_start(extract):
    text = ("He spoke last night. Liberal Democrat deputy leader Moira Campbell said the comments were "
            "justified. The Liberal Democrats agreed.")
    roles = roles_of(extract, text)["Moira Campbell"]
    assert len(roles) == 1 and roles[0][0] == "Liberal Democrat deputy leader"
    assert roles[0][1].startswith("Liberal Democrat")


def test_a_relation_to_another_person_is_no_title(extract):
    text = ("The Swede reached the last four by beating compatriot Lars Enberg 6-3 6-1. The minister "
            "told his French counterpart Marc Duval that talks would go on.")
    roles = roles_of(extract, text)
    assert roles.get("Lars Enberg", []) == [] and roles.get("Marc Duval", []) == []


def test_a_phrase_or_clause_that_opens_with_a_verb_after_a_name_is_no_apposition(extract):
    text = ("Voters approved a petition to recall Judge Ann Perry, according to unofficial results posted "
            "by the county registrar. Tom Vail, acting director of the agency, said it was over.")
    roles = roles_of(extract, text)
    assert not any("registrar" in t for t, _ in roles.get("Ann Perry", []))
    assert ("acting director of the agency", None) in roles["Tom Vail"]


def test_a_title_is_never_cut_inside_a_hyphenated_word(extract):
    text = ("Tomas Vrba was vice-captain in the spring series. The bill was drafted by "
            "then-senator Ellen Marsh, who is also the vice-president of a bakery in Leeds.")
    roles = roles_of(extract, text)
    assert ("vice-captain", None) in roles["Tomas Vrba"]
    assert ("senator", None) in roles["Ellen Marsh"]
    assert ("vice-president of a bakery", None) in roles["Ellen Marsh"]


def test_words_that_describe_a_body_before_its_name_leave_the_title_as_a_card_reads(extract):
    """The body's name stays in the title, what the article says of it does not (nor its
    article); the evidence keeps the whole phrase; a qualifier is the title's."""
    text = ("Dana Whitcombe, head of the conservative Northfield Policy Forum, said the plan was dead. "
            "Omar Haddad, an analyst at research firm Castellan Partners, agreed. Carla Fiorenza, chief of "
            "technology giant Hallett Packard, disagreed.")
    result = extract(text)
    roles = {p.name: [(r.title, r.organisation, r.text) for r in p.roles] for p in result.people}
    assert ("head of Northfield Policy Forum", "Northfield Policy Forum",
            "head of the conservative Northfield Policy Forum") in roles["Dana Whitcombe"]
    assert ("analyst at Castellan Partners", "Castellan Partners",
            "analyst at research firm Castellan Partners") in roles["Omar Haddad"]
    assert [r[:2] for r in roles["Carla Fiorenza"]] == [("chief of Hallett Packard", "Hallett Packard")]


def test_words_that_praise_the_holder_leave_the_title_as_a_card_reads(extract):
    """An adjective whose vector is a quality's, on the title's head, is the article's word
    for the holder, not the post's (the evidence keeps it); adjectives that rank or class a
    post, a nationality, and an adjective inside a compound ("real estate") stay."""
    text = ("The celebrated naturalist Joan Ashby spoke first. Its highly successful boss, Lena Marsh, left. "
            "The real estate developer Tom Vance sued. On Monday senior adviser Raj Patel met Japanese Prime "
            "Minister Kenji Sato.")
    result = extract(text)
    roles = {p.name: [(r.title, r.text) for r in p.roles] for p in result.people}
    assert roles["Joan Ashby"] == [("naturalist", "celebrated naturalist")]
    assert roles["Lena Marsh"] == [("boss", "successful boss")]
    assert [t for t, _ in roles["Tom Vance"]] == ["real estate developer"]
    assert [t for t, _ in roles["Raj Patel"]] == ["senior adviser"]
    assert [t for t, _ in roles["Kenji Sato"]] == ["Japanese Prime Minister"]


def test_a_name_that_opens_a_clause_on_the_title_does_not_hold_it(extract):
    """"the candidate Trump beat": the name is the subject of a relative clause on the noun
    (its "that" left out), the noun someone else; "as a candidate Trump vowed" is his."""
    text = ("Clinton, the candidate Trump beat in 2016, spoke on Monday. As a candidate "
            "Trump vowed to cut taxes.")
    people = {p.name: p for p in extract(text).people}
    assert [(r.title, r.start > text.index("As a")) for r in people["Trump"].roles] == [("candidate", True)]


def test_an_apposition_s_title_ends_before_a_time_or_the_next_verb_s_adverb(extract):
    text = ("That year Tom Keane, a state senator from Ohio at the time, backed the bill. Critics said Keane "
            "risked the same path as Walter Brandt, the former governor roundly criticized for failing to act.")
    roles = {p.name: [(r.title, r.text) for r in p.roles] for p in extract(text).people}
    assert roles["Tom Keane"] == [("state senator from Ohio", "state senator from Ohio")]
    assert roles["Walter Brandt"] == [("former governor", "former governor")]


def test_a_title_word_that_only_modifies_a_thing_makes_no_title(extract):
    text = "The ruling did not mention Governor Ruth Kellner, nor the governor's executive orders on housing."
    assert roles_of(extract, text)["Ruth Kellner"] == [("Governor", None)]


def test_a_name_with_of_or_a_bracket_stays_whole_in_the_title(extract):
    text = ("Nadia Ferris, head of group marketing at Transport for London (TfL), said the posters worked. "
            "South Korea's Joint Chiefs of Staff spokesman Roh Min-ho said it was a missile.")
    roles = roles_of(extract, text)
    assert roles["Nadia Ferris"] == [("head of group marketing at Transport for London", "Transport for London")]
    assert roles["Roh Min-ho"] == [("South Korea's Joint Chiefs of Staff spokesman", "Joint Chiefs of Staff")]


def test_a_sentence_s_first_word_the_article_uses_in_the_title_elsewhere_stays(extract):
    text = ("Special counsel Robert Mueller met the committee on Tuesday. Mueller was appointed special "
            "counsel in May. Furious Senator Dianne Feinstein walked out.")
    titles = {(p.name, r.title) for p in extract(text).people for r in p.roles}
    assert ("Robert Mueller", "Special counsel") in titles
    assert ("Dianne Feinstein", "Senator") in titles


def test_a_body_s_name_run_into_the_person_s_stops_before_the_person(nlp):
    """The recogniser sometimes tags "London Amir Patel" as one organisation after "director
    for": the title keeps the place and stops where the person's name starts."""
    from spacy.tokens import Span

    from factcli.facts.roles import build_role

    doc = nlp("IOPC regional director for London Amir Patel said the officers would face hearings.")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 4, 7, "ORG")]  # the recogniser's error, as seen on news
    role = build_role(list(doc[0:5]), lambda span: span.text, named={5, 6})
    assert role is not None and role.title == "regional director for London"
    assert role.text == "IOPC regional director for London"


def test_a_title_s_evidence_holds_its_body_s_whole_name_and_no_dangling_word(extract):
    text = ("Voters backed Kamala Harris, a leading contender to face Trump. Nan Roman, chief executive of the "
            "National Alliance to End Homelessness, said the plan was cruel.")
    evidence = {p.name: [r.text for r in p.roles] for p in extract(text).people}
    assert evidence["Kamala Harris"] == ["leading contender"]
    assert evidence["Nan Roman"] == ["chief executive of the National Alliance to End Homelessness"]


def test_the_incumbent_is_no_title_but_an_incumbent_president_is_a_president(extract):
    text = ("Democrats targeted the popular incumbent, Mark Warner, in the race. The incumbent "
            "president Gerald Ford lost the election.")
    roles = all_titles(extract, text)
    assert roles.get("Mark Warner") == []
    assert roles.get("Gerald Ford") == ["incumbent president"]


def test_a_standing_or_a_part_played_is_no_title(extract):
    text = ("Sheldon Adelson, a large donor, gave money. Lou Barletta, an immigration hard-liner, "
            "declined to comment. Welsh legend Phil Bennett spoke. Paul Connolly, a music critic, agreed.")
    roles = all_titles(extract, text)
    assert roles.get("Sheldon Adelson") == []
    assert roles.get("Lou Barletta") == []
    assert roles.get("Phil Bennett") == []
    assert roles.get("Paul Connolly") == ["music critic"]


def test_a_body_in_a_title_outranks_a_party_before_it(extract):
    text = ("Senator Bob Corker, the Republican chairman of the Senate Foreign Relations Committee, "
            "said he was not concerned. Labour MP Tom Watson disagreed. Trump said that Mueller, a "
            "Republican former FBI director, had hired Democrats.")
    roles = roles_of(extract, text)
    assert ("chairman of the Senate Foreign Relations Committee", "Senate Foreign Relations Committee") \
        in roles["Bob Corker"]
    assert roles["Tom Watson"] == [("Labour MP", "Labour")]
    assert roles["Mueller"] == [("former director", "FBI")]
    # and a post a common noun owns takes no party as its body: the committee is his
    text = ("Senator Lindsey Graham, the committee’s Republican chairman, rushed to Barr’s defense. "
            "Labour MP Tom Watson disagreed.")
    roles = roles_of(extract, text)
    assert [org for title, org in roles["Lindsey Graham"] if "chairman" in title] == [None]
    assert roles["Tom Watson"] == [("Labour MP", "Labour")]


def test_an_and_between_two_modifiers_of_one_title_stays_in_it(extract):
    text = ("The contenders are the work and pensions secretary, Stephen Crabb, and others. White House "
            "homeland security and counterterrorism adviser Thomas Bossert said no. House Speaker Nancy "
            "Pelosi agreed. Pelosi and Senate Democratic leader Chuck Schumer called on Barr.")
    roles = roles_of(extract, text)
    assert roles["Stephen Crabb"] == [("work and pensions secretary", None)]
    assert roles["Thomas Bossert"] == [("homeland security and counterterrorism adviser", "White House")]
    assert roles["Chuck Schumer"] == [("Democratic leader", "Senate")]  # (two people: no "Pelosi and")


def test_a_part_played_in_a_crime_is_no_title(extract):
    text = ("The victims were named as suspected gunman Robert Bowers was charged. The suspected shooter, "
            "Dylann Roof, was arrested. Police chief Scott Schubert spoke.")
    roles = roles_of(extract, text)
    assert roles.get("Robert Bowers") == []
    assert roles.get("Dylann Roof") == []
    assert roles["Scott Schubert"] == [("Police chief", None)]


def test_a_persons_possessive_after_of_owns_the_body_and_stays_whole(extract):
    text = ("Brad Parscale, the digital media director of Donald Trump’s 2016 campaign, has been hired. "
            "Jane Roe, a spokeswoman for Boris Johnson's office, agreed. Kellyanne Conway's deputy, Tom Hale, left.")
    roles = roles_of(extract, text)
    assert roles["Brad Parscale"] == [("digital media director of Donald Trump’s 2016 campaign", None)]
    assert roles["Jane Roe"] == [("spokeswoman for Boris Johnson's office", None)]
    assert roles["Tom Hale"] == [("deputy", None)]  # (an owner before the title is still left out)


def test_an_apposition_s_title_ends_at_a_spaced_dash_that_opens_an_aside(extract):
    text = ("\"It will be hard,\" said Larry Bevington, chairman of Save Our Community - a group fighting the "
            "store. Virginia Senator Tim Kaine, the 2016 Democratic vice presidential candidate — backed Biden. "
            "Jo Hale, vice-chairman of the club, agreed.")
    roles = roles_of(extract, text)
    assert roles["Larry Bevington"] == [("chairman of Save Our Community", "Save Our Community")]
    assert ("vice presidential candidate", "Democratic Party") in roles["Tim Kaine"] \
        or any(title.endswith("vice presidential candidate") for title, _ in roles["Tim Kaine"])
    assert roles["Jo Hale"] == [("vice-chairman of the club", None)]


def test_a_common_noun_before_a_capitalised_title_is_no_part_of_it(extract):
    text = ("Critics of the film note that the documentary President Ellen Marsh commissioned ran long. The rival "
            "candidates Senator Tom Vane and Senator Ruth Pell spoke first. Oregon state Attorney General Dan Frye "
            "sued the firm.")
    roles = roles_of(extract, text)
    assert roles["Ellen Marsh"] == [("President", None)]
    assert roles["Tom Vane"] == [("Senator", None)] and roles["Ruth Pell"] == [("Senator", None)]
    assert roles["Dan Frye"] == [("Oregon state Attorney General", None)]  # a noun on a name stays


def test_a_participle_on_a_title_word_is_part_of_the_title(extract):
    text = ("The club made a bid, but managing director Karen Bray called it derisory. The presiding judge Ann Lowe "
            "ruled on Friday. The Oscar-winning director Sam Reed is to make a new film.")
    roles = roles_of(extract, text)
    assert roles["Karen Bray"] == [("managing director", None)]
    assert roles["Ann Lowe"] == [("presiding judge", None)]
    assert roles["Sam Reed"] == [("director", None)]  # ("Oscar-winning" describes him, no title)


def test_a_party_s_two_words_the_recogniser_split_name_one_body(extract):
    text = "Mr Blair and Liberal Democrat leader Charles Kent also gave their views on the bill."
    result = extract(text)
    assert "Liberal" not in [o.name for o in result.organisations]
    kent = {p.name: p for p in result.people}["Charles Kent"]
    assert [(r.title, r.organisation) for r in kent.roles] == [("Liberal Democrat leader", "Liberal Democrat")]


def test_a_persons_name_tagged_as_a_body_owns_a_title_it_is_no_part_of(extract):
    text = ("President Donald Trump spoke on Monday. Pyongyang condemned remarks by Trump’s national security "
            "adviser, John Bolton, about nuclear talks. Ann Lee, a spokeswoman for Mueller’s team, would not "
            "comment. Trump later left.")
    roles = all_titles(extract, text)
    assert roles["John Bolton"] == ["national security adviser"]
    assert roles["Ann Lee"] == ["spokeswoman for Mueller’s team"]  # (after "for": the body's owner stays)


def test_a_description_is_not_someone_its_own_sentence_quotes(extract):
    text = ("Trump targeted in particular Adam Schiff, the ranking Democrat on the House intelligence committee. "
            "Schiff opposed the release last week of a memo.\n\n“Little Adam Schiff,” the president tweeted, “who "
            "badly wants a bigger job, is one of the worst liars in town!”")
    roles = all_titles(extract, text)
    assert "president" not in roles["Adam Schiff"]


def test_a_stance_is_the_holders_not_the_posts(extract):
    text = ("The plan was floated by moderate Democratic Senator Joe Manchin. The populist cleric Moqtada al-Sadr "
            "objected, and political director Ann Lee and the ultra-conservative former ambassador John Bolton "
            "agreed.")
    roles = all_titles(extract, text)
    assert roles["Joe Manchin"] == ["Democratic Senator"]
    assert roles["Moqtada al-Sadr"] == ["cleric"]
    assert roles["Ann Lee"] == ["political director"]  # (a class of post, not a stance)
    assert roles["John Bolton"] == ["former ambassador"]  # ("former" starts the title: what comes before it goes)


def test_a_reflexive_pronoun_is_no_part_of_a_title(extract):
    text = ("Aides knocked on doors for Warren, while the candidate herself has toured Iowa twice. Elizabeth "
            "Warren smiled.")
    roles = all_titles(extract, text)
    assert roles["Elizabeth Warren"] == ["candidate"]


def test_a_noun_in_ment_is_no_agent_before_a_name(extract):
    text = ("The talks broke down on Friday. Nothing in the report breaks any agreement Kim may have signed, "
            "said Ruth Adler, a lecturer in law. The pact is an arrangement Trump wants to scrap.")
    titles = all_titles(extract, text)
    assert not titles.get("Kim") and not titles.get("Trump")
    assert titles["Ruth Adler"] == ["lecturer in law"]


def test_a_captions_place_in_the_picture_and_a_list_of_names_are_no_titles(extract):
    text = ("Mayor Jane Holt, center, and council member Tom Reyes, left, cut the ribbon on Friday. "
            "Madonna, Prince, Blur and Oasis all played at the festival, organiser Sue Park said.")
    titles = all_titles(extract, text)
    assert titles["Jane Holt"] == ["Mayor"]
    assert "center" not in titles["Jane Holt"] and not titles.get("Madonna")


def test_a_titles_complement_keeps_the_texts_words(extract):
    text = ("Ann Bell, a spokeswoman for the county clerk's office, said the count went on. Lee Chan, special "
            "adviser to Nokia's chairman, agreed. The prime minister's chief strategist, Dan Hewitt, declined "
            "to comment.")
    titles = all_titles(extract, text)
    assert titles["Ann Bell"] == ["spokeswoman for the county clerk's office"]
    assert titles["Lee Chan"] == ["special adviser to Nokia's chairman"]
    assert titles["Dan Hewitt"] == ["chief strategist"]


def test_a_place_of_several_words_before_an_office_goes_behind_it(extract):
    text = ("South Korea's Foreign Minister Kang Min-ji met officials on Monday. New Jersey Governor Tom Kean "
            "spoke later, and Russia's U.S. ambassador Igor Volkov left.")
    titles = all_titles(extract, text)
    assert titles["Kang Min-ji"] == ["Foreign Minister of South Korea"]
    assert titles["Tom Kean"] == ["Governor of New Jersey"]
    assert titles["Igor Volkov"] == ["Russia's U.S. ambassador"]


def test_a_role_verbs_object_must_be_no_amount(extract):
    text = ("Grant is followed by Senator Dana Perez, who owns as much as $6.4m invested. Ben Cole, who chairs "
            "the Transport Committee, spoke next.")
    titles = all_titles(extract, text)
    assert titles["Dana Perez"] == ["Senator"]
    assert titles["Ben Cole"] == ["chair of the Transport Committee"]


def test_former_inside_a_title_starts_it(extract):
    text = ("Polls showed the Democratic challenger former Vice President Walter Denholm ahead. The hotel's "
            "regular visitor former Prime Minister Harold Pym stayed a week. Officials criticised the brash "
            "former national security adviser Sam Kessel.")
    titles = all_titles(extract, text)
    assert titles["Walter Denholm"] == ["former Vice President"]
    assert titles["Harold Pym"] == ["former Prime Minister"]
    assert titles["Sam Kessel"] == ["former national security adviser"]


def test_a_sentence_opening_former_stays_in_the_title(extract):
    text = ("The report was published on Monday. Former foreign secretary Alan Brodie said it was flawed. "
            "Outgoing police commissioner Ruth Gale agreed, and Vice President Carl Dunn did not.")
    titles = all_titles(extract, text)
    assert titles["Alan Brodie"] == ["former foreign secretary"]
    assert titles["Ruth Gale"] == ["outgoing police commissioner"]
    assert titles["Carl Dunn"] == ["Vice President"]

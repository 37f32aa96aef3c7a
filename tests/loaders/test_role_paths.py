"""Argument paths and mention resolution on a real parse, with mentions given by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.core.schema import load_schema
from loaders.mentions import Mention
from loaders.parser import load_parser
from loaders.patterns import load_patterns
from loaders.pipeline import Extractor
from loaders.role_paths import PathReader
from tests.loaders.reading import acts, candidates


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_parser("en_core_web_sm")


@pytest.fixture(scope="module")
def reader() -> PathReader:
    return PathReader(load_patterns(load_schema()))


def cover(*spans: tuple[int, int, str, str]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for start, end, actor, kind in spans:
        m = Mention(actor, kind, start, end, actor)
        out.update({i: m for i in range(start, end)})
    return out


def test_paths_reach_subject_object_and_preposition(parser: Language, reader: PathReader) -> None:
    doc = parser("Alpha fined Beta on behalf of Gamma.")
    given = cover((0, 1, "alpha", "State"), (2, 3, "beta", "State"), (6, 7, "gamma", "State"))
    verb = doc[1]
    assert [m.actor_id for m in reader._path(verb, "subj", given)] == ["alpha"]
    assert [m.actor_id for m in reader._path(verb, "obj", given)] == ["beta"]
    assert reader._path(verb, "passive_subj", given) == []
    assert reader._path(verb, "prep:with", given) == []


def test_a_title_resolves_to_the_name_and_an_owned_noun_to_its_owner(
    parser: Language, reader: PathReader
) -> None:
    doc = parser("Alpha expelled the envoy of Beta and the spokesman, Gamma Delta.")
    given = cover((0, 1, "alpha", "State"), (5, 6, "beta", "State"), (11, 13, "gamma-delta", "Person"))
    found = [m.actor_id for m in reader._path(doc[1], "obj", given)]
    assert found == ["beta", "gamma-delta"]


# --- on whole sentences, through the parse extractor ------------------------------------


def test_a_place_in_a_state_hung_on_the_verb_names_the_state(extractor: Extractor) -> None:
    text = "Ecuadorian drones attacked a fuel depot in Colombia's Putumayo province overnight."
    assert acts(extractor, text) == {("ATTACKED", "ecuador", "colombia")}
    # a person is not a place: "in" names where, not whose
    assert acts(extractor, "Ecuador detained an engineer in Colombia.") == set()


def test_an_object_pronoun_in_a_participle_is_the_main_object(extractor: Extractor) -> None:
    text = "Peru expelled three Bolivian diplomats, accusing them of espionage."
    assert ("ACCUSED", "peru", "group-three-bolivian-diplomats") in acts(extractor, text)
    # "him" is a person only: a state object does not stand for it
    assert acts(extractor, "Chile summoned Peru's envoy, accusing him of lying.") == {
        ("SUMMONED", "chile", "peru")
    }


def test_a_declared_small_clause_names_the_target(extractor: Extractor) -> None:
    text = "Ecuador declared two Colombian diplomats persona non grata."
    assert acts(extractor, text) == {("EXPELLED", "ecuador", "group-two-colombian-diplomats")}


def test_a_participle_after_an_owned_thing_names_its_owner(extractor: Extractor) -> None:
    text = "Bolivia revoked a drilling licence held by Peruvian firm Andes Petroleo."
    assert {t for _, _, t in acts(extractor, text)} == {"andes-petroleo"}


def test_a_denial_points_at_whoever_made_the_claim(extractor: Extractor) -> None:
    assert acts(extractor, "Peru rejected Bolivia's allegations of espionage.") == {
        ("DENIED", "peru", "bolivia")
    }
    text = "Chile said Argentine jets had crossed its airspace, while Argentina denied any involvement."
    assert ("DENIED", "argentina", "chile") in acts(extractor, text)
    # rejecting a claim that is no accusation is no denial
    assert acts(extractor, "Peru rejected claims by Bolivia that the lake was drying up.") == set()


def test_an_owned_place_is_its_possessors_before_the_city_it_is_in(extractor: Extractor) -> None:
    text = "Chile carried out a strike on Hezbollah's Lima stronghold."
    assert acts(extractor, text) == {("ATTACKED", "chile", "hezbollah")}


def test_a_by_phrase_hung_on_the_detained_is_the_nominal_cues_agent(extractor: Extractor) -> None:
    text = "The talks followed the arrest of several Peruvian journalists by Bolivian police on Monday."
    assert acts(extractor, text) == {("DETAINED", "bolivia", "group-peruvian-journalists")}


def test_agents_of_an_owner_named_by_of_stand_for_it(extractor: Extractor) -> None:
    text = "Peruvian police detained two officers of Bolivia's Intelligence Agency."
    assert acts(extractor, text) == {("DETAINED", "peru", "bolivia-intelligence-agency")}
    # a whole state is no owner of people: they stay a group
    assert acts(extractor, "Peruvian police detained two agents of Bolivia on Friday.") == {
        ("DETAINED", "peru", "group-two-agents")
    }
    # a compound names no owner: "20 UN staff members" stay a group
    assert acts(extractor, "Peruvian police detained 20 UN staff members.") == {
        ("DETAINED", "peru", "group-20-un-staff-members")
    }


def test_who_bars_someone_from_entering_a_state_is_that_state(extractor: Extractor) -> None:
    text = "The Chilean singer Tomas Rojas was barred from entering Peru last week."
    assert acts(extractor, text) == {("BANNED", "peru", "tomas-rojas")}


def test_a_noun_right_after_a_verb_is_its_object(extractor: Extractor) -> None:
    text = "Ecuador summons Colombian ambassador, makes formal protest over border incident"
    assert acts(extractor, text) == {("SUMMONED", "ecuador", "colombia")}


def test_a_noun_known_as_a_name_is_that_actor(extractor: Extractor) -> None:
    text = "Peru ordered the closure of Bolivia's organisation, known as the Andean Cultural Foundation."
    assert acts(extractor, text) == {("CLOSED", "peru", "andean-cultural-foundation")}


def test_a_struck_craft_stands_for_its_owner_but_is_no_doer(extractor: Extractor) -> None:
    text = "Peru condemned the downing of Bolivia's cargo plane by Chilean jets."
    assert acts(extractor, text) == {("ATTACKED", "chile", "bolivia")}
    assert acts(extractor, "A Bolivian plane that crashed near Lima killed 12 passengers.") == set()


def test_who_is_under_sanctions_is_their_target(extractor: Extractor) -> None:
    text = "The deal was signed by Bolivian minister Tomas Rojas, who is under sanctions by Chile."
    assert ("SANCTIONED", "chile", "tomas-rojas") in acts(extractor, text)


def test_a_pronoun_after_a_nominal_act_is_that_acts_target(extractor: Extractor) -> None:
    text = "Chile imposed sanctions on former Bolivian minister Ana Quispe, accusing her of corruption."
    assert ("ACCUSED", "chile", "ana-quispe") in acts(extractor, text)


def test_where_an_agentless_passive_happened_may_hang_a_phrase_lower(extractor: Extractor) -> None:
    text = "Over 50 Peruvians were detained as part of a fraud inquiry in Bolivia on Monday."
    assert acts(extractor, text) == {("DETAINED", "bolivia", "group-over-50-peruvians")}
    # not inside a clause of its own
    text = "Over 50 Peruvians were detained after officials said a fraud began in Bolivia."
    assert not any(a[0] == "DETAINED" for a in acts(extractor, text))


def test_a_preposition_hung_on_a_phrase_of_time_is_the_verbs(extractor: Extractor) -> None:
    text = "Lukashenko met in Minsk shortly before the news with John Coale, an envoy of the US president."
    assert ("MET", "alexander-lukashenko", "john-coale") in acts(extractor, text)


def test_where_a_strike_lands_names_whom_it_attacks(extractor: Extractor) -> None:
    text = "Turkish strikes in northern Iraq killed four Kurdish fighters, the ministry said."
    assert ("ATTACKED", "turkey", "iraq") in acts(extractor, text)


def test_strikes_that_killed_attacked_where_the_killing_was(extractor: Extractor) -> None:
    text = "At least 12 people were killed by Ethiopian airstrikes in Eritrea's southern province of Debub."
    assert acts(extractor, text) >= {("ATTACKED", "ethiopia", "eritrea")}


def test_its_is_never_the_speaker_who_is_a_person(extractor: Extractor) -> None:
    text = "Orban said Hungary would close its last border crossing with Serbia."
    assert ("CLOSED", "hungary", "serbia") in acts(extractor, text)
    assert not any(t == "viktor-orban" for _, _, t in acts(extractor, text))


def test_a_part_stands_for_what_its_of_phrase_names(extractor: Extractor) -> None:
    text = "Latvia closed two of its border crossings with Russia in March."
    assert acts(extractor, text) == {("CLOSED", "latvia", "russia")}


def test_an_office_of_an_owner_named_after_its_city_is_the_owners(extractor: Extractor) -> None:
    assert acts(extractor, "Kenya closed the Nairobi office of Al Jazeera.") == {
        ("CLOSED", "kenya", "al-jazeera")
    }


def test_a_ceasefire_between_two_parties_is_their_agreement(extractor: Extractor) -> None:
    text = "The Qatari emir brokered a ceasefire between Sudan and South Sudan in Doha."
    assert {(a, *sorted((s, t))) for a, s, t in acts(extractor, text)} == {("AGREED", "south-sudan", "sudan")}


def test_fire_into_a_territory_attacks_its_state(extractor: Extractor) -> None:
    text = "Ecuador's army said Peruvian troops fired rockets into Ecuadorian territory."
    assert ("ATTACKED", "peru", "ecuador") in acts(extractor, text)


def test_the_narrowest_owner_named_and_a_place_beside_a_possessor(
    parser: Language, reader: PathReader
) -> None:
    doc = parser("Alpha raided Beta's Gamma security office.")
    given = cover((0, 1, "alpha", "State"), (2, 3, "beta", "State"), (4, 5, "gamma", "Agency"))
    assert [m.actor_id for m in reader._path(doc[1], "obj", given)] == ["gamma"]
    # only a state body is narrower than its state ("Kabul's Taliban authorities")
    given = cover((0, 1, "alpha", "State"), (2, 3, "beta", "State"), (4, 5, "gamma", "Organization"))
    assert [m.actor_id for m in reader._path(doc[1], "obj", given)] == ["beta"]
    # beside a possessor, a state modifying the thing is where it is, not whose
    doc = parser("Alpha closed its Delta bureau.")
    given = cover((0, 1, "alpha", "State"), (3, 4, "delta", "State"))
    assert reader._path(doc[1], "obj", given) == []


def test_an_orderer_closes_the_bureau_of_whom_it_orders(extractor: Extractor) -> None:
    text = "Ghana ordered Al Jazeera to close its Accra bureau."
    assert acts(extractor, text) == {("CLOSED", "ghana", "al-jazeera")}


def test_a_place_near_a_city_names_the_cities_state(extractor: Extractor) -> None:
    assert acts(extractor, "Kyrgyz drones struck an airfield near Dushanbe.") == {
        ("ATTACKED", "kyrgyzstan", "tajikistan")
    }
    assert acts(extractor, "Kyrgyz drones struck an airfield near the border.") == set()


def test_coordinated_demonyms_before_one_noun_name_each_state(extractor: Extractor) -> None:
    assert acts(extractor, "Thai and Lao officials met in Hanoi.") == {("MET", "thailand", "laos")}
    assert acts(extractor, "Thai and Lao police detained 12 Cambodian migrants.") == {
        ("DETAINED", "thailand", "group-12-cambodian-migrants"),
        ("DETAINED", "laos", "group-12-cambodian-migrants"),
    }


def test_a_preposition_two_phrases_down_the_object_is_the_verbs(extractor: Extractor) -> None:
    text = "Kenya's president signed a decree allocating $3 million for humanitarian assistance to Somalia."
    assert ("AIDED", "kenya", "somalia") in acts(extractor, text)


def test_a_pronoun_after_after_is_the_main_subject_when_no_one_else_can_be(
    extractor: Extractor,
) -> None:
    text = "Nepal summoned the Bhutanese ambassador, days after it restricted access to Euronews."
    assert ("BANNED", "nepal", "euronews") in acts(extractor, text)
    # another actor the pronoun could stand for leaves it unresolved
    assert acts(extractor, "Nepal condemned Bhutan after it banned Euronews.") == set()
    text = "Nepal accused Al Jazeera of bias, days after it blocked the website of Euronews."
    assert acts(extractor, text) == {("ACCUSED", "nepal", "al-jazeera")}


def test_a_membership_in_a_body_hung_on_the_verb_names_the_body(extractor: Extractor) -> None:
    assert acts(extractor, "Mongolia froze its membership in the OSCE.") == {("CLOSED", "mongolia", "osce")}
    assert acts(extractor, "Mongolia froze its membership on Monday in Thimphu.") == set()


def test_an_outlet_before_a_reporter_is_the_employer_not_the_reporter(extractor: Extractor) -> None:
    assert acts(extractor, "Nepal expelled the Al Jazeera correspondent in Kathmandu.") == set()
    assert acts(extractor, "Nepal detained an Al Jazeera reporter.") == set()
    # a reporter named is the reporter
    text = "Nepal expelled Al Jazeera correspondent Tomas Brandt."
    assert acts(extractor, text) == {("EXPELLED", "nepal", "tomas-brandt")}


def test_a_declared_complement_before_its_object_still_names_the_target(extractor: Extractor) -> None:
    text = "Mongolia declared persona non grata two Chinese diplomats."
    assert acts(extractor, text) == {("EXPELLED", "mongolia", "group-two-chinese-diplomats")}


def test_a_number_of_things_stands_for_them(extractor: Extractor) -> None:
    text = "Mongolia closed two of its border crossings with China."
    assert acts(extractor, text) == {("CLOSED", "mongolia", "china")}
    assert acts(extractor, "Two of the Chinese drones struck Mongolia.") == {
        ("ATTACKED", "china", "mongolia")
    }


def test_whom_one_is_sent_to_help_do_something_is_aided(extractor: Extractor) -> None:
    text = "Mongolia sent thousands of troops to help Laos fight in the north."
    assert acts(extractor, text) == {("AIDED", "mongolia", "laos")}


def test_a_speakers_pronoun_agrees_with_the_speaker(extractor: Extractor) -> None:
    # "its" is no person: the border is not the president's, and whose it is comes after "with"
    text = "Mongolian President Ukhnaa Khurelsukh said Mongolia would close its border with China."
    assert acts(extractor, text) == {("CLOSED", "mongolia", "china")}
    assert acts(extractor, "Mongolia's army said its forces attacked China.") == {
        ("ATTACKED", "mongolia", "china")
    }


def test_a_bare_participle_with_an_object_is_its_nouns_verb(extractor: Extractor) -> None:
    # the small model reads "killed" as a participle modifying "airstrikes"
    text = "Laotian airstrikes killed at least 20 Thai civilians, the Thai army said."
    assert ("KILLED", "laos", "group-at-least-20-thai-civilians") in acts(extractor, text)
    # a content clause with its own subject keeps it
    text = "Laos rejected claims that Thailand had attacked Cambodia."
    assert [(c.source and c.source.actor_id, c.status) for c in candidates(extractor, text)] == [
        ("thailand", "denied")
    ]


def test_a_state_beside_an_of_owner_is_where_the_thing_is(extractor: Extractor) -> None:
    text = "Mongolia closed the Ulaanbaatar office of Al Jazeera."
    assert acts(extractor, text) == {("CLOSED", "mongolia", "al-jazeera")}
    assert acts(extractor, "Mongolia closed the Chinese embassy.") == {("CLOSED", "mongolia", "china")}


def test_a_nominal_act_misread_as_a_verb_names_its_doer(extractor: Extractor) -> None:
    # "strikes" is read as a verb with "Laos" as its subject, and is itself the subject of "killed"
    text = "Laos strikes on a depot in Thailand killed 12 people."
    assert ("KILLED", "laos", "group-12-people") in acts(extractor, text)

"""The role reading on a parse: each rule, where it fires and where it must not.

Sentences name states and people that no gold sentence or other test names.
"""

from __future__ import annotations

from loaders.pipeline import Extractor
from tests.loaders.reading import acts, article_acts, candidates, reasons


def test_subject_and_object(extractor: Extractor) -> None:
    assert acts(extractor, "Peru sanctioned Bolivia on Tuesday.") == {("SANCTIONED", "peru", "bolivia")}


def test_passive_agent_is_the_source(extractor: Extractor) -> None:
    assert acts(extractor, "Bolivia was sanctioned by Peru on Tuesday.") == {
        ("SANCTIONED", "peru", "bolivia")
    }


def test_passive_without_agent_gives_no_act(extractor: Extractor) -> None:
    assert acts(extractor, "Bolivia was sanctioned on Tuesday, Peru said.") == set()


def test_every_candidate_names_its_pattern(extractor: Extractor) -> None:
    (c,) = [c for c in candidates(extractor, "Peru sanctioned Bolivia.") if not c.dropped]
    assert c.pattern == "SANCTIONED:verb:subj>obj"


def test_negation_drops_the_act(extractor: Extractor) -> None:
    assert acts(extractor, "Peru did not sanction Bolivia.") == set()
    assert reasons(extractor, "Peru did not sanction Bolivia.", "SANCTIONED") == ["negated"]


def test_coordinated_objects_share_the_act(extractor: Extractor) -> None:
    assert acts(extractor, "Chile sanctioned Bolivia and Paraguay.") == {
        ("SANCTIONED", "chile", "bolivia"),
        ("SANCTIONED", "chile", "paraguay"),
    }


def test_coordinated_subjects_share_the_act(extractor: Extractor) -> None:
    assert acts(extractor, "Chile and Peru sanctioned Bolivia.") == {
        ("SANCTIONED", "chile", "bolivia"),
        ("SANCTIONED", "peru", "bolivia"),
    }


def test_coordinated_verb_shares_the_subject(extractor: Extractor) -> None:
    text = "Uruguay condemned the vote and sanctioned Paraguay."
    assert acts(extractor, text) == {("SANCTIONED", "uruguay", "paraguay")}


def test_a_second_clause_keeps_its_own_subject(extractor: Extractor) -> None:
    text = "Uruguay condemned the vote, and Paraguay sanctioned Bolivia."
    assert acts(extractor, text) == {("SANCTIONED", "paraguay", "bolivia")}


def test_causative_control_makes_the_orderer_the_source(extractor: Extractor) -> None:
    text = "Zambia ordered Euronews to suspend its broadcasts."
    assert acts(extractor, text) == {("CLOSED", "zambia", "euronews")}


def test_a_request_to_act_is_not_the_act(extractor: Extractor) -> None:
    text = "Zambia urged Euronews to suspend its broadcasts."
    assert {a for a in acts(extractor, text) if a[0] == "CLOSED"} == set()
    assert reasons(extractor, text, "CLOSED")[0].startswith("not done")


def test_subject_control_gives_the_governor_subject(extractor: Extractor) -> None:
    assert acts(extractor, "Chile decided to sanction Bolivia.") == {("SANCTIONED", "chile", "bolivia")}


def test_an_intention_is_not_the_act(extractor: Extractor) -> None:
    assert acts(extractor, "Chile plans to sanction Bolivia.") == set()


def test_relative_clause_subject_is_the_head_noun(extractor: Extractor) -> None:
    text = "Peru criticised Chile, which sanctioned Bolivia last year."
    assert ("SANCTIONED", "chile", "bolivia") in acts(extractor, text)
    assert ("SANCTIONED", "peru", "bolivia") not in acts(extractor, text)


def test_speech_verb_asserts_its_clause(extractor: Extractor) -> None:
    text = "Chile said Peru had sanctioned Bolivia."
    (c,) = [c for c in candidates(extractor, text) if not c.dropped]
    assert (c.type, c.source and c.source.actor_id, c.target and c.target.actor_id) == (
        "SANCTIONED",
        "peru",
        "bolivia",
    )
    assert c.asserted_by == ["chile"]


def test_a_condition_gives_no_act(extractor: Extractor) -> None:
    text = "If Peru sanctions Bolivia, Chile will respond."
    assert acts(extractor, text) == set()
    assert reasons(extractor, text, "SANCTIONED")[0].startswith("under the condition")


def test_a_time_clause_is_no_condition(extractor: Extractor) -> None:
    text = "When Peru sanctioned Bolivia, Chile responded."
    assert acts(extractor, text) == {("SANCTIONED", "peru", "bolivia")}


def test_a_nominal_cue_under_another_verb_is_not_its_subjects_act(extractor: Extractor) -> None:
    text = "Uruguay condemned the sanctions on Paraguay."
    assert acts(extractor, text) == set()
    assert "not an act of its subject" in reasons(extractor, text, "SANCTIONED")[0]


def test_a_light_verb_gives_its_subject_to_the_nominal_cue(extractor: Extractor) -> None:
    assert acts(extractor, "Uruguay imposed sanctions on Paraguay.") == {
        ("SANCTIONED", "uruguay", "paraguay")
    }


def test_a_possessor_is_the_source_of_a_nominal_cue(extractor: Extractor) -> None:
    text = "Critics welcomed Uruguay's sanctions on Paraguay."
    assert acts(extractor, text) == {("SANCTIONED", "uruguay", "paraguay")}


def test_a_participle_clause_does_not_make_the_subject_the_killer(extractor: Extractor) -> None:
    text = "Bolivian troops crossed the border, killing 12 people."
    assert acts(extractor, text) == set()
    assert reasons(extractor, text, "KILLED")[0].startswith("participle clause")


def test_a_finite_killing_has_its_subject(extractor: Extractor) -> None:
    text = "Bolivian troops killed 12 people near the border."
    assert acts(extractor, text) == {("KILLED", "bolivia", "group-12-people")}


def test_symmetric_parties_from_coordinated_subjects(extractor: Extractor) -> None:
    assert acts(extractor, "Mongolia and Namibia met in Geneva.") == {("MET", "mongolia", "namibia")}


def test_only_sentences_with_a_cue_and_two_actors_are_parsed(extractor: Extractor) -> None:
    before = extractor.acts.parsed
    candidates(extractor, "Peru and Bolivia share a long border. Peru sanctioned the firm.")
    assert extractor.acts.parsed == before
    candidates(extractor, "Peru sanctioned Bolivia.")
    assert extractor.acts.parsed == before + 1


def test_an_official_stands_for_the_state_that_owns_it(extractor: Extractor) -> None:
    assert acts(extractor, "Botswana expelled Zambia's ambassador.") == {("EXPELLED", "botswana", "zambia")}
    assert acts(extractor, "Botswana expelled the ambassador, Zambia said.") == set()


def test_an_owned_thing_names_its_owner_after_a_preposition(extractor: Extractor) -> None:
    assert acts(extractor, "Iceland closed its border with Mongolia.") == {("CLOSED", "iceland", "mongolia")}
    assert acts(extractor, "Iceland closed its border as Mongolia watched.") == set()


def test_a_pronoun_in_what_a_speaker_says_is_the_speaker(extractor: Extractor) -> None:
    assert acts(extractor, "Uruguay said its forces attacked Paraguay.") == {
        ("ATTACKED", "uruguay", "paraguay")
    }
    assert acts(extractor, "Its forces attacked Paraguay and Uruguay.") == set()


def test_an_accusation_makes_the_accused_the_doer_alleged_by_the_accuser(extractor: Extractor) -> None:
    text = "Bolivia accused Peru of helping Chile."
    assert acts(extractor, text) == {("ACCUSED", "bolivia", "peru"), ("AIDED", "peru", "chile")}
    (aided,) = [c for c in candidates(extractor, text) if c.type == "AIDED" and not c.dropped]
    assert (aided.status, aided.asserted_by) == ("alleged", ["bolivia"])


def test_a_gerund_after_by_is_done_by_the_subject(extractor: Extractor) -> None:
    assert acts(extractor, "Peru responded by sanctioning Bolivia.") == {("SANCTIONED", "peru", "bolivia")}
    assert acts(extractor, "Peru spoke of sanctioning Bolivia.") == set()


def test_a_threat_takes_its_target_from_the_threatened_clause(extractor: Extractor) -> None:
    assert acts(extractor, "Chile threatened to sanction Bolivia.") == {("THREATENED", "chile", "bolivia")}


def test_a_demand_takes_its_target_from_the_that_clause(extractor: Extractor) -> None:
    text = "Iceland demanded that Mongolia free the detained reporters."
    assert acts(extractor, text) == {("DEMANDED", "iceland", "mongolia")}


def test_a_denied_act_is_kept_as_denied(extractor: Extractor) -> None:
    text = "Namibia denied supplying drones to Botswana."
    assert {c.status for c in candidates(extractor, text) if c.type == "AIDED" and not c.dropped} == {
        "denied"
    }
    text = "Namibia admitted supplying drones to Botswana."
    assert {c.status for c in candidates(extractor, text) if c.type == "AIDED" and not c.dropped} == {
        "reported"
    }


def test_a_possibility_is_not_an_act(extractor: Extractor) -> None:
    assert acts(extractor, "Peru could sanction Bolivia.") == set()
    assert reasons(extractor, "Peru could sanction Bolivia.", "SANCTIONED") == ["hypothetical: 'could'"]
    assert acts(extractor, "Peru will sanction Bolivia.") == {("SANCTIONED", "peru", "bolivia")}


def test_what_a_verb_stops_is_not_done(extractor: Extractor) -> None:
    text = "Chile vetoed new sanctions on Bolivia by Peru."
    assert acts(extractor, text) == set()
    assert reasons(extractor, text, "SANCTIONED")[0].startswith("prevented")


def test_an_apposition_shares_its_conjuncts(extractor: Extractor) -> None:
    text = "The rivals, Iceland and Mongolia, each expelled three Namibian diplomats."
    found = acts(extractor, text)
    assert {a[1] for a in found if a[0] == "EXPELLED"} == {"iceland", "mongolia"}


def test_a_nominal_cue_is_not_the_actor_that_modifies_it(extractor: Extractor) -> None:
    assert acts(extractor, "Paraguay rejected Uruguay aid.") == set()
    assert acts(extractor, "Paraguay attacked a Uruguay warship.") == {("ATTACKED", "paraguay", "uruguay")}


def test_members_a_role_includes_share_it(extractor: Extractor) -> None:
    text = "Zambian police detained three journalists, including Euronews correspondent Tomas Ferreira."
    assert ("DETAINED", "zambia", "tomas-ferreira") in acts(extractor, text)
    text = "Zambian police detained three journalists, unlike Euronews correspondent Tomas Ferreira."
    assert ("DETAINED", "zambia", "tomas-ferreira") not in acts(extractor, text)


def test_an_owned_thing_of_coordinated_owners_names_them_all(extractor: Extractor) -> None:
    text = "Namibia suspended the broadcasts of Euronews and Al Jazeera."
    assert acts(extractor, text) == {("CLOSED", "namibia", "euronews"), ("CLOSED", "namibia", "al-jazeera")}


def test_a_thing_is_no_doer_but_stands_for_its_owner_as_a_target(extractor: Extractor) -> None:
    text = "Peru mourned after a Euronews helicopter that killed two Chilean soldiers crashed."
    assert {a for a in acts(extractor, text) if a[0] == "KILLED"} == set()
    assert acts(extractor, "Peru attacked a Euronews helicopter.") == {("ATTACKED", "peru", "euronews")}


def test_a_weak_verb_needs_its_word(extractor: Extractor) -> None:
    assert acts(extractor, "Bolivia severed diplomatic ties with Paraguay.") == {
        ("CLOSED", "bolivia", "paraguay")
    }
    assert acts(extractor, "Bolivia severed a cable to Paraguay.") == set()


def test_where_an_agentless_passive_happened_names_the_doer(extractor: Extractor) -> None:
    text = "Tomas Ferreira was detained in Paraguay on Sunday."
    assert acts(extractor, text) == {("DETAINED", "paraguay", "tomas-ferreira")}
    text = "Paraguay detained Tomas Ferreira in Bolivia on Sunday."
    assert acts(extractor, text) == {("DETAINED", "paraguay", "tomas-ferreira")}


def test_a_light_verb_with_with_gives_source_and_target(extractor: Extractor) -> None:
    text = "Uruguay provided Paraguay with logistical support."
    assert acts(extractor, text) == {("AIDED", "uruguay", "paraguay")}
    assert acts(extractor, "Uruguay credited Paraguay with logistical support.") == set()


def test_an_order_that_something_be_done_is_done_by_the_orderer(extractor: Extractor) -> None:
    text = "Zambia ordered that the activities of Euronews be suspended."
    assert acts(extractor, text) == {("CLOSED", "zambia", "euronews")}
    text = "Zambia regretted that the activities of Euronews were suspended."
    assert acts(extractor, text) == set()


def test_laying_blame_is_an_accusation(extractor: Extractor) -> None:
    assert acts(extractor, "Mongolia laid the blame on Iceland.") == {("ACCUSED", "mongolia", "iceland")}
    assert acts(extractor, "Mongolia denied any blame for Iceland.") == set()


def test_an_agentless_act_takes_the_doer_of_the_same_act_just_before(extractor: Extractor) -> None:
    text = "Paraguay detained Tomas Ferreira on Sunday. His colleague Ines Caballero was detained as well."
    assert ("DETAINED", "paraguay", "ines-caballero") in article_acts(extractor, text)


def test_no_doer_is_borrowed_from_another_type_or_further_back(extractor: Extractor) -> None:
    text = "Paraguay sanctioned Tomas Ferreira on Sunday. His colleague Ines Caballero was detained as well."
    assert not any(a[0] == "DETAINED" for a in article_acts(extractor, text))
    text = (
        "Paraguay detained Tomas Ferreira on Sunday. The weather was mild. "
        "His colleague Ines Caballero was detained as well."
    )
    assert not any(a[2] == "ines-caballero" for a in article_acts(extractor, text))


def test_an_owner_after_with_may_hang_on_the_verb(extractor: Extractor) -> None:
    text = "Iceland closed its entire border with Mongolia in May."
    assert acts(extractor, text) == {("CLOSED", "iceland", "mongolia")}
    assert acts(extractor, "Iceland deported the officials to Mongolia.") == set()


def test_a_package_stands_in_for_its_nominal_cue(extractor: Extractor) -> None:
    text = "Iceland announced a new aid package for Mongolia."
    assert acts(extractor, text) == {("AIDED", "iceland", "mongolia")}
    assert acts(extractor, "Iceland announced a new road for Mongolia.") == set()


def test_a_claim_is_alleged_a_statement_reported(extractor: Extractor) -> None:
    def status(text: str) -> set[str]:
        return {c.status for c in candidates(extractor, text) if c.type == "SANCTIONED" and not c.dropped}

    assert status("Chile claimed that Peru had sanctioned Bolivia.") == {"alleged"}
    assert status("Chile confirmed that Peru had sanctioned Bolivia.") == {"reported"}
    assert status("Peru allegedly sanctioned Bolivia.") == {"alleged"}


def test_according_to_names_who_asserts(extractor: Extractor) -> None:
    text = "According to Chile, Peru sanctioned Bolivia."
    (c,) = [c for c in candidates(extractor, text) if not c.dropped]
    assert c.asserted_by == ["chile"]
    (c,) = [c for c in candidates(extractor, "Peru sanctioned Bolivia.") if not c.dropped]
    assert c.asserted_by == []


def test_a_struck_place_stands_for_the_state_it_lies_in(extractor: Extractor) -> None:
    text = "Bolivian drones struck a hospital in Paraguay's Chaco region."
    assert acts(extractor, text) == {("ATTACKED", "bolivia", "paraguay")}
    assert acts(extractor, "Bolivian drones struck a hospital, Paraguay said.") == set()


def test_what_is_demanded_from_an_actor_makes_it_the_target(extractor: Extractor) -> None:
    assert acts(extractor, "Chile demanded an apology from Peru.") == {("DEMANDED", "chile", "peru")}


def test_responding_with_a_nominal_act_does_it(extractor: Extractor) -> None:
    assert acts(extractor, "Peru responded with sanctions on Bolivia.") == {("SANCTIONED", "peru", "bolivia")}
    assert acts(extractor, "Peru responded with alarm to sanctions on Bolivia.") == set()


def test_a_nominal_cue_that_is_the_means_of_an_act_shares_its_doer(extractor: Extractor) -> None:
    text = "Paraguay killed rebel commander Tomas Ferreira in an airstrike on Bolivia."
    assert ("ATTACKED", "paraguay", "bolivia") in acts(extractor, text)
    text = "Paraguay mourned Tomas Ferreira in a speech on Bolivia."
    assert acts(extractor, text) == set()
    text = "Paraguay praised Tomas Ferreira in a report on strikes on Bolivia."
    assert ("ATTACKED", "paraguay", "bolivia") not in acts(extractor, text)


def test_a_negated_light_verb_negates_its_nominal_cue(extractor: Extractor) -> None:
    assert acts(extractor, "Mongolia will not impose sanctions on Iceland.") == set()
    assert acts(extractor, "Chile will impose sanctions on Iceland.") == {("SANCTIONED", "chile", "iceland")}


def test_a_participle_clause_of_an_act_shares_its_doer(extractor: Extractor) -> None:
    text = "Ecuadorian jets bombed a camp in Colombia, killing nine fighters."
    assert acts(extractor, text) == {
        ("ATTACKED", "ecuador", "colombia"),
        ("KILLED", "ecuador", "group-nine-fighters"),
    }
    c = next(c for c in candidates(extractor, text) if c.type == "KILLED")
    assert "participle:subj" in c.pattern


def test_a_speech_participle_is_the_main_subjects_whatever_the_verb(extractor: Extractor) -> None:
    text = "Chile left the forum in March, accusing Argentina of sabotage."
    assert ("ACCUSED", "chile", "argentina") in acts(extractor, text)


def test_a_participle_after_a_passive_act_is_its_agents(extractor: Extractor) -> None:
    text = "Uruguay was bombed by Paraguayan troops on Monday, killing four soldiers."
    assert ("KILLED", "paraguay", "group-four-soldiers") in acts(extractor, text)

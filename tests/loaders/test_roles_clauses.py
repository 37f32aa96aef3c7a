"""The role reading on a parse, continued: clauses, participles, speakers, owners and the
rules that look at the sentence before; each where it fires and where it must not.

Sentences name states and people that no gold sentence or other test names.
"""

from __future__ import annotations

from loaders.pipeline import Extractor
from tests.loaders.reading import acts, article_acts, candidates, reasons


def test_a_purpose_clause_is_done_by_the_subject(extractor: Extractor) -> None:
    text = "Bolivia sent hundreds of engineers to help Peru after the floods."
    assert acts(extractor, text) == {("AIDED", "bolivia", "peru")}


def test_a_decisions_participle_is_done_by_who_made_it(extractor: Extractor) -> None:
    text = "Uruguay's president signed a decree allocating $5 million to Paraguay."
    assert acts(extractor, text) == {("AIDED", "uruguay", "paraguay")}
    assert acts(extractor, "The newspaper printed a report allocating blame to Paraguay.") == set()


def test_a_denial_with_no_claimant_answers_the_latest_accusation(extractor: Extractor) -> None:
    text = "Peru accused Bolivia of funding the smugglers. Bolivia denied the allegations on Friday."
    assert article_acts(extractor, text) == {("ACCUSED", "peru", "bolivia"), ("DENIED", "bolivia", "peru")}
    # an accusation three sentences back is too far
    far = (
        "Peru accused Bolivia of funding the smugglers. Talks resumed. Trade grew. "
        "Bolivia denied the allegations."
    )
    assert ("DENIED", "bolivia", "peru") not in article_acts(extractor, far)


def test_a_passive_verb_does_not_take_a_coordinated_active_subject(extractor: Extractor) -> None:
    text = "Uruguay protested on Monday and two Chilean reporters were detained in Montevideo."
    found = acts(extractor, text)
    assert ("DETAINED", "chile", "group-two-chilean-reporters") not in found
    assert not any(src == "group-two-chilean-reporters" for _, src, _ in found)


def test_an_outcome_of_an_act_is_done_by_its_doer(extractor: Extractor) -> None:
    text = "Bolivian police raided two Peruvian clubs, resulting in the detention of 40 Peruvians."
    assert ("DETAINED", "bolivia", "group-40-peruvians") in acts(extractor, text)


def test_a_light_verb_in_a_controlled_clause_takes_the_governors_object(extractor: Extractor) -> None:
    text = "Chile helped Peru to carry out strikes on Bolivia."
    assert ("ATTACKED", "peru", "bolivia") in acts(extractor, text)


def test_a_headline_verb_tagged_as_a_noun_is_read_as_a_verb(extractor: Extractor) -> None:
    assert acts(extractor, "Chile sanctions three Peruvian generals over border clash") == {
        ("SANCTIONED", "chile", "group-three-peruvian-generals")
    }
    # a plural noun with no object of its own stays a noun
    assert acts(extractor, "Chile's sanctions hurt Peru's exports.") == set()


def test_a_title_case_headline_is_parsed_in_sentence_case() -> None:
    from loaders.cues import parse_sentence
    from loaders.nlp import Tokens

    extractor = Extractor()
    text = "Chile Expels Two Peruvian Diplomats Over Spying Claims"
    doc = Tokens(extractor.nlp(text), text)
    (sent,) = doc.sents()
    parsed = parse_sentence(extractor.acts.parser, doc, sent, frozenset({0, 3}))
    assert [t.text for t in parsed][:4] == ["Chile", "expels", "two", "Peruvian"]
    assert parsed[1].pos_ == "VERB"
    # a sentence with a full stop is no headline, however many titles it has
    titles = "French President Rosa Vidal Called Peruvian President Tomas Rojas On Monday."
    doc = Tokens(extractor.nlp(titles), titles)
    (sent,) = doc.sents()
    assert parse_sentence(extractor.acts.parser, doc, sent).text == titles
    # a sentence-case text is given as it is
    plain = "Chile expels two Peruvian diplomats."
    doc = Tokens(extractor.nlp(plain), plain)
    (sent,) = doc.sents()
    assert parse_sentence(extractor.acts.parser, doc, sent).text == plain


def test_a_light_verb_in_a_purpose_clause_takes_the_governors_object(extractor: Extractor) -> None:
    text = "Chile assisted Peru's navy to carry out strikes on Bolivia, officials claimed."
    assert ("ATTACKED", "peru", "bolivia") in acts(extractor, text)


def test_an_accused_orchestrating_a_nominal_act_does_it(extractor: Extractor) -> None:
    text = "Peru accused Bolivia of orchestrating a drone attack on Peru's naval base."
    assert ("ATTACKED", "bolivia", "peru") in acts(extractor, text)


def test_whom_one_helps_do_something_is_helped(extractor: Extractor) -> None:
    text = "Ecuador helped Colombia rebuild its power grid."
    assert acts(extractor, text) == {("AIDED", "ecuador", "colombia")}


def test_a_threat_goes_where_the_threatened_act_goes(extractor: Extractor) -> None:
    assert acts(extractor, "Chile threatened to cut power exports to Peru.") == {
        ("THREATENED", "chile", "peru")
    }
    assert acts(extractor, "Chile threatened retaliation against Peru.") == {("THREATENED", "chile", "peru")}


def test_who_is_blamed_for_a_nominal_act_did_it_alleged(extractor: Extractor) -> None:
    text = "Bolivian hackers were blamed by Peru for a cyberattack on Chile's parliament."
    found = [c for c in candidates(extractor, text) if c.type == "ATTACKED" and not c.dropped]
    assert [(c.source.actor_id if c.source else None, c.status) for c in found] == [
        ("group-bolivian-hackers", "alleged")
    ]


def test_who_claims_responsibility_for_an_attack_did_it(extractor: Extractor) -> None:
    text = "Al-Shabaab claimed responsibility for a bomb attack on Kenya's parliament."
    assert ("ATTACKED", "al-shabaab", "kenya") in acts(extractor, text)


def test_talks_after_which_someone_acts_are_theirs(extractor: Extractor) -> None:
    text = "Paraguay's president freed 30 prisoners after talks with Brazilian envoy Lucas Pereira."
    assert ("MET", "paraguay", "lucas-pereira") in acts(extractor, text)
    # only a meeting: an attack before which someone acts is not theirs
    text = "Paraguay closed its border after attacks on Paraguayan police."
    assert not any(a[0] == "ATTACKED" for a in acts(extractor, text))


def test_hours_of_talks_stand_in_for_the_talks(extractor: Extractor) -> None:
    text = "Chilean envoy Marta Soto held six hours of talks with Peru's president."
    assert acts(extractor, text) == {("MET", "marta-soto", "peru")}


def test_a_light_verbs_participle_clause_is_the_main_subjects(extractor: Extractor) -> None:
    text = "Chile recalled its ambassador on Monday, voicing accusations against Peru."
    assert acts(extractor, text) == {("ACCUSED", "chile", "peru")}


def test_a_call_to_a_person_is_a_meeting(extractor: Extractor) -> None:
    text = "Chilean President Rosa Vidal called Peruvian President Tomas Rojas on Monday."
    assert acts(extractor, text) == {("MET", "rosa-vidal", "tomas-rojas")}


def test_a_call_with_something_said_of_its_object_is_no_meeting(extractor: Extractor) -> None:
    assert (
        acts(extractor, "Chilean President Rosa Vidal called Peruvian President Tomas Rojas a liar.") == set()
    )
    assert acts(extractor, "Chile called on Peru to withdraw its troops.") == {("DEMANDED", "chile", "peru")}
    # a state at the other end is no phone call
    assert not any(a[0] == "MET" for a in acts(extractor, "Chile called Peru's bluff."))


def test_according_to_is_no_cue(extractor: Extractor) -> None:
    from loaders.nlp import Tokens

    text = "According to Chile, Peru won."
    doc = Tokens(extractor.nlp(text), text)
    (sent,) = doc.sents()
    assert not extractor.acts.has_cue(sent)
    text = "Chile and Peru signed an accord."
    doc = Tokens(extractor.nlp(text), text)
    (sent,) = doc.sents()
    assert extractor.acts.has_cue(sent)


def test_an_attempt_to_say_something_says_it(extractor: Extractor) -> None:
    assert acts(extractor, "Chile tried to shift the blame to Peru.") == {("ACCUSED", "chile", "peru")}
    # an attempt to do anything else is not done
    assert acts(extractor, "Chile tried to arrest two Peruvian journalists.") == set()


def test_the_addressee_of_an_appeal_is_to_act_and_has_not_acted(extractor: Extractor) -> None:
    text = "Chile appealed to Peru to release the detained Bolivian activist Juan Mamani."
    assert acts(extractor, text) == {("DEMANDED", "chile", "peru")}
    assert reasons(extractor, text, "RELEASED") == ["not done: the clause is what 'appealed' governs"]


def test_an_apposition_of_a_light_verbs_object_takes_its_subject(extractor: Extractor) -> None:
    text = (
        "Serbia has intensified its rhetoric, escalating accusations against Kosovo of harbouring extremists."
    )
    assert acts(extractor, text) == {("ACCUSED", "serbia", "kosovo")}


def test_a_name_joined_to_the_apposition_before_it_shares_the_act(extractor: Extractor) -> None:
    text = "Georgia banned Sergei Mironov, a Duma deputy, and Pyotr Tolstoy, a deputy speaker."
    assert acts(extractor, text) == {
        ("BANNED", "georgia", "sergei-mironov"),
        ("BANNED", "georgia", "pyotr-tolstoy"),
    }


def test_an_envoy_a_service_a_court_and_networks_stand_for_their_owner(extractor: Extractor) -> None:
    # "d'affaires" is lemmatised "d'affaire"
    assert acts(extractor, "Mali summoned the Senegalese charge d'affaires.") == {
        ("SUMMONED", "mali", "senegal")
    }
    text = "Ghana's intelligence service accused Togo of funding smugglers."
    assert ("ACCUSED", "ghana", "togo") in acts(extractor, text)
    text = "A Dakar court banned the Gambian singer Musa Jallow from performing."
    assert acts(extractor, text) == {("BANNED", "senegal", "musa-jallow")}
    text = "Nepalese hackers attacked Bhutanese government networks."
    assert acts(extractor, text) == {("ATTACKED", "group-nepalese-hackers", "bhutan")}


def test_restricting_access_to_an_actor_bans_it(extractor: Extractor) -> None:
    text = "Tajikistan restricted access to the Kyrgyz outlet Kloop."
    assert acts(extractor, text) == {("BANNED", "tajikistan", "kloop")}
    assert acts(extractor, "Tajikistan restricted imports from Kyrgyzstan.") == set()


def test_a_threat_of_something_on_an_actor_threatens_it(extractor: Extractor) -> None:
    assert acts(extractor, "Nepal threatened tariffs on Bhutanese goods.") == {
        ("THREATENED", "nepal", "bhutan")
    }
    assert acts(extractor, "Nepal threatened on Monday to leave the talks with Bhutan.") == set()


def test_a_request_or_a_plan_to_act_is_not_the_act(extractor: Extractor) -> None:
    text = "Laos rejected a Burmese proposal to sanction Thailand."
    assert acts(extractor, text) == set()
    assert reasons(extractor, text, "SANCTIONED")[0].startswith("not done")
    assert acts(extractor, "Laos announced plans to expel two Burmese diplomats.") == set()
    # a decision to act is the act
    assert acts(extractor, "Laos announced a decision to expel two Burmese diplomats.") == {
        ("EXPELLED", "laos", "group-two-burmese-diplomats")
    }


def test_uncounted_soldiers_act_for_their_state(extractor: Extractor) -> None:
    text = "Kyrgyzstan said Tajik soldiers fired on its troops."
    assert acts(extractor, text) == {("ATTACKED", "tajikistan", "kyrgyzstan")}
    # counted ones stay a group, and so do soldiers to whom something is done
    text = "Four Tajik soldiers fired on Kyrgyz positions."
    assert acts(extractor, text) == {("ATTACKED", "group-four-tajik-soldiers", "kyrgyzstan")}
    text = "Kyrgyz police detained Tajik soldiers."
    assert acts(extractor, text) == {("DETAINED", "kyrgyzstan", "group-tajik-soldiers")}


def test_a_spoken_act_beside_a_reported_clause_is_the_speakers(extractor: Extractor) -> None:
    text = "Kyrgyzstan said Tajik forces shelled a border post and accused Dushanbe of provocation."
    assert acts(extractor, text) == {("ACCUSED", "kyrgyzstan", "tajikistan")}
    # a clause with its own subject keeps it
    text = "Kyrgyzstan said Tajik forces shelled a border post and Tajikistan accused Bishkek of provocation."
    assert acts(extractor, text) == {("ACCUSED", "tajikistan", "kyrgyzstan")}


def test_denying_a_nominal_act_denies_doing_it(extractor: Extractor) -> None:
    for text in (
        "Nepal denied the attack on Bhutan.",
        "Nepal denied any involvement in the bombing of Bhutan's parliament.",
    ):
        found = [c for c in candidates(extractor, text) if c.type == "ATTACKED" and not c.dropped]
        assert [(c.source and c.source.actor_id, c.status) for c in found] == [("nepal", "denied")], text
    # someone else named as its doer is not guessed away; a condemnation denies nothing
    assert acts(extractor, "Nepal denied the Indian attack on Bhutan.") == set()
    assert acts(extractor, "Nepal condemned the attack on Bhutan.") == set()


def test_what_aid_moves_is_no_party_to_it(extractor: Extractor) -> None:
    assert acts(extractor, "Laos sent Vietnamese troops to the front.") == set()
    assert acts(extractor, "Laos sent Vietnamese troops to Cambodia.") == {("AIDED", "laos", "cambodia")}
    # supplied with something, the object is the recipient
    assert acts(extractor, "Laos supplied Cambodian troops with drones.") == {("AIDED", "laos", "cambodia")}


def test_an_agencys_armed_forces_are_its_states(extractor: Extractor) -> None:
    text = "Kenya's Defence Ministry said its troops shot down two Somali drones."
    assert acts(extractor, text) == {("ATTACKED", "kenya", "somalia")}
    # what the agency itself does stays the agency's
    text = "Kenya's Defence Ministry said it shot down two Somali drones."
    assert acts(extractor, text) == {("ATTACKED", "kenya-defence-ministry", "somalia")}


def test_a_vow_to_retaliate_threatens_whoever_acted_against_the_vower(extractor: Extractor) -> None:
    text = "Nepal expelled two Bhutanese diplomats. Thimphu vowed to retaliate."
    assert ("THREATENED", "bhutan", "nepal") in article_acts(extractor, text)
    text = "Nepal expelled a Bhutanese diplomat, prompting Thimphu to promise a tough response."
    assert ("THREATENED", "bhutan", "nepal") in acts(extractor, text)
    # a vow answers only an act against the one who vows
    text = "Nepal expelled a Bhutanese diplomat. Laos promised a response."
    assert not [a for a in article_acts(extractor, text) if a[0] == "THREATENED"]


def test_a_verb_of_receiving_reads_aid_from_the_receiving_end(extractor: Extractor) -> None:
    assert acts(extractor, "Laos received 40 tanks from Vietnam.") == {("AIDED", "vietnam", "laos")}
    assert acts(extractor, "Laos obtained Vietnamese drones.") == {("AIDED", "vietnam", "laos")}
    # only with something given in its object; negated, nothing
    assert acts(extractor, "Laos received a letter from Vietnam.") == set()
    assert acts(extractor, "Laos did not receive weapons from Vietnam.") == set()
    # "got" says nothing of how (captured, shot down or given); "acquired" is bought
    assert acts(extractor, "Laos got two Vietnamese drones.") == set()
    assert acts(extractor, "Laos acquired two Vietnamese drones.") == set()


def test_an_order_to_detain_someone_detains_them(extractor: Extractor) -> None:
    text = "Tunisia's public prosecutor ordered the detention of the blogger Amira Selmi."
    assert acts(extractor, text) == {("DETAINED", "tunisia", "amira-selmi")}


def test_what_is_called_for_is_not_done(extractor: Extractor) -> None:
    text = "Norway and Iceland called for a truce between Sudan and South Sudan."
    assert acts(extractor, text) == set()
    assert reasons(extractor, text, "AGREED") == ["not done: the act is what 'called' asks for or intends"]


def test_a_name_wins_over_a_state_phrase_it_overlaps(extractor: Extractor) -> None:
    text = "The Russian Ministry of Defence accused Finland of shelling Pechenga."
    assert acts(extractor, text) == {("ACCUSED", "russia-defence-ministry", "finland")}


def test_a_symmetric_act_beside_a_meeting_shares_its_other_party(extractor: Extractor) -> None:
    text = "Nepal met Bhutan in Delhi and signed a trade agreement."
    assert acts(extractor, text) == {("MET", "nepal", "bhutan"), ("AGREED", "nepal", "bhutan")}
    # its own party, or another act beside it, shares nothing
    text = "Nepal met Bhutan and later signed an agreement with Laos."
    assert ("AGREED", "nepal", "bhutan") not in acts(extractor, text)
    text = "Nepal expelled Bhutan's envoy and signed an agreement."
    assert acts(extractor, text) == {("EXPELLED", "nepal", "bhutan")}


def test_a_weak_verbs_word_may_be_in_a_to_clause_read_as_adverbial(extractor: Extractor) -> None:
    # the small model hangs "to retaliate" on "vow" as an adverbial clause
    text = "Nepal expelled a Bhutanese diplomat over alleged spying, prompting Thimphu to vow to retaliate."
    assert ("THREATENED", "bhutan", "nepal") in acts(extractor, text)
    # a verb with an object of its own is read by its object only
    assert acts(extractor, "Nepal sent envoys to Bhutan to discuss aid.") == set()


def test_a_nominal_act_asked_for_is_not_done(extractor: Extractor) -> None:
    assert acts(extractor, "The UN called for an agreement between Thailand and Cambodia.") == set()
    assert acts(extractor, "The UN urged a deal between Thailand and Cambodia.") == set()
    assert reasons(extractor, "The UN urged a deal between Thailand and Cambodia.", "AGREED")[0].startswith(
        "not done"
    )
    # brokered, it is done; a light verb on the list does it ("offered an apology")
    text = "Malaysia brokered a deal between Thailand and Cambodia."
    assert acts(extractor, text) == {("AGREED", "thailand", "cambodia")}
    assert acts(extractor, "Laos offered an apology to Vietnam.") == {("APOLOGIZED", "laos", "vietnam")}


def test_a_truce_between_two_parties_is_their_agreement(extractor: Extractor) -> None:
    assert acts(extractor, "Nepal brokered a truce between Laos and Vietnam.") == {
        ("AGREED", "laos", "vietnam")
    }
    assert acts(extractor, "Nepal called for a ceasefire between Laos and Vietnam.") == set()


def test_ordering_someone_to_leave_expels_them(extractor: Extractor) -> None:
    text = "Laos ordered two Thai diplomats to leave the country."
    assert acts(extractor, text) == {("EXPELLED", "laos", "group-two-thai-diplomats")}
    # only when made to leave: urged, or leaving of one's own accord, expels no one
    assert acts(extractor, "Laos urged two Thai diplomats to leave.") == set()
    assert acts(extractor, "Laos left the forum.") == set()
    assert acts(extractor, "Laos ordered its troops to leave Cambodia.") == set()


def test_firing_into_a_states_territory_attacks_it(extractor: Extractor) -> None:
    assert acts(extractor, "Lao troops fired rockets into Thai territory.") == {
        ("ATTACKED", "laos", "thailand")
    }
    assert acts(extractor, "Lao troops fired rockets into the sea.") == set()


def test_a_joint_statement_signed_is_an_agreement(extractor: Extractor) -> None:
    text = "Mongolia and Laos signed a joint statement on trade."
    assert acts(extractor, text) == {("AGREED", "mongolia", "laos")}
    assert acts(extractor, "Mongolia signed a statement condemning China.") == set()


def test_a_centre_stands_for_its_owner(extractor: Extractor) -> None:
    text = "Mongolia closed the Confucius Institute cultural centre."
    assert acts(extractor, text) == {("CLOSED", "mongolia", "confucius-institute")}

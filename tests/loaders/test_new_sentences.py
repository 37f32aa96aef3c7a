"""Sentences the seeds do not contain: each act type in active, passive and nominal form,
new actors, hedges, denials and negation. The extractor must read them with general
patterns; nothing here is in data/seeds/."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.models import RelationRecord
from loaders.articles import Article
from loaders.nlp import Tokens, within
from loaders.pipeline import Extractor, LoadReport, build_batch


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def extract(extractor: Extractor, text: str, date: str = "2025") -> list[RelationRecord]:
    article = Article(id="test", source_file="test.txt", title=None, text=text, date=date)
    _, relations, _, _ = extractor.extract_article(article)
    return relations


def triples(relations: list[RelationRecord]) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in relations}


CASES = [
    # (form, text, expected act)
    ("active", "Kazakhstan supplied Ukraine with generators in March.", ("AIDED", "kazakhstan", "ukraine")),
    ("passive", "Armenia was aided by Iran during the blockade.", ("AIDED", "iran", "armenia")),
    (
        "nominal",
        "The delivery of aid to Moldova by Romania was confirmed on Monday.",
        ("AIDED", "romania", "moldova"),
    ),
    (
        "active",
        "The Georgian Interior Ministry detained the blogger Nika Melia on Tuesday.",
        ("DETAINED", "georgia-interior-ministry", "nika-melia"),
    ),
    (
        "passive",
        "The blogger Nika Melia spoke out. Nika Melia was arrested by the State Security Service.",
        ("DETAINED", "state-security-service", "nika-melia"),
    ),
    (
        "nominal",
        "The blogger Nika Melia spoke out. "
        "The detention of Nika Melia by Georgian authorities drew protests.",
        ("DETAINED", "georgia", "nika-melia"),
    ),
    (
        "active",
        "Kazakhstan banned the singer Ivan Petrov from performing.",
        ("BANNED", "kazakhstan", "ivan-petrov"),
    ),
    (
        "passive",
        "The singer Ivan Petrov spoke. Ivan Petrov was barred from entering Georgia.",
        ("BANNED", "georgia", "ivan-petrov"),
    ),
    (
        "nominal",
        "Moldova's ban on the broadcaster Primul TV angered Moscow.",
        ("BANNED", "moldova", "primul-tv"),
    ),
    (
        "active",
        "Georgian Foreign Minister Maka Botchorishvili accused Russia of meddling.",
        ("ACCUSED", "maka-botchorishvili", "russia"),
    ),
    (
        "passive",
        "Kazakhstan was accused by Armenia of hosting mercenaries.",
        ("ACCUSED", "armenia", "kazakhstan"),
    ),
    (
        "nominal",
        "Iran's accusations against Israel were repeated on television.",
        ("ACCUSED", "iran", "israel"),
    ),
    ("active", "Russian forces attacked Ukraine overnight.", ("ATTACKED", "russian-armed-forces", "ukraine")),
    (
        "passive",
        "Ukraine was attacked by Russian forces overnight.",
        ("ATTACKED", "russian-armed-forces", "ukraine"),
    ),
    ("nominal", "The Israeli strikes on Iran began at dawn.", ("ATTACKED", "israel", "iran")),
    (
        "active",
        "Russian forces killed three Ukrainian civilians in Kharkiv.",
        ("KILLED", "russian-armed-forces", "group-three-ukrainian-civilians"),
    ),
    (
        "passive",
        "Two Georgian soldiers were killed by Russian troops.",
        ("KILLED", "russian-armed-forces", "group-two-georgian-soldiers"),
    ),
    (
        "nominal",
        "The killing of four Armenian villagers by Azerbaijani troops was condemned.",
        ("KILLED", "azerbaijan", "group-four-armenian-villagers"),
    ),
    ("active", "Canada sanctioned the oligarch Oleg Deripaska.", ("SANCTIONED", "canada", "oleg-deripaska")),
    (
        "passive",
        "The oligarch Oleg Deripaska spoke. Oleg Deripaska was sanctioned by the European Union.",
        ("SANCTIONED", "european-union", "oleg-deripaska"),
    ),
    (
        "nominal",
        "The EU's sanctions on Rossotrudnichestvo took effect.",
        ("SANCTIONED", "european-union", "rossotrudnichestvo"),
    ),
    ("active", "Moldova closed the Russian House in Chisinau.", ("CLOSED", "moldova", "rossotrudnichestvo")),
    ("passive", "Sputnik was shut down by Moldovan authorities.", ("CLOSED", "moldova", "sputnik")),
    ("nominal", "The closure of Azertag by Russia surprised no one.", ("CLOSED", "russia", "azertag")),
    (
        "active",
        "Georgia summoned the Russian Ambassador Ivan Volkov.",
        ("SUMMONED", "georgia", "ivan-volkov"),
    ),
    (
        "active",
        "Nikol Pashinyan met Turkish President Recep Tayyip Erdogan in Ankara.",
        ("MET", "nikol-pashinyan", "recep-tayyip-erdogan"),
    ),
    (
        "active",
        "Kazakhstan cancelled the visit of Russian Deputy Prime Minister Alexei Overchuk.",
        ("CANCELLED", "kazakhstan", "alexey-overchuk"),
    ),
    ("active", "Armenia and Azerbaijan signed a peace agreement.", ("AGREED", "armenia", "azerbaijan")),
    ("active", "Georgia demanded an explanation from Russia.", ("DEMANDED", "georgia", "russia")),
    ("active", "Georgia released the blogger Nika Melia.", ("RELEASED", "georgia", "nika-melia")),
    ("active", "Russia apologized to Azerbaijan for the crash.", ("APOLOGIZED", "russia", "azerbaijan")),
    ("active", "Russia threatened Moldova with retaliation.", ("THREATENED", "russia", "moldova")),
    ("active", "Georgia expelled the Russian diplomat Pavel Orlov.", ("EXPELLED", "georgia", "pavel-orlov")),
]


@pytest.mark.parametrize(("form", "text", "expected"), CASES, ids=[f"{c[2][0]}-{c[0]}" for c in CASES])
def test_act_in_new_sentence(
    extractor: Extractor, form: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(extract(extractor, text))
    assert expected in found, f"{form}: {text!r} gave {sorted(found)}"


# States the storyline never names, by name, capital, demonym phrase and counted group
# (data/states.yaml), with demonym heads an article about any state uses.
WORLD_CASES = [
    (
        "Lithuania expelled three Russian diplomats for activities incompatible with their status.",
        ("EXPELLED", "lithuania", "group-three-russian-diplomats"),
    ),
    ("Vilnius accused Minsk of weaponising migrants.", ("ACCUSED", "lithuania", "belarus")),
    ("The Armenian government summoned the Iranian ambassador.", ("SUMMONED", "armenia", "iran")),
    ("Paris summoned the Algerian envoy.", ("SUMMONED", "france", "algeria")),
    (
        "Georgian police arrested opposition leader Nika Melia on Friday.",
        ("DETAINED", "georgia", "nika-melia"),
    ),
    (
        "The European Union imposed sanctions on three Belarusian officials.",
        ("SANCTIONED", "european-union", "group-three-belarusian-officials"),
    ),
    (
        "Polish authorities detained 12 Belarusians near the border.",
        ("DETAINED", "poland", "group-12-belarusians"),
    ),
    ("North Korea supplied Russia with artillery shells.", ("AIDED", "north-korea", "russia")),
    ("Berlin was accused by Moscow of arming Kyiv.", ("ACCUSED", "russia", "germany")),
]


@pytest.mark.parametrize(("text", "expected"), WORLD_CASES, ids=[c[1][1] for c in WORLD_CASES])
def test_states_beyond_the_storyline(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(extract(extractor, text))
    assert expected in found, f"{text!r} gave {sorted(found)}"


# How news text names actors beyond single-word demonyms and bare names: demonyms of two
# words, possessive institutions, unnamed officials, armed groups, people a leader frees.
PHRASE_CASES = [
    (
        "North Korean troops attacked Ukrainian positions near Kursk.",
        ("ATTACKED", "north-korea", "ukraine"),
    ),
    ("South African officials accused Israel of genocide.", ("ACCUSED", "south-africa", "israel")),
    (
        "Ukraine captured two North Korean soldiers in the Kursk region.",
        ("DETAINED", "ukraine", "group-two-north-korean-soldiers"),
    ),
    (
        "North Korean Foreign Minister Choe Son Hui met Russian Foreign Minister Sergei Lavrov.",
        ("MEMBER_OF", "choe-son-hui", "north-korea"),
    ),
    (
        "Sri Lankan police arrested two Indian fishermen.",
        ("DETAINED", "sri-lanka", "group-two-indian-fishermen"),
    ),
    (
        "Lithuanian border guards detained 14 Belarusian citizens.",
        ("DETAINED", "lithuania", "group-14-belarusian-citizens"),
    ),
    ("Estonia expelled a Russian diplomat on Tuesday.", ("EXPELLED", "estonia", "russia")),
    ("A Russian diplomat was expelled from Estonia.", ("EXPELLED", "estonia", "russia")),
    (
        "Russia's Foreign Ministry summoned the Latvian charge d'affaires.",
        ("SUMMONED", "russia-mfa", "latvia"),
    ),
    ("Moldova's intelligence service accused Moscow of funding protests.", ("ACCUSED", "moldova", "russia")),
    (
        "Venezuela's government arrested three American citizens.",
        ("DETAINED", "venezuela", "group-three-american-citizens"),
    ),
    ("Mali's junta expelled the French ambassador.", ("EXPELLED", "mali", "france")),
    ("Latvia banned Russian state channel Pervyi Kanal.", ("BANNED", "latvia", "pervyi-kanal")),
    (
        "Iran supplied weapons to Shiite militias in Iraq.",
        ("AIDED", "iran", "group-shiite-militias"),
    ),
    # Armed movements and international bodies beyond the storyline (data/organisations.yaml).
    ("The Kremlin supplied weapons to Houthi rebels in Yemen.", ("AIDED", "russia", "houthis")),
    ("The Taliban released Ryan Corbett in January.", ("RELEASED", "taliban", "ryan-corbett")),
    ("Hezbollah threatened Israel after the strike.", ("THREATENED", "hezbollah", "israel")),
    ("Russia accused the OSCE of bias.", ("ACCUSED", "russia", "osce")),
    (
        "Chinese hackers attacked Czech government networks, Prague said.",
        ("ATTACKED", "group-chinese-hackers", "czechia"),
    ),
    (
        "Belarusian leader Alexander Lukashenko pardoned 52 prisoners.",
        ("RELEASED", "alexander-lukashenko", "group-52-prisoners"),
    ),
    ("Ukrainian forces shot down a Russian Su-34 jet over Donetsk.", ("ATTACKED", "ukraine", "russia")),
    ("Ukrainian drones struck a Russian oil refinery in Ryazan.", ("ATTACKED", "ukraine", "russia")),
    (
        "The Czech government banned the pro-Russian website Voice of Europe.",
        ("BANNED", "czechia", "voice-of-europe"),
    ),
    (
        "The US Treasury sanctioned three Iranian companies.",
        ("SANCTIONED", "united-states", "group-three-iranian-companies"),
    ),
]


# People news names without a title, in each place the lexicon expects a person.
UNTITLED_CASES = [
    ("Kazakh police detained Arman Zhakupov in Almaty.", ("DETAINED", "kazakhstan", "arman-zhakupov")),
    ("The release of Tomas Novak by Belarus was welcomed.", ("RELEASED", "belarus", "tomas-novak")),
    (
        "Moldovan prosecutors opened a criminal case against Vlad Bilan.",
        ("INVESTIGATED", "moldova", "vlad-bilan"),
    ),
    ("Dmitri Sorokin was expelled by Latvia in May.", ("EXPELLED", "latvia", "dmitri-sorokin")),
    ("Goran Petrovic accused Croatia of discrimination.", ("ACCUSED", "goran-petrovic", "croatia")),
    ("On Friday, Lasha Beridze accused Georgia of torture.", ("ACCUSED", "lasha-beridze", "georgia")),
    ("Turkish police detained Selim Kaya and Murat Demir.", ("DETAINED", "turkey", "murat-demir")),
    ("Lithuania banned entry to Pavel Rudenko.", ("BANNED", "lithuania", "pavel-rudenko")),
    ("Poland charged Marek Wolski with spying for Belarus.", ("ACCUSED", "poland", "marek-wolski")),
    (
        "Ivan Orlov spoke out. Orlov's wife Daria Orlova accused Russia of kidnapping.",
        ("ACCUSED", "daria-orlova", "russia"),
    ),
    ("Egyptian police detained Amr Abd El-Rahman in Cairo.", ("DETAINED", "egypt", "amr-abd-el-rahman")),
    (
        "Armenia freed Karen Sargsyan in May. Sargsyan accused Azerbaijan of torture.",
        ("ACCUSED", "karen-sargsyan", "azerbaijan"),
    ),
]


# How an act is worded beyond a plain verb and object: a border closed with a state, an
# agreement ended, access blocked, fire at a vessel, an act done "in an airstrike on" a
# place, a title qualified by capitalised words.
WORDING_CASES = [
    ("Norway closed its border crossings with Russia to tourists.", ("CLOSED", "norway", "russia")),
    ("Finland shut the entire border with the Russian Federation.", ("CLOSED", "finland", "russia")),
    (
        "Niger terminated its military cooperation agreement with the United States.",
        ("CANCELLED", "niger", "united-states"),
    ),
    ("Moldova's media regulator blocked access to Sputnik.", ("BANNED", "moldova", "sputnik")),
    ("Lithuania closed the Belarusian embassy in Vilnius.", ("CLOSED", "lithuania", "belarus")),
    ("Latvia deported Ivan Sokolov to Russia.", ("EXPELLED", "latvia", "ivan-sokolov")),
    (
        "Russian investigators charged businessman Rashad Aliyev with fraud.",
        ("ACCUSED", "russia", "rashad-aliyev"),
    ),
    ("Belarus freed Lithuanian citizen Tomas Zilinskas.", ("RELEASED", "belarus", "tomas-zilinskas")),
    ("Ukraine's foreign ministry summoned the Hungarian ambassador.", ("SUMMONED", "ukraine-mfa", "hungary")),
    (
        "Moldova demanded that Russia withdraw its troops from Transnistria.",
        ("DEMANDED", "moldova", "russia"),
    ),
    (
        "Lithuanian Interior Minister Agne Bilotaite closed two border crossings with Belarus.",
        ("CLOSED", "agne-bilotaite", "belarus"),
    ),
    ("Poland closed its last border crossing with Belarus.", ("CLOSED", "poland", "belarus")),
    (
        "Ukraine imposed sanctions on 56 Russian propagandists.",
        ("SANCTIONED", "ukraine", "group-56-russian-propagandists"),
    ),
    (
        "Belarusian KGB officers detained Polish journalist Andrzej Poczobut.",
        ("DETAINED", "belarus", "andrzej-poczobut"),
    ),
    (
        "Chinese warships fired water cannon at a Philippine coast guard ship.",
        ("ATTACKED", "china", "philippines"),
    ),
    (
        "Chinese warships fired water cannon at two Philippine vessels.",
        ("ATTACKED", "china", "group-two-philippine-vessels"),
    ),
    (
        "Israeli jets killed Iranian general Mohammad Reza Zahedi in an airstrike on Damascus.",
        ("ATTACKED", "israel", "syria"),
    ),
    ("The Houthis freed 153 Yemeni hostages.", ("RELEASED", "houthis", "group-153-yemeni-hostages")),
    (
        "Russian police detained Crimean Tatar lawyer Edem Semedlyaev.",
        ("DETAINED", "russian-security-forces", "edem-semedlyaev"),
    ),
    # Clergy and politicians by title; an MEP after a demonym.
    ("Kazakh police detained Bishop Pavel Ivanov in Almaty.", ("DETAINED", "kazakhstan", "pavel-ivanov")),
    ("Belarus barred German MEP Erik Marquardt from entering.", ("BANNED", "belarus", "erik-marquardt")),
    (
        "Georgian police detained opposition politician Elene Khoshtaria.",
        ("DETAINED", "georgia", "elene-khoshtaria"),
    ),
    # A named chargé d'affaires is the target, not the state he stands for.
    (
        "Latvia expelled the Belarusian charge d'affaires, Andrei Ivanov.",
        ("EXPELLED", "latvia", "andrei-ivanov"),
    ),
    # Declaring a diplomat persona non grata expels him; anyone else is barred.
    (
        "Poland declared four Belarusian diplomats persona non grata.",
        ("EXPELLED", "poland", "group-four-belarusian-diplomats"),
    ),
    (
        "Moldova declared persona non grata the Russian ambassador.",
        ("EXPELLED", "moldova", "russia"),
    ),
    (
        "Azerbaijan declared Russian singer Igor Nikolaev persona non grata.",
        ("BANNED", "azerbaijan", "igor-nikolaev"),
    ),
    # A movement's adjective stands for it, warships for their state.
    (
        "Houthi fighters attacked a British frigate.",
        ("ATTACKED", "houthis", "united-kingdom"),
    ),
    # Outlets beyond the storyline, and outlets coordinated in one slot.
    (
        "Russia blocked access to Meduza and Novaya Gazeta.",
        ("BANNED", "russia", "novaya-gazeta"),
    ),
    (
        "Mali suspended France 24 and Radio France Internationale, according to Interfax.",
        ("CLOSED", "mali", "france-24"),
    ),
    ("The EU sanctioned Russia and Belarus over the war.", ("SANCTIONED", "european-union", "belarus")),
    # A head of government who imposes sanctions.
    (
        "Zelensky imposed sanctions on Ukrainian oligarch Ihor Kolomoisky.",
        ("SANCTIONED", "volodymyr-zelensky", "ihor-kolomoisky"),
    ),
    # Rockets and drones fired or launched at a state, however many words stand between.
    ("Iran launched hundreds of drones at Israel in April.", ("ATTACKED", "iran", "israel")),
    ("The Houthis fired a barrage of missiles at southern Israel.", ("ATTACKED", "houthis", "israel")),
    # Revoked permits, frozen participation and frozen assets.
    (
        "Mali revoked the operating licence of Canadian company Barrick.",
        ("CANCELLED", "mali", "barrick"),
    ),
    ("Belarus froze its membership in the OSCE.", ("CLOSED", "belarus", "osce")),
    (
        "Britain froze the assets of Russian billionaire Oleg Deripaska.",
        ("SANCTIONED", "united-kingdom", "oleg-deripaska"),
    ),
    # Designations that ban an organisation, with a long object between.
    (
        "Russia declared the US-funded broadcaster Radio Free Europe undesirable.",
        ("BANNED", "russia", "rfe-rl"),
    ),
    (
        "A Moscow court designated the Anti-Corruption Foundation an extremist group.",
        ("BANNED", "russia", "anti-corruption-foundation"),
    ),
    # A laureate's title; airstrikes and counts in words; what a state received, and from whom;
    # weapons sent; a website blocked; an agency the catalogue holds beyond the seeds.
    (
        "Belarusian police arrested Nobel laureate Ales Bialiatski in Minsk.",
        ("DETAINED", "belarus", "ales-bialiatski"),
    ),
    (
        "Russian airstrikes killed 12 Syrian civilians in Idlib.",
        ("KILLED", "russia", "group-12-syrian-civilians"),
    ),
    (
        "Sudanese troops killed hundreds of civilians in Darfur.",
        ("KILLED", "sudan", "group-hundreds-of-civilians"),
    ),
    ("Armenia received armoured vehicles from India.", ("AIDED", "india", "armenia")),
    ("The Houthis obtained Iranian missiles.", ("AIDED", "iran", "houthis")),
    ("Denmark sent F-16 jets to Ukraine.", ("AIDED", "denmark", "ukraine")),
    ("Russia blocked the websites of Meduza and Novaya Gazeta.", ("BANNED", "russia", "novaya-gazeta")),
    ("Roskomnadzor restricted access to Meduza.", ("BANNED", "roskomnadzor", "meduza")),
    # Companies: one-word names after "sanctioned", corporate heads, a state's acronym in a group.
    ("Britain sanctioned Lukoil and Surgutneftegas.", ("SANCTIONED", "united-kingdom", "surgutneftegas")),
    (
        "China sanctioned five US drone companies over arms sales to Taiwan.",
        ("SANCTIONED", "china", "group-five-us-drone-companies"),
    ),
    # Particles in names, royal titles, phone calls, extradition, inquiries, visa restrictions.
    (
        "Saudi Crown Prince Mohammed bin Salman spoke by phone with Emmanuel Macron.",
        ("MET", "emmanuel-macron", "mohammed-bin-salman"),
    ),
    (
        "Qatar's emir Tamim bin Hamad Al Thani met Egyptian President Abdel Fattah el-Sisi in Doha.",
        ("MET", "abdel-fattah-el-sisi", "tamim-bin-hamad-al-thani"),
    ),
    ("Turkey extradited the Uzbek blogger Ahmad Karimov.", ("EXPELLED", "turkey", "ahmad-karimov")),
    (
        "The Brazilian Senate opened an inquiry into Russian interference.",
        ("INVESTIGATED", "brazil-senate", "russia"),
    ),
    (
        "Canada imposed travel restrictions on Belarusian officials.",
        ("SANCTIONED", "canada", "belarus"),
    ),
    # An outlet before a person's title is the person's employer, not the object.
    ("Georgia detained Radio Liberty correspondent Nino Beridze.", ("DETAINED", "georgia", "nino-beridze")),
    # Who an accusation says did a nominal act.
    (
        "Germany blamed Russian hackers for a cyberattack on the Social Democratic Party.",
        ("ATTACKED", "group-russian-hackers", "social-democratic-party"),
    ),
    (
        "Russian hackers were blamed by Germany for a cyberattack on the Social Democratic Party.",
        ("ATTACKED", "group-russian-hackers", "social-democratic-party"),
    ),
    # The subject of an accusation's gerund is the accused, weak mention or not.
    ("Poland accused the Belarusian army of helping Russia.", ("AIDED", "belarus", "russia")),
    ("Poland accused the Belarusian army of helping Russia.", ("ACCUSED", "poland", "belarus")),
    # A predicate after a comma shares the clause's subject, or the speaker's.
    (
        "Foreign Minister Bakhtiyor Saidov said that the country is no ally of Russia regarding Georgia, "
        "suspended participation in the CSTO, and left.",
        ("CLOSED", "bakhtiyor-saidov", "csto"),
    ),
]

# Leaders named as news names them, by surname alone (data/leaders.yaml), companies and
# churches by their descriptor or head, a state's forces named by a pronoun, joint statements.
LEADER_CASES = [
    (
        "Macron accused Russia of spreading disinformation in Africa.",
        ("ACCUSED", "emmanuel-macron", "russia"),
    ),
    (
        "Lukashenka pardoned 23 political prisoners.",
        ("RELEASED", "alexander-lukashenko", "group-23-political-prisoners"),
    ),
    ("Tokayev met Mirziyoyev in Tashkent.", ("MET", "kassym-jomart-tokayev", "shavkat-mirziyoyev")),
    ("Kim Jong-un sent artillery shells to Russia.", ("AIDED", "kim-jong-un", "russia")),
    ("Britain sanctioned Russian fertiliser maker Uralchem.", ("SANCTIONED", "united-kingdom", "uralchem")),
    ("Canada sanctioned Russian diamond producer Alrosa.", ("SANCTIONED", "canada", "alrosa")),
    (
        "Moldova accused the Russian Orthodox Church of meddling in the election.",
        ("ACCUSED", "moldova", "russian-orthodox-church"),
    ),
    (
        "Ukraine's Defense Ministry said its forces shot down two Russian jets.",
        ("ATTACKED", "ukraine", "russia"),
    ),
    (
        "The Russian Defence Ministry said its troops shot down two Ukrainian jets.",
        ("ATTACKED", "russia", "ukraine"),
    ),
    ("China and Brazil signed a joint communique on Ukraine.", ("AGREED", "brazil", "china")),
    (
        "Russian missiles struck a shopping centre in Kharkiv, killing three people.",
        ("KILLED", "russia", "group-three-people"),
    ),
    # "air force" after a state's possessive is the state's (here the catalogue's agency, whose
    # forces are the state's).
    (
        "Ukraine's air force said its air defences shot down 50 Russian drones.",
        ("ATTACKED", "ukraine", "russia"),
    ),
]

# Coordination, clauses that share an actor, cities, and wordings of the eleventh batch.
CLAUSE_CASES = [
    # Every actor of a coordinated subject acts.
    (
        "Canada, Australia and New Zealand sanctioned Russian businessman Roman Abramovich.",
        ("SANCTIONED", "canada", "roman-abramovich"),
    ),
    (
        "Canada, Australia and New Zealand sanctioned Russian businessman Roman Abramovich.",
        ("SANCTIONED", "australia", "roman-abramovich"),
    ),
    # A name after "and" is what the name before it is, here after a plural title.
    (
        "Ukraine sanctioned Russian generals Sergei Surovikin and Alexander Dvornikov.",
        ("SANCTIONED", "ukraine", "alexander-dvornikov"),
    ),
    # A verb after "and" shares the first verb's actor, not its object.
    (
        "Belarusian police searched the Polish consulate in Grodno and detained blogger Jan Kowalski.",
        ("DETAINED", "belarus", "jan-kowalski"),
    ),
    # A participle after a comma shares the actor of the verb before it, not the speaker.
    (
        "Ukraine's military said Russian drones struck a bus in Kherson, killing nine civilians.",
        ("KILLED", "russia", "group-nine-civilians"),
    ),
    (
        "Israeli jets struck Hezbollah positions, killing three fighters.",
        ("KILLED", "israel", "group-three-fighters"),
    ),
    # What was said has its own subject.
    (
        "The Taliban said Pakistani airstrikes killed 12 civilians.",
        ("KILLED", "pakistan", "group-12-civilians"),
    ),
    (
        "The Democratic Republic of Congo and Burundi signed a security pact.",
        ("AGREED", "burundi", "dr-congo"),
    ),
    (
        "The Lebanese army said Israeli strikes killed four soldiers.",
        ("KILLED", "israel", "group-four-soldiers"),
    ),
    (
        "Moscow retaliated by expelling two Lithuanian diplomats.",
        ("EXPELLED", "russia", "group-two-lithuanian-diplomats"),
    ),
    ("Kyiv asked Budapest to release the detained Ukrainian soldiers.", ("DEMANDED", "ukraine", "hungary")),
    ("Niger severed diplomatic ties with Ukraine.", ("CLOSED", "niger", "ukraine")),
    (
        "Moldova barred presidential candidate Victoria Furtu from the race.",
        ("BANNED", "moldova", "victoria-furtu"),
    ),
    (
        "Britain sanctioned four Indian refineries over Russian oil purchases.",
        ("SANCTIONED", "united-kingdom", "group-four-indian-refineries"),
    ),
    (
        "Ukraine freed 84 Russian prisoners of war.",
        ("RELEASED", "ukraine", "group-84-russian-prisoners-of-war"),
    ),
    ("Erdogan hosted Sergei Lavrov in Ankara.", ("MET", "recep-tayyip-erdogan", "sergey-lavrov")),
    ("Qatar brokered a prisoner exchange between Russia and Ukraine.", ("AGREED", "russia", "ukraine")),
    # A city other than a capital stands for its state where an act falls on it.
    ("Iran fired ballistic missiles at Haifa.", ("ATTACKED", "iran", "israel")),
    ("Ukrainian drones struck a refinery near Ryazan.", ("ATTACKED", "ukraine", "russia")),
    ("Israeli airstrikes on Nabatieh killed 20 people.", ("ATTACKED", "israel", "lebanon")),
    (
        "The Taliban said Pakistani airstrikes on Khost killed 12 civilians.",
        ("KILLED", "pakistan", "group-12-civilians"),
    ),
    ("Burundi accused Democratic Republic of Congo of arming rebels.", ("ACCUSED", "burundi", "dr-congo")),
    # A name a form of "be" follows is a subject too: the verb after "and" is its act.
    (
        "When Ukraine launched a drone attack on Russia, Russian air defense systems were active "
        "and hit the Azerbaijani plane.",
        ("ATTACKED", "russian-armed-forces", "azerbaijan"),
    ),
]

# Pronouns, reduced relatives, speakers, reactions and blocs of the twelfth batch.
REFERENCE_CASES = [
    # A participle after its noun with "by": "X deported by Y", whatever governs X.
    (
        "Lithuania condemned the sentencing of three Lithuanian citizens detained by Belarus.",
        ("DETAINED", "belarus", "group-three-lithuanian-citizens"),
    ),
    ("Iranian authorities locked up French teacher Cecile Kohler.", ("DETAINED", "iran", "cecile-kohler")),
    # "up" counts in a group only in "up to".
    (
        "Salvadoran police locked up 238 Venezuelan migrants.",
        ("DETAINED", "el-salvador", "group-238-venezuelan-migrants"),
    ),
    # An object pronoun is the sentence's last actor of its kind before the verb.
    (
        "Belarus arrested blogger Alexander Lapshin and extradited him to Azerbaijan.",
        ("EXPELLED", "belarus", "alexander-lapshin"),
    ),
    (
        "Kenya arrested 30 Ethiopian migrants and deported them.",
        ("EXPELLED", "kenya", "group-30-ethiopian-migrants"),
    ),
    ("India said Pakistani soldiers fired on its troops in Kashmir.", ("ATTACKED", "pakistan", "india")),
    # A verb's object ends where a second verb of its subject begins.
    (
        "Guyana said Venezuelan soldiers fired on its troops and accused Caracas of smuggling.",
        ("ATTACKED", "venezuela", "guyana"),
    ),
    (
        "Kazakhstan suspended two outlets, accusing them of spreading Russian propaganda.",
        ("ACCUSED", "kazakhstan", "group-two-outlets"),
    ),
    # A speaker's second speech act after "and" is the speaker's.
    (
        "Armenia said Azerbaijani forces shelled a village and accused Baku of provocation.",
        ("ACCUSED", "armenia", "azerbaijan"),
    ),
    # A subject after "after" shares a participle.
    (
        "Latvia protested after Minsk detained three Latvian citizens, accusing them of smuggling.",
        ("ACCUSED", "belarus", "group-three-latvian-citizens"),
    ),
    # Soldiers with no count act for their state.
    ("Armenian soldiers fired on Azerbaijani positions.", ("ATTACKED", "armenia", "azerbaijan")),
    (
        "Putin welcomed Indian Prime Minister Narendra Modi to Moscow.",
        ("MET", "narendra-modi", "vladimir-putin"),
    ),
    (
        "Belarus freed 14 prisoners after talks in Minsk with US envoy Keith Kellogg.",
        ("MET", "belarus", "keith-kellogg"),
    ),
    (
        "Georgia detained five protesters, including opposition figure Nika Gvaramia.",
        ("DETAINED", "georgia", "nika-gvaramia"),
    ),
    ("Poland summoned the US ambassador.", ("SUMMONED", "poland", "united-states")),
    # A threat with no object is against whoever last acted against its source.
    (
        "Finland expelled two Russian diplomats. Moscow vowed to retaliate.",
        ("THREATENED", "russia", "finland"),
    ),
    (
        "Germany expelled a Russian diplomat, prompting Moscow to promise a response.",
        ("THREATENED", "russia", "germany"),
    ),
    ("Trump threatened tariffs on Mexican goods.", ("THREATENED", "donald-trump", "mexico")),
    (
        "Hungary criticised NATO. Orban accused the alliance of warmongering.",
        ("ACCUSED", "viktor-orban", "nato"),
    ),
    (
        "Armenia and Georgia left the CIS summit early, accusing Russia of pressure.",
        ("ACCUSED", "georgia", "russia"),
    ),
    ("ECOWAS sanctioned Guinea's junta.", ("SANCTIONED", "ecowas", "guinea")),
    (
        "Azerbaijan suspended the licences of three news websites.",
        ("CLOSED", "azerbaijan", "group-three-news-websites"),
    ),
]
COORDINATION_CASES = [
    # Demonyms coordinated before one head both act.
    ("Polish and Dutch jets shot down Russian drones.", ("ATTACKED", "poland", "russia")),
    # A state's acronym with its forces is the state, and a verb follows it.
    (
        "Venezuela protested after US forces struck a boat, killing 11 people.",
        ("KILLED", "united-states", "group-11-people"),
    ),
    # A demonym's ministry, air defences and bombers stand for the state.
    ("The Philippine foreign ministry summoned China's ambassador.", ("SUMMONED", "philippines", "china")),
    ("Russian air defences shot down a Ukrainian drone.", ("ATTACKED", "russia", "ukraine")),
    ("The SBU said it destroyed 41 Russian strategic bombers.", ("ATTACKED", "sbu", "russia")),
    # A demonym phrase ends at its last head: "coast guard vessels".
    (
        "Manila protested after Chinese coast guard vessels rammed a Philippine ship.",
        ("ATTACKED", "china", "philippines"),
    ),
    # A movement's name in a counted group.
    ("Israel said it killed 30 Hamas militants.", ("KILLED", "israel", "group-30-hamas-militants")),
    # A hyphenated lower-case syllable belongs to the given name.
    ("China sanctioned Taiwanese President Lai Ching-te.", ("SANCTIONED", "china", "lai-ching-te")),
    # "including" with a demonym and a title before the name.
    (
        "Israel detained 12 activists, including Swedish campaigner Greta Thunberg.",
        ("DETAINED", "israel", "greta-thunberg"),
    ),
    # A counted group coordinated with a person.
    (
        "Kyrgyz police arrested editor Rinat Tuhvatshin and two camera operators.",
        ("DETAINED", "kyrgyzstan", "group-two-camera-operators"),
    ),
    # A speech verb whose object is a cue reports no clause: the participle is the speaker's.
    (
        "Marco Rubio announced sanctions on Francesca Albanese, the UN special rapporteur, "
        "accusing her of bias.",
        ("ACCUSED", "marco-rubio", "francesca-albanese"),
    ),
    (
        "Foreign Minister Andrii Sybiha summoned the Hungarian ambassador.",
        ("SUMMONED", "andrii-sybiha", "hungary"),
    ),
    ("South Korean prosecutors indicted Yoon Suk Yeol.", ("ACCUSED", "south-korea", "yoon-suk-yeol")),
    (
        "Washington revoked the visa of Colombian President Gustavo Petro.",
        ("BANNED", "united-states", "gustavo-petro"),
    ),
    ("The EU imposed sanctions on Rosneft and Lukoil.", ("SANCTIONED", "european-union", "lukoil")),
    # A state's delegation is the state; two demonyms before one head meet each other.
    ("The Russian delegation met US officials in Riyadh.", ("MET", "russia", "united-states")),
    ("Russian and Ukrainian officials met in Istanbul.", ("MET", "russia", "ukraine")),
]
LIST_CASES = [
    # A second symmetric verb after "and" shares the first one's parties.
    (
        "Masoud Pezeshkian met Vladimir Putin in Moscow and signed a partnership treaty.",
        ("AGREED", "masoud-pezeshkian", "vladimir-putin"),
    ),
    # A cue right after a verb in the past is that verb's subject's.
    (
        "Hakan Fidan held talks with Syrian counterpart Asaad al-Shaibani and pledged support "
        "for Kurdish fighters.",
        ("MET", "asaad-al-shaibani", "hakan-fidan"),
    ),
    # "backed by" is aid, past a movement's noun or a comma.
    ("M23 rebels backed by Rwanda seized Goma.", ("AIDED", "rwanda", "m23")),
    ("The M23, backed by Rwanda, seized Goma.", ("AIDED", "rwanda", "m23")),
    # Names listed after a person are people.
    (
        "Russia freed Alsu Kurmasheva, Vladimir Kara-Murza and Ilya Yashin.",
        ("RELEASED", "russia", "vladimir-kara-murza"),
    ),
    (
        "Israel banned the UN agency for Palestinian refugees from operating in Israel.",
        ("BANNED", "israel", "unrwa"),
    ),
]
CONDITION_CASES = [
    (
        "Ukraine's human rights ombudsperson Dmytro Lubinets called on the UN to investigate.",
        ("DEMANDED", "dmytro-lubinets", "united-nations"),
    ),
    (
        "EU enlargement commissioner Marta Kos met Serbian President Aleksandar Vucic in Belgrade.",
        ("MET", "aleksandar-vucic", "marta-kos"),
    ),
    # "the newspaper" refers back to an outlet.
    (
        "Russia blocked Novaya Gazeta. The newspaper accused Moscow of censorship.",
        ("ACCUSED", "novaya-gazeta", "russia"),
    ),
    # Whoever orders an actor to close or stop does it to that actor.
    ("Russia ordered Deutsche Welle to close its Moscow bureau.", ("CLOSED", "russia", "deutsche-welle")),
    # "after it" takes the main clause's subject; "the broadcaster" refers back to an outlet.
    (
        "Azerbaijan summoned the French ambassador, days after it restricted access to the website "
        "of Bloomberg.",
        ("BANNED", "azerbaijan", "bloomberg"),
    ),
    (
        "Azerbaijan suspended the BBC, accusing the broadcaster of bias.",
        ("ACCUSED", "azerbaijan", "bbc-news"),
    ),
    # A name after a preposition yields the verb to the subject before it.
    ("US strikes on a port in Yemen killed 74 people.", ("KILLED", "united-states", "group-74-people")),
    # A capital that begins an outlet's name.
    ("Russia banned The Moscow Times.", ("BANNED", "russia", "moscow-times")),
    # Titles and names.
    (
        "Ombudsman Dmytro Lubinets called on the UN to investigate.",
        ("DEMANDED", "dmytro-lubinets", "united-nations"),
    ),
    (
        "Pashinyan accused Catholicos Karekin II of plotting a coup.",
        ("ACCUSED", "nikol-pashinyan", "karekin-ii"),
    ),
    (
        "Germany's federal prosecutor charged three Ukrainian men with sabotage.",
        ("ACCUSED", "germany", "group-three-ukrainian-men"),
    ),
    ("Venezuela freed 10 detained Americans.", ("RELEASED", "venezuela", "group-10-detained-americans")),
    (
        "The Syrian Democratic Forces attacked Turkish positions.",
        ("ATTACKED", "syrian-democratic-forces", "turkey"),
    ),
    (
        "Ukraine's military intelligence said its drones struck a Russian landing ship.",
        ("ATTACKED", "hur", "russia"),
    ),
]
NEWS_CASES = (
    PHRASE_CASES
    + UNTITLED_CASES
    + WORDING_CASES
    + LEADER_CASES
    + CLAUSE_CASES
    + REFERENCE_CASES
    + COORDINATION_CASES
    + CONDITION_CASES
    + LIST_CASES
)


# Cases the role reading on a parse does not read yet, each for a reason a general rule would
# have to address; strict, so that a case read one day must leave this list.
KNOWN_GAPS = {
    "Azerbaijan declared Russian singer Igor Nikolaev persona non grata.": (
        "persona non grata expels a diplomat and bars anyone else: the act type would have to "
        "depend on who the target is"
    ),
    "Qatar brokered a prisoner exchange between Russia and Ukraine.": (
        "an exchange between two parties is an agreement only for prisoners; 'an exchange of fire "
        "between' is none, and no pattern tells them apart yet"
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            text,
            expected,
            id=text[:40],
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[text])] if text in KNOWN_GAPS else [],
        )
        for text, expected in NEWS_CASES
    ],
)
def test_actor_phrases_of_news_text(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(extract(extractor, text))
    assert expected in found, f"{text!r} gave {sorted(found)}"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's president visited Kryvyi Rih.",  # verbs that take places name no person
        "Russian forces captured Velyka Novosilka.",
        "Russia struck Kryvyi Rih with missiles.",
        "Belarus Detains Opposition Figure Again",  # a title-case headline is no slot
        # A place before ", the X said" is no person in apposition.
        "Russian missiles hit Kryvyi Rih, the regional governor said.",
        "Houthi fighters fired missiles at a ship in the Red Sea, the US military said.",
        "Houthi fighters attacked ships in the Red Sea, a vital shipping route.",
    ],
)
def test_places_and_headlines_are_not_people(extractor: Extractor, text: str) -> None:
    article = Article(id="test", source_file="test.txt", title=None, text=text, date="2025")
    _, _, actors, _ = extractor.extract_article(article)
    assert not [a.id for a in actors if a.kind == "Person"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # The deliveries are Iran's, not the sanctioning EU's.
        (
            "The European Union imposed sanctions on Iran over drone deliveries to Russia.",
            ("AIDED", "european-union", "russia"),
        ),
        # The channel is banned, not the state that owns it.
        ("Latvia banned Russian state channel Pervyi Kanal.", ("BANNED", "latvia", "russia")),
        # The officials report the help; they are nobody's target.
        (
            "Kyrgyzstan helped Russia evade sanctions, US officials said.",
            ("SANCTIONED", "russia", "united-states"),
        ),
        # A cancelled visit is no meeting.
        ("The Slovak government cancelled a planned visit to Kyiv.", ("MET", "slovakia", "ukraine")),
        # The charged man is unnamed; Russia is whom he acted for.
        (
            "Polish prosecutors charged a Colombian man with arson on behalf of Russia.",
            ("ACCUSED", "poland", "russia"),
        ),
        # Whom a participle clause kills is no object of the strike before it.
        (
            "Russian missiles struck a shopping centre in Kharkiv, killing three people.",
            ("ATTACKED", "russia", "group-three-people"),
        ),
        # A vetoed package of sanctions was not imposed.
        (
            "Slovakia blocked the EU's new sanctions package against Russia.",
            ("SANCTIONED", "slovakia", "russia"),
        ),
        # "The West" is no actor; Russia is whom it is said to act against.
        ("Medvedev accused the West of plotting against Russia.", ("ACCUSED", "dmitry-medvedev", "russia")),
        # The ministry speaks; the state's forces act.
        (
            "Ukraine's Defense Ministry said its forces shot down two Russian jets.",
            ("ATTACKED", "ukraine-defence-ministry", "russia"),
        ),
        # "In charge of" is no charge.
        ("Azerbaijan is in charge of the talks with Russia.", ("ACCUSED", "azerbaijan", "russia")),
        # A named diplomat is the actor, not the state.
        (
            "Russian diplomat Maria Zakharova accused Estonia of provocation.",
            ("ACCUSED", "russia", "estonia"),
        ),
        # Who condemns or asks for an act is not who did it.
        (
            "Amnesty International condemned the detention of Azerbaijani journalist Farid Mehralizada.",
            ("DETAINED", "amnesty-international", "farid-mehralizada"),
        ),
        (
            "The OSCE called for the immediate release of Georgian journalist Mzia Amaglobeli.",
            ("RELEASED", "osce", "mzia-amaglobeli"),
        ),
        # The strike is the subject's, not the commander's group's.
        (
            "Israeli jets killed Hezbollah commander Ibrahim Aqil in an airstrike on Beirut.",
            ("ATTACKED", "hezbollah", "lebanon"),
        ),
        # Another person with a catalogued surname is not the catalogued person.
        (
            "Russian investigators charged businessman Rashad Aliyev with fraud.",
            ("ACCUSED", "russia", "ilham-aliyev"),
        ),
        # Aid that was stopped was not given.
        ("Slovakia halted arms deliveries to Ukraine.", ("AIDED", "slovakia", "ukraine")),
        # Where deportees are sent is no target; nor is the person whose relatives they are.
        (
            "Turkmenistan deported Ruslan Myatiev's relatives to Russia.",
            ("EXPELLED", "turkmenistan", "russia"),
        ),
        (
            "Turkmenistan deported Ruslan Myatiev's relatives to Russia.",
            ("EXPELLED", "turkmenistan", "ruslan-myatiev"),
        ),
        # A plan or a request is not yet an act.
        (
            "Interpol rejected Russia's request to detain Bill Browder.",
            ("DETAINED", "interpol", "bill-browder"),
        ),
        (
            "Belarus plans to deport two Lithuanian citizens.",
            ("EXPELLED", "belarus", "group-two-lithuanian-citizens"),
        ),
        ("Russia threatened to ban Moldovan wine.", ("BANNED", "russia", "moldova")),
        # Capitalised words before a title are no person of their own.
        (
            "Russian police detained Crimean Tatar lawyer Edem Semedlyaev.",
            ("DETAINED", "russian-security-forces", "crimean-tatar"),
        ),
        # An agreement ended is no agreement made; a state is closed only across a border
        # or as its institution ("the Belarusian embassy"), not as any later "with X".
        ("Chad ended its defence agreement with France.", ("AGREED", "chad", "france")),
        ("Lithuania shut the school after talks with Minsk.", ("CLOSED", "lithuania", "belarus")),
        # "accused of" with no agent before it is a participle: the accused are not accusers.
        (
            "Latvia detained three Russian citizens accused of spying for Moscow.",
            ("ACCUSED", "group-three-russian-citizens", "russia"),
        ),
        # A chargé d'affaires is a diplomat, not a charge.
        (
            "Latvia expelled the Belarusian charge d'affaires, Andrei Ivanov.",
            ("ACCUSED", "latvia", "andrei-ivanov"),
        ),
        # Arms sales are no arms given; a state's acronym in a group is not the state.
        ("Washington approved new arms sales to Taiwan.", ("AIDED", "united-states", "taiwan")),
        (
            "China sanctioned five US drone companies over arms sales to Taiwan.",
            ("AIDED", "united-states", "taiwan"),
        ),
        (
            "China sanctioned five US drone companies over arms sales to Taiwan.",
            ("SANCTIONED", "china", "united-states"),
        ),
        # The accuser did not do what it blames on another; the employer is not the detainee.
        (
            "Germany blamed Russian hackers for a cyberattack on the Social Democratic Party.",
            ("ATTACKED", "germany", "social-democratic-party"),
        ),
        ("Georgia detained Radio Liberty correspondent Nino Beridze.", ("DETAINED", "georgia", "rfe-rl")),
        ("Azerbaijan expelled the BBC correspondent in Baku.", ("EXPELLED", "azerbaijan", "bbc-news")),
        # Whom a participle clause kills is no object of the strike before it.
        (
            "Russian missiles struck a shopping centre in Kharkiv, killing three people.",
            ("ATTACKED", "russia", "group-three-people"),
        ),
        # A vetoed package of sanctions was not imposed.
        (
            "Slovakia vetoed a new round of EU sanctions against Iran.",
            ("SANCTIONED", "european-union", "iran"),
        ),
        # Whose troops are sent is no party to the aid; an accuser is not the accused's doer.
        ("Russia sent North Korean troops to the front.", ("AIDED", "russia", "north-korea")),
        (
            "Amnesty International accused the Ethiopian army of killing 200 civilians.",
            ("KILLED", "amnesty-international", "group-200-civilians"),
        ),
        ("Poland accused the Belarusian army of helping Russia.", ("ACCUSED", "poland", "russia")),
        # Two states joined by "and" are as often two clauses: the second is no object.
        ("Azerbaijan banned Sputnik Azerbaijan and Russia protested.", ("BANNED", "azerbaijan", "russia")),
        # The first verb's object does not act in the second; nor does the speaker.
        (
            "Belarusian police searched the Polish consulate in Grodno and detained blogger Jan Kowalski.",
            ("DETAINED", "poland", "jan-kowalski"),
        ),
        (
            "Ukraine's military said Russian drones struck a bus in Kherson, killing nine civilians.",
            ("KILLED", "ukraine", "group-nine-civilians"),
        ),
        (
            "The Lebanese army said Israeli strikes killed four soldiers.",
            ("KILLED", "lebanon", "group-four-soldiers"),
        ),
        # A list a preposition governs acts for nobody.
        (
            "Talks between Russia and Ukraine collapsed after Russia attacked Kyiv.",
            ("ATTACKED", "ukraine", "ukraine"),
        ),
        ("Russia has close ties with Turkey.", ("CLOSED", "russia", "turkey")),
        ("Qatar and Egypt called for a ceasefire between Israel and Hamas.", ("AGREED", "egypt", "qatar")),
        ("Qatar and Egypt called for a ceasefire between Israel and Hamas.", ("AGREED", "hamas", "israel")),
        (
            "Russia struck Ukraine's power grid, killing three people.",
            ("KILLED", "ukraine", "group-three-people"),
        ),
        (
            "The Taliban said Pakistani airstrikes killed 12 civilians.",
            ("KILLED", "taliban", "group-12-civilians"),
        ),
        (
            "The Taliban said Pakistani airstrikes on Khost killed 12 civilians.",
            ("KILLED", "taliban", "group-12-civilians"),
        ),
        (
            "When Ukraine launched a drone attack on Russia, Russian air defense systems were active "
            "and hit the Azerbaijani plane.",
            ("ATTACKED", "ukraine", "azerbaijan"),
        ),
        # Whom the verb after a nominal cue acts on is not the cue's target.
        ("Russian strikes on the port killed 20 people.", ("ATTACKED", "russia", "group-20-people")),
        ("Israeli airstrikes on Nabatieh killed 20 people.", ("ATTACKED", "israel", "group-20-people")),
        # A city where an act happens is not its target when a name fills the slot.
        (
            "North Korean troops attacked Ukrainian positions near Kursk.",
            ("ATTACKED", "north-korea", "russia"),
        ),
        (
            "Russian forces shot down an Azerbaijani aircraft near Grozny.",
            ("ATTACKED", "russian-armed-forces", "russia"),
        ),
        # A pronoun object is not a later name; the verb after "and" has its own object.
        (
            "Kazakhstan suspended two outlets, accusing them of spreading Russian propaganda.",
            ("ACCUSED", "kazakhstan", "russian-media"),
        ),
        (
            "Russia detained Anna Ivanova and later released her husband.",
            ("RELEASED", "russia", "anna-ivanova"),
        ),
        (
            "Guyana said Venezuelan soldiers fired on its troops and accused Caracas of smuggling.",
            ("ACCUSED", "group-venezuelan-soldiers", "venezuela"),
        ),
        # An unnamed subject after "after" does not borrow the main clause's.
        (
            "Indian missiles struck nine sites in Pakistan, two weeks after gunmen killed 26 tourists.",
            ("KILLED", "india", "group-26-tourists"),
        ),
        # A verb's object does not reach past a clause of time.
        (
            "Pakistan closed its border two weeks after gunmen killed 26 tourists.",
            ("CLOSED", "pakistan", "group-26-tourists"),
        ),
        # A cue word that modifies a noun reports nothing; nor does a welcome of a proposal.
        (
            "Israel deported activist Greta Thunberg after its navy intercepted an aid boat carrying "
            "her and 11 other activists.",
            ("AIDED", "greta-thunberg", "group-11-other-activists"),
        ),
        ("Turkey welcomed Ukraine's proposal.", ("MET", "turkey", "ukraine")),
        ("The UN said an aid convoy to Sudan was attacked.", ("AIDED", "united-nations", "sudan")),
        (
            "An ICC arrest warrant for Vladimir Putin was issued.",
            ("DETAINED", "international-criminal-court", "vladimir-putin"),
        ),
        # A counted group of soldiers stays a group.
        ("Hamas freed four Israeli soldiers.", ("RELEASED", "hamas", "israel")),
        # The participle after "after US forces struck" is theirs, not the accuser's.
        (
            "Venezuela accused the United States of killings after US forces struck a boat, "
            "killing 11 people.",
            ("KILLED", "venezuela", "group-11-people"),
        ),
        # Where a meeting is held is no party to it; nor are the agents of "led by".
        ("Russian officials met in Turkey.", ("MET", "russia", "turkey")),
        ("Russian and Ukrainian officials met in Istanbul.", ("MET", "russia", "turkey")),
        (
            "Delegations led by Vladimir Medinsky and Rustem Umerov met in Istanbul.",
            ("MET", "rustem-umerov", "vladimir-medinsky"),
        ),
        # A condition is no act; nor is what a group's modifier or a compound noun says.
        (
            "Tokyo said Japan could intervene if China attacked Taiwan.",
            ("ATTACKED", "china", "taiwan"),
        ),
        (
            "Venezuela freed 10 detained Americans in exchange for 252 Venezuelans.",
            ("DETAINED", "venezuela", "group-252-venezuelans"),
        ),
        (
            "Ukraine's military intelligence said its naval drones struck a Russian landing ship at the "
            "Novorossiysk naval base.",
            ("AIDED", "hur", "russia"),
        ),
        # "Syrian counterpart X" is X, not Syria.
        (
            "Hakan Fidan held talks with Syrian counterpart Asaad al-Shaibani in Ankara.",
            ("MET", "hakan-fidan", "syria"),
        ),
        # Lifting sanctions imposes none.
        ("Washington lifted sanctions on Damascus.", ("SANCTIONED", "united-states", "syria")),
        # The support pledged after talks is the subject's, not the counterpart's.
        (
            "Hakan Fidan held talks with Syrian counterpart Asaad al-Shaibani and pledged support "
            "for Kurdish fighters.",
            ("AIDED", "asaad-al-shaibani", "group-kurdish-fighters"),
        ),
        # "on behalf of X": X is no target.
        (
            "Germany charged three Ukrainian men with planning sabotage attacks on behalf of Russian "
            "intelligence.",
            ("ATTACKED", "germany", "russian-security-forces"),
        ),
        # An apposition after the object is not the participle's subject.
        (
            "Marco Rubio announced sanctions on Francesca Albanese, the UN special rapporteur, "
            "accusing her of bias.",
            ("ACCUSED", "united-nations", "francesca-albanese"),
        ),
    ],
)
def test_actor_phrases_that_are_not_the_actor(
    extractor: Extractor, text: str, wrong: tuple[str, str, str]
) -> None:
    found = triples(extract(extractor, text))
    assert wrong not in found, f"{text!r} gave {sorted(found)}"


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of Prime Minister Petteri Orpo-led coalition rallied.",
        "Critics of Prime Minister Petteri Orpo-era cuts rallied.",
    ],
)
def test_a_modifier_after_a_hyphen_is_not_part_of_the_name(extractor: Extractor, text: str) -> None:
    article = Article(id="test", source_file="test.txt", title=None, text=text, date="2025")
    _, _, actors, _ = extractor.extract_article(article)
    assert [a.id for a in actors if a.kind == "Person"] == ["petteri-orpo"]


@pytest.mark.xfail(
    strict=True,
    reason="'it' in the time clause could be the BBC; only what the sentence is about says it is Azerbaijan",
)
def test_a_clause_of_time_is_not_what_an_accusation_says(extractor: Extractor) -> None:
    text = "Azerbaijan accused the BBC of bias, days after it blocked the website of Bloomberg."
    found = {(r.type, r.source, r.target): r.status for r in extract(extractor, text)}
    assert found.get(("BANNED", "azerbaijan", "bloomberg")) == "reported", found


def test_hedged_act_is_alleged(extractor: Extractor) -> None:
    (act,) = [
        r
        for r in extract(extractor, "Kazakhstan allegedly supplied Armenia with drones.")
        if r.type == "AIDED"
    ]
    assert (act.source, act.target, act.status) == ("kazakhstan", "armenia", "alleged")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Lithuania accused Belarus of helping Russia.", ("AIDED", "belarus", "russia", "lithuania")),
        (
            "Georgia blamed Russia for the detention of Nika Melia.",
            ("DETAINED", "russia", "nika-melia", "georgia"),
        ),
        (
            "Moldova was accused by Russia of arming Ukraine.",
            ("AIDED", "moldova", "ukraine", "russia"),
        ),
    ],
)
def test_what_an_accusation_says_is_alleged_by_the_accuser(
    extractor: Extractor, text: str, act: tuple[str, str, str, str]
) -> None:
    (found,) = [r for r in extract(extractor, text) if r.type == act[0]]
    assert (found.source, found.target, found.status, found.asserted_by) == (*act[1:3], "alleged", [act[3]])


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        ("The United States sanctioned Rosneft and Gazprom Neft.", "rosneft", "Organization"),
        ("The United States sanctioned Rosneft and Gazprom Neft.", "gazprom-neft", "Organization"),
        ("The EU sanctioned Qods Aviation Industries.", "qods-aviation-industries", "Organization"),
        ("Kyrgyzstan banned Telegram after the protests.", "telegram", "Organization"),
    ],
)
def test_companies_are_organisations(extractor: Extractor, text: str, actor: str, kind: str) -> None:
    article = Article(id="t", source_file="t.txt", title=None, text=text, date="2025")
    _, _, actors, _ = extractor.extract_article(article)
    assert {a.id: a.kind for a in actors}.get(actor) == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Georgia's parliament banned LGBT propaganda.", "lgbt"),  # a one-word modifier is no company
        ("The European Union sanctioned Russian propagandist Vladimir Solovyov.", "russian"),  # nor a demonym
    ],
)
def test_modifiers_after_a_sanction_are_no_organisation(extractor: Extractor, text: str, word: str) -> None:
    article = Article(id="t", source_file="t.txt", title=None, text=text, date="2025")
    _, _, actors, _ = extractor.extract_article(article)
    assert word not in {a.id for a in actors}


def test_a_gerund_after_of_takes_only_its_own_object(extractor: Extractor) -> None:
    text = "Washington accused Ilan Shor of funding protests in Moldova."
    assert not [r for r in extract(extractor, text) if r.type == "AIDED"]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Serbian police detained Croatian activist Ana Horvat.", "ana-horvat", "HR"),
        ("Georgia barred Polish MEP Jan Nowak from entering.", "jan-nowak", "PL"),
        ("Iran released French citizen Pierre Durand.", "pierre-durand", "FR"),
    ],
)
def test_a_private_title_gives_a_country_not_membership(
    extractor: Extractor, text: str, person: str, country: str
) -> None:
    article = Article(id="t", source_file="t.txt", title=None, text=text, date="2025")
    _, relations, actors, _ = extractor.extract_article(article)
    assert not [r for r in relations if r.type == "MEMBER_OF" and r.source == person]
    assert next(a for a in actors if a.id == person).country == country


def test_an_office_title_gives_membership_and_country(extractor: Extractor) -> None:
    text = "Estonian Interior Minister Lauri Laanemets banned the singer Ivan Petrov."
    article = Article(id="t", source_file="t.txt", title=None, text=text, date="2025")
    _, relations, actors, _ = extractor.extract_article(article)
    assert ("MEMBER_OF", "lauri-laanemets", "estonia") in triples(relations)
    assert next(a for a in actors if a.id == "lauri-laanemets").country == "EE"


def test_unhedged_act_is_reported(extractor: Extractor) -> None:
    (act,) = [r for r in extract(extractor, "Kazakhstan supplied Armenia with drones.") if r.type == "AIDED"]
    assert act.status == "reported"


def test_denial_is_a_denial_not_the_act(extractor: Extractor) -> None:
    relations = extract(extractor, "Russia accused Georgia of sabotage. Georgia denied the accusations.")
    found = triples(relations)
    assert ("DENIED", "georgia", "russia") in found
    assert ("ACCUSED", "russia", "georgia") in found


def test_denied_act_is_never_reported(extractor: Extractor) -> None:
    relations = extract(extractor, "Iran denied supplying drones to Russia.")
    assert not [r for r in relations if r.type == "AIDED" and r.status == "reported"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("China's foreign ministry denied that Beijing had supplied weapons to Russia.", "AIDED"),
        ("Moscow rejected claims that Russia had attacked Moldova.", "ATTACKED"),
        ("The Kremlin dismissed reports that Russia had sanctioned Armenia.", "SANCTIONED"),
        ("Kazakhstan denied sending troops to Armenia.", "AIDED"),
        ("Moscow denied the attack on Poland.", "ATTACKED"),
        ("Iran denied any involvement in the attack on Israel.", "ATTACKED"),
    ],
)
def test_an_act_inside_a_denial_is_denied(extractor: Extractor, text: str, act: str) -> None:
    # Whoever the denier is and however the denial is worded, the sentence reports no act.
    statuses = {r.status for r in extract(extractor, text) if r.type == act}
    assert statuses == {"denied"}, text


def test_rejecting_something_else_does_not_deny_the_next_act(extractor: Extractor) -> None:
    text = "Georgia rejected the demands and banned the singer Ivan Petrov from entering."
    (ban,) = [r for r in extract(extractor, text) if r.type == "BANNED"]
    assert (ban.source, ban.target, ban.status) == ("georgia", "ivan-petrov", "reported")


def test_neither_confirming_nor_denying_is_no_denial(extractor: Extractor) -> None:
    text = "Pakistan said it shot down five Indian jets, a claim New Delhi neither confirmed nor denied."
    found = triples(extract(extractor, text))
    assert ("ATTACKED", "pakistan", "india") in found
    assert not [t for t in found if t[0] == "DENIED"], found


def test_an_attributive_hedge_covers_only_its_noun(extractor: Extractor) -> None:
    text = "Germany expelled a Russian diplomat over alleged espionage, prompting Moscow to vow to retaliate."
    (threat,) = [r for r in extract(extractor, text) if r.type == "THREATENED"]
    assert (threat.source, threat.target, threat.status) == ("russia", "germany", "reported")
    (hedged,) = extract(extractor, "Britain said Moscow allegedly attacked Kyiv.")
    assert hedged.status == "alleged"


def test_negated_act_is_not_extracted(extractor: Extractor) -> None:
    assert not [r for r in extract(extractor, "Turkey did not send weapons to Ukraine.") if r.type == "AIDED"]


def test_unnamed_collective_becomes_a_group(extractor: Extractor) -> None:
    found = triples(extract(extractor, "Russian police detained over 20 Azerbaijani migrants."))
    assert ("DETAINED", "russian-security-forces", "group-over-20-azerbaijani-migrants") in found


def test_titled_new_person_gets_affiliation(extractor: Extractor) -> None:
    found = triples(
        extract(extractor, "Moldovan Interior Minister Ion Popescu accused Russia of interference.")
    )
    assert ("MEMBER_OF", "ion-popescu", "moldova") in found
    assert ("ACCUSED", "ion-popescu", "russia") in found


def test_apposition_gives_role_and_organisation(extractor: Extractor) -> None:
    relations = extract(
        extractor, "Anna Sokolova, deputy editor of Sputnik Azerbaijan, was detained by Azerbaijani police."
    )
    member = [r for r in relations if r.type == "MEMBER_OF"]
    assert [(r.source, r.target, r.role) for r in member] == [
        ("anna-sokolova", "sputnik-azerbaijan", "deputy editor")
    ]
    assert ("DETAINED", "azerbaijan-police", "anna-sokolova") in triples(relations)


def test_spelling_variants_are_one_actor(extractor: Extractor) -> None:
    a = triples(extract(extractor, "Zelenskyy met Hajizadeh in Baku."))
    b = triples(extract(extractor, "Zelensky met Hajizada in Baku."))
    assert a == b == {("MET", "aykhan-hajizada", "volodymyr-zelensky")}


def test_new_person_spelling_variants_share_an_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Georgia expelled the Russian diplomat Andrei Kuznetsov.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Georgia expelled the Russian diplomat Andrey Kuznetsov.", encoding="utf-8"
    )
    batch = build_batch([tmp_path], LoadReport())
    people = [a for a in batch.actors if a.kind == "Person"]
    assert [(p.id, p.name, p.aliases) for p in people] == [
        ("andrei-kuznetsov", "Andrei Kuznetsov", ["Andrey Kuznetsov"])
    ]
    a = b = {(r.type, r.source, r.target) for r in batch.relations if r.type == "EXPELLED"}
    assert a == b and ("EXPELLED", "georgia", "andrei-kuznetsov") in a


def test_two_states_institutions_of_one_name_are_two_actors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Russia's Investigative Committee charged Azerbaijani businessman Vagif Aliyev.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Kyrgyzstan's Investigative Committee charged blogger Aibek Osmonov.", encoding="utf-8"
    )
    batch = build_batch([tmp_path], LoadReport())
    agencies = {(a.id, a.name, a.country) for a in batch.actors if a.kind == "Agency"}
    assert agencies == {
        ("russia-investigative-committee", "Investigative Committee", "RU"),
        ("kyrgyzstan-investigative-committee", "Investigative Committee", "KG"),
    }
    found = {(r.type, r.source, r.target) for r in batch.relations}
    assert ("ACCUSED", "kyrgyzstan-investigative-committee", "aibek-osmonov") in found
    assert ("PART_OF", "russia-investigative-committee", "russia") in found  # each is its state's


def test_one_state_agency_under_each_spelling(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Russia's Defence Ministry accused Ukraine of shelling Kursk.\n\n"
        "The Russian Ministry of Defence accused Ukraine of shelling Belgorod.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "The Russian Defense Ministry accused Ukraine of shelling Bryansk.", encoding="utf-8"
    )
    batch = build_batch([tmp_path], LoadReport())
    agencies = [(a.id, a.country, sorted([a.name, *a.aliases])) for a in batch.actors if a.kind == "Agency"]
    assert agencies == [
        (
            "russia-defence-ministry",
            "RU",
            ["Defence Ministry", "Ministry of Defence", "Russian Defense Ministry"],
        )
    ]
    (accused,) = [r for r in batch.relations if r.type == "ACCUSED"]
    assert (accused.source, accused.target, len(accused.evidence)) == (
        "russia-defence-ministry",
        "ukraine",
        3,
    )


def test_surname_refers_back_within_an_article(extractor: Extractor) -> None:
    text = "Political analyst Tamar Kvaratskhelia spoke on Monday. Later, Georgia detained Kvaratskhelia."
    assert ("DETAINED", "georgia", "tamar-kvaratskhelia") in triples(extract(extractor, text))


def test_date_and_amount_are_read(extractor: Extractor) -> None:
    (act,) = [
        r
        for r in extract(extractor, "On June 30, Kazakhstan sent $5 million in humanitarian aid to Ukraine.")
        if r.type == "AIDED"
    ]
    assert (act.date, act.date_precision, act.amount_usd) == ("2025-06-30", "day", 5_000_000)


def test_no_date_is_invented(extractor: Extractor) -> None:
    (act,) = [
        r
        for r in extract(extractor, "In June, Kazakhstan sent aid to Ukraine.", date=None)  # type: ignore[arg-type]
        if r.type == "AIDED"
    ]
    assert (act.date, act.date_precision) == (None, "none")


def test_evidence_offsets_slice_the_article_text(extractor: Extractor) -> None:
    text = (
        "Georgia expelled the Russian diplomat Pavel Orlov.\n\n"
        "Later, Kazakhstan banned the singer Ivan Petrov."
    )
    for relation in extract(extractor, text):
        for e in relation.evidence:
            assert text[e.start : e.end] == e.sentence


def test_blank_line_ends_a_sentence_and_evidence_has_no_stray_whitespace(extractor: Extractor) -> None:
    # A headline has no full stop: without the blank-line break it would run into the next sentence.
    text = (
        "Armenia and Iran talk trade\n\n\n  Kazakhstan detained the journalist Ivan Petrov.  \n\nMore later"
    )
    article = Article(id="test", source_file="test.txt", title=None, text=text, date="2025")
    _, relations, _, sentences = extractor.extract_article(article)
    assert sentences == 3
    # the headline is a sentence of its own: its talks are a meeting, not part of the detention
    detained = [r for r in relations if r.type == "DETAINED"]
    assert [(r.type, r.source, r.target) for r in detained] == [("DETAINED", "kazakhstan", "ivan-petrov")]
    (evidence,) = detained[0].evidence
    assert evidence.sentence == "Kazakhstan detained the journalist Ivan Petrov."
    assert text[evidence.start : evidence.end] == evidence.sentence
    assert evidence.pattern == "DETAINED:verb:subj>obj"


def test_token_lists_agree_with_spacy(extractor: Extractor) -> None:
    text = "On June 30, 2025, Baku’s police detained 7 editors—including Igor Kartavykh.\n\nNEW  line"
    doc = extractor.nlp(text)
    tokens = Tokens(doc, text)
    assert tokens.words == [t.text for t in doc]
    assert tokens.lower == [t.lower_ for t in doc]
    assert tokens.idx == [t.idx for t in doc]
    for t in doc:
        made = tokens[t.i]
        assert (made.text, made.is_title, made.is_lower, made.is_digit) == (
            t.text,
            t.is_title,
            t.is_lower,
            t.is_digit,
        )
    assert [s.text for s in tokens.sents()] == [
        "On June 30, 2025, Baku’s police detained 7 editors—including Igor Kartavykh.",
        "NEW  line",
    ]
    assert tokens.lemma[tokens.lower.index("detained")] == "detain"


def test_counted_groups_in_each_form(extractor: Extractor) -> None:
    text = (
        "Police detained over 50 Azerbaijanis and eight Russian citizens in Yekaterinburg. "
        "Police held 40 Azerbaijani former seasonal workers. "
        "Two detained Azerbaijani nationals were released, officials said. "
        "Russian spies were expelled from Baku. Many people protested, and 12 more joined later."
    )
    article = Article(id="t", source_file="t.txt", title=None, text=text, date="2025-07-01")
    _, _, actors, _ = extractor.extract_article(article)
    # A number up to four words before the group noun, a number before a plural demonym, a
    # demonym before the noun; "people" with neither is no group.
    assert sorted(a.id for a in actors if a.kind == "Group") == [
        "group-40-azerbaijani-former-seasonal-workers",
        "group-eight-russian-citizens",
        "group-over-50-azerbaijanis",
        "group-russian-spies",
        "group-two-detained-azerbaijani-nationals",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "  Leading spaces. Then a sentence.\n\n\n\nAfter blank lines  \n \n",
        "Headline without a stop\n\nBody one. Body two!\nSame paragraph.",
        " \n\n ",
        "One.",
    ],
)
def test_sentences_cover_every_word_once(extractor: Extractor, text: str) -> None:
    tokens = Tokens(extractor.nlp(text), text)
    sents = tokens.sents()
    covered = [i for s in sents for i in range(s.start, s.end)]
    solid = [i for i, w in enumerate(tokens.words) if not w.isspace()]
    assert [i for i in covered if not tokens.words[i].isspace()] == solid  # each word once, in order
    for s in sents:
        assert not tokens.words[s.start].isspace() and not tokens.words[s.end - 1].isspace()
        assert not any("\n\n" in w for w in tokens.words[s.start : s.end])  # a blank line ends a sentence


def test_where_lists_the_tokens_of_a_vocabulary(extractor: Extractor) -> None:
    text = "The agency said the ministry and THE country agreed. The end."
    tokens = Tokens(extractor.nlp(text), text)
    found = tokens.where("the", "lower", {"the"})
    assert found == [i for i, w in enumerate(tokens.lower) if w == "the"]
    assert tokens.where("the", "lower", {"ignored"}) is found  # kept under its name
    first, second = tokens.sents()
    assert first.where("the", "lower", {"the"}) == [0, 3, 6]
    assert second.where("the", "lower", {"the"}) == within(found, second.start, second.end) == [second.start]

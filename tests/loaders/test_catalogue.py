"""The actor catalogue: the storyline's actors plus the world's states, one actor per name."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
import yaml

from app.core.errors import InputError
from app.store.models import ActorRecord
from loaders.actors import (
    CATALOGUE_PATH,
    LEADERS_PATH,
    ORGANISATIONS_PATH,
    OUTLETS_PATH,
    PLACES_PATH,
    STATES_PATH,
    Catalogue,
    MergedActor,
    _read_entries,
    with_merges,
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


def test_world_states_have_iso_country_codes() -> None:
    for entry in _read_entries(STATES_PATH):
        assert entry.kind == "State"
        # Kosovo has no ISO 3166-1 code; XK is the one in common use.
        assert entry.country == "XK" or pycountry.countries.get(alpha_2=entry.country), entry.id


def test_every_un_member_state_is_in_the_catalogue(catalogue: Catalogue) -> None:
    # The 193 UN members, plus the observers and partly recognised states the news names.
    codes = {a.country for a in catalogue.actors if a.kind == "State"}
    assert len(codes - {"SU", "XK", "PS", "TW", "VA"}) == 193
    assert len([a for a in catalogue.actors if a.kind == "State"]) == len(codes)  # one State per code


def test_no_name_alias_or_demonym_names_two_actors(catalogue: Catalogue) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in catalogue.actors:
        for name in [actor.name, *actor.aliases, *actor.demonyms]:
            owners[name].add(actor.id)
    assert {n: ids for n, ids in owners.items() if len(ids) > 1} == {}


def test_the_storyline_catalogue_wins_over_the_world_states(tmp_path: Path) -> None:
    states = tmp_path / "states.yaml"
    states.write_text(
        "- {id: azerbaijan-world, name: Azerbaijan, kind: State, country: AZ}\n"
        "- {id: lithuania, name: Lithuania, kind: State, country: LT, aliases: [Vilnius]}\n",
        encoding="utf-8",
    )
    catalogue = Catalogue.load(CATALOGUE_PATH, states)
    assert "azerbaijan-world" not in catalogue.by_id
    assert catalogue.names["Azerbaijan"] == "azerbaijan"
    assert catalogue.names["Vilnius"] == "lithuania"


@pytest.mark.parametrize(
    ("extra", "path", "kind", "entries", "storyline", "added", "unread"),
    [
        (
            "organisations",
            ORGANISATIONS_PATH,
            "Organization",
            "- {id: nato, name: NATO alliance, kind: Organization}\n"
            "- {id: hezbollah, name: Hezbollah, kind: Organization}\n",
            ("nato", "NATO"),
            ("Hezbollah", "hezbollah"),
            "hamas",
        ),
        (
            "outlets",
            OUTLETS_PATH,
            "Outlet",
            "- {id: reuters, name: Reuters wire, kind: Outlet}\n- {id: meduza, name: Meduza, kind: Outlet}\n",
            ("reuters", "Reuters"),
            ("Meduza", "meduza"),
            "interfax",
        ),
        (
            "leaders",
            LEADERS_PATH,
            "Person",
            "- {id: vladimir-putin, name: Vladimir V. Putin, kind: Person}\n"
            "- {id: xi-jinping, name: Xi Jinping, kind: Person, aliases: [Xi]}\n",
            ("vladimir-putin", "Vladimir Putin"),
            ("Xi", "xi-jinping"),
            "emmanuel-macron",
        ),
    ],
)
def test_each_extra_file_holds_one_kind_and_the_storyline_wins(
    tmp_path: Path,
    extra: str,
    path: Path,
    kind: str,
    entries: str,
    storyline: tuple[str, str],
    added: tuple[str, str],
    unread: str,
) -> None:
    assert {e.kind for e in _read_entries(path)} == {kind}
    given = tmp_path / path.name
    given.write_text(entries, encoding="utf-8")
    catalogue = Catalogue.load(**{extra: given})
    assert catalogue.by_id[storyline[0]].name == storyline[1]  # actors.yaml's entry, not the file's
    assert catalogue.names[added[0]] == added[1]
    assert unread not in catalogue.by_id  # only the file given is read


def test_every_role_and_parent_names_an_actor_of_the_catalogue(catalogue: Catalogue) -> None:
    dangling = {
        (a.id, ref)
        for a in catalogue.actors
        for ref in [*(r.of for r in a.roles), *([a.parent] if a.parent else [])]
        if ref not in catalogue.by_id
    }
    assert dangling == set()


def test_every_city_of_the_places_file_names_its_state(catalogue: Catalogue) -> None:
    places = yaml.safe_load(PLACES_PATH.read_text(encoding="utf-8"))
    cities = {city: state for state, names in places.items() for city in names}
    # Every key is a State, and no city was left out for naming some other actor.
    assert {catalogue.by_id[s].kind for s in places} == {"State"}
    assert catalogue.places == set(cities)
    assert {catalogue.names[c] for c in cities} == set(places)
    assert not {c for c in cities if catalogue.names[c] != cities[c]}


def test_a_broken_places_file_is_named_in_the_error(tmp_path: Path) -> None:
    places = tmp_path / "places.yaml"
    places.write_text("- Tel Aviv\n", encoding="utf-8")  # a list, not state → cities
    with pytest.raises(InputError, match=r"places\.yaml"):
        Catalogue.load(places=places)


def test_a_broken_states_file_is_named_in_the_error(tmp_path: Path) -> None:
    states = tmp_path / "states.yaml"
    states.write_text("- {id: atlantis, kind: State}\n", encoding="utf-8")  # no name
    with pytest.raises(InputError, match=r"states\.yaml"):
        Catalogue.load(CATALOGUE_PATH, states)


def test_merged_names_name_the_survivor_and_the_loser_is_gone(catalogue: Catalogue) -> None:
    survivor = catalogue.by_id["azerbaijan-mfa"].record()
    found = ActorRecord(id="found-by-the-loaders", name="Found Agency", kind="Agency")
    merged = with_merges(
        catalogue,
        [
            MergedActor(
                loser="ministry-of-foreign-affairs", names=["Ministry of Foreign Affairs"], survivor=survivor
            ),
            MergedActor(loser="azerbaijan-prosecutor-general", names=[], survivor=found),
        ],
    )
    assert merged.lookup("Ministry of Foreign Affairs") == "azerbaijan-mfa"
    assert merged.lookup("Azerbaijani Prosecutor's Office") == "found-by-the-loaders"
    assert "azerbaijan-prosecutor-general" not in merged.by_id
    assert merged.by_id["found-by-the-loaders"].curated is False
    assert "azerbaijan-prosecutor-general" in catalogue.by_id  # the original is left as it was

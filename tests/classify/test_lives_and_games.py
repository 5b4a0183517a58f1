"""Lives, finds, statistics and games (issue 9): the arts, science, health and sport pages tell violence that
is no news of it. An obituary tells a life's end with its age, and where and when the life ended may come
between ("dies in Santa Monica aged 93"): the wars the life saw are its story. A battle dated to an age long
gone (an era before its noun, a year BC, a century before ours) is history however fresh the find, and "the
fighting" after it names it again. Deaths told as a rate a year ("kills 450,000 people worldwide each year")
are a statistic of many acts, no event. Shooting as a sport fires at targets: its events ("10m air rifle")
name no weapon, and a game in the sentence makes "Shooting" a sport. Each quiet case stands beside a
violent twin in nearly the same words, which must still alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # an obituary: the age of the death, with where it came between
    "Army veteran Tran Duc Minh, one of the last soldiers of the siege of Khe Sanh, dies in Hue aged 96.",
    "Stage actor Paul Brenner, who played a wounded gunner in a long-running war drama, dies in Leeds aged 88.",
    "Retired colonel Ana Ortiz, who was shot down over the jungle as a young pilot, dies at her home in Bogota "
    "at the age of 91.",
    # an act dated to an age long gone, and the fighting that names it again
    "Divers map the site of a Bronze Age battle off the coast, finding spearheads in the seabed.",
    "Archaeologists say the skeletons come from a battle around 900 BC, suggesting the fighting was brutal.",
    "A museum opens an exhibition on a massacre in the 14th century that wiped out a whole village.",
    # a rate a year is a statistic
    "A new report estimates that road rage shootings kill about 500 people nationwide each year.",
    "Each year, landmines kill or maim thousands of people in the border provinces, the charity says.",
    "The study finds that gun violence injures more than 80,000 people a year in the country.",
    # shooting as a sport
    "Shooting: Norway's Kari Holm wins silver in the men's 10m air pistol at the World Cup in Lima.",
    "Shooting: the hosts top the medal table after two golds in the air rifle mixed team event.",
])
def test_lives_finds_statistics_and_games_are_no_news_of_violence(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # the twins: a veteran or an actor killed now, told with an age or a place
    ("A war veteran, 96, is shot dead in a robbery at his home in Hue.", None),
    ("Stage actor Paul Brenner is shot dead in Leeds by a masked gunman.", None),
    ("A retired colonel dies in hospital in Bogota aged 91 after gunmen shot her at her home.", None),
    # the era dates a place, not the act: news
    ("Gunmen attack archaeologists at a Bronze Age site in the south, killing two.", 2),
    ("Militants storm a medieval fortress used as an army post, killing five soldiers.", 5),
    # a date after an act is no rate: "a year after"
    ("A car bomb kills 12 people a year after the war ended.", 12),
    ("Road rage shootings kill three people on the motorway.", 3),
    # a shooting at a range or a game is news
    ("Gunmen kill 12 at a shooting range outside the city.", 12),
    ("A gunman opens fire at a World Cup shooting event in Lima, killing two spectators.", 2),
    ("A man armed with an air pistol injures three people in a park.", None),
])
def test_their_violent_twins_alert(rules, text, killed):
    _alert(rules, text, killed)

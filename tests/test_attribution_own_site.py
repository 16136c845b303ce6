"""A body's release on its own site: the outlet is the issuer when the text
opens with it as the subject and speaks as "we". Fictional texts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract, issuer_of
from rashomon.attribution.voiced import issuer_by_outlet
from rashomon.nlp import load_pipeline

RELEASE = """HOLMBRIDGE, 2 March 2031 – Velmar Foods is issuing this update on the cold-store fault at its Holmbridge depot.

At about 04:00 a compressor in the cold store failed. Our engineers restored cooling by 05:15.

- No chilled product left the depot while the fault lasted.
- We have informed the Food Standards Board.

"Our first duty is to the families who buy our food," said Anwen Locke, managing director of Velmar Foods.

We will publish the results of our own checks every day this week.

About Velmar Foods
Velmar Foods makes chilled meals at three sites.
"""

INTERVIEW = """Anwen Locke, who runs Velmar Foods, spoke to Ilse Dorn of The Holmbridge Courier on Monday.

Dorn: What happened at the depot?

Locke: We lost cooling for an hour. We fixed it. Our checks show nothing left the site.
"""

REPORT = """HOLMBRIDGE, 3 March 2031 – The Holmbridge Courier has learned that a cold store failed at a Velmar Foods depot.

"We were told nothing," said a driver. Velmar said its engineers fixed the fault and that we would hear more.
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_a_body_publishing_on_its_own_site_is_the_issuer(nlp: Language) -> None:
    issuer = issuer_of(None, None, RELEASE, nlp, outlet="Velmar Foods")
    assert issuer is not None and issuer.name == "Velmar Foods"
    found = extract(nlp(RELEASE), issuer=issuer)
    own = [RELEASE[a.content_span[0] : a.content_span[1]] for a in found if a.source_kind == "issuer"]
    assert any(c.startswith("Our engineers restored cooling") for c in own)
    assert any(c.startswith("No chilled product left the depot") for c in own)
    assert not any("chilled meals at three sites" in c for c in own)  # the "About" boilerplate


def test_an_outlet_is_no_issuer_of_its_interviews_or_reports(nlp: Language) -> None:
    assert issuer_by_outlet("The Holmbridge Courier", INTERVIEW, nlp) is None  # the outlet is no subject
    assert issuer_by_outlet("The Holmbridge Courier", REPORT, nlp) is None  # "we" only inside quotes, once outside
    assert issuer_by_outlet(None, RELEASE, nlp) is None

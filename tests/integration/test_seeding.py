from sqlalchemy import func, select

from catalogue.review.models import CriteriaSet, Criterion
from catalogue.search.models import Synonym
from catalogue.seeding import seed_reference_data
from catalogue.vocabularies.models import VocabularyTerm
from catalogue.vocabularies.seed import TERMS
from search_index import DEFAULT_SYNONYMS


def test_seeded_database_has_every_vocabulary_term(db):
    expected = sum(len(terms) for terms in TERMS.values())
    assert db.scalar(select(func.count()).select_from(VocabularyTerm)) == expected


def test_seeded_criteria_set_is_current_and_has_q01_to_q20(db):
    current = db.scalar(select(CriteriaSet).where(CriteriaSet.is_current.is_(True)))
    codes = db.scalars(
        select(Criterion.code).where(Criterion.criteria_set_id == current.id).order_by(Criterion.sort_order)
    ).all()
    assert codes == [f"Q{n:02d}" for n in range(1, 21)]


def test_seeding_twice_adds_nothing(db):
    assert seed_reference_data(db) == 0


def test_seeding_keeps_a_retired_term_retired(db):
    retired = db.scalar(select(VocabularyTerm).where(VocabularyTerm.code == "cannabis"))
    retired.active = False
    db.flush()
    seed_reference_data(db)
    db.refresh(retired)
    assert retired.active is False


def test_an_empty_synonym_list_starts_with_the_shipped_thesaurus(db):
    seeded = dict(db.execute(select(Synonym.term, Synonym.expansions)).all())
    assert seeded == {term: ", ".join(words) for term, words in DEFAULT_SYNONYMS.items()}


def test_seeding_leaves_the_office_synonym_list_alone(db):
    db.delete(db.scalar(select(Synonym).where(Synonym.term == "ritzen")))
    db.scalar(select(Synonym).where(Synonym.term == "kippe")).expansions = "Tabak"
    db.flush()
    seed_reference_data(db)
    assert db.scalar(select(Synonym).where(Synonym.term == "ritzen")) is None
    assert db.scalar(select(Synonym.expansions).where(Synonym.term == "kippe")) == "Tabak"

package io.custmgr.sample.seed;

import org.broadleafcommerce.core.search.domain.Field;
import org.broadleafcommerce.core.search.domain.FieldEntity;
import org.broadleafcommerce.core.search.domain.SearchFacet;
import org.broadleafcommerce.core.search.domain.SearchFacetRange;
import org.broadleafcommerce.core.search.domain.solr.FieldType;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * Tells Broadleaf's Solr indexer what to index: it builds each product document from the product {@link Field} rows
 * (searchable ones as text, faceted ones by facet type, named after the abbreviation). Adds the product text fields
 * and a price field with a "Price" facet shown on search results. Existing fields (by abbreviation) are kept. Run
 * inside a transaction.
 */
final class SearchConfigSeeder {

    private static final String PRICE_ABBREVIATION = "price";

    /** Product property, abbreviation (the Solr field name prefix); all indexed as searchable text. */
    private static final String[][] TEXT_FIELDS = {
            {"name", "name"},
            {"description", "description"},
            {"longDescription", "longDescription"},
            {"manufacturer", "mfg"}};

    /** Lower bounds of the price facet's ranges, in USD; the last range is open-ended. */
    private static final String[] PRICE_STEPS = {"0", "5", "10", "20"};

    private final EntityFactory entities;
    private final EntityManager em;

    SearchConfigSeeder(EntityFactory entities, EntityManager em) {
        this.entities = entities;
        this.em = em;
    }

    void ensureSearchConfig() {
        for (String[] textField : TEXT_FIELDS) {
            if (findField(textField[1]) == null) {
                Field field = newProductField(textField[0], textField[1]);
                field.setSearchable(Boolean.TRUE);
                em.persist(field);
            }
        }
        if (findField(PRICE_ABBREVIATION) == null) {
            Field price = newProductField("defaultSku.price", PRICE_ABBREVIATION);
            price.setSearchable(Boolean.FALSE);
            price.setFacetFieldType(FieldType.PRICE);
            em.persist(price);
            em.persist(newPriceFacet(price));
        }
    }

    private Field newProductField(String propertyName, String abbreviation) {
        Field field = entities.create(Field.class);
        field.setEntityType(FieldEntity.PRODUCT);
        field.setPropertyName(propertyName);
        field.setAbbreviation(abbreviation);
        field.setTranslatable(Boolean.FALSE);
        return field;
    }

    private SearchFacet newPriceFacet(Field price) {
        SearchFacet facet = entities.create(SearchFacet.class);
        facet.setField(price);
        facet.setLabel("Price");
        facet.setShowOnSearch(Boolean.TRUE);
        facet.setSearchDisplayPriority(0);
        facet.setCanMultiselect(Boolean.TRUE);
        for (int i = 0; i < PRICE_STEPS.length; i++) {
            SearchFacetRange range = entities.create(SearchFacetRange.class);
            range.setSearchFacet(facet);
            range.setMinValue(new BigDecimal(PRICE_STEPS[i]));
            range.setMaxValue(i + 1 < PRICE_STEPS.length ? new BigDecimal(PRICE_STEPS[i + 1]) : null);
            facet.getSearchFacetRanges().add(range);
        }
        return facet;
    }

    private Field findField(String abbreviation) {
        List<Field> found = em.createQuery("SELECT f FROM " + Field.class.getName() + " f "
                + "WHERE f.abbreviation = :abbreviation", Field.class)
                .setParameter("abbreviation", abbreviation).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}

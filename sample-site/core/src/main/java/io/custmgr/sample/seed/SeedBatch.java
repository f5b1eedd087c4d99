package io.custmgr.sample.seed;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.State;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared entities one batch links its customers and orders to, loaded into that batch's persistence context:
 * the context is cleared after every batch, and linking to a detached country or SKU would fail on persist.
 */
final class SeedBatch {

    /** A catalog product with its entities managed in the current batch. */
    static final class BatchProduct {

        final SeededProduct data;
        final Product product;
        final Sku sku;
        final Category category;

        BatchProduct(SeededProduct data, Product product, Sku sku, Category category) {
            this.data = data;
            this.product = product;
            this.sku = sku;
            this.category = category;
        }
    }

    private final BroadleafCurrency currency;
    private final Locale locale;
    private final Map<String, Country> countries = new HashMap<String, Country>();
    private final Map<String, State> states = new HashMap<String, State>();
    private final List<BatchProduct> products = new ArrayList<BatchProduct>();

    private SeedBatch(BroadleafCurrency currency, Locale locale) {
        this.currency = currency;
        this.locale = locale;
    }

    /** Call inside the batch's transaction. */
    static SeedBatch load(EntityFactory entities, String currencyCode, String localeCode, List<SeededProduct> catalog) {
        SeedBatch batch = new SeedBatch(entities.find(BroadleafCurrency.class, currencyCode),
                entities.find(Locale.class, localeCode));
        for (String[] country : DemoPlaces.COUNTRIES) {
            batch.countries.put(country[0], entities.find(Country.class, country[0]));
        }
        for (String[] state : DemoPlaces.US_STATES) {
            batch.states.put(state[0], entities.find(State.class, state[0]));
        }
        for (SeededProduct product : catalog) {
            batch.products.add(new BatchProduct(product, entities.find(Product.class, product.getProductId()),
                    entities.find(Sku.class, product.getSkuId()), product.getCategoryId() == null ? null
                            : entities.find(Category.class, product.getCategoryId())));
        }
        return batch;
    }

    BroadleafCurrency getCurrency() {
        return currency;
    }

    Locale getLocale() {
        return locale;
    }

    Country getCountry(String code) {
        return countries.get(code);
    }

    /** @return the state, or null for a null code */
    State getState(String code) {
        return code == null ? null : states.get(code);
    }

    List<BatchProduct> getProducts() {
        return Collections.unmodifiableList(products);
    }
}

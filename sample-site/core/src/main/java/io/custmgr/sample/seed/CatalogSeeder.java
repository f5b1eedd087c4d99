package io.custmgr.sample.seed;

import io.custmgr.library.domain.DigitalProduct;
import io.custmgr.library.domain.DigitalProductSettings;
import io.custmgr.library.type.DigitalPackageType;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductBundle;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuBundleItem;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductBundlePricingModelType;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

/**
 * Builds the demo catalog: categories, products with their default SKUs, and the cross-references that put products
 * in categories and categories under the root. Anything already present (matched by URL) is kept as it is. Run inside
 * a transaction.
 */
final class CatalogSeeder {

    /** Fixed rather than "now", so the products are active whatever the clock and the date resolution say. */
    private static final Date ACTIVE_SINCE = new GregorianCalendar(2020, Calendar.JANUARY, 1).getTime();
    private static final String MANUFACTURER = "Custmgr Sample Co.";

    private final EntityFactory entities;
    private final CatalogService catalogService;
    private final EntityManager em;

    CatalogSeeder(EntityFactory entities, CatalogService catalogService, EntityManager em) {
        this.entities = entities;
        this.catalogService = catalogService;
        this.em = em;
    }

    /** @return the demo products in catalog order, created or found by URL */
    List<SeededProduct> ensureCatalog(String currencyCode) {
        Category root = findCategory(DemoCatalog.ROOT_URL);
        if (root == null) {
            root = createCategory(DemoCatalog.ROOT_NAME, DemoCatalog.ROOT_URL, "Storefront navigation root", null, 0);
        }
        Map<String, Category> departments = new HashMap<String, Category>();
        for (int i = 0; i < DemoCatalog.DEPARTMENTS.length; i++) {
            String[] department = DemoCatalog.DEPARTMENTS[i];
            Category category = findCategory(department[1]);
            if (category == null) {
                category = createCategory(department[0], department[1], department[2], root, i + 1);
            }
            departments.put(department[1], category);
        }
        BroadleafCurrency currency = entities.find(BroadleafCurrency.class, currencyCode);
        Map<String, Integer> positions = new HashMap<String, Integer>();
        List<SeededProduct> products = new ArrayList<SeededProduct>();
        for (DemoProduct demoProduct : DemoCatalog.PRODUCTS) {
            Product product = findProduct(demoProduct.getUrl());
            if (product == null) {
                Integer position = positions.get(demoProduct.getCategoryUrl());
                position = position == null ? 1 : position + 1;
                positions.put(demoProduct.getCategoryUrl(), position);
                product = createProduct(demoProduct, departments.get(demoProduct.getCategoryUrl()), currency, position);
            }
            products.add(snapshot(product));
        }
        if (findProduct(bundleUrl()) == null) {
            createBundle(departments.get(DemoCatalog.DIGITAL_URL), currency, positions);
        }
        return products;
    }

    private static String bundleUrl() {
        return DemoCatalog.DIGITAL_URL + "/" + DemoCatalog.READING_BUNDLE[1];
    }

    /**
     * Broadleaf's own product bundle of two downloads, priced as a whole: buying it puts both into the library. Not
     * among the products order seeding picks from.
     */
    private void createBundle(Category category, BroadleafCurrency currency, Map<String, Integer> positions) {
        String[] data = DemoCatalog.READING_BUNDLE;
        Sku sku = catalogService.createSku();
        sku.setName(data[0]);
        sku.setDescription(data[2]);
        sku.setCurrency(currency);
        sku.setRetailPrice(new Money(new BigDecimal(data[3]), currency));
        sku.setActiveStartDate(ACTIVE_SINCE);
        sku.setDiscountable(Boolean.TRUE);
        sku.setInventoryType(InventoryType.ALWAYS_AVAILABLE);
        sku.setTaxable(false);
        sku.setFulfillmentType(FulfillmentType.DIGITAL);

        ProductBundle bundle = (ProductBundle) catalogService.createProduct(ProductType.BUNDLE);
        bundle.setUrl(bundleUrl());
        bundle.setManufacturer(MANUFACTURER);
        bundle.setDefaultCategory(category);
        bundle.setDefaultSku(sku);
        bundle.setPricingModel(ProductBundlePricingModelType.BUNDLE);
        DigitalProductSettings settings = ((DigitalProduct) bundle).getDigitalSettings();
        settings.setDigital(true);
        settings.setPackageType(DigitalPackageType.BUNDLE);
        em.persist(bundle);
        for (int i = 4; i < data.length; i++) {
            SkuBundleItem item = entities.create(SkuBundleItem.class);
            item.setBundle(bundle);
            item.setSku(findProduct(data[i]).getDefaultSku());
            item.setQuantity(1);
            em.persist(item);
            bundle.getSkuBundleItems().add(item);
        }
        Integer position = positions.get(DemoCatalog.DIGITAL_URL);
        CategoryProductXref xref = entities.create(CategoryProductXref.class);
        xref.setCategory(category);
        xref.setProduct(bundle);
        xref.setDisplayOrder(BigDecimal.valueOf(position == null ? 1 : position + 1));
        em.persist(xref);
        category.getAllProductXrefs().add(xref);
        bundle.getAllParentCategoryXrefs().add(xref);
    }

    private Category createCategory(String name, String url, String description, Category parent, int position) {
        Category category = catalogService.createCategory();
        category.setName(name);
        category.setUrl(url);
        category.setDescription(description);
        category.setActiveStartDate(ACTIVE_SINCE);
        category.setDefaultParentCategory(parent);
        em.persist(category);
        if (parent != null) {
            CategoryXref xref = entities.create(CategoryXref.class);
            xref.setCategory(parent);
            xref.setSubCategory(category);
            xref.setDisplayOrder(BigDecimal.valueOf(position));
            em.persist(xref);
            // both sides, so cached collections of an existing root are invalidated too
            parent.getAllChildCategoryXrefs().add(xref);
            category.getAllParentCategoryXrefs().add(xref);
        }
        return category;
    }

    private Product createProduct(DemoProduct demoProduct, Category category, BroadleafCurrency currency,
            int position) {
        Sku sku = catalogService.createSku();
        sku.setName(demoProduct.getName());
        sku.setDescription(demoProduct.getDescription());
        sku.setLongDescription(demoProduct.getLongDescription());
        sku.setCurrency(currency);
        sku.setRetailPrice(new Money(demoProduct.getRetailPrice(), currency));
        if (demoProduct.getSalePrice() != null) {
            sku.setSalePrice(new Money(demoProduct.getSalePrice(), currency));
        }
        sku.setActiveStartDate(ACTIVE_SINCE);
        sku.setDiscountable(Boolean.TRUE);
        // Broadleaf 3.1 expresses availability through the inventory type (the available flag is deprecated)
        sku.setInventoryType(DemoCatalog.SOLD_OUT_URL.equals(demoProduct.getUrl()) ? InventoryType.UNAVAILABLE
                : InventoryType.ALWAYS_AVAILABLE);
        sku.setTaxable(!demoProduct.isDigital());
        sku.setFulfillmentType(demoProduct.isDigital() ? FulfillmentType.DIGITAL : FulfillmentType.PHYSICAL_SHIP);

        Product product = catalogService.createProduct(ProductType.PRODUCT);
        product.setUrl(demoProduct.getUrl());
        product.setManufacturer(MANUFACTURER);
        product.setDefaultCategory(category);
        product.setFeaturedProduct(position == 1);
        product.setDefaultSku(sku);
        if (demoProduct.getLibrary() != null) {
            DigitalProductSettings settings = ((DigitalProduct) product).getDigitalSettings();
            settings.setDigital(true);
            settings.setPackageType(demoProduct.getLibrary());
        }
        em.persist(product);

        CategoryProductXref xref = entities.create(CategoryProductXref.class);
        xref.setCategory(category);
        xref.setProduct(product);
        xref.setDisplayOrder(BigDecimal.valueOf(position));
        em.persist(xref);
        category.getAllProductXrefs().add(xref);
        product.getAllParentCategoryXrefs().add(xref);
        return product;
    }

    private static SeededProduct snapshot(Product product) {
        Sku sku = product.getDefaultSku();
        Money salePrice = sku.getSalePrice();
        Category category = product.getDefaultCategory();
        return new SeededProduct(product.getId(), sku.getId(), category == null ? null : category.getId(),
                sku.getRetailPrice().getAmount(), salePrice == null ? null : salePrice.getAmount(),
                FulfillmentType.DIGITAL.equals(sku.getFulfillmentType()));
    }

    private Category findCategory(String url) {
        List<Category> found = em.createQuery("SELECT c FROM " + Category.class.getName() + " c WHERE c.url = :url "
                + "ORDER BY c.id", Category.class).setParameter("url", url).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Product findProduct(String url) {
        List<Product> found = em.createQuery("SELECT p FROM " + Product.class.getName() + " p WHERE p.url = :url "
                + "ORDER BY p.id", Product.class).setParameter("url", url).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}

package io.custmgr.sample.seed;

import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.domain.DigitalProduct;
import io.custmgr.library.service.DigitalFileService;
import io.custmgr.library.type.DigitalPackageType;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductBundle;
import org.broadleafcommerce.core.catalog.domain.SkuBundleItem;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.core.search.dao.FieldDao;
import org.broadleafcommerce.core.search.domain.Field;
import org.broadleafcommerce.core.search.domain.SearchFacet;
import org.broadleafcommerce.core.search.domain.solr.FieldType;
import org.broadleafcommerce.core.search.service.solr.SolrHelperService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog and search configuration the seeder leaves behind, as Broadleaf's own services see them. */
@BroadleafIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Transactional
class DemoCatalogIT {

    @Resource(name = "cmSampleDemoDataSeeder")
    DemoDataSeeder seeder;

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blFieldDao")
    FieldDao fieldDao;

    @Resource(name = "blSolrHelperService")
    SolrHelperService solrHelperService;

    @Resource(name = "cmDigitalFileService")
    DigitalFileService digitalFiles;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @BeforeAll
    void seedUnlessSeeded() {
        if (!seeder.isSeeded()) {
            seeder.seed(5);
        }
    }

    @Test
    void everyProductIsReachableByItsUrlAndListedInItsCategory() {
        for (DemoProduct demoProduct : DemoCatalog.PRODUCTS) {
            Product product = catalogService.findProductByURI(demoProduct.getUrl());
            assertNotNull(product, demoProduct.getUrl());
            assertEquals(demoProduct.getUrl(), product.getUrl());
            assertEquals(1L, (long) em.createQuery("SELECT COUNT(p) FROM " + Product.class.getName()
                    + " p WHERE p.url = :url", Long.class).setParameter("url", demoProduct.getUrl()).getSingleResult());
            assertEquals(demoProduct.getName(), product.getName());
            assertEquals(demoProduct.getCategoryUrl(), product.getDefaultCategory().getUrl());
            assertTrue(product.isActive(), demoProduct.getUrl() + " is active");
            assertEquals("USD", product.getDefaultSku().getRetailPrice().getCurrency().getCurrencyCode());
            assertEquals(0, demoProduct.getRetailPrice().compareTo(product.getDefaultSku().getRetailPrice().getAmount()));
            assertTrue(productUrls(product.getDefaultCategory()).contains(demoProduct.getUrl()));
        }
    }

    @Test
    void greenGhostIsOnSale() {
        Product greenGhost = catalogService.findProductByURI("/hot-sauces/green-ghost");

        assertTrue(greenGhost.getDefaultSku().isOnSale());
        assertEquals("9.99", greenGhost.getDefaultSku().getPrice().getAmount().toPlainString());
    }

    @Test
    void departmentsHangUnderTheRootAndHoldTheirProducts() {
        Category root = catalogService.findCategoryByURI(DemoCatalog.ROOT_URL);
        assertEquals(DemoCatalog.ROOT_NAME, root.getName());
        List<String> departments = new ArrayList<String>();
        for (CategoryXref xref : root.getAllChildCategoryXrefs()) {
            departments.add(xref.getSubCategory().getUrl());
        }
        assertEquals(3, departments.size());
        assertTrue(departments.contains(DemoCatalog.HOT_SAUCES_URL));

        assertEquals(5, productUrls(catalogService.findCategoryByURI(DemoCatalog.HOT_SAUCES_URL)).size());
        assertEquals(5, productUrls(catalogService.findCategoryByURI(DemoCatalog.MERCHANDISE_URL)).size());
        Category digital = catalogService.findCategoryByURI(DemoCatalog.DIGITAL_URL);
        assertEquals("Digital Downloads", digital.getName());
        assertEquals(4, digital.getAllProductXrefs().size(), "three downloads and their bundle");
        for (CategoryProductXref xref : digital.getAllProductXrefs()) {
            assertEquals(FulfillmentType.DIGITAL, xref.getProduct().getDefaultSku().getFulfillmentType());
        }
    }

    @Test
    void productNamesAreSearchableAndPricesFaceted() {
        Field name = fieldDao.readFieldByAbbreviation("name");
        assertNotNull(name);
        assertTrue(name.getSearchable());
        assertTrue(fieldDao.readAllProductFields().contains(name));
        assertEquals("name_t", solrHelperService.getPropertyNameForFieldSearchable(name, FieldType.TEXT, ""));

        List<SearchFacet> facets = em.createQuery("SELECT f FROM " + SearchFacet.class.getName() + " f "
                + "WHERE f.field.abbreviation = 'price'", SearchFacet.class).getResultList();
        assertEquals(1, facets.size());
        assertEquals(FieldType.PRICE, facets.get(0).getField().getFacetFieldType());
        assertTrue(facets.get(0).getShowOnSearch());
        assertEquals(4, facets.get(0).getSearchFacetRanges().size());
    }

    @Test
    void digitalProductsCarryTheirFilesTheBundleItsDownloadsAndTheKitShipsWithAGuide() {
        for (String[] file : DemoFiles.FILES) {
            Product product = catalogService.findProductByURI(file[2]);
            assertTrue(((DigitalProduct) product).getDigitalSettings().isDigital(), file[2]);
            List<String> names = new ArrayList<String>();
            for (DigitalFile stored : digitalFiles.findFiles(product.getId())) {
                names.add(stored.getFileName());
                assertTrue(stored.getSize() > 0);
            }
            assertTrue(names.contains(file[0]), file[0] + " in " + names);
        }
        assertTrue(new String(DemoFiles.pdf(java.util.Arrays.asList("x")), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-1.4"));

        ProductBundle bundle = (ProductBundle) catalogService.findProductByURI(DemoCatalog.DIGITAL_URL + "/"
                + DemoCatalog.READING_BUNDLE[1]);
        assertEquals(DigitalPackageType.BUNDLE, ((DigitalProduct) bundle).getDigitalSettings().getPackageType());
        List<String> bundled = new ArrayList<String>();
        for (SkuBundleItem item : bundle.getSkuBundleItems()) {
            bundled.add(item.getSku().getDefaultProduct().getUrl());
        }
        assertEquals(java.util.Arrays.asList(DemoCatalog.READING_BUNDLE[4], DemoCatalog.READING_BUNDLE[5]), bundled);

        Product kit = catalogService.findProductByURI(DemoCatalog.MERCHANDISE_URL + "/growers-starter-kit");
        assertEquals(FulfillmentType.PHYSICAL_SHIP, kit.getDefaultSku().getFulfillmentType());
        assertEquals(DigitalPackageType.COMBO, ((DigitalProduct) kit).getDigitalSettings().getPackageType());
    }

    private static List<String> productUrls(Category category) {
        List<String> urls = new ArrayList<String>();
        for (CategoryProductXref xref : category.getAllProductXrefs()) {
            urls.add(xref.getProduct().getUrl());
        }
        return urls;
    }
}

package io.custmgr.site.web.stock;

import io.custmgr.stock.service.StockSubscriptionRefusedException;
import io.custmgr.stock.service.StockSubscriptionService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StockSubscriptionControllerTest {

    final StockSubscriptionService service = mock(StockSubscriptionService.class);
    final CatalogService catalog = mock(CatalogService.class);
    Long signedIn;
    final StockSubscriptionController controller = new StockSubscriptionController() {
        @Override
        protected Long signedInCustomerId() {
            return signedIn;
        }
    };

    @BeforeEach
    void setUp() {
        controller.subscriptions = service;
        controller.catalogService = catalog;
        Product product = mock(Product.class);
        when(product.getUrl()).thenReturn("/hot-sauces/kettle");
        when(catalog.findProductById(5L)).thenReturn(product);
    }

    @Test
    void aSignedInShopperSubscribesWithOneClickAndReturnsToTheProduct() {
        signedIn = 42L;
        assertEquals("redirect:/hot-sauces/kettle?stockSubscribed=true", controller.subscribe(5L, 7L, null));

        verify(service).subscribe(42L, null, 7L);
    }

    @Test
    void aRefusalComesBackWithItsFieldAndMessageKeyButNeverTheAddress() {
        when(service.subscribe(null, "ann@", 7L)).thenThrow(new StockSubscriptionRefusedException(
                StockSubscriptionRefusedException.EMAIL, StockSubscriptionRefusedException.EMAIL_INVALID));
        assertEquals("redirect:/hot-sauces/kettle?stockField=email&stockError=Stock_EmailInvalid",
                controller.subscribe(5L, 7L, "ann@"));
    }

    @Test
    void anUnknownProductOrAnOutsideUrlRedirectsHome() {
        assertEquals("redirect:/?stockSubscribed=true", controller.subscribe(99L, 7L, "a@example.com"));
        Product product = mock(Product.class);
        when(product.getUrl()).thenReturn("//evil.example/x");
        when(catalog.findProductById(6L)).thenReturn(product);
        assertEquals("redirect:/?stockSubscribed=true", controller.subscribe(6L, 7L, "a@example.com"));
    }

    @Test
    void followingTheLinkOnlyAsksAndThePostUnsubscribesOrAnswers404() {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertEquals(StockSubscriptionController.VIEW, controller.confirm("1.ab", model, response));
        assertEquals("1.ab", model.get("token"));
        assertEquals("no-store", response.getHeader("Cache-Control"));

        when(service.unsubscribe("1.ab")).thenReturn(2);
        controller.unsubscribe("1.ab", model, response);
        assertEquals(2, model.get("unsubscribed"));

        when(service.unsubscribe("bad")).thenThrow(new StockSubscriptionRefusedException(
                StockSubscriptionRefusedException.TOKEN, StockSubscriptionRefusedException.LINK_INVALID));
        ExtendedModelMap refused = new ExtendedModelMap();
        MockHttpServletResponse notFound = new MockHttpServletResponse();
        controller.unsubscribe("bad", refused, notFound);
        assertEquals(404, notFound.getStatus());
        assertEquals("Stock_LinkInvalid", refused.get("unsubscribeError"));
    }
}

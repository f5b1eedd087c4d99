package io.custmgr.common.web.error;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

import javax.servlet.RequestDispatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages(new ErrorClassifier(), "errors/error");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aFailureAnswers500WithAnEightHexDigitReferenceAndNothingOfTheException() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/shop/account");
        request.setContextPath("/shop");

        ModelAndView page = pages.render(request, response,
                new IllegalStateException("select * from BLC_CUSTOMER failed"), null);

        assertEquals(500, response.getStatus());
        assertEquals("errors/error", page.getViewName());
        Map<String, Object> model = page.getModel();
        assertEquals("FAILURE", model.get(ErrorPages.KIND));
        assertTrue(((String) model.get(ErrorPages.REFERENCE)).matches("[0-9a-f]{8}"), model.toString());
        assertEquals("/account", model.get(ErrorPages.PATH));
        assertFalse(model.toString().contains("select") || model.toString().contains("IllegalState"),
                "the model must hold nothing of the exception: " + model);
    }

    @Test
    void notFoundAnswers404WithoutReferenceAndNamesTheOriginalPathOnTheContainersErrorDispatch() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/custmgr/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/account/addresses/99/edit");

        ModelAndView page = pages.render(request, response, null, 404);

        assertEquals(404, response.getStatus());
        assertEquals("NOT_FOUND", page.getModel().get(ErrorPages.KIND));
        assertEquals("/account/addresses/99/edit", page.getModel().get(ErrorPages.PATH));
        assertNull(page.getModel().get(ErrorPages.REFERENCE));
    }

    @Test
    void aRefusedRequestKeepsTheContainersStatus() {
        pages.render(new MockHttpServletRequest("DELETE", "/cart"), response, null, 405);

        assertEquals(405, response.getStatus());
    }

    @Test
    void onlyARefererIntoThisWebappOnThisServerBecomesTheWayBack() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/shop/account/profile");
        request.setContextPath("/shop");
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.addHeader("Referer", "http://localhost:8080/shop/account/profile?x=1");
        assertEquals("/shop/account/profile?x=1", ErrorPages.sameOriginReferer(request));

        MockHttpServletRequest foreign = new MockHttpServletRequest("POST", "/shop/account/profile");
        foreign.setContextPath("/shop");
        foreign.addHeader("Referer", "http://evil.example/shop/account/profile");
        assertNull(ErrorPages.sameOriginReferer(foreign));
    }
}

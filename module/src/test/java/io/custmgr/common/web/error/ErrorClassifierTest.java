package io.custmgr.common.web.error;

import io.custmgr.address.service.AddressNotFoundException;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.util.NestedServletException;

import javax.persistence.EntityNotFoundException;
import javax.servlet.ServletException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ErrorClassifierTest {

    private final ErrorClassifier classifier = new ErrorClassifier();

    @Test
    void broadleafsCsrfFilterRejectingAPostIsAnExpiredSessionEvenWhenWrapped() throws Exception {
        ServletException rejected = csrfRejection();

        assertEquals(ErrorKind.SESSION_EXPIRED, classifier.classify(rejected, null));
        assertEquals(ErrorKind.SESSION_EXPIRED, classifier.classify(new RuntimeException(rejected), 500));
    }

    @Test
    void aServiceExceptionFromElsewhereIsAFailure() {
        ServletException other = new ServletException(new ServiceException("Unable to fetch results"));

        assertEquals(ErrorKind.FAILURE, classifier.classify(other, null));
    }

    @Test
    void missingRecordsAndIdsThatAreNoNumbersAreNotFoundAtAnyDepth() {
        assertEquals(ErrorKind.NOT_FOUND, classifier.classify(new AddressNotFoundException(1L, 2L), null));
        assertEquals(ErrorKind.NOT_FOUND, classifier.classify(new EntityNotFoundException("gone"), null));
        assertEquals(ErrorKind.NOT_FOUND, classifier.classify(
                new TypeMismatchException("abc", Long.class), null));
        assertEquals(ErrorKind.NOT_FOUND, classifier.classify(new RuntimeException(new NestedServletException(
                "Request processing failed", new ServiceException("x", new NumberFormatException("abc")))), null));
    }

    @Test
    void clientErrorsSpringAnswersItselfAreRefusedAndOtherExceptionsFailures() {
        assertEquals(ErrorKind.REFUSED, classifier.classify(new HttpRequestMethodNotSupportedException("PUT"), null));
        assertEquals(ErrorKind.FAILURE, classifier.classify(new IllegalStateException("boom"), null));
        assertEquals(ErrorKind.FAILURE, classifier.classify(new NullPointerException(), 500));
    }

    @Test
    void withoutAnExceptionTheContainersStatusDecides() {
        assertEquals(ErrorKind.NOT_FOUND, classifier.classify(null, 404));
        assertEquals(ErrorKind.REFUSED, classifier.classify(null, 405));
        assertEquals(ErrorKind.FAILURE, classifier.classify(null, 503));
        assertEquals(ErrorKind.FAILURE, classifier.classify(null, null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertEquals(ErrorKind.FAILURE, classifier.classify(first, null));
    }

    /** What Broadleaf's filter really throws for a POST whose token the session does not hold. */
    static ServletException csrfRejection() throws Exception {
        ExploitProtectionService tokens = mock(ExploitProtectionService.class);
        when(tokens.getCsrfTokenParameter()).thenReturn("csrfToken");
        doThrow(new ServiceException("XSRF token mismatch (stale). Session may be expired."))
                .when(tokens).compareToken(any());
        CsrfFilter filter = new CsrfFilter();
        ReflectionTestUtils.setField(filter, "exploitProtectionService", tokens);
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/account/profile");
        post.addParameter("csrfToken", "stale");
        return assertThrows(ServletException.class,
                () -> filter.doFilter(post, new MockHttpServletResponse(), new MockFilterChain()));
    }
}

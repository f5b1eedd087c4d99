package io.custmgr.site.history;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomerNavigationFilterTest {

    final NavigationRecordingProcessor processor = mock(NavigationRecordingProcessor.class);
    final CustomerNavigationFilter filter = new CustomerNavigationFilter(processor);

    @Test
    void recordsAfterTheRestOfTheChainRan() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertSame(request, chain.getRequest());
        verify(processor).process(same(request), anyLong());
    }

    @Test
    void swallowsWhateverTheProcessorThrows() throws Exception {
        when(processor.process(any(HttpServletRequest.class), anyLong())).thenThrow(new IllegalStateException("x"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());

        doThrow(new OutOfMemoryError("pretend")).when(processor).process(any(HttpServletRequest.class), anyLong());
        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
        assertTrue(response.getStatus() == 200);
    }

    @Test
    void theChainsOwnExceptionStillReachesTheCallerAndTheViewIsRecorded() throws Exception {
        FilterChain failing = new FilterChain() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
                throw new ServletException("controller failed");
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

        assertThrows(ServletException.class, () -> filter.doFilter(request, new MockHttpServletResponse(), failing));
        verify(processor).process(same(request), anyLong());
    }
}

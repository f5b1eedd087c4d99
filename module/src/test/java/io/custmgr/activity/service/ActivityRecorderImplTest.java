package io.custmgr.activity.service;

import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.common.web.ClientIpResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActivityRecorderImplTest {

    private final ActivityRecorderImpl recorder = new ActivityRecorderImpl(null,
            new ClientIpResolver("10.0.0.0/8"), 10, 10, 10);

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aDraftTakesTheClientIpOfTheCurrentRequestThroughTrustedProxies() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login_post.htm");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("X-Forwarded-For", "198.51.100.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        ActivityEventDraft draft = recorder.draft(ActivityEventType.LOGIN);

        assertEquals("198.51.100.7", draft.getIpAddress());
        assertNotNull(draft.getTime());
    }

    @Test
    void outsideARequestTheDraftHasNoIp() {
        assertNull(recorder.draft(ActivityEventType.CART_ABANDONED).getIpAddress());
    }

    @Test
    void draftsWithoutTypeOrAfterShutdownAreNotQueued() {
        assertFalse(recorder.record(null));
        assertFalse(recorder.record(new ActivityEventDraft(null, new java.util.Date())));
        assertFalse(recorder.record(recorder.draft(ActivityEventType.LOGIN).customer(1L)), "not started");
        assertEquals(1, recorder.getDroppedCount());
    }
}

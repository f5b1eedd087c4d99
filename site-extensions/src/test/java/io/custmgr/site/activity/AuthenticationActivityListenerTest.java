package io.custmgr.site.activity;

import io.custmgr.activity.service.ActivityEventDraft;
import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.common.validation.ColumnLimits;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerUserDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collections;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AuthenticationActivityListenerTest {

    private final ActivityRecorder recorder = mock(ActivityRecorder.class);
    private final ColumnLimits columnLimits = mock(ColumnLimits.class);
    private final AuthenticationActivityListener listener = new AuthenticationActivityListener();

    @BeforeEach
    void setUp() {
        listener.recorder = recorder;
        listener.columnLimits = columnLimits;
        when(columnLimits.maxLength(Customer.class, "username")).thenReturn(255);
        when(recorder.draft(any(ActivityEventType.class))).thenAnswer(
                call -> new ActivityEventDraft(call.getArgument(0), new Date()));
    }

    @Test
    void anInteractiveSignInIsLoggedOnTheCustomer() {
        CustomerUserDetails details = new CustomerUserDetails(42L, "ada@example.com", "hash", true, true, true, true,
                Collections.<GrantedAuthority>emptyList());
        UsernamePasswordAuthenticationToken token = new UsernamePasswordAuthenticationToken(details, "typed",
                details.getAuthorities());

        listener.onApplicationEvent(new InteractiveAuthenticationSuccessEvent(token, getClass()));

        ActivityEventDraft draft = recorded();
        assertEquals(ActivityEventType.LOGIN, draft.getType());
        assertEquals(Long.valueOf(42L), draft.getCustomerId());
    }

    @Test
    void theNonInteractiveSuccessEventIsNotASecondLogin() {
        CustomerUserDetails details = new CustomerUserDetails(42L, "ada@example.com", "hash", true, true, true, true,
                Collections.<GrantedAuthority>emptyList());
        listener.onApplicationEvent(new AuthenticationSuccessEvent(
                new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities())));

        verify(recorder, never()).record(any(ActivityEventDraft.class));
    }

    @Test
    void aFailedSignInNamesTheTypedUserAndNeverThePassword() {
        UsernamePasswordAuthenticationToken typed = new UsernamePasswordAuthenticationToken("ada@example.com",
                "wrong-password");

        listener.onApplicationEvent(new AuthenticationFailureBadCredentialsEvent(typed,
                new BadCredentialsException("Bad credentials")));

        ActivityEventDraft draft = recorded();
        assertEquals(ActivityEventType.LOGIN_FAILED, draft.getType());
        assertEquals("ada@example.com", draft.getUsername());
        assertNull(draft.getCustomerId(), "the writer finds the customer");
        assertEquals("BadCredentialsException", draft.getDetail());
    }

    @Test
    void aTypedNameLongerThanAnyUserNameIsNotLogged() {
        StringBuilder name = new StringBuilder();
        while (name.length() < 10000) {
            name.append("ada@example.com");
        }
        listener.onApplicationEvent(new AuthenticationFailureBadCredentialsEvent(
                new UsernamePasswordAuthenticationToken(name.toString(), "pw"),
                new BadCredentialsException("Bad credentials")));

        verify(recorder, never()).record(any(ActivityEventDraft.class));
    }

    private ActivityEventDraft recorded() {
        ArgumentCaptor<ActivityEventDraft> draft = ArgumentCaptor.forClass(ActivityEventDraft.class);
        verify(recorder).record(draft.capture());
        return draft.getValue();
    }
}

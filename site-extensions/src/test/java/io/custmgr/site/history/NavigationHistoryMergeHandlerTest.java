package io.custmgr.site.history;

import io.custmgr.history.service.NavigationHistoryService;
import org.broadleafcommerce.common.extension.ExtensionResultHolder;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.security.CustomerMergeExtensionManager;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.WebRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class NavigationHistoryMergeHandlerTest {

    final NavigationHistoryService history = mock(NavigationHistoryService.class);
    final NavigationHistoryMergeHandler handler = new NavigationHistoryMergeHandler();
    final WebRequest request = mock(WebRequest.class);

    NavigationHistoryMergeHandlerTest() {
        handler.historyService = history;
        handler.extensionManager = new CustomerMergeExtensionManager();
    }

    @Test
    void registersWithBroadleafsMergeExtensionManager() {
        handler.register();
        assertTrue(handler.extensionManager.getHandlers().contains(handler));
    }

    @Test
    void movesTheAnonymousHistoryToTheAccount() {
        ExtensionResultStatusType status = handler.merge(holder(customer(5L)), request, customer(9L));

        assertEquals(ExtensionResultStatusType.HANDLED_CONTINUE, status);
        verify(history).moveHistory(9L, 5L);
    }

    @Test
    void withoutAnAnonymousCustomerNothingMoves() {
        handler.merge(holder(customer(5L)), request, null);
        verifyNoInteractions(history);
    }

    @Test
    void aFailingMoveDoesNotBreakTheLogin() {
        when(history.moveHistory(any(Long.class), any(Long.class))).thenThrow(new IllegalStateException("db down"));
        assertEquals(ExtensionResultStatusType.HANDLED_CONTINUE,
                handler.merge(holder(customer(5L)), request, customer(9L)));
    }

    @Test
    void rejectsAMissingCustomerAsTheContractSays() {
        assertThrows(IllegalArgumentException.class,
                () -> handler.merge(new ExtensionResultHolder<Customer>(), request, customer(9L)));
    }

    private static ExtensionResultHolder<Customer> holder(Customer customer) {
        ExtensionResultHolder<Customer> holder = new ExtensionResultHolder<Customer>();
        holder.setResult(customer);
        return holder;
    }

    private static Customer customer(long id) {
        Customer customer = mock(Customer.class);
        when(customer.getId()).thenReturn(id);
        return customer;
    }
}

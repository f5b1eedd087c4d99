package io.custmgr.admin.web.transaction;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.orders.transaction.CustomerTransactionService;
import io.custmgr.customer.orders.transaction.ManualTransactionService;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import javax.servlet.http.HttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** The manual transaction page refuses admin users without "Record Transactions" or the CSRF token. */
class ManualTransactionControllerTest {

    ManualTransactionController controller = new ManualTransactionController();
    AdminPermissions permissions = mock(AdminPermissions.class);

    @BeforeEach
    void wire() {
        controller.permissions = permissions;
        controller.transactions = mock(CustomerTransactionService.class);
        controller.manual = mock(ManualTransactionService.class);
        controller.csrf = mock(AdminCsrf.class);
    }

    @Test
    void withoutRecordTransactionsNothingIsReadOrWritten() throws Exception {
        doThrow(new SecurityServiceException("denied")).when(permissions)
                .checkHolds(AdminPermissions.RECORD_TRANSACTIONS);
        assertThrows(SecurityServiceException.class, () -> controller.show(new ExtendedModelMap(), 7L));
        assertThrows(SecurityServiceException.class, () -> record("7"));
        verifyNoInteractions(controller.transactions, controller.manual);
    }

    @Test
    void aPostWithoutTheSessionsTokenWritesNothing() throws Exception {
        doThrow(new ServiceException("bad token")).when(controller.csrf).check(any(HttpServletRequest.class));
        assertThrows(ServiceException.class, () -> record("7"));
        verifyNoInteractions(controller.manual);
    }

    @Test
    void aTypedOrderIdIsADecimalNumberOrNone() {
        assertEquals(Long.valueOf(42), ManualTransactionController.id(" 42 "));
        assertNull(ManualTransactionController.id("42; DROP"));
        assertNull(ManualTransactionController.id("-1"));
        assertNull(ManualTransactionController.id(null));
    }

    private String record(String orderId) throws Exception {
        return controller.record(new ExtendedModelMap(), mock(HttpServletRequest.class),
                new RedirectAttributesModelMap(), 7L, "REFUND", orderId, "1.00", null, null, null, "why");
    }
}

package io.custmgr.admin.web.rewards;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.rewards.service.RewardPointsService;

import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import javax.servlet.http.HttpServletRequest;

/** The reward points page refuses admin users without its permissions before reading or changing anything. */
class CustomerRewardPointsControllerTest {

    CustomerRewardPointsController controller = new CustomerRewardPointsController();
    AdminPermissions permissions = mock(AdminPermissions.class);

    @BeforeEach
    void wire() {
        controller.permissions = permissions;
        controller.points = mock(RewardPointsService.class);
        controller.csrf = mock(AdminCsrf.class);
    }

    @Test
    void withoutReadingCustomersThePageShowsNothing() throws Exception {
        doThrow(new SecurityServiceException("denied")).when(permissions).check(AdminOperation.READ, Customer.class);
        assertThrows(SecurityServiceException.class, () -> controller.show(new ExtendedModelMap(), 7L, 1));
        verifyNoInteractions(controller.points);
    }

    @Test
    void withoutManageRewardPointsNoAdjustmentIsMadeNorItsTokenChecked() throws Exception {
        doThrow(new SecurityServiceException("denied")).when(permissions)
                .checkHolds(AdminPermissions.MANAGE_REWARD_POINTS);
        HttpServletRequest request = mock(HttpServletRequest.class);
        assertThrows(SecurityServiceException.class, () -> controller.adjust(new ExtendedModelMap(), request,
                new RedirectAttributesModelMap(), 7L, "500", "goodwill"));
        verifyNoInteractions(controller.points);
        verify(controller.csrf, never()).check(any(HttpServletRequest.class));
    }
}

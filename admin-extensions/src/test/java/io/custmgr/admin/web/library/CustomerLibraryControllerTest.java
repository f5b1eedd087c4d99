package io.custmgr.admin.web.library;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.library.admin.LibraryAdminService;
import io.custmgr.library.service.LibraryService;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The library page refuses admin users without its permissions before reading or changing anything. */
class CustomerLibraryControllerTest {

    CustomerLibraryController controller = new CustomerLibraryController();
    AdminPermissions permissions = mock(AdminPermissions.class);

    @BeforeEach
    void wire() throws Exception {
        controller.permissions = permissions;
        controller.library = mock(LibraryService.class);
        controller.libraryAdmin = mock(LibraryAdminService.class);
        controller.csrf = mock(AdminCsrf.class);
        doThrow(new SecurityServiceException("denied")).when(permissions).checkHolds(anyString());
    }

    @Test
    void withoutViewLibraryThePageShowsNothing() {
        assertThrows(SecurityServiceException.class, () -> controller.show(new ExtendedModelMap(), 7L));
        verifyNoInteractions(controller.library, controller.libraryAdmin);
    }

    @Test
    void aViewerWithoutManageLibraryCannotGrantRevokeRestoreNoteOrRebuild() throws Exception {
        doThrow(new SecurityServiceException("denied")).when(permissions).checkHolds(AdminPermissions.MANAGE_LIBRARY);
        when(permissions.holds(AdminPermissions.VIEW_LIBRARY)).thenReturn(true);
        HttpServletRequest request = mock(HttpServletRequest.class);
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        assertThrows(SecurityServiceException.class, () -> controller.grant(new ExtendedModelMap(), request,
                redirect, 7L, 1L, "MANUAL", null, null));
        assertThrows(SecurityServiceException.class, () -> controller.revoke(new ExtendedModelMap(), request,
                redirect, 7L, 1L, "why"));
        assertThrows(SecurityServiceException.class, () -> controller.restore(new ExtendedModelMap(), request,
                redirect, 7L, 1L));
        assertThrows(SecurityServiceException.class, () -> controller.note(new ExtendedModelMap(), request,
                redirect, 7L, 1L, "n"));
        assertThrows(SecurityServiceException.class, () -> controller.rebuild(request, redirect, 7L));
        verifyNoInteractions(controller.libraryAdmin);
        verify(controller.csrf, never()).check(request);
    }
}

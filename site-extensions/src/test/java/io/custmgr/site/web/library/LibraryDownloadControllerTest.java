package io.custmgr.site.web.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.domain.DigitalFileImpl;
import io.custmgr.library.download.AuthorizedDownload;
import io.custmgr.library.download.DownloadRefusedException;
import io.custmgr.library.download.DownloadService;
import io.custmgr.library.store.LocalDirectoryFileStore;
import io.custmgr.library.store.StoredContent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;

class LibraryDownloadControllerTest {

    @TempDir
    Path dir;

    final DownloadService downloads = mock(DownloadService.class);
    final LibraryDownloadController controller = new LibraryDownloadController() {
        @Override
        protected Long currentCustomerId() {
            return 42L;
        }
    };
    final byte[] bytes = new byte[1000];
    AuthorizedDownload allowed;

    @BeforeEach
    void setUp() throws Exception {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        LocalDirectoryFileStore store = new LocalDirectoryFileStore(dir.toString());
        StoredContent stored = store.store(new ByteArrayInputStream(bytes), 10000);
        DigitalFile file = new DigitalFileImpl();
        file.setProductId(5L);
        file.setFileName("Guide \u00e9.pdf");
        file.setContentType("application/pdf");
        file.setStoredName(stored.getKey());
        allowed = new AuthorizedDownload(42L, file);
        controller.downloads = downloads;
        controller.store = store;
        controller.ipResolver = new ClientIpResolver("");
    }

    @Test
    void streamsTheWholeFileAsAnAttachmentAndLogsIt() throws Exception {
        when(downloads.authorize("t", 42L, true)).thenReturn(allowed);
        MockHttpServletResponse response = get(null);

        assertEquals(200, response.getStatus());
        assertArrayEquals(bytes, response.getContentAsByteArray());
        assertEquals("application/pdf", response.getContentType());
        assertEquals("bytes", response.getHeader("Accept-Ranges"));
        assertEquals("no-store", response.getHeader("Cache-Control"));
        assertTrue(response.getHeader("Content-Disposition").contains("filename*=UTF-8''Guide%20%C3%A9.pdf"));
        verify(downloads).record(eq(allowed), eq(1000L), eq("198.51.100.7"), eq("test agent"));
    }

    @Test
    void servesOneRangeAndCountsOnlyRangesFromTheFirstByte() throws Exception {
        when(downloads.authorize("t", 42L, false)).thenReturn(allowed);
        MockHttpServletResponse response = get("bytes=900-");
        assertEquals(206, response.getStatus());
        assertEquals("bytes 900-999/1000", response.getHeader("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(bytes, 900, 1000), response.getContentAsByteArray());

        when(downloads.authorize("t", 42L, true)).thenReturn(allowed);
        assertEquals(10, get("bytes=0-9").getContentAsByteArray().length);
    }

    @Test
    void aRangeBeyondTheEndGets416AndNoBytes() throws Exception {
        when(downloads.authorize("t", 42L, false)).thenReturn(allowed);
        MockHttpServletResponse response = get("bytes=1000-");
        assertEquals(416, response.getStatus());
        assertEquals("bytes */1000", response.getHeader("Content-Range"));
        assertEquals(0, response.getContentAsByteArray().length);
    }

    @Test
    void aRefusedLinkGetsAPageSayingWhyAndNoBytes() throws Exception {
        when(downloads.authorize("t", 42L, true)).thenThrow(new DownloadRefusedException("revoked"));
        MockHttpServletResponse response = get(null);
        assertEquals(403, response.getStatus());
        String page = response.getContentAsString();
        assertTrue(page.contains("removed from your library"), page);
        assertFalse(page.contains("%PDF"));
        verify(downloads, never()).record(eq(allowed), eq(0L), anyString(), anyString());
    }

    private MockHttpServletResponse get(String range) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", LibraryDownloadController.PATH);
        request.setParameter("token", "t");
        request.setRemoteAddr("198.51.100.7");
        request.addHeader("User-Agent", "test agent");
        if (range != null) {
            request.addHeader("Range", range);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.download("t", request, response);
        return response;
    }
}

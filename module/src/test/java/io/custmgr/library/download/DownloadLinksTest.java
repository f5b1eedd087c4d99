package io.custmgr.library.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DownloadLinksTest {

    static final long NOW = 1800000000000L;
    final DownloadLinks links = new DownloadLinks("a secret of the shop", 300);

    @Test
    void aTokenCarriesCustomerFileAndExpiryUntilItExpires() {
        String token = links.sign(42, 7, NOW);
        assertArrayEquals(new long[] {42, 7, NOW / 1000 + 300}, links.verify(token, NOW + 299000));
        assertEquals(DownloadRefusedException.EXPIRED, refusal(token, NOW + 300000));
    }

    @Test
    void changingAnyPartOrTheSecretBreaksTheSignature() {
        String token = links.sign(42, 7, NOW);
        String[] parts = token.split("\\.");
        assertEquals(DownloadRefusedException.TAMPERED, refusal("43." + parts[1] + "." + parts[2] + "." + parts[3], NOW));
        assertEquals(DownloadRefusedException.TAMPERED, refusal(parts[0] + ".8." + parts[2] + "." + parts[3], NOW));
        assertEquals(DownloadRefusedException.TAMPERED,
                refusal(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 3600) + "." + parts[3], NOW));
        assertEquals(DownloadRefusedException.TAMPERED, refusal(token + "0", NOW));
        assertEquals(DownloadRefusedException.TAMPERED, refusal("garbage", NOW));
        assertEquals(DownloadRefusedException.TAMPERED, refusal(null, NOW));
        DownloadLinks otherShop = new DownloadLinks("another secret", 300);
        assertThrows(DownloadRefusedException.class, () -> otherShop.verify(token, NOW));
    }

    private String refusal(String token, long now) {
        return assertThrows(DownloadRefusedException.class, () -> links.verify(token, now)).getCode();
    }
}

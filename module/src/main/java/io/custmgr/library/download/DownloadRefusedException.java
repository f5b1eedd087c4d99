package io.custmgr.library.download;

/**
 * A download link was refused; nothing may be served. {@link #getCode()} says why, for the page the shopper sees:
 * {@code tampered}, {@code expired}, {@code otherCustomer}, {@code unknownFile}, {@code notInLibrary},
 * {@code revoked}, {@code limitReached}, {@code accessExpired}.
 */
public class DownloadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String TAMPERED = "tampered";
    public static final String EXPIRED = "expired";
    public static final String OTHER_CUSTOMER = "otherCustomer";
    public static final String UNKNOWN_FILE = "unknownFile";
    public static final String NOT_IN_LIBRARY = "notInLibrary";
    public static final String REVOKED = "revoked";
    public static final String LIMIT_REACHED = "limitReached";
    public static final String ACCESS_EXPIRED = "accessExpired";

    private final String code;

    public DownloadRefusedException(String code) {
        super("Download refused: " + code);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}

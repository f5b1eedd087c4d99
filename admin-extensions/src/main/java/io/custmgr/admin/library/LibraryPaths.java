package io.custmgr.admin.library;

/** Admin paths of the digital library's pages. */
public final class LibraryPaths {

    /** Customer Care → Downloads; {@code ?customer=id} filters by customer. */
    public static final String DOWNLOADS = "/library-downloads";
    /** Customer Care → Library Rebuild: the bulk rebuild of every customer's library. */
    public static final String REBUILD = "/library-rebuild";

    private LibraryPaths() {
    }

    /** "/customer/{id}/library": the customer's library page with its actions. */
    public static String ofCustomer(Long customerId) {
        return "/customer/" + customerId + "/library";
    }

    /** "/product/{id}/digital-files": a product's files with upload and remove. */
    public static String ofProduct(Long productId) {
        return "/product/" + productId + "/digital-files";
    }

    /** @return bytes as "1.5 MB", "12 KB", "300 B" */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}

package io.custmgr.library.download;

import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.service.DigitalFileService;
import io.custmgr.library.service.LibraryItem;
import io.custmgr.library.service.LibraryService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What a storefront's "My library" page shows (bean {@code cmLibraryShelf}): the customer's items, each with its
 * files and, while the item may be downloaded, a freshly signed token per file. Two statements whatever the library's
 * size (the items, then their files).
 */
public class LibraryShelf {

    private final LibraryService library;
    private final DigitalFileService files;
    private final DownloadService downloads;

    public LibraryShelf(LibraryService library, DigitalFileService files, DownloadService downloads) {
        this.library = library;
        this.files = files;
        this.downloads = downloads;
    }

    /** @return the customer's items in name order, with the files of each */
    public List<ShelfItem> findShelf(long customerId) {
        List<LibraryItem> items = library.findLibrary(customerId);
        List<Long> productIds = new ArrayList<Long>();
        for (LibraryItem item : items) {
            productIds.add(item.getProductId());
        }
        Map<Long, List<DigitalFile>> byProduct = files.findFilesOfProducts(productIds);
        Date now = new Date();
        List<ShelfItem> shelf = new ArrayList<ShelfItem>();
        for (LibraryItem item : items) {
            String refusal = refusal(item, now);
            List<ShelfFile> shelfFiles = new ArrayList<ShelfFile>();
            List<DigitalFile> itemFiles = byProduct.get(item.getProductId());
            for (DigitalFile file : itemFiles == null ? Collections.<DigitalFile>emptyList() : itemFiles) {
                shelfFiles.add(new ShelfFile(file, refusal == null ? downloads.sign(customerId, file.getId()) : null));
            }
            shelf.add(new ShelfItem(item, shelfFiles, refusal));
        }
        return shelf;
    }

    /** @return why the item's files cannot be downloaded now (a {@link DownloadRefusedException} code), or null */
    static String refusal(LibraryItem item, Date now) {
        if (!item.isEntry()) {
            return null;
        }
        if (!item.isActive()) {
            return DownloadRefusedException.REVOKED;
        }
        if (item.getAccessExpires() != null && !item.getAccessExpires().after(now)) {
            return DownloadRefusedException.ACCESS_EXPIRED;
        }
        if (item.getDownloadsAllowed() != null && item.getDownloadsUsed() >= item.getDownloadsAllowed()) {
            return DownloadRefusedException.LIMIT_REACHED;
        }
        return null;
    }

    /** One library item with its files. */
    public static final class ShelfItem implements Serializable {

        private static final long serialVersionUID = 1L;
        private final LibraryItem item;
        private final List<ShelfFile> files;
        private final String refusal;

        ShelfItem(LibraryItem item, List<ShelfFile> files, String refusal) {
            this.item = item;
            this.files = Collections.unmodifiableList(files);
            this.refusal = refusal;
        }

        public LibraryItem getItem() {
            return item;
        }

        public List<ShelfFile> getFiles() {
            return files;
        }

        /** @return null while the files may be downloaded, else revoked, accessExpired or limitReached */
        public String getRefusal() {
            return refusal;
        }

        public boolean isDownloadable() {
            return refusal == null;
        }
    }

    /** One file of an item, with its signed token while the item may be downloaded. */
    public static final class ShelfFile implements Serializable {

        private static final long serialVersionUID = 1L;
        private final DigitalFile file;
        private final String token;

        ShelfFile(DigitalFile file, String token) {
            this.file = file;
            this.token = token;
        }

        public DigitalFile getFile() {
            return file;
        }

        /** @return the download token, null when the item may not be downloaded */
        public String getToken() {
            return token;
        }
    }
}

package io.custmgr.sample.seed;

import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.service.DigitalFileService;
import io.custmgr.library.service.LibraryService;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The digital library's demo data: the files of the digital products (through the module's file service, so they
 * land in the configured file store) and the customers' libraries, rebuilt from the seeded orders as the admin's
 * bulk rebuild would. A product that already has files is left alone.
 */
final class LibrarySeeder {

    private final DigitalFileService files;
    private final LibraryService library;
    private final CatalogService catalogService;

    LibrarySeeder(DigitalFileService files, LibraryService library, CatalogService catalogService) {
        this.files = files;
        this.library = library;
        this.catalogService = catalogService;
    }

    /** @return files added */
    int ensureFiles() {
        int added = 0;
        for (String[] file : DemoFiles.FILES) {
            Product product = catalogService.findProductByURI(file[2]);
            if (product == null || hasFile(product.getId(), file[0])) {
                continue;
            }
            try {
                files.addFile(product.getId(), file[0], file[1], new ByteArrayInputStream(DemoFiles.content(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            added++;
        }
        return added;
    }

    /** @return library entries added from the orders of every customer */
    int grantFromOrders() {
        return library.rebuildRange(0, Long.MAX_VALUE)[0];
    }

    private boolean hasFile(Long productId, String name) {
        for (DigitalFile existing : files.findFiles(productId)) {
            if (existing.getFileName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

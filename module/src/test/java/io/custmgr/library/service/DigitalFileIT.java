package io.custmgr.library.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.library.dao.DigitalFileDao;
import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.domain.DigitalProduct;
import io.custmgr.library.store.LocalDirectoryFileStore;
import io.custmgr.library.type.DigitalPackageType;
import io.custmgr.test.BroadleafIntegrationTest;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.xml.bind.DatatypeConverter;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Digital products and their files in the merged Broadleaf context: the digital flag lives on Broadleaf's own product
 * class (class transformer), uploads are checked field by field and leave no bytes behind when refused or rolled back.
 * Everything commits for real; each test removes what it made.
 */
@BroadleafIntegrationTest
class DigitalFileIT {

    @Resource(name = "cmDigitalFileService")
    DigitalFileService files;

    @Resource(name = "cmDigitalFileDao")
    DigitalFileDao dao;

    @Resource(name = "cmDigitalFileStore")
    LocalDirectoryFileStore store;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entities;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    TransactionTemplate tx;
    JdbcTemplate jdbc;
    LibraryRows rows;
    final List<Long> products = new ArrayList<Long>();

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactionManager);
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        rows = new LibraryRows(jdbc, tx, em, entities);
    }

    @AfterEach
    void cleanUp() {
        for (Long product : products) {
            for (DigitalFile file : files.findFiles(product)) {
                files.removeFile(file.getId());
            }
        }
        rows.deleteProducts();
    }

    @Test
    void broadleafsOwnProductCarriesTheDigitalFlagAndPackageType() {
        Long id = product("E-book", DigitalPackageType.BUNDLE);

        assertEquals(Boolean.TRUE, jdbc.queryForObject("SELECT CM_DIGITAL FROM BLC_PRODUCT WHERE PRODUCT_ID = ?",
                Boolean.class, id));
        DigitalProduct loaded = tx.execute(status -> (DigitalProduct) em.find(
                entities.lookupEntityClass(Product.class.getName()), id));
        assertTrue(loaded.getDigitalSettings().isDigital());
        assertSame(DigitalPackageType.BUNDLE, loaded.getDigitalSettings().getPackageType());
    }

    @Test
    void anUploadIsStoredWithItsSizeAndChecksumAndListedWithTheProduct() throws Exception {
        Long product = product("Audio book", DigitalPackageType.SINGLE);
        byte[] bytes = "chapter one".getBytes(StandardCharsets.UTF_8);

        DigitalFile file = files.addFile(product, " chapter-1.mp3 ", "audio/mpeg; charset=binary",
                new ByteArrayInputStream(bytes));

        assertEquals("chapter-1.mp3", file.getFileName());
        assertEquals("audio/mpeg", file.getContentType());
        assertEquals(bytes.length, file.getSize());
        assertEquals(DatatypeConverter.printHexBinary(MessageDigest.getInstance("SHA-256").digest(bytes)).toLowerCase(), file.getSha256());
        assertFalse(file.getStoredName().contains("chapter"), "stored under the store's key, not the upload's name");
        assertEquals(1, files.findFiles(product).size());
        try (InputStream in = store.open(files.findFile(file.getId()).getStoredName(), 0)) {
            assertArrayEquals(bytes, org.springframework.util.StreamUtils.copyToByteArray(in));
        }
    }

    @Test
    void aRefusedUploadNamesEveryFieldAndStoresNothing() throws Exception {
        Long product = product("Video course", DigitalPackageType.SINGLE);
        long before = storedFiles();

        Map<String, String> errors = assertThrows(InvalidDigitalFileException.class, () -> files.addFile(product,
                "../../etc/passwd", "application/x-msdownload", new ByteArrayInputStream(new byte[1]))).getErrors();
        assertEquals(InvalidDigitalFileException.BAD_NAME, errors.get(InvalidDigitalFileException.FIELD_NAME));
        assertEquals(InvalidDigitalFileException.REFUSED_TYPE, errors.get(InvalidDigitalFileException.FIELD_CONTENT));

        assertEquals(InvalidDigitalFileException.NOT_FOUND, assertThrows(InvalidDigitalFileException.class,
                () -> files.addFile(-42L, "a.pdf", "application/pdf", new ByteArrayInputStream(new byte[1])))
                .getErrors().get(InvalidDigitalFileException.FIELD_PRODUCT));

        DigitalFileService small = new DigitalFileServiceImpl(dao, store, 10, "application/pdf");
        assertEquals(InvalidDigitalFileException.TOO_LARGE, assertThrows(InvalidDigitalFileException.class,
                () -> small.addFile(product, "big.pdf", "application/pdf", new ByteArrayInputStream(new byte[11])))
                .getErrors().get(InvalidDigitalFileException.FIELD_CONTENT));
        assertEquals(InvalidDigitalFileException.EMPTY, assertThrows(InvalidDigitalFileException.class,
                () -> files.addFile(product, "empty.pdf", "application/pdf", new ByteArrayInputStream(new byte[0])))
                .getErrors().get(InvalidDigitalFileException.FIELD_CONTENT));

        assertEquals(0, files.findFiles(product).size());
        assertEquals(before, storedFiles());
    }

    @Test
    void bytesGoWhenTheTransactionRollsBackOrTheFileIsRemoved() throws Exception {
        Long product = product("Sheet music", DigitalPackageType.COMBO);
        String rolledBack = tx.execute(status -> {
            try {
                DigitalFile file = files.addFile(product, "score.pdf", "application/pdf",
                        new ByteArrayInputStream(new byte[] {1, 2, 3}));
                status.setRollbackOnly();
                return file.getStoredName();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(-1, store.length(rolledBack));
        assertEquals(0, files.findFiles(product).size());

        DigitalFile kept = files.addFile(product, "score.pdf", "application/pdf",
                new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertEquals(3, store.length(kept.getStoredName()));
        files.removeFile(kept.getId());
        assertNull(files.findFile(kept.getId()));
        assertEquals(-1, store.length(kept.getStoredName()));
    }

    private Long product(String name, DigitalPackageType type) {
        long id = rows.product(name, true, type)[1];
        products.add(id);
        return id;
    }

    private long storedFiles() throws Exception {
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(store.getDirectory())) {
            return list.count();
        }
    }
}

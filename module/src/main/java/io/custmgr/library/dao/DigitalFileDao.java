package io.custmgr.library.dao;

import io.custmgr.library.domain.DigitalFile;

import java.util.List;

/** CM_DIGITAL_FILE and the digital flag of Broadleaf's products. Callers hold the transaction. */
public interface DigitalFileDao {

    DigitalFile create();

    DigitalFile save(DigitalFile file);

    /** @return the file, or null */
    DigitalFile readById(Long fileId);

    /** @return the product's files by name, one statement */
    List<DigitalFile> readByProduct(Long productId);

    void delete(DigitalFile file);

    /** @return true when the product exists */
    boolean productExists(Long productId);
}

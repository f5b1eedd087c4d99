package io.custmgr.library.dao;

import io.custmgr.library.domain.DigitalFile;

import java.util.Collection;
import java.util.List;

/** CM_DIGITAL_FILE and the digital flag of Broadleaf's products. Callers hold the transaction. */
public interface DigitalFileDao {

    DigitalFile create();

    DigitalFile save(DigitalFile file);

    /** @return the file, or null */
    DigitalFile readById(Long fileId);

    /** @return the product's files by name, one statement */
    List<DigitalFile> readByProduct(Long productId);

    /** @return the files of all these products by product and name, one statement per 500 products */
    List<DigitalFile> readByProducts(Collection<Long> productIds);

    void delete(DigitalFile file);

    /** @return true when the product exists */
    boolean productExists(Long productId);
}

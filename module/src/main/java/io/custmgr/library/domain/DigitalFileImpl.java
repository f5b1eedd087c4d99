package io.custmgr.library.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.service.AuditActors;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.PrePersist;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@AdminAudited(section = DigitalFileImpl.AUDIT_SECTION)
@Table(name = DigitalFileImpl.TABLE)
public class DigitalFileImpl implements DigitalFile {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_DIGITAL_FILE";
    public static final String AUDIT_SECTION = "Digital library";
    static final int ADDED_BY_LENGTH = 100;

    @Id
    @GeneratedValue(generator = "DigitalFileId")
    @GenericGenerator(name = "DigitalFileId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "DigitalFileImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.library.domain.DigitalFileImpl")})
    @Column(name = "FILE_ID")
    protected Long id;

    @Column(name = "PRODUCT_ID", nullable = false)
    @Index(name = "CM_DIGITAL_FILE_PRODUCT_IDX")
    protected Long productId;

    @Column(name = "FILE_NAME", length = NAME_LENGTH, nullable = false)
    protected String fileName;

    @Column(name = "CONTENT_TYPE", length = CONTENT_TYPE_LENGTH, nullable = false)
    protected String contentType;

    @Column(name = "FILE_SIZE", nullable = false)
    protected Long size;

    @Column(name = "SHA256", length = 64, nullable = false)
    protected String sha256;

    @Column(name = "STORED_NAME", length = 64, nullable = false)
    protected String storedName;

    @Column(name = "DATE_ADDED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date dateAdded;

    @Column(name = "ADDED_BY", length = ADDED_BY_LENGTH)
    protected String addedBy;

    @PrePersist
    protected void stamp() {
        dateAdded = new Date();
        String actor = AuditActors.currentName();
        addedBy = actor == null || actor.length() <= ADDED_BY_LENGTH ? actor : actor.substring(0, ADDED_BY_LENGTH);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getProductId() {
        return productId;
    }

    @Override
    public void setProductId(Long productId) {
        this.productId = productId;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    @Override
    public long getSize() {
        return size == null ? 0L : size;
    }

    @Override
    public void setSize(long size) {
        this.size = size;
    }

    @Override
    public String getSha256() {
        return sha256;
    }

    @Override
    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    @Override
    public String getStoredName() {
        return storedName;
    }

    @Override
    public void setStoredName(String storedName) {
        this.storedName = storedName;
    }

    @Override
    public Date getDateAdded() {
        return dateAdded;
    }

    @Override
    public String getAddedBy() {
        return addedBy;
    }
}

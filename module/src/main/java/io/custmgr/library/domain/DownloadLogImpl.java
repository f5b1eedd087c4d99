package io.custmgr.library.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One download served (CM_DOWNLOAD_LOG), written in batches with JDBC by the download log's background writer; mapped
 * so the schema knows it. Ids come from this entity's generator segment through {@code IdBlockAllocator}.
 */
@Entity
@Table(name = DownloadLogImpl.TABLE)
public class DownloadLogImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_DOWNLOAD_LOG";
    public static final String ID_SEGMENT = "DownloadLogImpl";
    public static final int ID_INCREMENT = 50;
    public static final int USER_AGENT_LENGTH = 500;

    @Id
    @GeneratedValue(generator = "DownloadLogId")
    @GenericGenerator(name = "DownloadLogId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = ID_SEGMENT),
                    @Parameter(name = "increment_size", value = "" + ID_INCREMENT),
                    @Parameter(name = "entity_name", value = "io.custmgr.library.domain.DownloadLogImpl")})
    @Column(name = "LOG_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CM_DOWNLOAD_LOG_CUSTOMER_IDX")
    protected Long customerId;

    @Column(name = "FILE_ID", nullable = false)
    protected Long fileId;

    @Column(name = "PRODUCT_ID", nullable = false)
    protected Long productId;

    @Column(name = "FILE_NAME", length = DigitalFile.NAME_LENGTH, nullable = false)
    protected String fileName;

    @Column(name = "DOWNLOAD_TIME", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date downloadTime;

    @Column(name = "BYTES_SENT", nullable = false)
    protected Long bytesSent;

    @Column(name = "IP_ADDRESS", length = 45)
    protected String ipAddress;

    @Column(name = "USER_AGENT", length = USER_AGENT_LENGTH)
    protected String userAgent;
}

package org.multisitecrm.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;
import java.util.Base64;

/** A domain's logo (base64 of a PNG, JPEG, GIF or WebP; its type is read from its bytes) and header line. */
@Entity
@Table(name = "crm_domain_branding")
public class DomainBranding extends SeparableEntity {

    @Column(columnDefinition = "MEDIUMTEXT")
    private String logo;

    @Column(name = "logo_type")
    private String logoType;

    private String header;

    @Column(name = "modified_date", insertable = false, updatable = false)
    private LocalDateTime modifiedDate;

    protected DomainBranding() {
    }

    public DomainBranding(String header) {
        this.header = header;
    }

    /** The type follows the bytes on every path, so a logo is never served as what it is not. */
    @PrePersist
    @PreUpdate
    void typed() {
        logoType = logo == null ? null : ImageKind.of(bytes()).orElse(null);
        if (logoType == null) {
            logo = null;
        }
    }

    public byte[] bytes() {
        return logo == null ? new byte[0] : Base64.getMimeDecoder().decode(logo);
    }

    public boolean hasLogo() {
        return logo != null && logoType != null;
    }

    public String getLogoType() {
        return logoType;
    }

    public String getHeader() {
        return header;
    }

    public void setHeader(String header) {
        this.header = header;
    }
}

package org.multisitecrm.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.GeneratedIdEntity;

/**
 * A hostname and port that serve one domain, as Wagtail's Site. Exactly one site is the default,
 * answering requests whose host matches no other (the database allows at most one).
 */
@Entity
@Table(name = "crm_site")
public class Site extends GeneratedIdEntity {

    public static final int DEFAULT_PORT = 80;

    @ManyToOne(optional = false)
    @JoinColumn(name = "domain_id", nullable = false)
    private Domain domain;

    @Column(nullable = false)
    private String hostname;

    @Column(nullable = false)
    private int port = DEFAULT_PORT;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    protected Site() {
    }

    public Site(Domain domain, String hostname, int port, boolean isDefault) {
        this.domain = domain;
        this.hostname = RequestHost.normalizeHostname(hostname);
        this.port = port;
        this.isDefault = isDefault;
    }

    public Domain getDomain() {
        return domain;
    }

    public String getHostname() {
        return hostname;
    }

    public int getPort() {
        return port;
    }

    public boolean isDefault() {
        return isDefault;
    }
}

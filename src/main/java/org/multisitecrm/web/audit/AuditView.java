package org.multisitecrm.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.security.audit.AuditLog;
import org.multisitecrm.security.audit.RefusalFilter;
import org.multisitecrm.tenancy.SiteDirectory;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The access audit: refused accesses newest first, a page at a time from {@link AuditLog} (which
 * answers head office alone), narrowed by user, entity, action and domain.
 */
@Named("audit")
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    private AuditLog log;

    @Inject
    private SiteDirectory sites;

    private String username;
    private String entity;
    private String action;
    private Long domainId;
    private LazyDataModel<RefusalRow> refusals;

    @PostConstruct
    void init() {
        refusals = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, log.count(filter()));
            }

            @Override
            public List<RefusalRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return log.page(filter(), first, pageSize).stream()
                        .map(r -> new RefusalRow(r, domainName(r.getRequestDomainId()))).toList();
            }

            @Override
            public String getRowKey(RefusalRow row) {
                return String.valueOf(row.getId());
            }
        };
    }

    private RefusalFilter filter() {
        return new RefusalFilter(username, entity, action, domainId);
    }

    private String domainName(Long id) {
        return id == null ? "" : sites.table().domain(id).map(d -> d.name()).orElse("domain " + id);
    }

    public List<SelectItem> getDomains() {
        return sites.table().domains().stream().sorted(java.util.Comparator.comparing(d -> d.name()))
                .map(d -> new SelectItem(d.id(), d.name())).toList();
    }

    public LazyDataModel<RefusalRow> getRefusals() {
        return refusals;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Long getDomainId() {
        return domainId;
    }

    public void setDomainId(Long domainId) {
        this.domainId = domainId;
    }
}

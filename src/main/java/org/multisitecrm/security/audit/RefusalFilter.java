package org.multisitecrm.security.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the audit page narrows refusals to: who (username contains), which entity and action (exact),
 * on which domain. Blank parts do not narrow. Values are bound, never spliced into the query.
 */
public record RefusalFilter(String username, String entity, String action, Long domainId) {

    public static final RefusalFilter NONE = new RefusalFilter(null, null, null, null);

    String where(Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (username != null && !username.isBlank()) {
            conditions.add("LOWER(r.username) LIKE :username");
            parameters.put("username", "%" + username.trim().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (entity != null && !entity.isBlank()) {
            conditions.add("r.entity = :entity");
            parameters.put("entity", entity.trim());
        }
        if (action != null && !action.isBlank()) {
            conditions.add("r.action = :action");
            parameters.put("action", action.trim());
        }
        if (domainId != null) {
            conditions.add("r.requestDomainId = :domainId");
            parameters.put("domainId", domainId);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}

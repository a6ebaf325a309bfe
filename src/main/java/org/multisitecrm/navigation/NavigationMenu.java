package org.multisitecrm.navigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The current domain's menu as a user sees it: its active {@code civicrm_navigation} rows (scoped to
 * the domain like every read), ordered by weight, each kept only if the user holds its permissions
 * ({@link MenuPermission}) and, below the top, only if its parent is kept.
 */
@ApplicationScoped
@Transactional
public class NavigationMenu {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public List<MenuItem> visibleTo(Predicate<String> holdsPermission) {
        List<Navigation> rows = em.createQuery("SELECT n FROM Navigation n WHERE n.isActive = true ORDER BY n.weight, n.id",
                Navigation.class).getResultList();
        Map<Long, List<Navigation>> byParent = new LinkedHashMap<>();
        for (Navigation row : rows) {
            Long parent = row.getParent() == null ? 0L : row.getParent().getId();
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
        }
        return children(0L, byParent, holdsPermission);
    }

    private static List<MenuItem> children(Long parent, Map<Long, List<Navigation>> byParent, Predicate<String> holds) {
        List<MenuItem> items = new ArrayList<>();
        for (Navigation row : byParent.getOrDefault(parent, List.of()).stream()
                .sorted(Comparator.comparingInt(Navigation::getWeight)).toList()) {
            if (MenuPermission.of(row.getPermission(), row.getPermissionOperator()).allows(holds)) {
                items.add(new MenuItem(row.getName(), row.getLabel(), row.getUrl(), row.getIcon(), row.getHasSeparator(),
                        children(row.getId(), byParent, holds)));
            }
        }
        return items;
    }
}

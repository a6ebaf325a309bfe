package org.multisitecrm.web.shell;

import java.util.Map;
import java.util.Optional;

/**
 * Where a menu entry's CiviCRM path ({@code civicrm/contact/search?reset=1}) leads in this back office.
 * Menu rows keep CiviCRM's paths, so a menu administrators know (or copy) keeps working; an entry whose
 * page this server does not have yet is left out of the menu rather than linked to a dead end.
 */
public final class BackOfficeRoutes {

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("civicrm/group", "/group/groups.xhtml"),
            Map.entry("civicrm/dashboard", "/index.xhtml"),
            Map.entry("civicrm/contact/search", "/contact/search.xhtml"),
            Map.entry("civicrm/contact/view", "/contact/view.xhtml"),
            Map.entry("civicrm/contact/add", "/contact/edit.xhtml"),
            Map.entry("civicrm/admin/setting", "/setting/settings.xhtml"),
            Map.entry("civicrm/admin/audit", "/audit/refusals.xhtml"),
            Map.entry("civicrm/admin/user", "/admin/users.xhtml"),
            Map.entry("civicrm/admin/member/membershipType", "/membership/types.xhtml"),
            Map.entry("civicrm/report/list", "/report/list.xhtml"),
            Map.entry("civicrm/report/instance", "/report/view.xhtml"),
            Map.entry("civicrm/a/#/status", "/admin/status.xhtml"),
            Map.entry("civicrm/admin/job", "/admin/jobs.xhtml"),
            Map.entry("civicrm/admin/menu", "/admin/menu.xhtml"),
            Map.entry("civicrm/mailing/browse", "/mailing/list.xhtml"),
            Map.entry("civicrm/mailing/send", "/mailing/mailing.xhtml"));

    private BackOfficeRoutes() {
    }

    /** The CiviCRM paths this back office has a page for, sorted: what a new menu entry may open. */
    public static java.util.List<String> paths() {
        return PAGES.keySet().stream().sorted().toList();
    }

    /** The page and query for a CiviCRM path, relative to the context root; empty when there is no such page. */
    public static Optional<String> page(String civicrmUrl) {
        if (civicrmUrl == null || civicrmUrl.isBlank()) {
            return Optional.empty();
        }
        String url = civicrmUrl.startsWith("/") ? civicrmUrl.substring(1) : civicrmUrl;
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        String query = question < 0 ? "" : url.substring(question + 1);
        String page = PAGES.get(path);
        if (page == null) {
            return Optional.empty();
        }
        String kept = String.join("&", java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("reset="))
                // CDI owns "cid" (the conversation id), so our pages take a contact's id as "id"
                .map(p -> p.startsWith("cid=") ? "id=" + p.substring(4) : p).toList());
        return Optional.of(kept.isEmpty() ? page : page + "?" + kept);
    }
}

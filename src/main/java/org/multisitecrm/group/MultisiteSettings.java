package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.setting.SettingContributor;
import org.multisitecrm.setting.SettingDefinition;
import org.multisitecrm.setting.SettingType;
import org.multisitecrm.setting.StoredSettings;

import java.util.List;

import static org.multisitecrm.setting.SettingDefinition.named;

/**
 * The seed's multisite settings. All are head office's ('administer Multiple Organizations'): a
 * branch that could change its domain group could widen what it sees.
 */
@ApplicationScoped
public class MultisiteSettings implements SettingContributor {

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                named(StoredSettings.MULTISITE_IS_ENABLED, SettingType.BOOLEAN).title("Enable Multi Site Configuration")
                        .defaultValue(false).headOfficeOnly()
                        .describedAs("Each domain sees only the contacts of its domain group tree; contacts created "
                                + "on a domain join its domain group.").build(),
                named(StoredSettings.DOMAIN_GROUP_ID, SettingType.INTEGER).title("Multisite Domain Group").range(1, 4_294_967_295L)
                        .headOfficeOnly().onChange(DomainGroupChanged.class)
                        .describedAs("The group whose hard-added members (with its child groups') this domain sees.").build(),
                named("uniq_email_per_site", SettingType.BOOLEAN).title("Unique Email per Domain").defaultValue(false)
                        .headOfficeOnly()
                        .describedAs("Whether an email address may belong to one contact only within a domain.").build(),
                named("multisite_acl_enabled", SettingType.BOOLEAN).title("Multisite ACL Enabled").defaultValue(false)
                        .headOfficeOnly()
                        .describedAs("Whether ACLs are checked against the domain's group tree.").build());
    }
}

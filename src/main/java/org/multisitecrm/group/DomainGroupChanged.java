package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.security.visibility.VisibilityIndex;
import org.multisitecrm.setting.SettingChangeHook;

/** A domain that looks through another group now sees that group's tree: the visibility index follows. */
@ApplicationScoped
public class DomainGroupChanged implements SettingChangeHook {

    @Inject
    private VisibilityIndex visibilityIndex;

    @Override
    public void changed(SettingChange change) {
        visibilityIndex.refreshStructure();
    }
}

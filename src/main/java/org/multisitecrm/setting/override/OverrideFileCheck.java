package org.multisitecrm.setting.override;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemStatus;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;

import java.util.ArrayList;
import java.util.List;

/**
 * The domain's override file: bound only by the domain's former name (so it must be renamed), or
 * refused for a problem. Head office ('administer Multiple Organizations') also hears of every file's
 * problems; a branch hears only of its own file.
 */
@ApplicationScoped
public class OverrideFileCheck implements SystemCheck {

    @Inject
    private OverrideFolder folder;

    @Override
    public List<SystemStatus> check() {
        List<SystemStatus> found = new ArrayList<>();
        Caller caller = Caller.require();
        caller.domainId().flatMap(folder::domainFile).filter(f -> f.warning() != null).ifPresent(f ->
                found.add(SystemStatus.warning("checkOverrideFileName", "Setting override file named after an old domain name",
                        f.file().label() + " is " + f.warning() + ".")));
        String own = caller.domainId().flatMap(folder::domainFile).map(f -> f.file().label()).orElse(null);
        for (OverrideProblem problem : folder.problems()) {
            if (caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS) || problem.file().equals(own)) {
                found.add(SystemStatus.error("checkOverrideFile", "Setting overrides not applied", problem.toString()));
            }
        }
        return found;
    }
}

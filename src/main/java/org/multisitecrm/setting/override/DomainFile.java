package org.multisitecrm.setting.override;

/** The override file in force for one domain, with a warning when it is bound only by a domain's former name. */
public record DomainFile(OverrideFile file, String warning) {
}

package org.multisitecrm.setting.override;

import java.util.List;
import java.util.stream.Collectors;

/** Overrides that cannot be applied as written; none of them is (a file applies whole or not at all). */
public class BadOverrides extends RuntimeException {

    private final List<OverrideProblem> problems;

    public BadOverrides(List<OverrideProblem> problems) {
        super("Setting overrides not applied:\n  " + problems.stream().map(OverrideProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<OverrideProblem> problems() {
        return problems;
    }
}

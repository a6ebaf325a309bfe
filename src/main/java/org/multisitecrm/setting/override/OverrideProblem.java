package org.multisitecrm.setting.override;

/** One thing wrong in an override file or variable, located so an operator can fix it: file, line, key. */
public record OverrideProblem(String file, int line, String key, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (key == null ? "" : ": " + key) + ": " + message;
    }
}

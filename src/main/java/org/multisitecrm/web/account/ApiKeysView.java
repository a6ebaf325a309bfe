package org.multisitecrm.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.IssuedApiKey;
import org.multisitecrm.security.UserService;
import org.multisitecrm.web.record.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * My API keys: the signed-in user's keys (label, issued, revoked), a new one shown once right after it
 * is issued, and revoking one. Through {@link UserService}, which lets a user touch only their own.
 */
@Named("apiKeys")
@ViewScoped
public class ApiKeysView implements Serializable {

    @Inject
    private UserService users;

    private List<KeyLine> keys;
    private String label;
    private String issuedKey;

    @PostConstruct
    void load() {
        keys = users.apiKeysOf(me()).stream().map(KeyLine::of).toList();
    }

    public void issue() {
        if (FacesMessages.attempt(() -> {
            IssuedApiKey issued = users.issueApiKey(me(), label == null ? "" : label.trim());
            issuedKey = issued.key();
        }, "keys")) {
            label = null;
            load();
        }
    }

    public void revoke(long keyId) {
        if (FacesMessages.attempt(() -> users.revokeApiKey(keyId), "keys")) {
            issuedKey = null;
            load();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Key revoked: calls with it are refused from now on");
        }
    }

    private static long me() {
        return Caller.require().userId().orElseThrow();
    }

    public List<KeyLine> getKeys() {
        return keys;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getIssuedKey() {
        return issuedKey;
    }
}

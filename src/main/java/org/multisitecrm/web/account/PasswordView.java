package org.multisitecrm.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.UserService;
import org.multisitecrm.web.record.FacesMessages;

import java.io.Serializable;

/**
 * Changing one's own password: the current one proves it is the owner at the keyboard, not someone at an
 * unlocked screen; the new one meets the same policy as every other path. Neither is kept in the view.
 */
@Named("myPassword")
@ViewScoped
public class PasswordView implements Serializable {

    @Inject
    private UserService users;

    private String currentPassword;
    private String password;

    public void change() {
        char[] current = chars(currentPassword);
        char[] next = chars(password);
        currentPassword = null;
        password = null;
        if (FacesMessages.attempt(() -> users.changePassword(Caller.require().userId().orElseThrow(), current, next), "password-change")) {
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Password changed: sign in with the new one from now on");
        }
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package org.multisitecrm.web.record;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.AccessDenied;
import org.multisitecrm.security.NotFound;

import java.util.Optional;

/**
 * A refusal of the catalogue or a capability shown on the page: an invalid field next to that field
 * (the input whose id is the field's name), anything else at the top of the form, with the same text
 * the API gives. An exception that is not a refusal is not swallowed here.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    /** Shows the refusal and answers true; answers false for anything that is not one. */
    public static boolean show(RuntimeException error, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<InvalidInput> invalid = find(error, InvalidInput.class);
        if (invalid.isPresent()) {
            String field = invalid.get().field();
            UIComponent input = faces.getViewRoot().findComponent(formId + ":" + field);
            String text = invalid.get().getMessage();
            if (input != null) {
                faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            } else {
                global(FacesMessage.SEVERITY_ERROR, text);
            }
            faces.validationFailed();
            return true;
        }
        for (Class<? extends RuntimeException> refusal : java.util.List.of(Conflict.class, AccessDenied.class, NotFound.class)) {
            Optional<? extends RuntimeException> found = find(error, refusal);
            if (found.isPresent()) {
                global(FacesMessage.SEVERITY_ERROR, found.get().getMessage());
                faces.validationFailed();
                return true;
            }
        }
        return false;
    }

    /** Makes the change, or shows its refusal on the page and answers false; anything else is no refusal and goes on up. */
    public static boolean attempt(Runnable change, String formId) {
        try {
            change.run();
            return true;
        } catch (RuntimeException e) {
            if (!show(e, formId)) {
                throw e;
            }
            return false;
        }
    }

    public static void global(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}

package org.multisitecrm.branding;

import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;

/** A logo must be base64 of a PNG, JPEG, GIF or WebP image of at most 512 KiB. */
@ApplicationScoped
public class LogoCheck implements RecordCheck {

    static final int MAX_BYTES = 512 * 1024;

    @Override
    public void check(Long id, RecordValues values) {
        Object logo = values.get("logo");
        if (logo == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(logo.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("logo", "is an image as base64");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("logo", "is " + bytes.length / 1024 + " KiB; a logo holds at most " + MAX_BYTES / 1024 + " KiB");
        }
        if (ImageKind.of(bytes).isEmpty()) {
            throw new InvalidInput("logo", "is not a PNG, JPEG, GIF or WebP image (an SVG is not taken: it can carry script)");
        }
    }
}

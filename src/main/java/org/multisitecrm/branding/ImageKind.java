package org.multisitecrm.branding;

import java.util.Optional;

/**
 * What kind of image some bytes are, by their signature: PNG, JPEG, GIF or WebP. Nothing else is taken
 * as a logo (an SVG can carry script, and a logo is served from the domain's own origin).
 */
public final class ImageKind {

    private ImageKind() {
    }

    public static Optional<String> of(byte[] bytes) {
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (bytes.length >= 12 && starts(bytes, 'R', 'I', 'F', 'F') && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

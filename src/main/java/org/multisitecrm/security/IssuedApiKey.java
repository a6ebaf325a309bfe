package org.multisitecrm.security;

/** A new API key: the only moment its plain value exists outside the client. */
public record IssuedApiKey(long id, String key, String label) {
}

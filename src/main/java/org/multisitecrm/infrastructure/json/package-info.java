/**
 * The one JSON provider of the application. {@code JSON.createObjectBuilder()} and its siblings look
 * the provider up through the service loader on every call, a class-path scan under Payara Micro; a
 * long chain or a streamed million rows spent most of its time there.
 */
package org.multisitecrm.infrastructure.json;

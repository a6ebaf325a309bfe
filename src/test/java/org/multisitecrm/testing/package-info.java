/** Test support: the real server started from its jar, HTTP helpers that set the Host header, and in-container helpers for Arquillian tests. */
package org.multisitecrm.testing;

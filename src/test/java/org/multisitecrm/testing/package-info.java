/** Test support: the real server started from its jar, and HTTP helpers that set the Host header. */
package org.multisitecrm.testing;

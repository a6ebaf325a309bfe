/** Where the operator's configuration folder is, for the parts of the server that read from it. */
package org.multisitecrm.infrastructure.config;

/** Thread-bound context (the domain scope, the caller) with nesting bindings. */
package org.multisitecrm.infrastructure.context;

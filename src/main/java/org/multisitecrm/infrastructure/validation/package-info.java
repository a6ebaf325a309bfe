/** Errors that name the field a caller got wrong; the API answers them with 400. */
package org.multisitecrm.infrastructure.validation;

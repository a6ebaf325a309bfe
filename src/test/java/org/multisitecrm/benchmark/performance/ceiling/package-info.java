/**
 * The performance harness's ceiling: a bare JAX-RS application deployed in the same Payara Micro as
 * the CRM, which runs the SQL the CRM issues for a call over plain JDBC and writes the same JSON. It
 * checks nobody and scopes nothing; the difference between its figures and the API's is what the
 * CRM's own layers cost. Packed into a war by the harness, never part of the product.
 */
package org.multisitecrm.benchmark.performance.ceiling;

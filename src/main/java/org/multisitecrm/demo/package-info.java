/**
 * The demo installation ({@code CRM_DEMO}): Head Office with Branch North and Branch South, each with
 * its organisation, a few contacts, a membership type, a payment processor and a from-address.
 */
package org.multisitecrm.demo;

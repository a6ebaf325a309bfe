/**
 * More than one server on one database (CRM_CLUSTER): the members of Payara's data grid, and the notices
 * one member sends the others when data that servers hold in memory has changed.
 */
package org.multisitecrm.cluster;

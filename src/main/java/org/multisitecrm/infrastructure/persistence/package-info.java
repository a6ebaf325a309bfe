/**
 * The {@code crm} persistence unit's assembly: the customizer that installs every access rule and
 * binds its parameters before each query, the per-statement time limit, and the id mapping entities
 * share. The rules' building blocks are in {@code criteria}; the data source is in {@code datasource}.
 */
package org.multisitecrm.infrastructure.persistence;

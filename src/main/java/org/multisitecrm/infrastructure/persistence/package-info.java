/**
 * The {@code crm} persistence unit's assembly: the customizer that installs every access rule and
 * binds its parameters before each query, and the per-statement time limit. The rules' building blocks
 * are in {@code criteria}, what entities extend in {@code entity}; the data source is in
 * {@code infrastructure.datasource}.
 */
package org.multisitecrm.infrastructure.persistence;

/**
 * What happens before the first request, in order: migrate the schema, check the separation table
 * against it, make sure domains exist (demo or default), provision every domain.
 */
package org.multisitecrm.infrastructure.startup;

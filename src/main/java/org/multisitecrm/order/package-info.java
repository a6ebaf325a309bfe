/**
 * Orders (CiviCRM's Order API): one call makes a pending contribution with its line items and the
 * memberships it buys, linked by membership payments; paying it in full activates or renews them, giving
 * it all back cancels the new ones. Depends on contributions and memberships, which know nothing of it.
 */
package org.multisitecrm.order;

/**
 * CiviContribute: the financial types money is booked as (Donation, Member Dues, Campaign Contribution,
 * Event Fee), shared by every domain, and contributions: shared by default, as in CiviCRM, or per
 * domain (separate books for charities sharing donors) when the separation table says so.
 */
package org.multisitecrm.contribution;

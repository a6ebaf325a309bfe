/**
 * CiviContribute: the financial types money is booked as (Donation, Member Dues, Campaign Contribution,
 * Event Fee), shared by every domain as the separation table says.
 */
package org.multisitecrm.contribution;

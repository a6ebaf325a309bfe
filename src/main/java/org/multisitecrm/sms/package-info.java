/**
 * SMS per domain: each domain's gateways ({@code SmsProvider}, credentials as secrets) behind the
 * {@link org.multisitecrm.sms.SmsGateway} SPI, with a generic HTTP gateway configured as CiviCRM's gateway
 * extensions are (a URL and parameters templated with the message).
 */
package org.multisitecrm.sms;

package org.multisitecrm.sms;

/**
 * How messages reach one kind of SMS gateway (CiviCRM's {@code api_type}, by its option name): a CDI bean
 * per kind. It sends one message to one number with the provider's settings, or throws.
 */
public interface SmsGateway {

    /** The {@code sms_api_type} option name it serves. */
    String apiType();

    void send(SmsProvider provider, String to, String text) throws SmsException;
}

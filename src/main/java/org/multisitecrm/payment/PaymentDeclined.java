package org.multisitecrm.payment;

import org.multisitecrm.infrastructure.validation.InvalidInput;

/** A processor refused the charge: a 400 naming the card field at fault, with the processor's reason for the payer. */
public class PaymentDeclined extends InvalidInput {

    public PaymentDeclined(String field, String reason) {
        super(field, "the payment was declined: " + reason);
    }
}

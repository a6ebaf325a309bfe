package org.multisitecrm.payment;

/**
 * The code behind one kind of payment processor (CiviCRM's {@code class_name}: Payment_Dummy, ...). A
 * kind is a CDI bean; {@link PaymentProcessors} picks it by the processor type's class name. It charges
 * only the processor it is given, which is always one of the request domain's own.
 */
public interface ProcessorKind {

    /** The processor type's {@code class_name} this kind implements. */
    String className();

    /** Takes the payment, or throws {@link PaymentDeclined}. */
    Charge charge(PaymentProcessor processor, ChargeRequest request);
}

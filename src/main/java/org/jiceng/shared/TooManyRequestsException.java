package org.jiceng.shared;

/** A limit on how often something may be done (an anonymous objection, say) was reached: try again later (429). */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}

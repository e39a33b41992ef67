package ca.imp.access;

/**
 * A verified token that does not describe a caller this product knows: no single product role, or
 * business numbers that do not fit the role. Answered 403: the signature is fine, the grant is not.
 */
public final class CallerNotRecognised extends RuntimeException {
    public CallerNotRecognised(String reason) {
        super(reason, null, false, false);
    }
}

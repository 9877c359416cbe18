package uk.socialvalue.training.certificate;

/** Draws a certificate as a document people can print and keep. */
public interface CertificateDocuments {

    /** The certificate as a PDF. */
    byte[] pdf(Certificate certificate, String verifyUrl);
}

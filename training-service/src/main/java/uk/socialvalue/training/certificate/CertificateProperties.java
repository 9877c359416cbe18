package uk.socialvalue.training.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of certificates.
 *
 * @param publicBaseUrl  where people reach this service, for the links in emails and on certificates
 * @param linkSecret     signs the links to certificates' PDFs ({@code SVUK_TRAINING_CERTIFICATES_LINKSECRET});
 *                       required, and changing it invalidates the links already sent
 */
@ConfigurationProperties("svuk.training.certificates")
public record CertificateProperties(@DefaultValue("http://localhost:8082") String publicBaseUrl, String linkSecret) {

    public CertificateProperties {
        if (linkSecret == null || linkSecret.isBlank()) {
            throw new IllegalStateException("svuk.training.certificates.link-secret is empty: set it (for example "
                    + "through SVUK_TRAINING_CERTIFICATES_LINKSECRET) to a long random value");
        }
    }

    public CertificateLinks links() {
        return new CertificateLinks(publicBaseUrl, linkSecret);
    }
}

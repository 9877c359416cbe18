package uk.socialvalue.training.certificate;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.socialvalue.support.links.SealedLinks;

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

    /** The links, sealed for the holder of the private half of the public key in {@code sealingKeyFile}. */
    public CertificateLinks links(Path sealingKeyFile) {
        if (sealingKeyFile == null) {
            throw new IllegalStateException("svuk.links.sealing-key-file must name notification-service's public "
                    + "link key (PEM), for example through SVUK_LINKS_SEALINGKEYFILE: certificate links travel "
                    + "sealed for it");
        }
        return new CertificateLinks(publicBaseUrl, linkSecret,
                SealedLinks.sealerFor(SealedLinks.readPublicKey(sealingKeyFile)));
    }
}

package uk.socialvalue.membership.organisation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.organisation.MembershipProperties;

/** The membership offer, for the application form. */
@RestController
@Tag(name = "Applications")
class MembershipTypesController {

    private static final BigDecimal VAT_RATE = new BigDecimal("0.20");

    private final MembershipProperties properties;

    MembershipTypesController(MembershipProperties properties) {
        this.properties = properties;
    }

    record Fee(String net, String vat, String gross, String currency) {
    }

    record MembershipTypeView(String code, String name, MembershipProperties.Audience audience, Fee annualFee) {
    }

    @GetMapping("/api/membership-types")
    @Operation(summary = "The membership types and their annual fees, VAT at 20% shown separately")
    List<MembershipTypeView> membershipTypes() {
        return properties.types().entrySet().stream()
                .map(entry -> new MembershipTypeView(entry.getKey(), entry.getValue().name(),
                        entry.getValue().audience(), fee(entry.getValue().annualFee())))
                .sorted(Comparator.comparing(MembershipTypeView::code))
                .toList();
    }

    private static Fee fee(BigDecimal net) {
        BigDecimal pounds = net.setScale(2, RoundingMode.HALF_UP);
        BigDecimal vat = pounds.multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
        return new Fee(pounds.toPlainString(), vat.toPlainString(), pounds.add(vat).toPlainString(), "GBP");
    }
}

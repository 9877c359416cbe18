package uk.socialvalue.training.booking;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.training.PriceBasis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTests {

    @Test
    void addsTwentyPercentVatToTheNetPriceOfAllSeats() {
        Price price = Price.of(new BigDecimal("250.00"), 3, PriceBasis.MEMBER);

        assertThat(price.summary().net()).isEqualTo("750.00");
        assertThat(price.summary().vat()).isEqualTo("150.00");
        assertThat(price.summary().gross()).isEqualTo("900.00");
        assertThat(price.summary().currency()).isEqualTo("GBP");
        assertThat(price.basis()).isEqualTo(PriceBasis.MEMBER);
    }

    @Test
    void roundsVatHalfUpToThePennyOnceForTheWholeBooking() {
        Price price = Price.of(new BigDecimal("33.33"), 3, PriceBasis.NON_MEMBER);

        assertThat(price.summary().net()).isEqualTo("99.99");
        assertThat(price.summary().vat()).isEqualTo("20.00"); // 19.998
        assertThat(price.summary().gross()).isEqualTo("119.99");
        assertThat(Price.of(new BigDecimal("0.05"), 1, PriceBasis.MEMBER).summary().vat()).isEqualTo("0.01");
        assertThat(Price.of(new BigDecimal("0.02"), 1, PriceBasis.MEMBER).summary().vat()).isEqualTo("0.00");
    }

    @Test
    void keepsAFreeSessionFree() {
        Price price = Price.of(new BigDecimal("0.00"), 2, PriceBasis.MEMBER);

        assertThat(price.summary().gross()).isEqualTo("0.00");
    }

    @Test
    void refusesAmountsThatDoNotAddUp() {
        assertThatThrownBy(() -> Price.of("100.00", "20.00", "120.01", PriceBasis.MEMBER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package uk.socialvalue.training.invoice;

import java.util.List;

import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.domain.Aggregate;

/** An invoice or credit note being issued, with the event that emails it: stored together in one write. */
public record IssuedInvoice(Invoice invoice, List<TrainingEvent> events) implements Aggregate {

    public IssuedInvoice {
        events = List.copyOf(events);
    }

    @Override
    public String id() {
        return invoice.number();
    }

    @Override
    public long version() {
        return 0;
    }
}

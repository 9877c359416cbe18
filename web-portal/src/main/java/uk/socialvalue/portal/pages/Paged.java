package uk.socialvalue.portal.pages;

import java.util.List;

/**
 * One page of a list that a service answers a page at a time without a total (a JSON array, with a {@code Link}
 * to the next page when this one is full): so a full page means there may be a next one. The pager fragment
 * ({@code fragments/forms :: pager}) shows Previous and Next from {@link #page()} and {@link #pages()}.
 *
 * @param page from 0
 */
public record Paged<T>(List<T> items, int page, boolean hasNext) {

    /** Asks for one page; a negative page number is the first page. */
    public interface Fetch<T> {
        List<T> page(int page, int size);
    }

    public Paged {
        items = List.copyOf(items);
    }

    public static <T> Paged<T> of(int page, int size, Fetch<T> fetch) {
        int current = Math.max(0, page);
        List<T> items = fetch.page(current, size);
        return new Paged<>(items, current, items.size() >= size);
    }

    /** As many pages as are known to exist: this one, those before it, and the next one while this one is full. */
    public int pages() {
        return hasNext ? page + 2 : page + 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}

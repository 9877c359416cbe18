package uk.socialvalue.support.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.socialvalue.support.domain.InvalidField;

/**
 * One page of a list, for the list endpoints that answer a JSON array (issue 13: every list is paged, with a
 * cap): {@code page} from 0 and {@code size} from 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}).
 * Lists stay JSON arrays, as they always were; a full page carries a {@code Link: <…page=n+1…>; rel="next"}
 * header (RFC 8288) to the next one.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** The page asked for, the first and of the default size when not given. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The headers of an answer holding {@code returned} items: a link to the next page when this one is full. */
    public HttpHeaders headers(int returned) {
        HttpHeaders headers = new HttpHeaders();
        if (returned == size) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page + 1)
                    .replaceQueryParam("size", size).build().toUriString();
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return headers;
    }
}

package uk.socialvalue.local.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Captured messages as {@code <id>.eml} files in one folder, so they survive a restart and can be
 * opened with any mail client. The id starts with the receipt time in milliseconds, which gives the
 * "newest first" order and the Created time. The ids are also kept in memory, read from the folder once
 * at start: a page of the list or the count costs the same with a hundred messages as with a hundred
 * thousand (a benchmark asks for the count every tenth of a second while tens of thousands arrive).
 */
final class MailStore {

    /** Ids come from URLs: anything else could walk out of the mail folder. */
    private static final Pattern ID = Pattern.compile("\\d{13}-[0-9a-f]{6}");

    private final Path folder;
    private final Map<String, CapturedMessage> parsed = new ConcurrentHashMap<>();
    private final NavigableSet<String> newestFirst = new ConcurrentSkipListSet<>(Comparator.reverseOrder());
    /** The set's size, kept beside it: a concurrent skip list counts its elements by walking them all. */
    private final AtomicInteger count = new AtomicInteger();
    private long lastReceivedMillis;

    MailStore(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the mail folder " + folder, e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".eml"))
                    .map(name -> name.substring(0, name.length() - ".eml".length()))
                    .filter(id -> ID.matcher(id).matches())
                    .forEach(this::remember);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }

    private void remember(String id) {
        if (newestFirst.add(id)) {
            count.incrementAndGet();
        }
    }

    /** Writes to a temporary name and moves, so a reader never sees half a message. */
    String save(byte[] rawMessage) {
        String id = nextId();
        try {
            Path temporary = Files.createTempFile(folder, "incoming-", ".tmp");
            Files.write(temporary, rawMessage);
            Files.move(temporary, file(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a received message in " + folder, e);
        }
        remember(id);
        return id;
    }

    /** Strictly increasing receipt times keep the order stable when two messages arrive in one millisecond. */
    private synchronized String nextId() {
        long now = Math.max(System.currentTimeMillis(), lastReceivedMillis + 1);
        lastReceivedMillis = now;
        return String.format("%013d-%06x", now, ThreadLocalRandom.current().nextInt(0x1000000));
    }

    static Instant receivedAt(String id) {
        return Instant.ofEpochMilli(Long.parseLong(id.substring(0, 13)));
    }

    /** How many messages are stored. */
    int count() {
        return count.get();
    }

    /** The ids of up to {@code limit} messages, newest first, from the {@code start}th. */
    List<String> idsNewestFirst(int start, int limit) {
        return newestFirst.stream().skip(start).limit(limit).toList();
    }

    List<String> idsNewestFirst() {
        return List.copyOf(newestFirst);
    }

    /** Parsed once and kept: a stored message never changes. */
    Optional<CapturedMessage> find(String id) {
        if ("latest".equals(id)) {
            return idsNewestFirst(0, 1).stream().findFirst().flatMap(this::find);
        }
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        CapturedMessage known = parsed.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        return raw(id).map(bytes -> {
            CapturedMessage message = CapturedMessage.parse(id, receivedAt(id), bytes);
            parsed.put(id, message);
            return message;
        });
    }

    Optional<byte[]> raw(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read message " + id, e);
        }
    }

    void delete(String id) {
        if (!ID.matcher(id).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(file(id));
            parsed.remove(id);
            if (newestFirst.remove(id)) {
                count.decrementAndGet();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete message " + id, e);
        }
    }

    void deleteAll() {
        idsNewestFirst().forEach(this::delete);
    }

    private Path file(String id) {
        return folder.resolve(id + ".eml");
    }
}

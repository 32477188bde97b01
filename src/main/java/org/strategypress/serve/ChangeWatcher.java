package org.strategypress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively (new subfolders included) and calls back once per burst of changes: after a
 * change it waits until the folders have been quiet for the debounce time, so an editor's
 * write-rename-touch sequence gives one rebuild, told which files changed. Runs on its own daemon thread.
 */
final class ChangeWatcher implements AutoCloseable {

    private final WatchService watch;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final long debounceMillis;
    private final Consumer<List<Path>> onChange;
    private final List<Path> changed = new ArrayList<>();
    private final Thread thread;

    ChangeWatcher(List<Path> roots, long debounceMillis, Consumer<List<Path>> onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.debounceMillis = debounceMillis;
        this.onChange = onChange;
        for (Path r : roots) if (Files.isDirectory(r)) registerTree(r);
        this.thread = new Thread(this::loop, "press-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey first = watch.take();
                handle(first);
                WatchKey more;
                while ((more = watch.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) handle(more);
                List<Path> burst = List.copyOf(changed);
                changed.clear();
                onChange.accept(burst);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void handle(WatchKey key) {
        Path dir = keys.get(key);
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == OVERFLOW || dir == null) continue;
            Path child = dir.resolve((Path) ev.context());
            changed.add(child);
            if (ev.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // a folder that vanished again or cannot be read: the next build reports what matters
                }
            }
        }
        if (!key.reset()) keys.remove(key);
    }

    /**
     * Watches {@code root} and every folder below it. Each folder is watched before its subfolders are listed: a
     * subfolder made after the listing is then an event of a watched folder, one made before it is in the listing. (A
     * walk listed first and watched after, so that a folder made in between, such as the second level of a new
     * {@code extra/deeper}, was never watched, nor the files written into it.)
     */
    private void registerTree(Path root) throws IOException {
        keys.put(root.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), root);
        List<Path> subfolders;
        try (Stream<Path> children = Files.list(root)) {
            subfolders = children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList(); // .git and the like: not read
        }
        for (Path d : subfolders) registerTree(d);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watch.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}

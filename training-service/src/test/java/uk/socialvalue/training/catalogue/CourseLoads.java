package uk.socialvalue.training.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Lets a test line up concurrent requests on the real course store: once {@link #meet} is called, the given
 * number of loads of that course wait for each other before going on, so that each request has read the same
 * version before any of them saves. Unarmed, it only passes calls through.
 */
public final class CourseLoads implements Courses {

    private final Courses store;
    private volatile String courseId;
    private volatile CyclicBarrier barrier;

    private CourseLoads(Courses store) {
        this.store = store;
    }

    /** The next {@code parties} loads of the course wait until all of them have read it. */
    public void meet(String courseId, int parties) {
        this.barrier = new CyclicBarrier(parties, () -> this.courseId = null);
        this.courseId = courseId;
    }

    @Override
    public Optional<Course> byId(String id) {
        Optional<Course> loaded = store.byId(id);
        CyclicBarrier waiting = barrier;
        if (id.equals(courseId) && waiting != null) {
            try {
                waiting.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("The other loads of course " + id + " never came", e);
            }
        }
        return loaded;
    }

    @Override
    public void add(Course course) {
        store.add(course);
    }

    @Override
    public boolean addIfAbsent(Course course) {
        return store.addIfAbsent(course);
    }

    @Override
    public void save(Course course) {
        store.save(course);
    }

    @Override
    public List<Course> all(boolean includeRetired) {
        return store.all(includeRetired);
    }

    /** Puts the gate in front of the service's own course store. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Gate {

        @Bean
        static BeanPostProcessor courseLoads() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof Courses courses && !(bean instanceof CourseLoads) ? new CourseLoads(courses)
                            : bean;
                }
            };
        }
    }
}

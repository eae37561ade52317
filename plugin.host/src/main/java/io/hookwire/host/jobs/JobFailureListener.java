package io.hookwire.host.jobs;

/**
 * Told of every failed run of a job (a whiteboard service of this bundle: the breaker feed is one). Called on the
 * job's thread; what it throws is logged and ignored.
 */
@FunctionalInterface
public interface JobFailureListener {
    /**
     * @param plugin the plugin the job belongs to
     * @param job the job's name
     * @param error what the run threw
     */
    void failed(String plugin, String job, Throwable error);
}

package io.hookwire.host.jobs;

import java.time.ZoneId;
import java.util.Map;

import io.hookwire.api.jobs.JobConstants;

/**
 * The service properties of a {@link io.hookwire.api.jobs.Job} whiteboard service, read with typed getters that
 * reject what is malformed (see {@link JobConstants}).
 *
 * @param name {@value JobConstants#JOB_NAME}
 * @param schedule {@value JobConstants#JOB_CRON} or {@value JobConstants#JOB_INTERVAL}
 */
record JobProperties(String name, Schedule schedule) {
    /**
     * @throws IllegalArgumentException with what is wrong and how to fix it
     */
    static JobProperties read(Map<String, Object> properties, ZoneId zone) {
        String name = string(properties, JobConstants.JOB_NAME);
        if (name == null) {
            throw new IllegalArgumentException(JobConstants.JOB_NAME + " is missing; name the job with @JobName");
        }
        JobEngine.checkName(name);
        String cron = string(properties, JobConstants.JOB_CRON);
        String interval = string(properties, JobConstants.JOB_INTERVAL);
        if ((cron == null) == (interval == null)) {
            throw new IllegalArgumentException("job '" + name + "' needs exactly one of " + JobConstants.JOB_CRON
                    + " (@JobCron) and " + JobConstants.JOB_INTERVAL + " (@JobInterval)"
                    + (cron == null ? ", and has neither" : ", and has both"));
        }
        return new JobProperties(name, cron != null ? Schedule.cron(cron, zone) : Schedule.every(interval));
    }

    private static String string(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof String[] one && one.length == 1) { // what a component property type may give
            return one[0];
        }
        throw new IllegalArgumentException(key + " must be one String, not " + describe(value));
    }

    private static String describe(Object value) {
        if (value.getClass().isArray()) {
            return "an array";
        }
        String type = value.getClass().getSimpleName();
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}

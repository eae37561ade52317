package io.hookwire.host.jobs;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.api.jobs.JobInfo;

/** The Gogo command {@code hookwire:jobs}: every plugin's jobs with their schedules and numbers. */
@Component(service = JobsCommands.class, property = {"osgi.command.scope=hookwire", "osgi.command.function=jobs"})
public final class JobsCommands {
    private final JobsComponent jobs;

    @Activate
    public JobsCommands(@Reference JobsComponent jobs) {
        this.jobs = jobs;
    }

    /** Lists the jobs. */
    public String jobs() {
        StringBuilder out = new StringBuilder(String.format("%-20s %-24s %-20s %-24s %7s %7s %7s %-7s %s%n",
                "PLUGIN", "JOB", "SCHEDULE", "NEXT RUN", "RUNS", "FAILED", "SKIPPED", "RUNNING", "LAST ERROR"));
        for (JobInfo j : jobs.jobs()) {
            out.append(String.format("%-20s %-24s %-20s %-24s %7d %7d %7d %-7s %s%n", j.plugin(), j.name(),
                    j.schedule(), j.nextRun() == null ? "-" : j.nextRun(), j.runs(), j.failures(), j.skipped(),
                    j.running() ? "yes" : "no", j.lastError() == null ? "" : j.lastError()));
        }
        return out.toString();
    }
}

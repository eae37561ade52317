package io.hookwire.host.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hookwire.api.jobs.JobConstants;

class JobPropertiesTest {
    private static JobProperties read(Map<String, Object> properties) {
        return JobProperties.read(properties, ZoneOffset.UTC);
    }

    @Test
    void aNameWithACronOrAnIntervalIsAJob() {
        JobProperties cron = read(Map.of(JobConstants.JOB_NAME, "purge", JobConstants.JOB_CRON, "0 0 3 * * ?"));
        assertThat(cron.name()).isEqualTo("purge");
        assertThat(cron.schedule()).isInstanceOf(Schedule.Cron.class);
        assertThat(cron.schedule().text()).isEqualTo("0 0 3 * * ?");

        JobProperties every = read(Map.of(JobConstants.JOB_NAME, "poll", JobConstants.JOB_INTERVAL,
                new String[] {"PT10M"}));
        assertThat(((Schedule.Every) every.schedule()).delay()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void whatIsMalformedIsSaid() {
        assertThatThrownBy(() -> read(Map.of(JobConstants.JOB_CRON, "0 0 3 * * ?")))
                .hasMessageContaining("hookwire.job.name is missing");
        assertThatThrownBy(() -> read(Map.of(JobConstants.JOB_NAME, "x")))
                .hasMessageContaining("exactly one of").hasMessageContaining("has neither");
        assertThatThrownBy(() -> read(Map.of(JobConstants.JOB_NAME, "x", JobConstants.JOB_CRON, "* * * * * ?",
                JobConstants.JOB_INTERVAL, "PT1S"))).hasMessageContaining("has both");
        assertThatThrownBy(() -> read(Map.of(JobConstants.JOB_NAME, "x", JobConstants.JOB_CRON, "not cron")))
                .hasMessageContaining("'not cron' does not parse");
        assertThatThrownBy(() -> read(Map.of(JobConstants.JOB_NAME, 42, JobConstants.JOB_INTERVAL, "PT1S")))
                .hasMessageContaining("hookwire.job.name must be one String, not an Integer");
        assertThatThrownBy(() -> read(Map.of(JobConstants.JOB_NAME, "x", JobConstants.JOB_INTERVAL,
                new String[] {"PT1S", "PT2S"}))).hasMessageContaining("not an array");
        assertThatThrownBy(() -> read(Map.of(JobConstants.JOB_NAME, "bad name", JobConstants.JOB_INTERVAL, "PT1S")))
                .hasMessageContaining("job name");
    }
}

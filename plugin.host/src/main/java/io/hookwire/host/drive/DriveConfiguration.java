package io.hookwire.host.drive;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The drive's settings, ConfigAdmin PID {@value #PID}. */
@ObjectClassDefinition(id = DriveConfiguration.PID, name = "Hookwire drive",
        description = "The file store each plugin has under <data>/drive/<plugin-id>/.")
public @interface DriveConfiguration {
    String PID = "io.hookwire.host.drive";
    /** 25 MiB. */
    long DEFAULT_MAX_FILE_BYTES = 25L * 1024 * 1024;

    @AttributeDefinition(name = "Largest file (bytes)", min = "1", description = "A put of a longer stream is"
            + " refused with 413 and the file that was there stays. At least 1. Default 26214400 (25 MiB).")
    long max_file_bytes() default DEFAULT_MAX_FILE_BYTES;
}

package io.hookwire.testplugin.recorder.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The recorder's settings, in ConfigAdmin under {@value #PID}. */
@ObjectClassDefinition(id = RecorderSettings.PID, name = "Test Recorder",
        description = "Which actions the test recorder keeps.")
public @interface RecorderSettings {
    String PID = "io.hookwire.testplugin.recorder";

    @AttributeDefinition(name = "Record db:query",
            description = "Off by default: every SQL statement is one, and a handler on it costs every statement."
                    + " PUT /api/v1/test-recorder/db-query?on=true switches it at run time too.")
    boolean record_db_query() default false;
}

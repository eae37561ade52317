package io.hookwire.notes.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin's settings, in ConfigAdmin under {@value #PID}: a form in the Web Console, and
 * {@code GET/PUT /api/v1/admin/plugins/notes/settings}.
 */
@ObjectClassDefinition(id = NotesSettings.PID, name = "Notes", description = "How long notes stay in the trash.")
public @interface NotesSettings {
    String PID = "io.hookwire.notes";

    @AttributeDefinition(name = "Days in the trash", min = "1", max = "3650",
            description = "The daily purge job deletes for good, with their attachments, the notes that have been"
                    + " in the trash for longer than this.")
    int trash_days() default 30;
}

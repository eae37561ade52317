package io.hookwire.host.plugins;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** Whether a plugin bundle's Declarative Services components are satisfied, from SCR's own records. */
final class ComponentCheck {
    /**
     * What the components of a bundle are doing.
     *
     * @param failed "component X failed to activate: reason" for each that failed, or empty
     * @param waiting "component X needs a Y" for each that waits for a reference, or empty
     */
    record Status(List<String> failed, List<String> waiting) {
        boolean healthy() {
            return failed.isEmpty() && waiting.isEmpty();
        }
    }

    private ComponentCheck() {}

    static Status of(ServiceComponentRuntime scr, Bundle bundle) {
        List<String> failed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        if (scr == null) {
            return new Status(failed, waiting);
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
                switch (config.state) {
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> failed.add("component "
                            + description.name + " failed to activate: " + firstLine(config.failure));
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                        for (UnsatisfiedReferenceDTO ref : config.unsatisfiedReferences) {
                            waiting.add("component " + description.name + " needs a " + ref.name
                                    + (ref.target == null ? "" : " " + ref.target));
                        }
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> waiting.add("component "
                            + description.name + " needs its configuration");
                    default -> {
                        // SATISFIED or ACTIVE
                    }
                }
            }
        }
        return new Status(failed, waiting);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown failure";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }
}

package io.hookwire.host.pipeline;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import io.hookwire.api.rest.CurrentRequest;

/** The {@link CurrentRequest} service: the id {@link RequestIdFilter} gave the request this thread serves. */
@Component(service = CurrentRequest.class)
public final class HostCurrentRequest implements CurrentRequest {
    @Override
    public Optional<String> id() {
        return Optional.ofNullable(RequestIds.current());
    }
}

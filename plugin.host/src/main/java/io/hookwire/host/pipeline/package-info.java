/**
 * The HTTP pipeline of {@code /api/v1}: a request id for every request ({@link io.hookwire.host.pipeline.RequestIds}),
 * {@code http:request} before a request is handled ({@link io.hookwire.host.pipeline.HttpRequestHook}) and
 * {@code http:response} before its body is written ({@link io.hookwire.host.pipeline.HttpResponseHook}), as JAX-RS
 * extensions of the default application, in the order {@link io.hookwire.host.pipeline.PipelineOrder} gives.
 */
package io.hookwire.host.pipeline;

// The request id the interceptor adds: pure, so that Node's test runner checks it without a browser.

export const REQUEST_ID = 'X-Request-Id';

/**
 * The request with `X-Request-Id: ea-<uuid>`, for same-origin requests that have none yet; any other request as it
 * is (a request id is ours to give, and other sites' APIs get none of our headers).
 */
export function withRequestId(request, origin, uuid = () => crypto.randomUUID()) {
  if (new URL(request.url).origin !== origin || request.headers.has(REQUEST_ID)) return request;
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID, `ea-${uuid()}`);
  return new Request(request, { headers });
}

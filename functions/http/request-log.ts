/**
 * Whether a request gets an application log line, and which. API Gateway's access log has every
 * request (method, route, status, latency); the app adds a line only where it has more to say: a
 * slow answer (where the time went) or a server error (whose cause problem.ts logs). Half the log
 * lines of one per request, and CloudWatch Logs is paid per byte (docs/deploy.md, cost model).
 */
export function requestLogLine(
  status: number,
  ms: number,
  slowMs: number,
): 'request failed' | 'slow request' | undefined {
  if (status >= 500) return 'request failed';
  return ms >= slowMs ? 'slow request' : undefined;
}

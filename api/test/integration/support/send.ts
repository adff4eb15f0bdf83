import { IncomingHttpHeaders, IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Sent {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request to 127.0.0.1:`port` from `localAddress` (127.0.0.2, 127.0.0.3, … are other
 * clients on the loopback network). With `ca` it is HTTPS to the name `localhost`, trusting
 * only that authority. A `json` body is POSTed as application/json.
 */
export function send(options: {
  port: number;
  path: string;
  ca?: string;
  localAddress?: string;
  headers?: Record<string, string>;
  json?: unknown;
}): Promise<Sent> {
  const { port, path, ca, localAddress, json } = options;
  const payload = json === undefined ? undefined : JSON.stringify(json);
  const headers = {
    host: `localhost:${port}`,
    ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    ...options.headers,
  };
  const common = { host: '127.0.0.1', port, path, localAddress, headers, method: payload ? 'POST' : 'GET' };
  return new Promise((resolve, reject) => {
    const onResponse = (response: IncomingMessage): void => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    };
    const sent = ca
      ? httpsRequest({ ...common, ca, servername: 'localhost', agent: false }, onResponse)
      : httpRequest({ ...common, agent: false }, onResponse);
    sent.on('error', reject);
    sent.end(payload);
  });
}

import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '../../config/app-config';
import { requestIdFrom } from './request-id';

/** pino for every log line; inside a request each line carries its requestId. Secrets are redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req: IncomingMessage, res: ServerResponse) => {
            const id = requestIdFrom(req.headers['x-request-id']);
            res.setHeader('X-Request-Id', id);
            return id;
          },
          customAttributeKeys: { reqId: 'requestId' },
          quietReqLogger: true,
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
          redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
            censor: '[verborgen]',
          },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ method: req.method, url: withoutSecrets(req.url) }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}

/**
 * A request's URL for the log, without the secrets some URLs carry: a personal calendar feed's token in its path,
 * a reset or invitation token in the query string.
 */
export function withoutSecrets(url: string): string {
  return url.replace(/^\/calendar\/[^/?]+\.ics/, '/calendar/[redacted].ics').replace(/([?&]token=)[^&]*/g, '$1[redacted]');
}

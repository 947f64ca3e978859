import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ResilientPubSub } from '../common/pubsub/resilient-pubsub';
import { Public } from '../common/auth/decorators';
import { SqlClient } from '../common/database/sql-client';

/** Each check answers within this, so /health itself answers within a second whatever is down. */
const CHECK_TIMEOUT_MS = 800;

/** Liveness and readiness for the load balancer: 200 when the database and the event bus answer, 503 otherwise. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly sql: SqlClient,
    private readonly indicators: HealthIndicatorService,
    private readonly pubSub: ResilientPubSub,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('database');
        return (await this.sql.ping(CHECK_TIMEOUT_MS)) ? indicator.up() : indicator.down({ message: 'PostgreSQL antwoordt niet' });
      },
      async () => {
        const indicator = this.indicators.check('pubsub');
        return (await this.pubSub.check(CHECK_TIMEOUT_MS)) ? indicator.up() : indicator.down({ message: 'Redis antwoordt niet' });
      },
    ]);
  }
}

import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { PubSubEngine } from 'graphql-subscriptions';
import { pubSubIsUp } from '../common/pubsub/pubsub.module';
import { Public } from '../common/auth/decorators';
import { SqlClient } from '../database/sql-client';

/** Liveness and readiness for the load balancer: 200 when the database and the event bus answer, 503 otherwise. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly sql: SqlClient,
    private readonly indicators: HealthIndicatorService,
    private readonly pubSub: PubSubEngine,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('database');
        return (await this.sql.ping(2_000)) ? indicator.up() : indicator.down({ message: 'PostgreSQL antwoordt niet' });
      },
      async () => {
        const indicator = this.indicators.check('pubsub');
        return (await pubSubIsUp(this.pubSub)) ? indicator.up() : indicator.down({ message: 'Redis antwoordt niet' });
      },
    ]);
  }
}

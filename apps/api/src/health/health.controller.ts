import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, MikroOrmHealthIndicator } from '@nestjs/terminus';
import { PubSubEngine } from 'graphql-subscriptions';
import { pubSubIsUp } from '../common/pubsub/pubsub.module';
import { Public } from '../common/auth/decorators';

/** Liveness and readiness for the load balancer: 200 when the database and the event bus answer, 503 otherwise. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: MikroOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly pubSub: PubSubEngine,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      async () => {
        const indicator = this.indicators.check('pubsub');
        return (await pubSubIsUp(this.pubSub)) ? indicator.up() : indicator.down({ message: 'Redis antwoordt niet' });
      },
    ]);
  }
}

import { Controller, Get, Module, Post } from '@nestjs/common';
import { sqlCounter } from '../logging/sql-counter';

/** Only with TEST_SQL_COUNTER=true (refused in production): lets tests read how many SQL statements ran. */
@Controller('__test')
class TestSupportController {
  @Get('sql-count')
  count(): { count: number } {
    return { count: sqlCounter.count };
  }

  @Post('sql-count/reset')
  reset(): { count: number } {
    sqlCounter.count = 0;
    return { count: 0 };
  }
}

@Module({ controllers: [TestSupportController] })
export class TestSupportModule {}

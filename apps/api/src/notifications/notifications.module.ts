import { Global, Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationSubscriptions } from './notifications.subscriptions';
import { NotificationMailJobs } from './notification-mail.jobs';
import { NotificationEmailService } from './notification-email.service';

@Global()
@Module({
  providers: [NotificationsService, NotificationEmailService, NotificationMailJobs, NotificationsResolver, NotificationSubscriptions],
  exports: [NotificationsService, NotificationMailJobs],
})
export class NotificationsModule {}

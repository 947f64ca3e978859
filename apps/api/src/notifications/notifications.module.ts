import { Global, Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationSubscriptions } from './notifications.subscriptions';
import { NotificationDigestScheduler } from './notification-digest.scheduler';
import { NotificationEmailService } from './notification-email.service';

@Global()
@Module({ providers: [NotificationsService, NotificationEmailService, NotificationDigestScheduler, NotificationsResolver, NotificationSubscriptions], exports: [NotificationsService] })
export class NotificationsModule {}

import { Global, Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationSubscriptions } from './notifications.subscriptions';

@Global()
@Module({ providers: [NotificationsService, NotificationsResolver, NotificationSubscriptions], exports: [NotificationsService] })
export class NotificationsModule {}

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../common/graphql/pagination';
import { NotificationConnection, NotificationModel, NotificationPreferenceModel } from './notification.model';
import { NotificationEmailService } from './notification-email.service';
import { EmailFrequency } from './notification-preference.entity';
import { STAFF } from '../common/auth/auth.guard';
import { Roles } from '../common/auth/decorators';
import { NotificationsService } from './notifications.service';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly email: NotificationEmailService,
  ) {}

  @Query(() => [NotificationPreferenceModel], { description: 'Per soort melding: of en hoe ze ook per e-mail komt.' })
  notificationPreferences(@CurrentViewer() viewer: Viewer) {
    return this.email.preferences(viewer);
  }

  @Mutation(() => [NotificationPreferenceModel])
  async setNotificationPreference(
    @Args('kind') kind: string,
    @Args('email', { type: () => EmailFrequency }) email: EmailFrequency,
    @CurrentViewer() viewer: Viewer,
  ) {
    await this.email.setPreference(viewer, kind, email);
    return this.email.preferences(viewer);
  }

  @Roles(...STAFF)
  @Mutation(() => Int, { description: 'Facilitatoren: de dagelijkse of wekelijkse overzichtsmails nu versturen (gebeurt ook om 7 uur).' })
  runNotificationDigests(
    @Args('frequency', { type: () => EmailFrequency }) frequency: EmailFrequency,
    @Args('asOf', { type: () => Date }) asOf: Date,
  ) {
    if (frequency !== EmailFrequency.DAILY && frequency !== EmailFrequency.WEEKLY) return 0;
    return this.email.sendDigests(frequency, asOf);
  }

  @Query(() => NotificationConnection, { description: 'Je eigen meldingen, nieuwste eerst.' })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
  ) {
    return this.notificationsService.list(viewer, unreadOnly ?? false, page.first, page.after);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.notificationsService.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Markeert de gegeven (of alle) meldingen als gelezen.' })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null) {
    return this.notificationsService.markRead(viewer, ids);
  }
}

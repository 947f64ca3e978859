import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EmailFrequency } from './notification-preference.entity';

registerEnumType(EmailFrequency, { name: 'EmailFrequency', description: 'Hoe een soort melding ook per e-mail komt.' });
import { Node } from '../common/graphql/node.interface';
import { ConnectionOf } from '../common/graphql/pagination';

@ObjectType('Notification', { implements: () => [Node] })
export class NotificationModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Soort: MEMBERSHIP_APPROVED, MEMBERSHIP_REJECTED, REPORT_DUE, REPORT_REVIEWED, REPORT_SENT_BACK, …' })
  kind!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt?: Date | null;

  @Field()
  subject!: string;

  @Field({ description: 'Pad in de webapp.' })
  link!: string;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionOf(NotificationModel) {}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field({ description: 'Soort melding (MENTION, REPLY, THREAD_ACTIVITY, …).' })
  kind!: string;

  @Field(() => EmailFrequency)
  email!: EmailFrequency;
}

import { Args, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { NetworkRole } from '@ln/domain';
import { Roles } from '../common/auth/decorators';
import { RetentionService, type RetentionReport } from './retention.service';

@ObjectType('RetentionReport', { description: 'Hoeveel er verwijderd werd omdat de bewaartermijn verstreken was.' })
export class RetentionReportModel implements RetentionReport {
  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  tokens!: number;

  @Field(() => Int)
  notifications!: number;

  @Field(() => Int)
  auditEntries!: number;

  @Field(() => Int, { description: 'Accounts van wie het netwerk verliet, na de bedenktijd gewist.' })
  accounts!: number;

  @Field(() => Int, { description: 'Verlopen bestanden met de gegevens van een lid.' })
  dataExports!: number;

  @Field(() => Int, { description: 'Opgeladen bestanden die binnen 24 uur nergens bij kwamen, of waarvan het geheel verwijderd werd.' })
  abandonedFiles!: number;
}

@Resolver()
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @Roles(NetworkRole.ADMIN)
  @Mutation(() => RetentionReportModel, {
    description: 'Beheerders: de bewaartermijnen nu toepassen (gebeurt ook elke nacht om 3.30 uur); asOf: alsof het dan was.',
  })
  runRetention(@Args('asOf', { type: () => Date, nullable: true }) asOf: Date | null): Promise<RetentionReport> {
    return this.retention.purge(asOf ?? new Date());
  }
}

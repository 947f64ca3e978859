import { Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import type { PersonalDataExport } from './personal-data-export.entity';
import { PersonalDataExportService } from './personal-data-export.service';

@ObjectType('PersonalDataExport', { description: 'Je gegevens als ZIP: eerst in de maak, dan te downloaden tot expiresAt.' })
export class PersonalDataExportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Leeg zolang het bestand gemaakt wordt.' })
  readyAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Grootte in bytes.' })
  size!: number | null;

  @Field(() => String, { nullable: true, description: 'Het downloadadres (alleen voor jou, met je sessie), zodra klaar.' })
  url!: string | null;
}

function toModel(found: PersonalDataExport): PersonalDataExportModel {
  return {
    id: found.id,
    requestedAt: found.requestedAt,
    readyAt: found.readyAt ?? null,
    expiresAt: found.expiresAt ?? null,
    size: found.size ?? null,
    url: found.readyAt ? `/my-data/${found.id}.zip` : null,
  };
}

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly exports: PersonalDataExportService) {}

  @Mutation(() => PersonalDataExportModel, {
    description: 'Je gegevens opvragen: een ZIP wordt gemaakt; je krijgt een melding en een e-mail als hij klaarstaat.',
  })
  async requestMyData(@CurrentViewer() viewer: Viewer): Promise<PersonalDataExportModel> {
    return toModel(await this.exports.request(viewer));
  }

  @Query(() => [PersonalDataExportModel], { description: 'Je opgevraagde gegevens die in de maak zijn of nog te downloaden.' })
  async myDataExports(@CurrentViewer() viewer: Viewer): Promise<PersonalDataExportModel[]> {
    return (await this.exports.mine(viewer)).map(toModel);
  }
}

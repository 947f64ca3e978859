import { Field, InputType } from '@nestjs/graphql';
import { OrganisationType } from '@ln/domain';

@InputType()
export class OrganisationFilter {
  @Field(() => [OrganisationType], { nullable: true })
  types?: OrganisationType[] | null;

  @Field(() => Boolean, { nullable: true })
  subsidised?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Deel van de naam.' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Enkel organisaties die geen deel zijn van een andere (samenwerkingsverbanden, regio’s, losse besturen).' })
  topLevelOnly?: boolean | null;
}

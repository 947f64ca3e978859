import { ArgsType, createUnionType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/meeting.model';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationModel } from '../organisations/organisation.model';
import { Post } from '../discussions/post.entity';
import { Thread } from '../discussions/thread.entity';
import { PostModel, ThreadModel } from '../discussions/discussion.models';
import { Practice } from '../knowledge/practice.entity';
import { PracticeModel } from '../knowledge/practice.model';
import { Theme } from '../themes/theme.entity';
import { ThemeModel } from '../themes/theme.model';
import { SearchType } from './search-sql';

registerEnumType(SearchType, { name: 'SearchType' });

export type SearchNode = Thread | Post | Theme | Meeting | Practice | Organisation;

export const SearchHit = createUnionType({
  name: 'SearchHit',
  types: () => [ThreadModel, PostModel, ThemeModel, MeetingModel, PracticeModel, OrganisationModel] as const,
  resolveType: (value: SearchNode) => {
    if (value instanceof Thread) return ThreadModel;
    if (value instanceof Post) return PostModel;
    if (value instanceof Theme) return ThemeModel;
    if (value instanceof Meeting) return MeetingModel;
    if (value instanceof Practice) return PracticeModel;
    return OrganisationModel;
  },
});

@ObjectType('SearchResult', { description: 'Een zoekresultaat met score en gemarkeerd fragment.' })
export class SearchResultModel {
  @Field(() => Float)
  score!: number;

  @Field({ description: 'HTML-veilig fragment; treffers staan tussen <mark> en </mark>.' })
  snippet!: string;

  @Field(() => SearchType)
  type!: SearchType;

  @Field(() => SearchHit)
  node!: SearchNode;
}

@ArgsType()
export class SearchArgs {
  @Field()
  query!: string;

  @Field(() => Int, { nullable: true })
  first?: number | null;
}

@ArgsType()
export class SearchResultsArgs extends SearchArgs {
  @Field(() => [SearchType], { nullable: true, description: 'Alleen deze soorten; standaard alle.' })
  types?: SearchType[] | null;

  @Field(() => Int, { nullable: true, description: 'Zoveel resultaten overslaan (voor de volgende pagina; max 1000).' })
  offset?: number | null;
}

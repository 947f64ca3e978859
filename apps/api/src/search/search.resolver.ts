import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/decorators';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { SearchArgs, SearchHit, SearchResultModel, SearchResultsArgs } from './search.models';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Public()
  @Query(() => [SearchHit], {
    description: 'Nederlandstalig zoeken over draden, berichten, thema’s, bijeenkomsten, praktijken en organisaties.',
  })
  async search(@Context() context: GraphqlContext, @Args() args: SearchArgs) {
    return (await this.searchService.search(context.viewer, args.query, args.first)).map((result) => result.node);
  }

  @Public()
  @Query(() => [SearchResultModel], { description: 'Zoeken met score, gemarkeerd fragment en filter op soort.' })
  searchResults(@Context() context: GraphqlContext, @Args() args: SearchResultsArgs) {
    return this.searchService.search(context.viewer, args.query, args.first, args.types, args.offset);
  }
}

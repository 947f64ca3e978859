import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PostKind } from '@ln/domain';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';
import { Post } from './post.entity';

export interface ThemeMap {
  bottlenecks: Post[];
  levers: Post[];
  goodPractices: Post[];
  solutionStrategies: Post[];
  openBottlenecks: Post[];
}

const MAP_KINDS = [PostKind.BOTTLENECK, PostKind.LEVER, PostKind.GOOD_PRACTICE, PostKind.SOLUTION_STRATEGY];
const PER_KIND = 200;

/**
 * A theme's map: the bottlenecks, levers, good practices and solution strategies posted across its threads
 * (deleted and hidden posts left out), oldest first. The rule for "open": a bottleneck is open while no LEVER post
 * replies to it directly — so when a theme has no lever at all, every bottleneck is open.
 */
@Injectable()
export class ThemeMapService {
  constructor(private readonly em: EntityManager) {}

  mapOf(context: GraphqlContext, themeId: string): Promise<ThemeMap> {
    return loaderFor<string, ThemeMap>(context, 'theme.map', async (themeIds) => {
      const posts = await this.mapPostsOf([...themeIds]);
      return themeIds.map((themeId) => buildMap(posts.filter((post) => post.thread.theme?.id === themeId)));
    }).load(themeId);
  }

  /** One theme's map with each post's author, for the export. */
  async mapForExport(themeId: string): Promise<ThemeMap> {
    return buildMap(await this.mapPostsOf([themeId], ['thread', 'author']));
  }

  private mapPostsOf(themeIds: string[], populate: Array<'thread' | 'author'> = ['thread']): Promise<Post[]> {
    return this.em.find(
      Post,
      { thread: { theme: { $in: themeIds } }, kind: { $in: MAP_KINDS }, deletedAt: null, hiddenAt: null },
      { populate, orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }
}

export function buildMap(posts: Post[]): ThemeMap {
  const ofKind = (kind: PostKind) => posts.filter((post) => post.kind === kind).slice(0, PER_KIND);
  const levers = ofKind(PostKind.LEVER);
  const answered = new Set(levers.map((lever) => lever.replyTo?.id).filter(Boolean));
  const bottlenecks = ofKind(PostKind.BOTTLENECK);
  return {
    bottlenecks,
    levers,
    goodPractices: ofKind(PostKind.GOOD_PRACTICE),
    solutionStrategies: ofKind(PostKind.SOLUTION_STRATEGY),
    openBottlenecks: bottlenecks.filter((bottleneck) => !answered.has(bottleneck.id)),
  };
}

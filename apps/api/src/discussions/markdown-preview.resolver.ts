import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@ln/domain';
import { MembersOnly } from '../common/auth/decorators';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { InputValidator } from '../common/validation';
import { renderMarkdown } from '../common/markdown/markdown';

/** The composer's preview: exactly what the post will look like, rendered and sanitised as a post is. */
@Resolver()
export class MarkdownPreviewResolver {
  @MembersOnly()
  @Query(() => String, { description: 'Leden: Markdown zoals een bijdrage hem toont (gesaneerde HTML), voor het voorbeeld.' })
  markdownPreview(@Args('body') body: string, @Context() context: GraphqlContext): string {
    const v = new InputValidator(context.locale);
    if (body.length > LIMITS.postBodyMaxLength) v.fail('body', 'tooLong', { max: LIMITS.postBodyMaxLength });
    v.done();
    return renderMarkdown(body).html;
  }
}

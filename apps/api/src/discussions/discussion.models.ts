import { AttachFileInput } from '../files/file.model';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PostKind, Reaction } from '@ln/domain';
import { Node } from '../common/graphql/node.interface';
import { ConnectionOf } from '../common/graphql/pagination';
import '../common/graphql/enums';

@ObjectType('ReactionCount')
export class ReactionCountModel {
  @Field(() => Reaction)
  reaction!: Reaction;

  @Field(() => Int)
  count!: number;

  @Field()
  viewerReacted!: boolean;
}

@ObjectType('PostRevision')
export class PostRevisionModel {
  @Field(() => Int)
  version!: number;

  @Field()
  body!: string;

  @Field(() => Date, { description: 'Wanneer deze versie vervangen werd.' })
  replacedAt!: Date;
}

@ObjectType('Post', { implements: () => [Node] })
export class PostModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => PostKind)
  kind!: PostKind;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Verwijderd door de auteur: de tekst is weg.' })
  deletedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Verborgen door een facilitator (moderatie).' })
  hiddenAt?: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Thread', { implements: () => [Node] })
export class ThreadModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  postCount!: number;

  @Field(() => Date)
  lastActivityAt!: Date;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ThreadConnection')
export class ThreadConnection extends ConnectionOf(ThreadModel) {}

@ObjectType('PostConnection')
export class PostConnection extends ConnectionOf(PostModel) {}

@InputType()
export class ThreadFilter {
  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true })
  pilotProjectId?: string | null;
}

@InputType()
export class StartThreadInput {
  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => PostKind, { nullable: true })
  kind?: PostKind | null;

  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Optioneel: een agendapunt van de bijeenkomst.' })
  agendaItemId?: string | null;

  @Field(() => ID, { nullable: true })
  pilotProjectId?: string | null;
}

@InputType()
export class AddPostInput {
  @Field(() => ID)
  threadId!: string;

  @Field()
  body!: string;

  @Field(() => PostKind, { nullable: true })
  kind?: PostKind | null;

  @Field(() => ID, { nullable: true })
  replyToId?: string | null;

  @Field(() => String, { nullable: true, description: 'Idempotentiesleutel van de client: dezelfde sleutel twee keer geeft één bijdrage.' })
  clientMutationId?: string | null;

  @Field(() => [AttachFileInput], { nullable: true, description: 'Bijlagen en afbeeldingen (afbeeldingen met alt).' })
  files?: AttachFileInput[] | null;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  postId!: string;

  @Field()
  body!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => [AttachFileInput], {
    nullable: true,
    description: 'De bijlagen na de bewerking (vervangen de vorige lijst); weggelaten: ongewijzigd.',
  })
  files?: AttachFileInput[] | null;
}

import { Field, ID, InterfaceType } from '@nestjs/graphql';

@InterfaceType('Node')
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

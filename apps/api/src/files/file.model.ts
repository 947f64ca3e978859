import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { FileView } from './file-owner';

@ObjectType('File', { description: 'Een bestand bij een rapport, praktijk, bijdrage of bijeenkomst.' })
export class FileModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'De bestandsnaam (opgeschoond), zoals de download hem draagt.' })
  name!: string;

  @Field({ description: 'Het type, bepaald uit de inhoud (niet uit de naam).' })
  mediaType!: string;

  @Field(() => Int)
  bytes!: number;

  @Field({ description: 'Downloaden (afbeeldingen: tonen).' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'Een verkleinde afbeelding (WebP), enkel voor afbeeldingen.' })
  thumbnailUrl!: string | null;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  @Field(() => String, { nullable: true, description: 'Wat de afbeelding toont.' })
  alt!: string | null;
}

@InputType({ description: 'Een opgeladen bestand (POST /files) dat je toevoegt; afbeeldingen in een bijdrage vragen alt.' })
export class AttachFileInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  alt?: string | null;
}

export function fileModelOf(file: FileView): FileModel {
  return {
    id: file.id,
    name: file.name,
    mediaType: file.mediaType,
    bytes: file.bytes,
    url: `/files/${file.id}`,
    thumbnailUrl: file.hasThumbnail ? `/files/${file.id}/thumbnail` : null,
    width: file.width,
    height: file.height,
    alt: file.alt,
  };
}

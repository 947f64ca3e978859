import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Competence } from '@ln/domain';

/** The key competences of local integration policy the network builds (sleutelcompetenties). */
@Entity({ tableName: 'competence_info' })
export class CompetenceInfo {
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Competence })
  code!: Competence;

  @Property({ length: 200 })
  nameNl!: string;

  @Property({ length: 200 })
  nameEn!: string;

  @Property({ type: 'text' })
  descriptionNl!: string;

  @Property({ type: 'integer' })
  position!: number;
}

import { PostKind } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';
import type { FieldProps } from '../../ui/TextField';

const KINDS = [PostKind.COMMENT, PostKind.BOTTLENECK, PostKind.LEVER, PostKind.GOOD_PRACTICE, PostKind.SOLUTION_STRATEGY] as const;

/** The kind of a post: comment, bottleneck, lever, good practice, solution strategy. */
export function KindSelect(field: FieldProps) {
  const { t } = useTranslation();
  return (
    <SelectField {...field}>
      {KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`post.kind.${kind}`)}
        </option>
      ))}
    </SelectField>
  );
}

export function isPostKind(value: string): value is PostKind {
  return (KINDS as readonly string[]).includes(value);
}

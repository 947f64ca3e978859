import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { getFragmentData, type FragmentType } from '../gql';

/**
 * `data` with the fields of `fragment` unmasked, beside the fields the query selected next to the
 * spread. A type cast, as `getFragmentData` is: Apollo does not mask data at run time.
 */
export function withFragment<TFragment, T extends FragmentType<DocumentTypeDecoration<TFragment, unknown>>>(
  fragment: DocumentTypeDecoration<TFragment, unknown>,
  data: T,
): T & TFragment {
  return getFragmentData(fragment, data) as T & TFragment;
}

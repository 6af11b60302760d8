import { PageHeading } from './PageHeading.js';
import { EmptyState } from './Status.js';
import type { PageProps } from '../app/routeTypes.js';

/** Stands in for a page of the registry that is not built yet. */
export function comingSoon(title: string, what: string) {
  function ComingSoonPage(_props: PageProps) {
    return (
      <>
        <PageHeading lead={what}>{title}</PageHeading>
        <EmptyState title="This part of attune is not ready yet.">
          <p>Practise and Review work now; this page follows.</p>
        </EmptyState>
      </>
    );
  }
  return ComingSoonPage;
}

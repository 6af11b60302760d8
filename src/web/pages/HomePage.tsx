import type { PageProps } from '../app/routeTypes.js';
import { hrefFor } from '../app/router.js';
import { PageHeading } from '../components/PageHeading.js';
import { ROUTES } from '../routes.js';

/** The start page: what attune is for, and a way into each area. */
export function HomePage(_props: PageProps) {
  return (
    <>
      <PageHeading lead="Practise and review the balance between empathy and assertiveness: warm and clear at the same time.">attune</PageHeading>
      <ul className="cards">
        {ROUTES.filter((r) => r.nav !== false).map((r) => (
          <li key={r.path} className="card">
            <h2>
              <a href={hrefFor([r.path])}>{r.label}</a>
            </h2>
            <p>{r.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

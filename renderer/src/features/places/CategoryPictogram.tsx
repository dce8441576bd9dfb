import { Pictogram } from '../../components/Pictogram';

/**
 * What kind of place a map pin stands for, drawn so pins differ at a glance: a hospital, a school, the
 * préfecture… Several kinds at one pin show a plain pin. Each code is written out so the bundling test sees it.
 */
export function CategoryPictogram({ categories, size }: { categories: string[]; size: number }) {
  const kinds = new Set(categories);
  const only = kinds.size === 1 ? categories[0] : null;
  switch (only) {
    case 'france-services':
      return <Pictogram code="1F3E2" size={size} />;
    case 'prefecture':
      return <Pictogram code="1F3DB" size={size} />;
    case 'hospital':
      return <Pictogram code="1F3E5" size={size} />;
    case 'social-security':
      return <Pictogram code="1F4B3" size={size} />;
    case 'caf':
      return <Pictogram code="1F46A" size={size} />;
    case 'france-travail':
      return <Pictogram code="1F4BC" size={size} />;
    case 'ofii':
      return <Pictogram code="1F6C2" size={size} />;
    case 'school':
      return <Pictogram code="1F3EB" size={size} />;
    case 'association':
      return <Pictogram code="1F91D" size={size} />;
    case 'justice':
      return <Pictogram code="2696" size={size} />;
    case 'state-service':
      return <Pictogram code="1F4DC" size={size} />;
    case 'social-service':
      return <Pictogram code="1F9D1" size={size} />;
    default:
      return <Pictogram code="1F4CD" size={size} />;
  }
}

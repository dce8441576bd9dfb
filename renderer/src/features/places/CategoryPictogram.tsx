import { Pictogram } from '../../components/Pictogram';
import { picto } from '../../components/pictograms';

const byCategory: Record<string, string> = {
  'france-services': picto.categoryFranceServices,
  prefecture: picto.categoryPrefecture,
  hospital: picto.categoryHospital,
  'social-security': picto.categorySocialSecurity,
  caf: picto.categoryCaf,
  'france-travail': picto.categoryFranceTravail,
  ofii: picto.categoryOfii,
  school: picto.categorySchool,
  association: picto.categoryAssociation,
  justice: picto.categoryJustice,
  'state-service': picto.categoryStateService,
  'social-service': picto.categorySocialService,
};

/**
 * What kind of place a map pin stands for, drawn so pins differ at a glance: a hospital, a school, the
 * préfecture… Several kinds at one pin (or an unknown kind) show a flag.
 */
export function CategoryPictogram({ categories, size }: { categories: string[]; size: number }) {
  const kinds = new Set(categories);
  const only = kinds.size === 1 ? categories[0] : undefined;
  return <Pictogram code={(only && byCategory[only]) || picto.categoryMixed} size={size} />;
}

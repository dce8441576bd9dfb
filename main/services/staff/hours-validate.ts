import OpeningHours from 'opening_hours';

/**
 * The default validator for HoursLogDeps.validate: an opening_hours string (OpenStreetMap syntax) that the
 * library parses without error. The integrator may swap in the structures helper's own check.
 */
export function openingHoursProblem(hours: string): string | null {
  if (hours.trim() === '') return 'the hours are empty';
  try {
    // Public holidays (PH) need a country; French ones are what every territory here observes.
    new OpeningHours(hours, { lat: 0, lon: 0, address: { country_code: 'fr', state: '' } });
    return null;
  } catch (err) {
    return String(err instanceof Error ? err.message : err)
      .split('\n')[0]!
      .trim();
  }
}
